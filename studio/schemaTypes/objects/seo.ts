import { SearchIcon } from '@sanity/icons/Search'
import { defineField, defineType } from '@sanity/types'
import { imageField } from '../fields.ts'
import { MESSAGES } from '../rules.ts'
import { SEO_DESCRIPTION_MAX_LENGTH } from '@blog/schemas'

/** Overrides for search engines and link previews; the page falls back to its own title and excerpt. */
export const seo = defineType({
  name: 'seo',
  title: 'SEO',
  type: 'object',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: false },
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      description: 'Leave empty to use the document title.',
      type: 'string',
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'Leave empty to use the excerpt.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.max(SEO_DESCRIPTION_MAX_LENGTH).error(MESSAGES.seoDescription),
    }),
    imageField({
      name: 'image',
      title: 'Share image',
      description: 'Shown when the page is shared; defaults to the cover.',
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      initialValue: false,
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'description', media: 'image' },
  },
})
