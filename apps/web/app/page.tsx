import type { Metadata } from 'next'
import { ArticleList } from '@/components/article/article-card'
import { Pagination } from '@/components/layout/pagination'
import { SITE_SETTINGS_ID } from '@blog/schemas'
import { getSiteSettings, listArticlePage } from '@/lib/content'
import { editing } from '@/lib/edit-mode'
import { socialMetadata } from '@/lib/seo'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const social = socialMetadata({
    title: settings.title,
    description: settings.description,
    path: '/',
    type: 'website',
    settings,
  })
  return {
    ...social,
    title: { absolute: settings.title },
    alternates: { canonical: '/', types: { 'application/rss+xml': [{ url: '/feed.xml', title: settings.title }] } },
  }
}

export default async function HomePage() {
  const [settings, page, edit] = await Promise.all([getSiteSettings(), listArticlePage(1), editing()])
  const field = edit('siteSettings', SITE_SETTINGS_ID)
  return (
    <>
      <section className="intro">
        <h1 {...field('title')}>{settings.title}</h1>
        {settings.description ? (
          <p className="lead" {...field('description')}>
            {settings.description}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest" className="section-heading">
          Latest articles
        </h2>
        <ArticleList articles={page.items} empty="Nothing published yet. Check back soon." edit={edit} />
        <Pagination page={1} pageCount={page.pageCount} first="/" />
      </section>
    </>
  )
}
