import { ImageResponse } from 'next/og'
import { OG_SIZE, OgCard } from '@/components/og/og-card'
import { getArticle, getSiteSettings, listArticleSlugs } from '@/lib/content'
import { atLeastOne, newestArticles, PLACEHOLDER_SLUG } from '@/lib/prerender'

export const alt = 'The article title, its author and the site name'
export const size = OG_SIZE
export const contentType = 'image/png'

export async function generateStaticParams() {
  return atLeastOne(
    newestArticles(await listArticleSlugs()).map(({ slug }) => ({ slug })),
    { slug: PLACEHOLDER_SLUG },
  )
}

/** An article's social card: category, title, author, site name. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [article, settings] = await Promise.all([getArticle(slug), getSiteSettings()])
  if (!article) return new Response('Not found', { status: 404 })
  const byline = article.author ? `By ${article.author.name}` : 'By the editors'
  const eyebrow = article.categories?.[0]?.title ?? 'Article'
  return new ImageResponse(
    <OgCard eyebrow={eyebrow} title={article.title} byline={byline} siteName={settings.title} />,
    OG_SIZE,
  )
}
