import type { ArticlePage } from '@blog/schemas'
import { ArticleList } from '@/components/article/article-card'
import { Pagination } from '@/components/layout/pagination'
import type { Edit } from '@/lib/click-to-edit'
import { paths } from '@/lib/paths'

/** One page of an author's articles, with their feed and the links to the other pages. */
export function AuthorArticles({
  name,
  slug,
  page,
  level = 2,
  edit,
}: {
  name: string
  slug: string
  page: ArticlePage
  level?: 1 | 2
  edit?: Edit
}) {
  const Heading = level === 1 ? 'h1' : 'h2'
  return (
    <section aria-labelledby="articles">
      <Heading id="articles" className={level === 1 ? undefined : 'section-heading'}>
        Articles by {name}
      </Heading>
      <p className="muted">
        {page.pageCount > 1 ? `Page ${page.page} of ${page.pageCount} · ` : ''}
        <a href={paths.authorFeed(slug)}>Follow {name} by RSS</a>
      </p>
      <ArticleList
        articles={page.items}
        empty={`${name} has not published an article yet.`}
        headingLevel={level === 1 ? 2 : undefined}
        edit={edit}
      />
      <Pagination page={page.page} pageCount={page.pageCount} first={paths.author(slug)} />
    </section>
  )
}
