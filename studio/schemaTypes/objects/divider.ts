import { RemoveIcon } from '@sanity/icons/Remove'
import { defineField, defineType } from '@sanity/types'
import { DIVIDER_STYLES } from '@blog/schemas'

const STYLE_TITLES: Record<(typeof DIVIDER_STYLES)[number], string> = { line: 'A line', dots: 'Three dots' }

/** A break between two sections of an article. */
export const divider = defineType({
  name: 'divider',
  title: 'Divider',
  type: 'object',
  icon: RemoveIcon,
  fields: [
    defineField({
      name: 'style',
      title: 'Looks like',
      type: 'string',
      options: { list: DIVIDER_STYLES.map((value) => ({ value, title: STYLE_TITLES[value] })), layout: 'radio' },
      initialValue: 'line',
    }),
  ],
  preview: {
    select: { style: 'style' },
    prepare: ({ style }: { style?: (typeof DIVIDER_STYLES)[number] }) => ({
      title: 'Divider',
      subtitle: STYLE_TITLES[style ?? 'line'],
    }),
  },
})
