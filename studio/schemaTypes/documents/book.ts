import { BookIcon } from '@sanity/icons/Book'
import { defineArrayMember, defineField, defineType } from '@sanity/types'
import { imageField, notYetPicked, requiredStringField, slugField } from '../fields.ts'
import { MESSAGES, validIsbn } from '../rules.ts'

export const book = defineType({
  name: 'book',
  title: 'Book',
  type: 'document',
  icon: BookIcon,
  fields: [
    requiredStringField({ name: 'title', title: 'Title' }),
    slugField(),
    defineField({ name: 'subtitle', title: 'Subtitle', type: 'string' }),
    imageField({ name: 'cover', title: 'Cover' }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 5 }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'author' }],
          options: { filter: notYetPicked },
        }),
      ],
      validation: (rule) => rule.required().min(1).error(MESSAGES.bookAuthors),
    }),
    defineField({ name: 'publishedAt', title: 'Publication date', type: 'date' }),
    defineField({
      name: 'isbn',
      title: 'ISBN',
      description: 'ISBN-10 or ISBN-13, with or without hyphens.',
      type: 'string',
      validation: (rule) => rule.custom(validIsbn),
    }),
    defineField({ name: 'publisher', title: 'Publisher', type: 'string' }),
    defineField({
      name: 'links',
      title: 'Where to buy',
      type: 'array',
      of: [defineArrayMember({ type: 'link' })],
    }),
  ],
  preview: {
    select: {
      title: 'title',
      author0: 'authors.0.name',
      author1: 'authors.1.name',
      author2: 'authors.2.name',
      media: 'cover',
    },
    prepare: ({ title, author0, author1, author2, media }) => {
      const names = [author0, author1].filter(Boolean)
      return {
        title,
        subtitle: names.length ? `${names.join(', ')}${author2 ? ' and others' : ''}` : 'No author',
        media,
      }
    },
  },
})
