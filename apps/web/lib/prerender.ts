import 'server-only'
import { env } from './env'

/**
 * What `next build` prerenders of a newest-first article list: the first PRERENDER_ARTICLES (default 100).
 * Pages left out render on their first request and are then cached like the others (`dynamicParams`).
 */
export function newestArticles<T>(newestFirst: T[]): T[] {
  return newestFirst.slice(0, env.prerenderArticles)
}

/**
 * What `next build` prerenders of the authors, books or categories: the PRERENDER_PAGES (default 100) most recently
 * updated. The others render on their first request, then are cached, as articles past PRERENDER_ARTICLES do.
 */
export function recentlyUpdated<T extends { _updatedAt?: string | null }>(rows: T[]): T[] {
  const time = (row: T) => (row._updatedAt ? Date.parse(row._updatedAt) || 0 : 0)
  return [...rows].sort((a, b) => time(b) - time(a)).slice(0, env.prerenderPages)
}

/** A slug no document has: the placeholder `generateStaticParams` returns when there is nothing to prerender. */
export const PLACEHOLDER_SLUG = 'no-such-page'

/**
 * The params `next build` prerenders, never none: Cache Components refuse an empty `generateStaticParams` (on the
 * sample data no author or category has a second page). The placeholder names nothing, so its page is a 404.
 */
export function atLeastOne<T>(params: T[], placeholder: T): T[] {
  return params.length ? params : [placeholder]
}
