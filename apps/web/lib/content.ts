import 'server-only'
import { unstable_cache } from 'next/cache'
import type { Content, ListOptions } from '@blog/content'
import { content } from './content-source'
import { env } from './env'
import { previewContent } from './preview'
import { knownSlug, withinPageCount } from './slug-gate'
import { TAGS } from './tags'

/**
 * The one door from pages to content. Each function below is one cached read: in draft mode it answers from the
 * drafts source, uncached (lib/preview.ts); otherwise from Next's data cache, keyed by its name and arguments, with
 * the tags the webhook expires (lib/tags.ts, lib/revalidate.ts). The README's "Caching" section shows every layer.
 */

interface CachedRead<T> {
  /** The data cache key: the function's name, then its arguments. */
  key: [name: string, ...args: unknown[]]
  /** Tags besides `content`, which every entry carries. */
  tags: string[]
  read: (source: Content) => Promise<T>
  /** Answer from the drafts source while draft mode is on. Off for what builds call (no request, no draft mode). */
  preview?: boolean
  /** The unknown-slug gate (lib/slug-gate.ts): false means answer uncached. */
  cacheable?: () => Promise<boolean>
}

async function cachedRead<T>({ key, tags, read, preview = true, cacheable }: CachedRead<T>): Promise<T> {
  const drafts = preview ? await previewContent() : null
  if (drafts) return read(drafts)
  const [name, ...args] = key
  const options = { revalidate: env.revalidateSeconds, tags: [TAGS.all, ...tags] }
  if (cacheable && !(await cacheable())) {
    // Answered uncached, but the page still gets this call's tags (unstable_cache adds them on every call), so a
    // webhook for a slug created later expires its cached 404; the one shared entry holds nothing.
    await unstable_cache(async () => null, [name, '(uncached)'], options)()
    return read(content)
  }
  return unstable_cache(() => read(content), [name, ...args.map((arg) => JSON.stringify(arg))], options)()
}

// Documents. A page query carries its document's tag.

export function getArticle(slug: string) {
  return cachedRead({
    key: ['getArticle', slug],
    tags: [TAGS.article(slug)],
    read: (source) => source.getArticle(slug),
    cacheable: () => knownSlug('article', slug),
  })
}

/** Asked only for a slug that is not an article's own (a renamed one, or a made-up one): never cached. */
export function getArticleRedirect(slug: string) {
  return cachedRead({
    key: ['getArticleRedirect', slug],
    tags: [TAGS.article(slug), TAGS.list('article')],
    read: (source) => source.getArticleRedirect(slug),
    cacheable: () => knownSlug('article', slug),
  })
}

export function getAuthor(slug: string) {
  return cachedRead({
    key: ['getAuthor', slug],
    tags: [TAGS.author(slug)],
    read: (source) => source.getAuthor(slug),
    cacheable: () => knownSlug('author', slug),
  })
}

export function getBook(slug: string) {
  return cachedRead({
    key: ['getBook', slug],
    tags: [TAGS.book(slug)],
    read: (source) => source.getBook(slug),
    cacheable: () => knownSlug('book', slug),
  })
}

export function getSiteSettings() {
  return cachedRead({ key: ['getSiteSettings'], tags: [TAGS.settings], read: (source) => source.getSiteSettings() })
}

// Lists. They carry `list:<type>` (cards show authors and categories by name); a category's or author's pages also
// carry its own tag; related articles belong to their article.

export function listArticles(options?: ListOptions) {
  return cachedRead({
    key: ['listArticles', options],
    tags: [TAGS.list('article')],
    read: (source) => source.listArticles(options),
  })
}

export function listArticlePage(page: number): ReturnType<Content['listArticlePage']> {
  return cachedRead({
    key: ['listArticlePage', page],
    tags: [TAGS.list('article')],
    read: (source) => source.listArticlePage(page),
    cacheable: () => withinPageCount(page, async () => (await listArticlePage(1)).pageCount),
  })
}

export function getCategoryPage(slug: string, page: number): ReturnType<Content['getCategoryPage']> {
  return cachedRead({
    key: ['getCategoryPage', slug, page],
    tags: [TAGS.category(slug), TAGS.list('article')],
    read: (source) => source.getCategoryPage(slug, page),
    cacheable: async () =>
      (await knownSlug('category', slug)) &&
      withinPageCount(page, async () => (await getCategoryPage(slug, 1))?.articles.pageCount ?? 1),
  })
}

export function getAuthorArticlePage(slug: string, page: number): ReturnType<Content['getAuthorArticlePage']> {
  return cachedRead({
    key: ['getAuthorArticlePage', slug, page],
    tags: [TAGS.author(slug), TAGS.list('article')],
    read: (source) => source.getAuthorArticlePage(slug, page),
    cacheable: async () =>
      (await knownSlug('author', slug)) &&
      withinPageCount(page, async () => (await getAuthorArticlePage(slug, 1))?.pageCount ?? 1),
  })
}

export function listRelatedArticles(slug: string) {
  return cachedRead({
    key: ['listRelatedArticles', slug],
    tags: [TAGS.article(slug)],
    read: (source) => source.listRelatedArticles(slug),
    cacheable: () => knownSlug('article', slug),
  })
}

// Slug lists feed generateStaticParams (no request, so no draft mode) and the sitemap.

export function listArticleSlugs() {
  const read = (source: Content) => source.listArticleSlugs()
  return cachedRead({ key: ['listArticleSlugs'], tags: [TAGS.list('article')], read, preview: false })
}

export function listAuthorSlugs() {
  const read = (source: Content) => source.listAuthorSlugs()
  return cachedRead({ key: ['listAuthorSlugs'], tags: [TAGS.list('author')], read, preview: false })
}

export function listBookSlugs() {
  const read = (source: Content) => source.listBookSlugs()
  return cachedRead({ key: ['listBookSlugs'], tags: [TAGS.list('book')], read, preview: false })
}

export function listCategorySlugs() {
  const read = (source: Content) => source.listCategorySlugs()
  return cachedRead({ key: ['listCategorySlugs'], tags: [TAGS.list('category')], read, preview: false })
}

/** Search is the one uncached read: queries are unbounded, and the search page is dynamic anyway. */
export function searchArticles(query: unknown) {
  return content.search(query)
}

/** For /api/health: which source this process reads, and how many queries it has run (a cached page runs none). */
export function contentStatus() {
  return { source: content.source, queries: content.queryCount() }
}
