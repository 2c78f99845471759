import 'server-only'
import { env } from './env'

/**
 * What `next build` prerenders of a newest-first article list: the first PRERENDER_ARTICLES (default 100).
 * Pages left out render on their first request and are then cached like the others (`dynamicParams`).
 */
export function newestArticles<T>(newestFirst: T[]): T[] {
  return newestFirst.slice(0, env.prerenderArticles)
}
