import { z } from 'zod'
import { changeImpactQuery, impactTargetsQuery } from './queries.ts'
import type { ContentSource } from './sources/types.ts'

/** Types that have a page of their own (`/<type>s/<slug>`). */
export const PAGE_TYPES = ['article', 'author', 'book', 'category'] as const
export type PageType = (typeof PAGE_TYPES)[number]

/**
 * The webhook's filter and projection, as apps/web/README.md tells users to paste them into Sanity (manage -> API ->
 * Webhooks) and as the local lake evaluates them on every transaction. The projection produces `changeSchema`.
 */
export const WEBHOOK_FILTER = '_type in ["article", "author", "book", "category", "siteSettings"]'
export const WEBHOOK_PROJECTION = `{
  _id,
  _type,
  "slug": coalesce(after().slug.current, before().slug.current),
  "previousSlug": before().slug.current,
  "previousRefs": [before().author._ref] + coalesce(before().categories[]._ref, []) + coalesce(before().relatedBooks[]._ref, []) + coalesce(before().authors[]._ref, []) + coalesce(before().body[].markDefs[].reference._ref, []),
  "schedule": {"publishedAt": after().publishedAt, "previousPublishedAt": before().publishedAt}
}`

/**
 * What a webhook says changed. `previousSlug` and `previousRefs` describe the document before the change; `schedule`
 * its "Published at" after and before it (absent from a projection pasted before it was added: then every change is
 * taken as one readers may see).
 */
export const changeSchema = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  slug: z.string().nullish(),
  previousSlug: z.string().nullish(),
  previousRefs: z.array(z.string().nullable()).nullish(),
  schedule: z.object({ publishedAt: z.string().nullish(), previousPublishedAt: z.string().nullish() }).nullish(),
})
export type Change = z.infer<typeof changeSchema>

export interface Impact {
  /** Pages to refresh, as `{type, slug}`. */
  pages: { type: PageType; slug: string }[]
  /** Types whose lists (home, pagination, feeds, sitemap) must be refreshed. */
  lists: PageType[]
  /** Site settings change: every page. */
  everything: boolean
}

const docRow = z.object({ _id: z.string(), _type: z.string(), slug: z.string().nullish() })
const impactRows = z.object({
  self: docRow.extend({ refs: z.array(z.string().nullable()).nullish() }).nullish(),
  referrers: z.array(docRow),
})
const targetRows = z.object({ targets: z.array(docRow), siblings: z.array(docRow) })

// Which lists show a document of each type: article cards name their author and categories.
const LISTS_SHOWING: Record<string, PageType[]> = {
  article: ['article'],
  author: ['author', 'article'],
  book: ['book'],
  category: ['category', 'article'],
}

/** An article with no date, or dated after `now`, is on no page (`isPublishedArticle` in queries.ts). */
const unseenAt = (publishedAt: string | null | undefined, now: number) => {
  const time = publishedAt ? Date.parse(publishedAt) : NaN
  return Number.isNaN(time) || time > now
}

function unseenBeforeAndAfter(change: Change, now: number): boolean {
  const { schedule } = change
  return (
    change._type === 'article' &&
    schedule !== null &&
    schedule !== undefined &&
    unseenAt(schedule.publishedAt, now) &&
    unseenAt(schedule.previousPublishedAt, now)
  )
}

const isPageType = (type: string): type is PageType => (PAGE_TYPES as readonly string[]).includes(type)

/**
 * Finds every page that shows a changed document: its own page (old and new slug), the pages of
 * documents that reference it, the pages of documents it references now or referenced before (an
 * author page lists the author's articles), and, for an article, the articles sharing a category
 * or author with it (their "related" lists). Works for deletes too: references are by id.
 */
export async function findImpact(source: ContentSource, change: Change, at = Date.now()): Promise<Impact> {
  if (change._type === 'siteSettings') return { pages: [], lists: [], everything: true }
  if (unseenBeforeAndAfter(change, at)) {
    // A scheduled article edited before it goes live (or moved from one future date to another): no reader saw it or
    // sees it now. Its own page holds the only answer that mentions it (a 404); its lists change when it goes live.
    const pages = [change.slug, change.previousSlug].filter((slug): slug is string => Boolean(slug))
    return { pages: [...new Set(pages)].map((slug) => ({ type: 'article', slug })), lists: [], everything: false }
  }
  const now = impactRows.parse(await source.fetch(changeImpactQuery, { id: change._id }))
  const refIds = new Set<string>()
  for (const id of [...(now.self?.refs ?? []), ...(change.previousRefs ?? [])]) if (id) refIds.add(id)
  const further = targetRows.parse(await source.fetch(impactTargetsQuery, { ids: [...refIds] }))
  // Only an article has "related articles" that depend on what it shares with others.
  const siblings = change._type === 'article' ? further.siblings : []

  const pages = new Map<string, { type: PageType; slug: string }>()
  const add = (type: string, slug: string | null | undefined) => {
    if (isPageType(type) && slug) pages.set(`${type}:${slug}`, { type, slug })
  }
  add(change._type, change.slug)
  add(change._type, change.previousSlug)
  add(change._type, now.self?.slug)
  for (const row of [...now.referrers, ...further.targets, ...siblings]) add(row._type, row.slug)
  return { pages: [...pages.values()], lists: LISTS_SHOWING[change._type] ?? [], everything: false }
}
