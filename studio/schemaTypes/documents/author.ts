import { UserIcon } from '@sanity/icons/User'
import { defineArrayMember, defineField, defineType } from '@sanity/types'
import { SHORT_BIO_MAX_LENGTH } from '@blog/schemas'
import { GROUPS, imageField, linkAddressField, requiredStringField, slugField } from '../fields.ts'
import { MESSAGES, notBlank } from '../rules.ts'

const tagList = (name: string, title: string, description: string) =>
  defineField({
    name,
    title,
    description,
    type: 'array',
    group: 'content',
    of: [defineArrayMember({ type: 'string', validation: (rule) => rule.custom(notBlank('Remove empty entries.')) })],
    options: { layout: 'tags' },
  })

export const author = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  icon: UserIcon,
  groups: [GROUPS.content, { name: 'links', title: 'Links' }],
  fields: [
    requiredStringField({ name: 'name', title: 'Name', group: 'content' }),
    slugField({ source: 'name', group: 'content' }),
    imageField({ name: 'photo', title: 'Photo', group: 'content' }),
    defineField({
      name: 'shortBio',
      title: 'Short bio',
      description: `A sentence or two for bylines (up to ${SHORT_BIO_MAX_LENGTH} characters).`,
      type: 'text',
      rows: 3,
      group: 'content',
      validation: (rule) => rule.max(SHORT_BIO_MAX_LENGTH).error(MESSAGES.shortBio),
    }),
    defineField({
      name: 'bio',
      title: 'Bio',
      description: 'The full bio on the profile page.',
      type: 'simpleBlockContent',
      group: 'content',
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'credential' })],
    }),
    tagList('roles', 'Roles', 'e.g. "Running coach"; shown under the name.'),
    tagList('specialties', 'Specialties', 'Topics this author covers.'),
    linkAddressField({ name: 'website', title: 'Website', group: 'links' }),
    linkAddressField({ name: 'blog', title: 'Blog', group: 'links' }),
    defineField({
      name: 'socialLinks',
      title: 'Social links',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({ type: 'link' })],
    }),
  ],
  preview: {
    select: { title: 'name', roles: 'roles', media: 'photo' },
    prepare: ({ title, roles, media }) => ({
      title,
      subtitle: Array.isArray(roles) ? roles.join(', ') : undefined,
      media,
    }),
  },
})
