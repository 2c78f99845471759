import type { Metadata } from 'next'
import { ArticleList } from '@/components/article/article-card'
import { getSiteSettings, listArticles } from '@/lib/content'

export const revalidate = 3600

export const metadata: Metadata = { alternates: { canonical: '/' } }

export default async function HomePage() {
  const [settings, articles] = await Promise.all([getSiteSettings(), listArticles({ limit: 24 })])
  return (
    <>
      <section className="intro">
        <h1>{settings.title}</h1>
        {settings.description ? <p className="lead">{settings.description}</p> : null}
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest" className="section-heading">
          Latest articles
        </h2>
        <ArticleList articles={articles} empty="Nothing published yet. Check back soon." />
      </section>
    </>
  )
}
