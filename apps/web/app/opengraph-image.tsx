import { ImageResponse } from 'next/og'
import { OG_SIZE, OgCard } from '@/components/og/og-card'
import { getSiteSettings } from '@/lib/content'

export const alt = 'The site name and what it is about'
export const size = OG_SIZE
export const contentType = 'image/png'

/** The site's card, for every page without its own. */
export default async function Image() {
  const settings = await getSiteSettings()
  const about = settings.description ? (settings.description.split(/(?<=\.)\s/)[0] ?? '') : settings.title
  return new ImageResponse(
    <OgCard eyebrow={settings.publicationName} title={about} byline="" siteName={settings.title} />,
    OG_SIZE,
  )
}
