import Link from 'next/link'
import type { ArticleSummary } from '@blog/schemas'
import { ContentImage } from '@/components/media/content-image'
import { noEdit, type Edit } from '@/lib/click-to-edit'
import { minutesForWords } from '@/lib/format'
import { paths } from '@/lib/paths'
import { Byline } from './byline'

/** An article in a list: cover, categories, title, excerpt and byline. */
export function ArticleCard({
  article,
  priority = false,
  headingLevel = 3,
  edit = noEdit,
}: {
  article: ArticleSummary
  priority?: boolean
  headingLevel?: 2 | 3
  edit?: Edit
}) {
  const href = paths.article(article.slug)
  const field = edit('article', article._id)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="article-card">
      {article.coverImage ? (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="article-card__cover">
          <ContentImage
            image={article.coverImage}
            width={480}
            aspect={16 / 9}
            sizes="(min-width: 1200px) 368px, (min-width: 700px) 45vw, 100vw"
            priority={priority}
            mark={field('coverImage')}
          />
        </Link>
      ) : null}
      <div className="article-card__text">
        {article.categories?.length ? (
          <p className="eyebrow" {...field('categories')}>
            {article.categories.map((category) => category.title).join(' · ')}
          </p>
        ) : null}
        <Heading className="article-card__title" {...field('title')}>
          <Link href={href}>{article.title}</Link>
        </Heading>
        {article.excerpt ? (
          <p className="article-card__excerpt" {...field('excerpt')}>
            {article.excerpt}
          </p>
        ) : null}
        <Byline
          author={article.author}
          publishedAt={article.publishedAt}
          readingMinutes={article.wordCount ? minutesForWords(article.wordCount) : undefined}
          edit={edit}
        />
      </div>
    </article>
  )
}

/** A grid of article cards, or a friendly line when there are none. */
interface ArticleListProps {
  articles: ArticleSummary[]
  empty?: string
  eagerFirst?: boolean
  /** 2 when the list sits right under the page's h1 (list pages), so no heading level is skipped. */
  headingLevel?: 2 | 3
  /** Each card opens its own article (and its author) in draft mode. */
  edit?: Edit
}

export function ArticleList({
  articles,
  empty = 'No articles yet.',
  eagerFirst = true,
  headingLevel,
  edit,
}: ArticleListProps) {
  if (articles.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="card-grid" role="list">
      {articles.map((article, index) => (
        <li key={article._id}>
          <ArticleCard article={article} priority={eagerFirst && index === 0} headingLevel={headingLevel} edit={edit} />
        </li>
      ))}
    </ul>
  )
}
