import { getSiteSettings, listArticles } from '@/lib/content'
import { env } from '@/lib/env'
import { feedResponse, rssFeed } from '@/lib/feed'

// Rendered at build and kept in the cache like the pages (its reads are cached); the webhook refreshes it with
// list:article.

const FEED_SIZE = 20

/** The site's RSS 2.0 feed: the newest articles. */
export async function GET() {
  const [settings, articles] = await Promise.all([getSiteSettings(), listArticles({ limit: FEED_SIZE })])
  const description = settings.description ?? `Articles from ${settings.title}`
  return feedResponse(
    rssFeed({
      title: settings.title,
      description,
      siteUrl: env.siteUrl,
      pagePath: '/',
      feedPath: '/feed.xml',
      articles,
    }),
  )
}
