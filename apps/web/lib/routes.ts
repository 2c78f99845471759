import type { AddressBook, ArticleList, PageType } from '@blog/content'

/**
 * What a path asks the blog for, by the routes of app/: a document's page (or its feed or Open Graph image), a later
 * page of a list, or anything else (the catch-all: an old address, or nothing). A test holds this table against app/.
 */
export type Route =
  | { kind: 'document'; type: PageType; slug: string }
  | { kind: 'list-page'; list: ArticleList; n: string }
  | { kind: 'other' }

// A Map, not an object: `/constructor/x` must find nothing, not Object.prototype's.
const PREFIX = new Map<string, PageType>([
  ['articles', 'article'],
  ['authors', 'author'],
  ['books', 'book'],
  ['categories', 'category'],
])
/** What each type's page has below it: `/authors/x/feed.xml`, `/articles/x/opengraph-image`. */
const BELOW: Record<PageType, string[]> = {
  article: ['opengraph-image'],
  author: ['opengraph-image', 'feed.xml'],
  book: [],
  category: [],
}
/** Types whose page has later pages at `/<type>s/<slug>/page/<n>`. */
const PAGED: Partial<Record<PageType, 'author' | 'category'>> = { author: 'author', category: 'category' }

/** The route `pathname` (as requested, still percent-encoded) reaches. */
export function routeOf(pathname: string): Route {
  const segments = pathname.split('/').slice(1)
  const [first, slug, ...rest] = segments
  if (first === 'page' && slug !== undefined && rest.length === 0)
    return { kind: 'list-page', list: { kind: 'all' }, n: slug }
  const type = first !== undefined ? PREFIX.get(first) : undefined
  if (!type || !slug) return { kind: 'other' }
  if (rest.length === 0) return { kind: 'document', type, slug }
  const [below, n, ...more] = rest
  if (rest.length === 1 && BELOW[type].includes(below!)) return { kind: 'document', type, slug }
  const paged = PAGED[type]
  if (paged && below === 'page' && n !== undefined && more.length === 0)
    return { kind: 'list-page', list: { kind: paged, slug }, n }
  return { kind: 'other' }
}

/** A page number as the list routes accept it: "2", "3"… (`/page/1` redirects to the list, lib/pagination.ts). */
const PAGE_NUMBER = /^[1-9]\d{0,5}$/

/**
 * Whether a page of the blog answers `route`: a document's page for a slug it has (a renamed article's old slug
 * redirects), a list page within the list's count. Nothing else does: an old address is the proxy's own 308
 * (`book.articleFor`), and any other path is made up.
 */
export function exists(book: AddressBook, route: Route): boolean {
  switch (route.kind) {
    case 'document':
      return book.has(route.type, route.slug) || (route.type === 'article' && book.renamedTo(route.slug) !== null)
    case 'list-page': {
      const { list, n } = route
      if (list.kind !== 'all' && !book.has(list.kind, list.slug)) return false
      return PAGE_NUMBER.test(n) && Number(n) <= book.pageCount(list)
    }
    case 'other':
      return false
  }
}
