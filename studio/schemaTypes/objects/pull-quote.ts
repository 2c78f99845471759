import { BlockquoteIcon } from '@sanity/icons/Blockquote'
import { defineField, defineType } from '@sanity/types'
import { notBlank, requiredMessage } from '../rules.ts'

/** A quote set large in the article body. */
export const pullQuote = defineType({
  name: 'pullQuote',
  title: 'Pull quote',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [
    defineField({
      name: 'quote',
      title: 'Quote',
      type: 'text',
      rows: 3,
      validation: (rule) =>
        rule
          .required()
          .custom(notBlank(requiredMessage('the quoted text')))
          .error(requiredMessage('the quoted text')),
    }),
    defineField({ name: 'attribution', title: 'Attribution', description: 'Who said it (optional).', type: 'string' }),
  ],
  preview: {
    select: { title: 'quote', subtitle: 'attribution' },
  },
})
