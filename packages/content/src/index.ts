import {
  articleOldPathsSchema,
  articleSchema,
  articleSummarySchema,
  authorSchema,
  bookSchema,
  siteSettingsSchema,
  slugListSchema,
  isSlug,
  isOldPath,
  normalizeOldPath,
  slugStringSchema,
  type Article,
  type ArticleOldPaths,
  type ArticleSummary,
  type Author,
  type Book,
  type SiteSettings,
  type SlugList,
} from '@blog/schemas'
import { z } from 'zod'
import { parseLenient, parseList, type Logger } from './parse.ts'
import {
  articleCountQuery,
  articlePreviewQuery,
  articleQuery,
  articleRedirectQuery,
  articleSlugsQuery,
  articlesQuery,
  authorQuery,
  authorSlugsQuery,
  bookQuery,
  bookSlugsQuery,
  addressBookQuery,
  oldPathRedirectQuery,
  siteSettingsQuery,
} from './queries.ts'
import type { ContentSource, QueryParams } from './sources/types.ts'
import { findImpact, type Change, type Impact } from './impact.ts'
import { LastGood, describeQuery } from './last-good.ts'
import { createBrowseContent, type BrowseContent } from './browse.ts'
import { toAddressBook, type AddressBook } from './addresses.ts'

export type { ContentSource, QueryParams } from './sources/types.ts'
export type { Logger } from './parse.ts'
export { parseLenient, parseList } from './parse.ts'
export { createEmbeddedSource, type EmbeddedSourceOptions } from './sources/embedded.ts'
export { createSanityClient, createSanitySource, type SanitySourceOptions } from './sources/sanity.ts'
export {
  changeSchema,
  PAGE_TYPES,
  WEBHOOK_FILTER,
  WEBHOOK_PROJECTION,
  type Change,
  type Impact,
  type PageType,
} from './impact.ts'
export { ARTICLES_PER_PAGE, type BrowseContent } from './browse.ts'
export { AddressBook, type ArticleList, type WentLive } from './addresses.ts'
export { parseSearchInput } from './search.ts'

/** Shown when the dataset has no valid site settings, so the layout always renders. */
export const FALLBACK_SITE_SETTINGS: SiteSettings = {
  title: 'Blog',
  description: null,
  publicationName: 'Blog',
  publicationUrl: null,
  logo: null,
  ogImage: null,
  navigation: [],
}

export interface ListOptions {
  /** Items to skip (0-based). */
  offset?: number
  /** Items to return, at most 100. */
  limit?: number
}

export interface Content extends BrowseContent {
  readonly source: ContentSource['name']
  /** Number of queries sent to the source since creation; lets tests prove a cached page ran none. */
  queryCount(): number
  /** The source's version token (`ContentSource.version`), or null when it tells changes only by webhook. */
  sourceVersion(): string | null
  getArticle(slug: string): Promise<Article | null>
  /** The current slug of an article that used to be published at `slug`, if any. */
  getArticleRedirect(slug: string): Promise<string | null>
  /**
   * The current slug of the article that had the old address `path` on its previous site (`/2019/04/02/x/`,
   * `/?p=123`, a full URL: normalised with `normalizeOldPath`, as `oldPaths` are stored), if any. Two articles claiming
   * one address: the newest wins, and the conflict is logged.
   */
  getOldPathRedirect(path: string): Promise<string | null>
  /** Every address the blog answers (slugs, old slugs, old addresses, list sizes), for its proxy's one lookup. */
  getAddressBook(): Promise<AddressBook>
  listArticles(options?: ListOptions): Promise<ArticleSummary[]>
  countArticles(): Promise<number>
  getAuthor(slug: string): Promise<Author | null>
  getBook(slug: string): Promise<Book | null>
  getSiteSettings(): Promise<SiteSettings>
  listArticleSlugs(): Promise<SlugList>
  listAuthorSlugs(): Promise<SlugList>
  listBookSlugs(): Promise<SlugList>
  /** The pages and lists a changed document appears on (for webhook revalidation). */
  impactOf(change: Change): Promise<Impact>
}

export interface ContentOptions {
  source: ContentSource
  logger?: Logger
  /** How many distinct query results to keep as a fallback for source failures. */
  lastGoodEntries?: number
  /** Where those results are also kept, so they survive a restart (see LastGood). */
  lastGoodDir?: string
  /** Draft mode: `getArticle` also finds an article dated ahead (scheduled), which readers cannot see yet. */
  preview?: boolean
}

/** A single-document query: no match is `null` (a 404), not a parse failure. */
function parseOne<S extends z.ZodType>(schema: S, raw: unknown, logger: Logger, what: string): z.infer<S> | null {
  return raw === null || raw === undefined ? null : parseLenient(schema, raw, logger, what)
}

/** The typed content API: every result is parsed with @blog/schemas before it reaches a page. */
export function createContent({
  source,
  logger = console,
  lastGoodEntries = 2000,
  lastGoodDir,
  preview = false,
}: ContentOptions): Content {
  let queries = 0
  const lastGood = new LastGood({ capacity: lastGoodEntries, dir: lastGoodDir, logger })
  const fresh = (query: string, params: QueryParams = {}) => ((queries += 1), source.fetch(query, params))
  const run = async (query: string, params: QueryParams = {}) => {
    queries += 1
    const key = JSON.stringify([query, params])
    try {
      const result = await source.fetch(query, params)
      lastGood.set(key, result)
      return result
    } catch (error) {
      // A failing source must not turn a page into an error while we still know its last answer.
      const last = lastGood.find(key)
      if (!last) throw error
      logger.error(
        `[content] ${source.name} source failed (${(error as Error).message}); serving the last good result for ${describeQuery(query, params)}`,
      )
      return last.value
    }
  }

  return {
    source: source.name,
    queryCount: () => queries,
    sourceVersion: () => source.version?.() ?? null,

    async getArticle(slug) {
      if (!isSlug(slug)) return null
      const query = preview ? articlePreviewQuery : articleQuery
      return parseOne(articleSchema, await run(query, { slug }), logger, 'article')
    },

    async getArticleRedirect(slug) {
      if (!isSlug(slug)) return null
      const raw = await run(articleRedirectQuery, { slug })
      const parsed = z.object({ slug: slugStringSchema }).nullable().safeParse(raw)
      return parsed.success && parsed.data ? parsed.data.slug : null
    },

    async getOldPathRedirect(path) {
      const wanted = normalizeOldPath(path)
      // A path whose normal form is not itself stored form (`/a%2520b` decodes to `/a%20b`) cannot be stored: no query.
      if (!wanted || !isOldPath(wanted)) return null
      const claims = parseList(
        articleOldPathsSchema,
        await run(oldPathRedirectQuery, { path: wanted }),
        logger,
        'article old paths',
      )
        .filter((claim) => claim.oldPaths.includes(wanted))
        .sort(newestFirst)
      const [winner, ...others] = claims
      if (winner && others.length) {
        logger.warn(
          `[content] old address ${wanted} is claimed by ${claims.map((claim) => claim._id).join(', ')}; the newest, ${winner._id}, takes it`,
        )
      }
      return winner?.slug ?? null
    },

    getAddressBook: async () => toAddressBook(await run(addressBookQuery), logger),

    async listArticles({ offset = 0, limit = 20 } = {}) {
      const start = Math.max(0, Math.floor(offset))
      const end = start + Math.min(100, Math.max(1, Math.floor(limit)))
      return parseList(articleSummarySchema, await run(articlesQuery, { start, end }), logger, 'article')
    },

    async countArticles() {
      const raw = await run(articleCountQuery)
      return typeof raw === 'number' ? raw : 0
    },

    async getAuthor(slug) {
      if (!isSlug(slug)) return null
      return parseOne(authorSchema, await run(authorQuery, { slug }), logger, 'author')
    },

    async getBook(slug) {
      if (!isSlug(slug)) return null
      return parseOne(bookSchema, await run(bookQuery, { slug }), logger, 'book')
    },

    async getSiteSettings() {
      const raw = await run(siteSettingsQuery)
      if (raw === null || raw === undefined) {
        logger.warn('[content] siteSettings: no site settings document; using defaults')
        return FALLBACK_SITE_SETTINGS
      }
      const withId = { _id: 'siteSettings', ...(raw as object) }
      return parseLenient(siteSettingsSchema, withId, logger, 'siteSettings') ?? FALLBACK_SITE_SETTINGS
    },

    // No last-good fallback here: an impact worked out from old answers would expire pages while the
    // source cannot re-render them; the webhook must fail and be retried instead.
    impactOf: (change) => findImpact({ name: source.name, fetch: fresh }, change),
    ...createBrowseContent({ source, run, fresh, logger }),

    listArticleSlugs: async () => slugList(await run(articleSlugsQuery), logger, 'article'),
    listAuthorSlugs: async () => slugList(await run(authorSlugsQuery), logger, 'author'),
    listBookSlugs: async () => slugList(await run(bookSlugsQuery), logger, 'book'),
  }
}

/** Newest first, then by id: the same order as the queries, whatever order a source answers in. */
function newestFirst(a: ArticleOldPaths, b: ArticleOldPaths): number {
  const time = Date.parse(b.publishedAt) - Date.parse(a.publishedAt)
  return time || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)
}

function slugList(raw: unknown, logger: Logger, what: string): SlugList {
  return parseList(slugListSchema.element, raw, logger, `${what} slug`)
}
