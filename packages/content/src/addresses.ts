import {
  addressBookResultSchema,
  articleAddressSchema,
  documentAddressSchema,
  normalizeOldPath,
  type ArticleAddress,
  type DocumentAddress,
} from '@blog/schemas'
import { ARTICLES_PER_PAGE } from './browse.ts'
import type { PageType } from './impact.ts'
import { parseList, type Logger } from './parse.ts'

/** A published article and when it went live (ms since the epoch). */
export type WentLive = { _id: string; slug: string; publishedAt: number }

/** A list of articles with pages of its own: the home page's, an author's or a category's. */
export type ArticleList = { kind: 'all' } | { kind: 'author' | 'category'; slug: string }

/**
 * Every address the blog answers, read in one query: which slugs have pages, which old slugs and old addresses lead
 * to an article, and how many pages each list has. Lookups are set and map reads, so a proxy can ask it per request.
 */
export class AddressBook {
  /** When the next scheduled article goes live (ms since the epoch), when one is scheduled: the book is stale then. */
  readonly nextPublishedAt: number | null
  private readonly slugs: Record<PageType, Set<string>>
  /** Old slug -> the current slug of the article that had it; old address -> likewise. */
  private readonly previousSlugs = new Map<string, string>()
  private readonly oldPaths = new Map<string, string>()
  private readonly articles: number
  /** Published articles, newest first, with the time each went live. */
  private readonly published: WentLive[]
  private readonly byList = new Map<string, number>()

  constructor(
    articles: ArticleAddress[],
    documents: Record<'author' | 'book' | 'category', DocumentAddress[]>,
    nextPublishedAt: number | null,
    logger: Logger = console,
  ) {
    this.nextPublishedAt = nextPublishedAt
    const slugsOf = (rows: DocumentAddress[]) => new Set(rows.map((row) => row.slug))
    this.slugs = {
      article: new Set(articles.map((article) => article.slug)),
      author: slugsOf(documents.author),
      book: slugsOf(documents.book),
      category: slugsOf(documents.category),
    }
    const slugById = new Map([...documents.author, ...documents.category].map((row) => [row._id, row.slug] as const))
    const count = (key: string) => this.byList.set(key, (this.byList.get(key) ?? 0) + 1)
    // Newest first, then by id: an old slug or old address two articles claim goes to the newest, as the pages decide.
    const claims = new Map<string, string>()
    for (const article of [...articles].sort(newestFirst)) {
      for (const slug of article.previousSlugs ?? [])
        if (!this.previousSlugs.has(slug)) this.previousSlugs.set(slug, article.slug)
      for (const path of article.oldPaths ?? []) {
        const first = claims.get(path)
        if (first === undefined) {
          claims.set(path, article._id)
          this.oldPaths.set(path, article.slug)
        } else
          logger.warn(
            `[content] old address ${path} is claimed by ${first} and ${article._id}; the newest, ${first}, takes it`,
          )
      }
      const author = article.author ? slugById.get(article.author) : undefined
      if (author) count(listKey({ kind: 'author', slug: author }))
      // An article filed twice under one category is counted once there, as the category page's query counts it.
      for (const id of new Set(article.categories ?? [])) {
        const category = slugById.get(id)
        if (category) count(listKey({ kind: 'category', slug: category }))
      }
    }
    this.articles = articles.length
    this.published = [...articles]
      .sort(newestFirst)
      .map((article) => ({ _id: article._id, slug: article.slug, publishedAt: Date.parse(article.publishedAt) }))
  }

  /**
   * The published articles that went live after `since` (ms since the epoch), newest first: what a scheduled
   * publication made visible since then, so the pages that show them can be refreshed.
   */
  publishedSince(since: number): WentLive[] {
    const first = this.published.findIndex((article) => article.publishedAt <= since)
    return first === -1 ? [...this.published] : this.published.slice(0, first)
  }

  /** Whether `slug` is the current slug of a published article, or of an author, book or category. */
  has(type: PageType, slug: string): boolean {
    return this.slugs[type].has(slug)
  }

  /** The current slug of the article that used to have `slug` (its page answers a 308 there); null if none did. */
  renamedTo(slug: string): string | null {
    return this.previousSlugs.get(slug) ?? null
  }

  /** The slug of the article that had the old address `path` (any form `normalizeOldPath` accepts); null if none. */
  articleFor(path: string): string | null {
    const address = normalizeOldPath(path)
    return (address && this.oldPaths.get(address)) || null
  }

  /** How many pages a list has: at least one, even when it is empty (its first page says so). */
  pageCount(list: ArticleList): number {
    const articles = list.kind === 'all' ? this.articles : (this.byList.get(listKey(list)) ?? 0)
    return Math.max(1, Math.ceil(articles / ARTICLES_PER_PAGE))
  }
}

/**
 * An article whose old slugs or old addresses are not a list keeps its page: the field is logged with its id and
 * dropped (an invalid item inside a list is dropped by `parseList`, and logged there).
 */
const withListFields =
  (logger: Logger) =>
  (row: unknown): unknown => {
    if (typeof row !== 'object' || row === null) return row
    const fixed: Record<string, unknown> = { ...row }
    for (const field of ['previousSlugs', 'oldPaths']) {
      const value = fixed[field]
      if (value === null || value === undefined || Array.isArray(value)) continue
      logger.error(`[content] article ${String(fixed._id)}: ${field} is not a list; its addresses were left out`)
      fixed[field] = null
    }
    return fixed
  }

function newestFirst(a: ArticleAddress, b: ArticleAddress): number {
  const time = Date.parse(b.publishedAt) - Date.parse(a.publishedAt)
  return time || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)
}

const listKey = (list: ArticleList) => (list.kind === 'all' ? 'all' : `${list.kind}:${list.slug}`)

/** The book from the query's answer; an invalid entry is logged with its id and left out, like any list item. */
export function toAddressBook(raw: unknown, logger: Logger): AddressBook {
  const parsed = addressBookResultSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`the address book query answered an unexpected shape: ${parsed.error.message}`)
  const { articles, authors, books, categories, nextPublishedAt } = parsed.data
  const documents = (rows: unknown[], what: string) => parseList(documentAddressSchema, rows, logger, what)
  return new AddressBook(
    parseList(articleAddressSchema, articles.map(withListFields(logger)), logger, 'article address'),
    {
      author: documents(authors, 'author address'),
      book: documents(books, 'book address'),
      category: documents(categories, 'category address'),
    },
    nextPublishedAt ? Date.parse(nextPublishedAt) : null,
    logger,
  )
}
