/** What the blog knows of every address it answers (`addressBookQuery`): slugs, old slugs, old addresses, list sizes. */
import { z } from 'zod'
import { isoDateTimeSchema, nullish, oldPathSchema, slugStringSchema } from './common.ts'

/** A published article as the address book sees it; an invalid old slug or old address is left out on its own. */
export const articleAddressSchema = z.object({
  _id: z.string().min(1),
  slug: slugStringSchema,
  /** Picks the article when two claim one old slug or old address: the newest wins. */
  publishedAt: isoDateTimeSchema,
  previousSlugs: nullish(z.array(slugStringSchema)),
  oldPaths: nullish(z.array(oldPathSchema)),
  /** The ids its author and categories have: the lists it appears in. */
  author: nullish(z.string()),
  categories: nullish(z.array(z.string())),
})
export type ArticleAddress = z.infer<typeof articleAddressSchema>

/** An author, book or category: a page of its own at its slug. */
export const documentAddressSchema = z.object({ _id: z.string().min(1), slug: slugStringSchema })
export type DocumentAddress = z.infer<typeof documentAddressSchema>

/** The query's answer before its lists are parsed item by item. */
export const addressBookResultSchema = z.object({
  articles: z.array(z.unknown()),
  authors: z.array(z.unknown()),
  books: z.array(z.unknown()),
  categories: z.array(z.unknown()),
  /** When the next scheduled article goes live: the book changes then, without any edit. */
  nextPublishedAt: nullish(isoDateTimeSchema),
})
