/** Query results of the list pages: paged article lists, category pages, search. */
import { z } from 'zod'
import { articleSummarySchema } from './article.ts'
import { categorySchema } from './category.ts'
import { nullish } from './common.ts'

/** One page of a newest-first article list (home, a category, an author). */
export const articlePageSchema = z.object({
  items: z.array(articleSummarySchema),
  /** Articles in the whole list, not just this page. */
  total: z.number().int().nonnegative(),
  /** 1-based. */
  page: z.number().int().positive(),
  /** At least 1: an empty list still has a first page. */
  pageCount: z.number().int().positive(),
})
export type ArticlePage = z.infer<typeof articlePageSchema>

export const categoryPageSchema = z.object({
  category: categorySchema,
  articles: articlePageSchema,
})
export type CategoryPage = z.infer<typeof categoryPageSchema>

/** A search hit as the query returns it: a card plus its relevance and the body text to quote from. */
export const searchHitSchema = articleSummarySchema.extend({
  _score: nullish(z.number()),
  text: nullish(z.string()),
})
export type SearchHit = z.infer<typeof searchHitSchema>

/** A search hit as the page shows it: the body text is reduced to a snippet around the match. */
export const searchResultSchema = articleSummarySchema.extend({
  score: z.number(),
  snippet: z.string(),
})
export type SearchResult = z.infer<typeof searchResultSchema>

export const searchResultsSchema = z.object({
  /** The query as it was searched: cleaned up and capped in length. */
  query: z.string(),
  /** The words matched (lowercase); the page highlights them. */
  terms: z.array(z.string()),
  total: z.number().int().nonnegative(),
  /** Which page of the results this is, and how many there are (at least one). */
  page: z.number().int().positive(),
  pageCount: z.number().int().positive(),
  items: z.array(searchResultSchema),
})
export type SearchResults = z.infer<typeof searchResultsSchema>
