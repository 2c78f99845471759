import type { MetadataRoute } from 'next'
import type { SlugList } from '@blog/schemas'
import { listArticleSlugs, listAuthorSlugs, listBookSlugs, listCategorySlugs } from '@/lib/content'
import { env } from '@/lib/env'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/seo'

/** Every published article, author, book and category, with the time it last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, authors, books, categories] = await Promise.all([
    listArticleSlugs(),
    listAuthorSlugs(),
    listBookSlugs(),
    listCategorySlugs(),
  ])
  const entries = (rows: SlugList, path: (slug: string) => string) =>
    rows.map((row) => ({ url: absoluteUrl(env.siteUrl, path(row.slug)), lastModified: row._updatedAt ?? undefined }))
  const newest = articles
    .map((row) => row._updatedAt ?? '')
    .sort()
    .at(-1)
  return [
    { url: `${env.siteUrl}/`, lastModified: newest || undefined },
    ...entries(articles, paths.article),
    ...entries(authors, paths.author),
    ...entries(books, paths.book),
    ...entries(categories, paths.category),
  ]
}
