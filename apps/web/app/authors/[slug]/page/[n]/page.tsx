import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorArticles } from '@/components/author/author-articles'
import { editing } from '@/lib/edit-mode'
import { getAuthor, getAuthorArticlePage, listAuthorSlugs } from '@/lib/content'
import { atLeastOne, PLACEHOLDER_SLUG, recentlyUpdated } from '@/lib/prerender'
import { paths } from '@/lib/paths'
import { assertPageExists, pageFromParam, pageParams, pageTitle } from '@/lib/pagination'

type Props = { params: Promise<{ slug: string; n: string }> }

export async function generateStaticParams() {
  const slugs = recentlyUpdated(await listAuthorSlugs())
  const pages = await Promise.all(slugs.map(async ({ slug }) => ({ slug, data: await getAuthorArticlePage(slug, 1) })))
  return atLeastOne(
    pages.flatMap(({ slug, data }) => pageParams(data?.pageCount ?? 1).map(({ n }) => ({ slug, n }))),
    { slug: PLACEHOLDER_SLUG, n: '2' },
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params
  const page = pageFromParam(n, paths.author(slug))
  const author = await getAuthor(slug)
  if (!author) notFound()
  return {
    title: pageTitle(`Articles by ${author.name}`, page),
    alternates: { canonical: paths.page(paths.author(slug), page) },
  }
}

/** Page 2 onwards of an author's articles; page 1 is on their profile. */
export default async function AuthorArticlesPage({ params }: Props) {
  const { slug, n } = await params
  const page = pageFromParam(n, paths.author(slug))
  const [author, articles, edit] = await Promise.all([getAuthor(slug), getAuthorArticlePage(slug, page), editing()])
  if (!author || !articles) notFound()
  assertPageExists(page, articles.pageCount)
  return <AuthorArticles name={author.name} slug={author.slug} page={articles} level={1} edit={edit} />
}
