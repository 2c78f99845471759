import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import type { Content, ListOptions } from '@blog/content'
import { addressBook } from './addresses'
import { content } from './content-source'
import { env } from './env'
import { withHighlightedCode } from './highlight'
import { previewContent } from './preview'
import { lifetimeUntilPublication } from './publication-clock'
import { knownOldPath, knownSlug, withinPageCount } from './slug-gate'
import { TAGS } from './tags'

/**
 * The one door from pages to content. Each function below is one cached read ('use cache'): its key is its name and
 * arguments, its tags are those the webhook expires (lib/tags.ts, lib/revalidate.ts), and its lifetime the `content`
 * profile of next.config.ts (CONTENT_REVALIDATE_SECONDS), or `unknown` (five minutes) when what it reads does not
 * exist, so made-up URLs cannot pile up in the cache. A read that shows articles also ends when the next scheduled
 * article goes live (lib/publication-clock.ts), counted from when it started: lib/schedule.ts expires the pages that
 * article changes at that time, and this is what still ends them if it could not. In draft mode Next runs every
 * cached function afresh and stores nothing, and the reads go to the drafts source (lib/preview.ts). The README's
 * "Caching" section shows every layer.
 */

/** Drafts while draft mode is on for this request, else the published content. */
async function source(): Promise<Content> {
  return (await previewContent()) ?? content
}

/**
 * The lifetime of a read that began at `startedAt`: the content profile, or the short one for something that does not
 * exist; and, for what shows articles, no later than the next scheduled publication (reads of what no publication
 * changes pass `null`). Two calls: Next keeps the shorter
 * of each (stale, revalidate, expire), and `expire` stays long, since one under five minutes would take the read out
 * of the prerendered page.
 */
async function lifetime(exists: boolean, startedAt: number | null): Promise<void> {
  cacheLife(exists ? 'content' : 'unknown')
  if (startedAt === null) return
  const next = (await addressBook())?.nextPublishedAt ?? null
  const seconds = lifetimeUntilPublication(next, startedAt, env.revalidateSeconds)
  if (seconds !== null) cacheLife({ revalidate: seconds })
}

// Documents. A page read carries its document's tag; a read of a made-up slug carries it too, so a document created
// later under that slug expires the cached 404.

export async function getArticle(slug: string) {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.article(slug))
  await lifetime(await knownSlug('article', slug), startedAt)
  const article = await (await source()).getArticle(slug)
  return article && withHighlightedCode(article)
}

/** Asked only for a slug that is not an article's own (a renamed one, or a made-up one). */
export async function getArticleRedirect(slug: string) {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.article(slug), TAGS.list('article'))
  await lifetime(await knownSlug('article', slug), startedAt)
  return (await source()).getArticleRedirect(slug)
}

/**
 * The current slug of the article that had the old address `path` on its previous site (app/[...path]). It carries
 * `list:article`, which every article change expires, so an address an article gains, loses or moves answers at once.
 */
export async function getOldPathRedirect(path: string) {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.list('article'))
  await lifetime(await knownOldPath(path), startedAt)
  return (await source()).getOldPathRedirect(path)
}

export async function getAuthor(slug: string) {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.author(slug))
  await lifetime(await knownSlug('author', slug), startedAt)
  return (await source()).getAuthor(slug)
}

export async function getBook(slug: string) {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.book(slug))
  await lifetime(await knownSlug('book', slug), startedAt)
  return (await source()).getBook(slug)
}

export async function getSiteSettings() {
  'use cache'
  cacheTag(TAGS.all, TAGS.settings)
  await lifetime(true, null)
  return (await source()).getSiteSettings()
}

// Lists. They carry `list:<type>` (cards show authors and categories by name); a category's or author's pages also
// carry its own tag; related articles belong to their article.

export async function listArticles(options?: ListOptions) {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.list('article'))
  await lifetime(true, startedAt)
  return (await source()).listArticles(options)
}

export async function listArticlePage(page: number): ReturnType<Content['listArticlePage']> {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.list('article'))
  await lifetime(await withinPageCount(page, async () => (await listArticlePage(1)).pageCount), startedAt)
  return (await source()).listArticlePage(page)
}

export async function getCategoryPage(slug: string, page: number): ReturnType<Content['getCategoryPage']> {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.category(slug), TAGS.list('article'))
  await lifetime(
    (await knownSlug('category', slug)) &&
      (await withinPageCount(page, async () => (await getCategoryPage(slug, 1))?.articles.pageCount ?? 1)),
    startedAt,
  )
  return (await source()).getCategoryPage(slug, page)
}

export async function getAuthorArticlePage(slug: string, page: number): ReturnType<Content['getAuthorArticlePage']> {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.author(slug), TAGS.list('article'))
  await lifetime(
    (await knownSlug('author', slug)) &&
      (await withinPageCount(page, async () => (await getAuthorArticlePage(slug, 1))?.pageCount ?? 1)),
    startedAt,
  )
  return (await source()).getAuthorArticlePage(slug, page)
}

export async function listRelatedArticles(slug: string) {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.article(slug))
  await lifetime(await knownSlug('article', slug), startedAt)
  return (await source()).listRelatedArticles(slug)
}

// Slug lists feed generateStaticParams and the sitemap: always the published content.

export async function listArticleSlugs() {
  'use cache'
  const startedAt = Date.now()
  cacheTag(TAGS.all, TAGS.list('article'))
  await lifetime(true, startedAt)
  return content.listArticleSlugs()
}

export async function listAuthorSlugs() {
  'use cache'
  cacheTag(TAGS.all, TAGS.list('author'))
  await lifetime(true, null)
  return content.listAuthorSlugs()
}

export async function listBookSlugs() {
  'use cache'
  cacheTag(TAGS.all, TAGS.list('book'))
  await lifetime(true, null)
  return content.listBookSlugs()
}

export async function listCategorySlugs() {
  'use cache'
  cacheTag(TAGS.all, TAGS.list('category'))
  await lifetime(true, null)
  return content.listCategorySlugs()
}

/** Search is the one uncached read: queries are unbounded; the page reads it at request time. */
export function searchArticles(query: unknown, page?: number) {
  return content.search(query, page)
}

/** For /api/health: which source this process reads, and how many queries it has run (a cached page runs none). */
export function contentStatus() {
  return { source: content.source, queries: content.queryCount() }
}
