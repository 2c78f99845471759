import { BulbOutlineIcon } from '@sanity/icons/BulbOutline'
import { defineField, defineType } from '@sanity/types'
import { CALLOUT_TONES } from '@blog/schemas'
import { notBlank, requiredMessage } from '../rules.ts'

const TONE_TITLES: Record<(typeof CALLOUT_TONES)[number], string> = { note: 'Note', tip: 'Tip', warning: 'Warning' }

/** A highlighted box in an article body. */
export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  icon: BulbOutlineIcon,
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      options: {
        list: CALLOUT_TONES.map((value) => ({ value, title: TONE_TITLES[value] })),
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'note',
      validation: (rule) => rule.required().error('Choose a tone: note, tip or warning.'),
    }),
    defineField({ name: 'title', title: 'Title', type: 'string' }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      validation: (rule) =>
        rule
          .required()
          .custom(notBlank(requiredMessage('the callout text')))
          .error(requiredMessage('the callout text')),
    }),
  ],
  preview: {
    select: { tone: 'tone', title: 'title', text: 'text' },
    prepare: ({ tone, title, text }) => ({
      title: title || text,
      subtitle: `Callout: ${TONE_TITLES[tone as keyof typeof TONE_TITLES] ?? tone}`,
    }),
  },
})
