import { ImageIcon } from '@sanity/icons/Image'
import { LinkIcon } from '@sanity/icons/Link'
import { DocumentsIcon } from '@sanity/icons/Documents'
import { defineArrayMember, defineField, defineType } from '@sanity/types'
import { BLOCK_STYLES, DECORATORS, INTERNAL_LINK_TYPES, LIST_TYPES } from '@blog/schemas'
import { altField, linkAddressField } from '../fields.ts'
import { imageHasAsset } from '../rules.ts'

const STYLE_TITLES: Record<(typeof BLOCK_STYLES)[number], string> = {
  normal: 'Normal',
  h2: 'Heading 2',
  h3: 'Heading 3',
  h4: 'Heading 4',
  blockquote: 'Quote',
}
const LIST_TITLES: Record<(typeof LIST_TYPES)[number], string> = { bullet: 'Bulleted list', number: 'Numbered list' }
const DECORATOR_TITLES: Record<(typeof DECORATORS)[number], string> = {
  strong: 'Strong',
  em: 'Emphasis',
  code: 'Code',
  underline: 'Underline',
  'strike-through': 'Strike',
}

/** A link to any address; shared with the author bio. */
export const linkAnnotation = defineArrayMember({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [linkAddressField({ name: 'href', title: 'URL', relative: true, required: true })],
})

/** A link to another document; the site resolves it to that document's current address. */
const internalLinkAnnotation = defineArrayMember({
  name: 'internalLink',
  title: 'Link to article, author or book',
  type: 'object',
  icon: DocumentsIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Links to',
      type: 'reference',
      to: INTERNAL_LINK_TYPES.map((type) => ({ type })),
      // A link in prose never blocks unpublishing or deleting what it points at: the site renders it as text then.
      weak: true,
      validation: (rule) => rule.required().error('Choose the article, author or book to link to.'),
    }),
  ],
})

/**
 * The article body: headings, lists, links, images, callouts, pull quotes, tables, code, dividers, embeds, link cards,
 * audio and video files.
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: BLOCK_STYLES.map((value) => ({ value, title: STYLE_TITLES[value] })),
      lists: LIST_TYPES.map((value) => ({ value, title: LIST_TITLES[value] })),
      marks: {
        decorators: DECORATORS.map((value) => ({ value, title: DECORATOR_TITLES[value] })),
        annotations: [linkAnnotation, internalLinkAnnotation],
      },
    }),
    defineArrayMember({
      type: 'image',
      icon: ImageIcon,
      options: { hotspot: true },
      fields: [altField, defineField({ name: 'caption', title: 'Caption', type: 'string' })],
      validation: (rule) => rule.custom(imageHasAsset),
      preview: {
        select: { media: 'asset', alt: 'alt', caption: 'caption' },
        prepare: ({ media, alt, caption }) => ({
          media,
          title: caption || alt || 'Image',
          subtitle: caption ? alt : undefined,
        }),
      },
    }),
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'pullQuote' }),
    defineArrayMember({ type: 'dataTable' }),
    defineArrayMember({
      type: 'code',
      title: 'Code',
      options: { withFilename: true },
      validation: (rule) =>
        rule.custom((value?: { code?: string }) => (value?.code?.trim() ? true : 'Write or paste the code.')),
    }),
    defineArrayMember({ type: 'divider' }),
    defineArrayMember({ type: 'embed' }),
    defineArrayMember({ type: 'linkCard' }),
    defineArrayMember({ type: 'audioFile' }),
    defineArrayMember({ type: 'videoFile' }),
  ],
})
