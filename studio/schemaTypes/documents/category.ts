import { TagIcon } from '@sanity/icons/Tag'
import { defineField, defineType } from '@sanity/types'
import { requiredStringField, slugField } from '../fields.ts'

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  icon: TagIcon,
  fields: [
    requiredStringField({ name: 'title', title: 'Title' }),
    slugField(),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'description' },
  },
})
