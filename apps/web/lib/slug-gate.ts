import 'server-only'
import type { PageType } from '@blog/content'
import { addressBook } from './addresses'

/**
 * The unknown-slug gate of the cached reads: only slugs and old addresses that exist, and pages within a list's page
 * count, get the content lifetime. The proxy already answers made-up URLs without a render (proxy.ts); this is the
 * second line, for what reaches a page anyway (draft mode, a book that could not be read). Both ask the same address
 * book, read straight from the source: a page that consulted a cached slug list would carry the list's tag, and every
 * list change would then expire every page.
 */

export async function knownSlug(kind: PageType, slug: string): Promise<boolean> {
  return (await addressBook())?.has(kind, slug) ?? false
}

/** Whether a published article has the old address `path` (in any form `normalizeOldPath` accepts). */
export async function knownOldPath(path: string): Promise<boolean> {
  return ((await addressBook())?.articleFor(path) ?? null) !== null
}

/**
 * Page 1 of a list always exists; a later page only within the count its first page reports. The first page is read
 * through the data cache, where its entry carries the same tags as the page being rendered.
 */
export async function withinPageCount(page: number, pageCount: () => Promise<number>): Promise<boolean> {
  return page === 1 || page <= (await pageCount())
}
