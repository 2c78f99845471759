import {
  SEARCH_MAX_PAGE,
  SEARCH_RESULTS,
  articleSummarySchema,
  categorySchema,
  searchHitSchema,
  slugListSchema,
  isSlug,
  type ArticlePage,
  type ArticleSummary,
  type CategoryPage,
  type SearchResults,
  type SlugList,
} from '@blog/schemas'
import { z } from 'zod'
import { parseLenient, parseList, type Logger } from './parse.ts'
import {
  articlePageQuery,
  authorArticlePageQuery,
  categoryPageQuery,
  categorySlugsQuery,
  relatedArticlesQuery,
  searchHitsByIdQuery,
  searchQuery,
} from './queries.ts'
import { makeSnippet, matchPattern, parseSearchInput } from './search.ts'
import type { ContentSource, QueryParams } from './sources/types.ts'

/** Articles on one page of a list (home, category, author, feeds of an author). */
export const ARTICLES_PER_PAGE = 10
/** Related articles shown under an article. */
export const RELATED_ARTICLES = 3
// Related articles are ranked among this many of the newest candidates, so a prolific author costs no more.
const RELATED_POOL = 24

export interface BrowseContent {
  /** Page `page` (1-based) of all articles, newest first. */
  listArticlePage(page: number): Promise<ArticlePage>
  /** A category and page `page` of its articles; `null` if there is no such category. */
  getCategoryPage(slug: string, page: number): Promise<CategoryPage | null>
  /** Page `page` of an author's articles; `null` if there is no such author. */
  getAuthorArticlePage(slug: string, page: number): Promise<ArticlePage | null>
  /** Up to three articles sharing a category or the author with `slug`: shared categories first, then newest. */
  listRelatedArticles(slug: string): Promise<ArticleSummary[]>
  listCategorySlugs(): Promise<SlugList>
  /** Full-text search of published articles, page `page` of it; any input is safe and answers, possibly empty. */
  search(query: unknown, page?: number): Promise<SearchResults>
}

interface BrowseDeps {
  source: ContentSource
  /** A query with the last good result as its fallback. */
  run: (query: string, params?: QueryParams) => Promise<unknown>
  /** A query straight to the source, counted, never kept. */
  fresh: (query: string, params?: QueryParams) => Promise<unknown>
  logger: Logger
}

const pageNumber = (page: number) => (Number.isInteger(page) && page >= 1 ? page : 1)
/** A paged or search query's `{ total, items }`, before its items are parsed one by one. */
const countedItems = z.object({ total: z.number().int().nonnegative(), items: z.unknown() })
const rawCategory = categorySchema.extend(countedItems.shape)
const rawRelated = z.object({
  authorId: z.string().nullish(),
  categoryIds: z.array(z.string()),
  candidates: z.unknown(),
})

function range(page: number) {
  const start = (pageNumber(page) - 1) * ARTICLES_PER_PAGE
  return { start, end: start + ARTICLES_PER_PAGE }
}

/** How a reader browses, in the content API: lists by page, category pages, related articles, search. */
export function createBrowseContent({ source, run, fresh, logger }: BrowseDeps): BrowseContent {
  function toPage(raw: unknown, page: number): ArticlePage | null {
    const parsed = countedItems.safeParse(raw)
    if (!parsed.success) return null
    const { total, items } = parsed.data
    return {
      total,
      page: pageNumber(page),
      pageCount: Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE)),
      items: parseList(articleSummarySchema, items, logger, 'article'),
    }
  }

  return {
    async listArticlePage(page) {
      const result = toPage(await run(articlePageQuery, range(page)), page)
      return result ?? { total: 0, page: 1, pageCount: 1, items: [] }
    },

    async getCategoryPage(slug, page) {
      if (!isSlug(slug)) return null
      const raw = await run(categoryPageQuery, { slug, ...range(page) })
      if (raw === null || raw === undefined) return null
      const parsed = parseLenient(rawCategory, raw, logger, 'category')
      if (!parsed) return null
      const { total, items, ...category } = parsed
      const articles = toPage({ total, items }, page)
      return articles ? { category, articles } : null
    },

    async getAuthorArticlePage(slug, page) {
      if (!isSlug(slug)) return null
      return toPage(await run(authorArticlePageQuery, { slug, ...range(page) }), page)
    },

    async listRelatedArticles(slug) {
      if (!isSlug(slug)) return []
      const parsed = rawRelated.safeParse(await run(relatedArticlesQuery, { slug, pool: RELATED_POOL }))
      if (!parsed.success) return []
      const { authorId, categoryIds, candidates } = parsed.data
      const shared = (article: ArticleSummary) =>
        (article.categories ?? []).filter((category) => categoryIds.includes(category._id)).length * 2 +
        (authorId && article.author?._id === authorId ? 1 : 0)
      // Candidates come newest first and sort is stable, so ties stay newest first.
      return parseList(articleSummarySchema, candidates, logger, 'article')
        .map((article) => ({ article, rank: shared(article) }))
        .sort((a, b) => b.rank - a.rank)
        .slice(0, RELATED_ARTICLES)
        .map(({ article }) => article)
    },

    listCategorySlugs: async () =>
      parseList(slugListSchema.element, await run(categorySlugsQuery), logger, 'category slug'),

    async search(input, page = 1) {
      const { query, terms } = parseSearchInput(input)
      const wanted = Math.min(pageNumber(page), SEARCH_MAX_PAGE)
      if (terms.length === 0) return { query, terms, total: 0, page: 1, pageCount: 1, items: [] }
      // Not through `run`: its last good results are kept per query, and a query any reader can make up must not push
      // out the results real pages fall back on during an outage.
      const offset = (wanted - 1) * SEARCH_RESULTS
      const raw = source.searchArticles
        ? await source.searchArticles(terms, { offset, limit: SEARCH_RESULTS, hitsQuery: searchHitsByIdQuery })
        : await fresh(searchQuery, { pattern: matchPattern(terms), start: offset, end: offset + SEARCH_RESULTS })
      const parsed = countedItems.safeParse(raw)
      const total = parsed.success ? parsed.data.total : 0
      const pageCount = Math.min(SEARCH_MAX_PAGE, Math.max(1, Math.ceil(total / SEARCH_RESULTS)))
      const hits = parsed.success ? parsed.data.items : []
      const items = parseList(searchHitSchema, hits, logger, 'search hit').map(({ _score, text, ...article }) => ({
        ...article,
        score: _score ?? 0,
        snippet: makeSnippet(terms, text, article.excerpt),
      }))
      return { query, terms, total, page: wanted, pageCount, items }
    },
  }
}
