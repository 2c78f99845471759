import { defineArrayMember, defineType } from '@sanity/types'
import { linkAnnotation } from './block-content.ts'

/** Short rich text (the author bio): paragraphs with emphasis and links, nothing else. */
export const simpleBlockContent = defineType({
  name: 'simpleBlockContent',
  title: 'Simple rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{ value: 'normal', title: 'Normal' }],
      lists: [],
      marks: {
        decorators: [
          { value: 'strong', title: 'Strong' },
          { value: 'em', title: 'Emphasis' },
        ],
        annotations: [linkAnnotation],
      },
    }),
  ],
})
