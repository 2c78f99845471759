import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from '@sanity/types'
import { imageField, linkAddressField, requiredStringField } from '../fields.ts'

/** One document (id `siteSettings`), edited from the "Site settings" item in the structure. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    requiredStringField({
      name: 'title',
      title: 'Site title',
      description: 'Shown in the browser tab and the header.',
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'The default description for search engines.',
      type: 'text',
      rows: 3,
    }),
    requiredStringField({
      name: 'publicationName',
      title: 'Publication name',
      description: 'The name used in feeds and structured data.',
    }),
    linkAddressField({ name: 'publicationUrl', title: 'Publication URL' }),
    imageField({ name: 'logo', title: 'Logo' }),
    imageField({
      name: 'ogImage',
      title: 'Default share image',
      description: 'Used when a page has no image of its own.',
    }),
    defineField({
      name: 'navigation',
      title: 'Navigation',
      description: 'Links in the site header, in order.',
      type: 'array',
      of: [defineArrayMember({ type: 'link' })],
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'publicationName', media: 'logo' },
  },
})
