/** Schemas of query results that join several content types (one per page). */
import { z } from 'zod'
import { articleSummarySchema, seoSchema, writtenForSchema } from './article.ts'
import { authorProfileSchema, authorSummarySchema, credentialSchema } from './author.ts'
import { bookDetailsSchema, bookSummarySchema } from './book.ts'
import { nullish, slugStringSchema } from './common.ts'
import { portableTextSchema } from './portable-text.ts'

/** The author box under an article: summary plus credentials and their books. */
export const articleAuthorSchema = authorSummarySchema.extend({
  credentials: nullish(z.array(credentialSchema)),
  books: z.array(bookSummarySchema),
})
export type ArticleAuthor = z.infer<typeof articleAuthorSchema>

export const articleSchema = articleSummarySchema.extend({
  author: nullish(articleAuthorSchema),
  previousSlugs: nullish(z.array(slugStringSchema)),
  body: portableTextSchema,
  relatedBooks: z.array(bookSummarySchema),
  writtenFor: nullish(writtenForSchema),
  seo: nullish(seoSchema),
  _updatedAt: nullish(z.string()),
})
export type Article = z.infer<typeof articleSchema>

export const authorSchema = authorProfileSchema.extend({
  books: z.array(bookSummarySchema),
  articles: z.array(articleSummarySchema),
})
export type Author = z.infer<typeof authorSchema>

export const bookSchema = bookDetailsSchema.extend({
  authors: z.array(authorSummarySchema),
  articles: z.array(articleSummarySchema),
})
export type Book = z.infer<typeof bookSchema>

/** `{slug}` rows for generateStaticParams and the sitemap. */
export const slugListSchema = z.array(z.object({ slug: slugStringSchema, _updatedAt: nullish(z.string()) }))
export type SlugList = z.infer<typeof slugListSchema>
