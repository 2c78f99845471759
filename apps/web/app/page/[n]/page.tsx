import type { Metadata } from 'next'
import { ArticleList } from '@/components/article/article-card'
import { Pagination } from '@/components/layout/pagination'
import { listArticlePage } from '@/lib/content'
import { editing } from '@/lib/edit-mode'
import { atLeastOne } from '@/lib/prerender'
import { paths } from '@/lib/paths'
import { assertPageExists, pageFromParam, pageParams, pageTitle } from '@/lib/pagination'

type Props = { params: Promise<{ n: string }> }

export async function generateStaticParams() {
  return atLeastOne(pageParams((await listArticlePage(1)).pageCount), { n: '2' })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromParam((await params).n, '/')
  return { title: pageTitle('Latest articles', page), alternates: { canonical: paths.page('/', page) } }
}

/** Page 2 onwards of the home page's list; page 1 is the home page itself. */
export default async function ArticlesPage({ params }: Props) {
  const n = pageFromParam((await params).n, '/')
  const [page, edit] = await Promise.all([listArticlePage(n), editing()])
  assertPageExists(n, page.pageCount)
  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">Latest articles</h1>
      <p className="lead">
        Page {page.page} of {page.pageCount}
      </p>
      <ArticleList articles={page.items} headingLevel={2} edit={edit} />
      <Pagination page={page.page} pageCount={page.pageCount} first="/" />
    </section>
  )
}
