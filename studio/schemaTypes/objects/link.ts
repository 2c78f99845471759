import { LinkIcon } from '@sanity/icons/Link'
import { defineType } from '@sanity/types'
import { linkAddressField, requiredStringField } from '../fields.ts'

/** A labelled link: social profiles, purchase links, site navigation. */
export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    requiredStringField({ name: 'label', title: 'Label', description: 'The text readers see, e.g. "Mastodon".' }),
    linkAddressField({ name: 'url', title: 'URL', relative: true, required: true }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'url' },
  },
})
