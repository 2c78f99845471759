import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe'
import { defineType } from '@sanity/types'
import { linkAddressField, requiredStringField } from '../fields.ts'

/** The publication an article was first written for, credited on the article page. */
export const writtenFor = defineType({
  name: 'writtenFor',
  title: 'Written for',
  type: 'object',
  icon: EarthGlobeIcon,
  fields: [
    requiredStringField({ name: 'name', title: 'Publication name' }),
    linkAddressField({ name: 'url', title: 'Publication URL' }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'url' },
  },
})
