/** Open Graph images are 1200×630 PNGs, the size every network crops from. */
export const OG_SIZE = { width: 1200, height: 630 }

interface OgCardProps {
  /** Small line above the title: a category, "Author". */
  eyebrow: string
  title: string
  /** Bottom left: the author, a role. */
  byline: string
  siteName: string
}

/**
 * The card drawn by next/og (satori: inline styles, flex layout, next/og's bundled font, so
 * nothing is downloaded). Light colours of the site, so it reads in any feed.
 */
export function OgCard({ eyebrow, title, byline, siteName }: OgCardProps) {
  const size = title.length > 90 ? 52 : title.length > 50 ? 64 : 76
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 80px',
        background: '#fbfaf7',
        color: '#1d232a',
        borderTop: '18px solid #b6461b',
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, letterSpacing: 3, textTransform: 'uppercase', color: '#8f3512' }}>
        {eyebrow}
      </div>
      <div style={{ display: 'flex', fontSize: size, lineHeight: 1.12, letterSpacing: -1 }}>{title}</div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          fontSize: 30,
          color: '#5b6570',
        }}
      >
        <div style={{ display: 'flex' }}>{byline}</div>
        <div style={{ display: 'flex', color: '#1d232a' }}>{siteName}</div>
      </div>
    </div>
  )
}
