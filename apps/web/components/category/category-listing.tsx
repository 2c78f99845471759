import type { CategoryPage } from '@blog/schemas'
import { ArticleList } from '@/components/article/article-card'
import { Pagination } from '@/components/layout/pagination'
import { noEdit, type Edit } from '@/lib/click-to-edit'
import { paths } from '@/lib/paths'

/** A category's page: its name and description, then one page of its articles. */
export function CategoryListing({ data, edit = noEdit }: { data: CategoryPage; edit?: Edit }) {
  const { category, articles } = data
  const field = edit('category', category._id)
  return (
    <section aria-labelledby="category-title">
      <header className="list-header">
        <p className="eyebrow">Category</p>
        <h1 id="category-title" {...field('title')}>
          {category.title}
        </h1>
        {category.description ? (
          <p className="lead" {...field('description')}>
            {category.description}
          </p>
        ) : null}
        <p className="muted">
          {articles.total === 1 ? '1 article' : `${articles.total} articles`}
          {articles.pageCount > 1 ? ` · page ${articles.page} of ${articles.pageCount}` : ''}
        </p>
      </header>
      <ArticleList articles={articles.items} empty="No articles in this category yet." headingLevel={2} edit={edit} />
      <Pagination page={articles.page} pageCount={articles.pageCount} first={paths.category(category.slug)} />
    </section>
  )
}
