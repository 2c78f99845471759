import type { MetadataRoute } from 'next'
import { env } from '@/lib/env'

/** Crawl everything but search results (endless, and noindex anyway) and the API. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/search', '/api/'] }],
    sitemap: `${env.siteUrl}/sitemap.xml`,
  }
}
