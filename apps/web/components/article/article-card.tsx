import Link from 'next/link'
import type { ArticleSummary } from '@blog/schemas'
import { ContentImage } from '@/components/media/content-image'
import { paths } from '@/lib/format'
import { Byline } from './byline'

/** An article in a list: cover, categories, title, excerpt and byline. */
export function ArticleCard({ article, priority = false }: { article: ArticleSummary; priority?: boolean }) {
  const href = paths.article(article.slug)
  return (
    <article className="article-card">
      {article.coverImage ? (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="article-card__cover">
          <ContentImage image={article.coverImage} width={480} sizes="(min-width: 960px) 30vw, 100vw" priority={priority} />
        </Link>
      ) : null}
      <div className="article-card__text">
        {article.categories?.length ? (
          <p className="eyebrow">{article.categories.map((category) => category.title).join(' · ')}</p>
        ) : null}
        <h3 className="article-card__title">
          <Link href={href}>{article.title}</Link>
        </h3>
        {article.excerpt ? <p className="article-card__excerpt">{article.excerpt}</p> : null}
        <Byline author={article.author} publishedAt={article.publishedAt} />
      </div>
    </article>
  )
}

/** A grid of article cards, or a friendly line when there are none. */
export function ArticleList({ articles, empty = 'No articles yet.' }: { articles: ArticleSummary[]; empty?: string }) {
  if (articles.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="card-grid" role="list">
      {articles.map((article, index) => (
        <li key={article._id}>
          <ArticleCard article={article} priority={index === 0} />
        </li>
      ))}
    </ul>
  )
}
