import { PlayIcon } from '@sanity/icons/Play'
import { defineField, defineType } from '@sanity/types'
import { EMBED_PROVIDER_NAMES, embedTarget, type EmbedProvider } from '@blog/schemas'
import { notBlank, requiredMessage } from '../rules.ts'

const PROVIDERS = Object.values(EMBED_PROVIDER_NAMES).join(', ')

/**
 * A video or a social post by its address. Readers get a link until they ask for the player, so the page makes no
 * request to the provider on its own.
 */
export const embed = defineType({
  name: 'embed',
  title: 'Video or post',
  type: 'object',
  icon: PlayIcon,
  fields: [
    defineField({
      name: 'url',
      title: 'Address',
      description: `Copy it from the address bar: ${PROVIDERS}.`,
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .error('Paste the address of the video or post.')
          .custom((value?: string) =>
            value === undefined || embedTarget(value)
              ? true
              : `This address is not a video or post we can show. Use an https address from ${PROVIDERS}.`,
          ),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      description: 'What it is, in a few words: screen readers announce it, and the link shows it.',
      type: 'string',
      validation: (rule) =>
        rule
          .required()
          .custom(notBlank(requiredMessage('a title')))
          .error(requiredMessage('a title')),
    }),
    defineField({ name: 'caption', title: 'Caption', type: 'string' }),
  ],
  preview: {
    select: { title: 'title', url: 'url' },
    prepare: ({ title, url }: { title?: string; url?: string }) => {
      const provider = url ? embedTarget(url)?.provider : undefined
      return {
        title: title || url || 'Video or post',
        subtitle: provider ? EMBED_PROVIDER_NAMES[provider as EmbedProvider] : url,
      }
    },
  },
})
