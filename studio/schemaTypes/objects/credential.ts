import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { defineField, defineType } from '@sanity/types'
import { requiredStringField } from '../fields.ts'
import { MESSAGES } from '../rules.ts'

/** A qualification shown on the author's profile, e.g. a certification and who awarded it. */
export const credential = defineType({
  name: 'credential',
  title: 'Credential',
  type: 'object',
  icon: CheckmarkCircleIcon,
  fields: [
    requiredStringField({
      name: 'title',
      title: 'Title',
      description: 'e.g. "Certified Strength and Conditioning Specialist"',
    }),
    defineField({ name: 'institution', title: 'Institution', type: 'string' }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      validation: (rule) => rule.integer().min(1900).max(2100).error(MESSAGES.year),
    }),
  ],
  preview: {
    select: { title: 'title', institution: 'institution', year: 'year' },
    prepare: ({ title, institution, year }) => ({
      title,
      subtitle: [institution, year].filter(Boolean).join(', '),
    }),
  },
})
