import 'server-only'
import { normalizeOldPath } from '@blog/schemas'
import { content } from './content-source'
import { env } from './env'

/**
 * The unknown-slug gate: only slugs and old addresses that exist, and pages within a list's page count, get data cache
 * entries. A URL a bot makes up still gets the right answer (a 404, an empty page), but uncached, so it cannot grow
 * the cache.
 */

export type SlugKind = 'article' | 'author' | 'book' | 'category'
type Kind = SlugKind | 'oldPath'

const slugsOf = (rows: { slug: string }[]) => rows.map((row) => row.slug)
const lists: Record<Kind, () => Promise<string[]>> = {
  article: async () => slugsOf(await content.listArticleSlugs()),
  author: async () => slugsOf(await content.listAuthorSlugs()),
  book: async () => slugsOf(await content.listBookSlugs()),
  category: async () => slugsOf(await content.listCategorySlugs()),
  oldPath: async () => (await content.listOldPaths()).flatMap((row) => row.oldPaths),
}

/**
 * Slugs that exist, per type, and the old addresses articles have, remembered in this process for
 * CONTENT_REVALIDATE_SECONDS. Read straight from the source, not through the data cache: a page that consulted a cached
 * slug list would carry the list's tag, and every list change would then expire every page. A stale set never changes
 * an answer, only whether it is cached.
 */
const slugSets = new Map<Kind, { loaded: number; slugs: Promise<Set<string>> }>()

export function knownSlug(kind: SlugKind, slug: string): Promise<boolean> {
  return known(kind, slug)
}

/** Whether a published article has the old address `path` (compared in the form `normalizeOldPath` stores). */
export function knownOldPath(path: string): Promise<boolean> {
  const address = normalizeOldPath(path)
  return address ? known('oldPath', address) : Promise.resolve(false)
}

function known(kind: Kind, value: string): Promise<boolean> {
  let entry = slugSets.get(kind)
  if (!entry || Date.now() - entry.loaded > env.revalidateSeconds * 1000) {
    const slugs = lists[kind]().then((values) => new Set(values))
    // A failed read caches nothing this time and is retried on the next call.
    slugs.catch(() => slugSets.delete(kind))
    slugSets.set(kind, (entry = { loaded: Date.now(), slugs }))
  }
  return entry.slugs.then(
    (set) => set.has(value),
    () => false,
  )
}

/**
 * Page 1 of a list always exists; a later page only within the count its first page reports. The first page is read
 * through the data cache, where its entry carries the same tags as the page being rendered.
 */
export async function withinPageCount(page: number, pageCount: () => Promise<number>): Promise<boolean> {
  return page === 1 || page <= (await pageCount())
}
