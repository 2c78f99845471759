import Link from 'next/link'
import type { SiteSettings } from '@blog/schemas'
import { SearchForm } from '@/components/search/search-form'
import { keyed, noEdit, type Edit } from '@/lib/click-to-edit'
import { SITE_SETTINGS_ID } from '@blog/schemas'

/** Site title, the editor-managed navigation and a search box. */
export function SiteHeader({ settings, edit = noEdit }: { settings: SiteSettings; edit?: Edit }) {
  const field = edit('siteSettings', SITE_SETTINGS_ID)
  const navigation = (settings.navigation ?? []).filter((item) => item.url !== '/')
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-title" {...field('title')}>
          {settings.title}
        </Link>
        {navigation.length ? (
          <nav aria-label="Main">
            <ul role="list" className="nav-list">
              {navigation.map((item) => (
                <li key={item._key} {...field(keyed('navigation', item._key))}>
                  {item.url.startsWith('/') ? (
                    <Link href={item.url}>{item.label}</Link>
                  ) : (
                    <a href={item.url}>{item.label}</a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <SearchForm id="site-search" label="Site search" compact />
      </div>
    </header>
  )
}

export function SiteFooter({ settings, edit = noEdit }: { settings: SiteSettings; edit?: Edit }) {
  const field = edit('siteSettings', SITE_SETTINGS_ID)
  return (
    <footer className="site-footer">
      <div className="container">
        <p {...field('publicationName')}>
          {settings.publicationUrl ? (
            <a href={settings.publicationUrl}>{settings.publicationName}</a>
          ) : (
            settings.publicationName
          )}
          {settings.description ? ` — ${settings.description}` : ''}
        </p>
        <p>
          <a href="/feed.xml">RSS feed</a>
          <span aria-hidden="true"> · </span>
          <Link href="/search">Search</Link>
        </p>
      </div>
    </footer>
  )
}
