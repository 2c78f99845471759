import type { Metadata } from 'next'
import { SiteFooter, SiteHeader } from '@/components/layout/site-header'
import { PreviewBar } from '@/components/preview/preview-bar'
import { getSiteSettings } from '@/lib/content'
import { env } from '@/lib/env'
import { editing, isPreviewing } from '@/lib/edit-mode'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const [settings, preview] = await Promise.all([getSiteSettings(), isPreviewing()])
  return {
    metadataBase: new URL(env.siteUrl),
    // Drafts must never be indexed.
    ...(preview ? { robots: { index: false, follow: false } } : {}),
    title: { default: settings.title, template: `%s — ${settings.title}` },
    description: settings.description ?? undefined,
    openGraph: { siteName: settings.title, type: 'website' },
  }
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [settings, preview, edit] = await Promise.all([getSiteSettings(), isPreviewing(), editing()])
  return (
    <html lang="en">
      <body>
        {preview ? <PreviewBar /> : null}
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader settings={settings} edit={edit} />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter settings={settings} edit={edit} />
      </body>
    </html>
  )
}
