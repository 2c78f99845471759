/** Field builders the document types share, so every slug and image is checked the same way. */
import { defineField, type FieldGroupDefinition } from '@sanity/types'
import { CogIcon } from '@sanity/icons/Cog'
import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { UsersIcon } from '@sanity/icons/Users'
import { SearchIcon } from '@sanity/icons/Search'
import {
  allowedHref,
  httpUrl,
  imageHasAsset,
  MESSAGES,
  notBlank,
  requiredMessage,
  slugCurrentFormat,
  slugify,
} from './rules.ts'

export const GROUPS = {
  content: { name: 'content', title: 'Content', icon: DocumentTextIcon, default: true },
  people: { name: 'people', title: 'People', icon: UsersIcon },
  seo: { name: 'seo', title: 'SEO', icon: SearchIcon },
  settings: { name: 'settings', title: 'Settings', icon: CogIcon },
} satisfies Record<string, FieldGroupDefinition>

interface FieldOptions {
  name: string
  title: string
  description?: string
  group?: string
}

/** Required plain text, e.g. a title or a name. */
export function requiredStringField({ name, title, description, group }: FieldOptions) {
  const message = requiredMessage(title.toLowerCase())
  return defineField({
    name,
    title,
    description,
    group,
    type: 'string',
    validation: (rule) => rule.required().custom(notBlank(message)).error(message),
  })
}

/** Slug generated from `source`; Sanity's default check keeps it unique per document type. */
export function slugField({ source = 'title', group }: { source?: string; group?: string } = {}) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    description: 'The last part of the page address. Generate it from the title, then keep it stable.',
    type: 'slug',
    group,
    options: { source, maxLength: 96, slugify },
    validation: (rule) => [rule.required().error(MESSAGES.slugRequired), rule.custom(slugCurrentFormat)],
  })
}

/** The alt text every stored image carries. */
export const altField = defineField({
  name: 'alt',
  title: 'Alt text',
  description: 'What the image shows, for screen readers and when the image fails to load.',
  type: 'string',
  validation: (rule) => rule.required().custom(notBlank(MESSAGES.altText)).error(MESSAGES.altText),
})

/** Optional image with hotspot and required alt text. */
export function imageField({ name, title, description, group }: FieldOptions) {
  return defineField({
    name,
    title,
    description,
    group,
    type: 'image',
    options: { hotspot: true },
    fields: [altField],
    validation: (rule) => rule.custom(imageHasAsset),
  })
}

/**
 * A link address, checked only by the shared rules. A `string`, not Sanity's `url` type: that type adds its own
 * uri() check, which would repeat every error in a second, vaguer message.
 */
export function linkAddressField({
  name,
  title,
  description,
  group,
  relative = false,
  required = false,
}: FieldOptions & { relative?: boolean; required?: boolean }) {
  return defineField({
    name,
    title,
    description:
      description ??
      (relative
        ? 'A full address (https://…), an email link (mailto:…) or a page on this site (/about).'
        : 'A full address, starting with https://.'),
    type: 'string',
    group,
    validation: (rule) => [
      ...(required ? [rule.required().error(requiredMessage('the link address'))] : []),
      rule.custom(relative ? allowedHref : httpUrl),
    ],
  })
}

/** Reference filter for arrays: leaves out what is already picked, so nothing is added twice. */
export function notYetPicked({ parent }: { parent?: unknown }) {
  const picked = Array.isArray(parent) ? parent.map((item: { _ref?: string }) => item?._ref).filter(Boolean) : []
  return { filter: '!(_id in $picked)', params: { picked } }
}

/** The uploaded file of an audio or video block, and the title its player is announced by. */
export function playerFields({ kind, formats }: { kind: 'audio' | 'video'; formats: string }) {
  return [
    defineField({
      name: 'file',
      title: `${kind === 'audio' ? 'Audio' : 'Video'} file`,
      description: `${formats}. Readers play it in the page and can download it.`,
      type: 'file',
      options: { accept: `${kind}/*` },
      validation: (rule) => rule.required().error(`Upload the ${kind} file.`),
    }),
    requiredStringField({
      name: 'title',
      title: 'Title',
      description: 'What it is, in a few words: screen readers announce the player by it.',
    }),
    defineField({ name: 'caption', title: 'Caption', type: 'string' }),
  ]
}
