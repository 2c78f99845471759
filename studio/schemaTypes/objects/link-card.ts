import { BookmarkIcon } from '@sanity/icons/Bookmark'
import { defineField, defineType } from '@sanity/types'
import { imageField, requiredStringField } from '../fields.ts'
import { httpUrl } from '../rules.ts'

/** A bookmark to a page on another site, shown as a card: title, description, publisher and a picture. */
export const linkCard = defineType({
  name: 'linkCard',
  title: 'Link card',
  type: 'object',
  icon: BookmarkIcon,
  fields: [
    defineField({
      name: 'url',
      title: 'Address',
      type: 'url',
      validation: (rule) => rule.required().error('Paste the address the card links to.').custom(httpUrl),
    }),
    requiredStringField({ name: 'title', title: 'Title' }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 2 }),
    defineField({ name: 'publisher', title: 'Publisher', description: 'The site or publication.', type: 'string' }),
    imageField({ name: 'thumbnail', title: 'Picture' }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'url', media: 'thumbnail' },
  },
})
