import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineArrayMember, defineField, defineType } from '@sanity/types'
import { EXCERPT_MAX_LENGTH } from '@blog/schemas'
import { goLiveWording, scheduledFor } from '../../scheduling/go-live.ts'
import { GROUPS, imageField, notYetPicked, requiredStringField, slugField } from '../fields.ts'
import { MESSAGES, notBlank, oldPathFormat, oldPathShadowed, slugStringFormat } from '../rules.ts'

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })

/** The list tells scheduled articles apart, with the time they go live in the editor's zone. */
function dateLine(publishedAt: unknown): string {
  const scheduled = scheduledFor(publishedAt, new Date())
  if (scheduled) return goLiveWording(scheduled).listSubtitle
  const date = typeof publishedAt === 'string' ? new Date(publishedAt) : null
  return date && !Number.isNaN(date.getTime()) ? dateFormat.format(date) : 'No date'
}

export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [GROUPS.content, GROUPS.people, GROUPS.seo],
  fields: [
    requiredStringField({ name: 'title', title: 'Title', group: 'content' }),
    slugField({ group: 'content' }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      description: 'Articles dated in the future stay hidden until then.',
      type: 'datetime',
      group: 'content',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required().error(MESSAGES.publishedAt),
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      description: `One or two sentences for cards and search results (up to ${EXCERPT_MAX_LENGTH} characters).`,
      type: 'text',
      rows: 3,
      group: 'content',
      validation: (rule) => rule.max(EXCERPT_MAX_LENGTH).error(MESSAGES.excerpt),
    }),
    imageField({ name: 'coverImage', title: 'Cover image', group: 'content' }),
    defineField({ name: 'body', title: 'Body', type: 'blockContent', group: 'content' }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }], options: { filter: notYetPicked } })],
    }),
    defineField({
      name: 'tags',
      title: 'Tags',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'string', validation: (rule) => rule.custom(notBlank('Remove empty tags.')) })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'people',
      validation: (rule) => rule.required().error(MESSAGES.author),
    }),
    defineField({
      name: 'relatedBooks',
      title: 'Related books',
      description: 'Books to recommend under the article.',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'book' }], options: { filter: notYetPicked } })],
    }),
    defineField({ name: 'writtenFor', title: 'Written for', type: 'writtenFor', group: 'people' }),
    defineField({ name: 'seo', title: 'SEO', type: 'seo', group: 'seo' }),
    defineField({
      name: 'previousSlugs',
      title: 'Previous slugs',
      description: 'Old addresses of this article; the site redirects them here. Add the old slug when you change it.',
      type: 'array',
      group: 'seo',
      of: [defineArrayMember({ type: 'string', validation: (rule) => rule.custom(slugStringFormat) })],
    }),
    defineField({
      name: 'oldPaths',
      title: 'Old addresses',
      description:
        'Addresses this article had on the site it was moved from, e.g. /2019/04/hill-repeats or /?p=123. The blog sends visitors and search engines from each one to this article with a permanent redirect.',
      type: 'array',
      group: 'seo',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) => [rule.custom(oldPathFormat), rule.custom(oldPathShadowed).warning()],
        }),
      ],
      validation: (rule) => rule.unique().error(MESSAGES.oldPathRepeated),
    }),
  ],
  orderings: [
    { name: 'publishedAtDesc', title: 'Newest first', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { name: 'titleAsc', title: 'Title', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', author: 'author.name', publishedAt: 'publishedAt', media: 'coverImage' },
    prepare: ({ title, author, publishedAt, media }) => ({
      title,
      subtitle: [author, dateLine(publishedAt)].filter(Boolean).join(' · '),
      media,
    }),
  },
})
