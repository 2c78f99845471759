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
