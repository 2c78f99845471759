import { getAuthor, getAuthorArticlePage, getSiteSettings, listAuthorSlugs } from '@/lib/content'
import { env } from '@/lib/env'
import { atLeastOne, PLACEHOLDER_SLUG, recentlyUpdated } from '@/lib/prerender'
import { feedResponse, rssFeed } from '@/lib/feed'
import { paths } from '@/lib/paths'

export async function generateStaticParams() {
  return atLeastOne(
    recentlyUpdated(await listAuthorSlugs()).map(({ slug }) => ({ slug })),
    { slug: PLACEHOLDER_SLUG },
  )
}

/** One author's RSS 2.0 feed: their newest articles (the first page of their list). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [settings, author, page] = await Promise.all([
    getSiteSettings(),
    getAuthor(slug),
    getAuthorArticlePage(slug, 1),
  ])
  if (!author || !page) return new Response('Not found', { status: 404 })
  return feedResponse(
    rssFeed({
      title: `${author.name} — ${settings.title}`,
      description: author.shortBio ?? `Articles by ${author.name}`,
      siteUrl: env.siteUrl,
      pagePath: paths.author(author.slug),
      feedPath: paths.authorFeed(author.slug),
      articles: page.items,
    }),
  )
}
