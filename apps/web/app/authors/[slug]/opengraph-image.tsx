import { ImageResponse } from 'next/og'
import { OG_SIZE, OgCard } from '@/components/og/og-card'
import { getAuthor, getSiteSettings, listAuthorSlugs } from '@/lib/content'
import { atLeastOne, PLACEHOLDER_SLUG, recentlyUpdated } from '@/lib/prerender'

export const alt = 'The author’s name, their roles and the site name'
export const size = OG_SIZE
export const contentType = 'image/png'

export async function generateStaticParams() {
  return atLeastOne(
    recentlyUpdated(await listAuthorSlugs()).map(({ slug }) => ({ slug })),
    { slug: PLACEHOLDER_SLUG },
  )
}

/** An author's social card: name, roles, how many books, site name. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [author, settings] = await Promise.all([getAuthor(slug), getSiteSettings()])
  if (!author) return new Response('Not found', { status: 404 })
  const books = author.books.length ? `${author.books.length} ${author.books.length === 1 ? 'book' : 'books'}` : ''
  const byline = [author.roles?.join(' · '), books].filter(Boolean).join(' — ')
  return new ImageResponse(
    <OgCard eyebrow="Author" title={author.name} byline={byline} siteName={settings.title} />,
    OG_SIZE,
  )
}
