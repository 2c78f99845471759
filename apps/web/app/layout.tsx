import type { Metadata } from 'next'
import { SiteFooter, SiteHeader } from '@/components/layout/site-header'
import { getSiteSettings, siteUrl } from '@/lib/content'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(siteUrl),
    title: { default: settings.title, template: `%s — ${settings.title}` },
    description: settings.description ?? undefined,
    openGraph: { siteName: settings.title, type: 'website' },
  }
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader settings={settings} />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
