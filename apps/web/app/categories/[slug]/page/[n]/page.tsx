import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CategoryListing } from '@/components/category/category-listing'
import { getCategoryPage, listCategorySlugs } from '@/lib/content'
import { editing } from '@/lib/edit-mode'
import { atLeastOne, PLACEHOLDER_SLUG, recentlyUpdated } from '@/lib/prerender'
import { paths } from '@/lib/paths'
import { assertPageExists, pageFromParam, pageParams, pageTitle } from '@/lib/pagination'

type Props = { params: Promise<{ slug: string; n: string }> }

export async function generateStaticParams() {
  const slugs = recentlyUpdated(await listCategorySlugs())
  const pages = await Promise.all(slugs.map(async ({ slug }) => ({ slug, data: await getCategoryPage(slug, 1) })))
  return atLeastOne(
    pages.flatMap(({ slug, data }) => pageParams(data?.articles.pageCount ?? 1).map(({ n }) => ({ slug, n }))),
    { slug: PLACEHOLDER_SLUG, n: '2' },
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params
  const page = pageFromParam(n, paths.category(slug))
  const data = await getCategoryPage(slug, page)
  if (!data) notFound()
  return {
    title: pageTitle(data.category.title, page),
    alternates: { canonical: paths.page(paths.category(slug), page) },
  }
}

export default async function CategoryPageN({ params }: Props) {
  const { slug, n } = await params
  const page = pageFromParam(n, paths.category(slug))
  const [data, edit] = await Promise.all([getCategoryPage(slug, page), editing()])
  if (!data) notFound()
  assertPageExists(page, data.articles.pageCount)
  return <CategoryListing data={data} edit={edit} />
}
