import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CategoryListing } from '@/components/category/category-listing'
import { getCategoryPage, getSiteSettings, listCategorySlugs } from '@/lib/content'
import { editing } from '@/lib/edit-mode'
import { atLeastOne, PLACEHOLDER_SLUG, recentlyUpdated } from '@/lib/prerender'
import { paths } from '@/lib/paths'
import { socialMetadata } from '@/lib/seo'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return atLeastOne(
    recentlyUpdated(await listCategorySlugs()).map(({ slug }) => ({ slug })),
    { slug: PLACEHOLDER_SLUG },
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [data, settings] = await Promise.all([getCategoryPage(slug, 1), getSiteSettings()])
  if (!data) notFound()
  const { title, description } = data.category
  return {
    title,
    description: description ?? undefined,
    ...socialMetadata({ title, description, path: paths.category(slug), type: 'website', settings }),
  }
}

export default async function CategoryPage({ params }: Props) {
  const [data, edit] = await Promise.all([getCategoryPage((await params).slug, 1), editing()])
  if (!data) notFound()
  return <CategoryListing data={data} edit={edit} />
}
