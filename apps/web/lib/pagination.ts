import { notFound, permanentRedirect } from 'next/navigation'

/** List pages prerendered at build, counting the list's own URL as page 1; later ones render on first visit, then are cached. */
export const PRERENDERED_PAGES = 3

/** The `n` params to prerender for a list of `pageCount` pages: "2", "3". */
export function pageParams(pageCount: number): { n: string }[] {
  return Array.from({ length: Math.max(0, Math.min(pageCount, PRERENDERED_PAGES) - 1) }, (_, index) => ({
    n: String(index + 2),
  }))
}

/**
 * The page number of a `/page/[n]` segment. Only "2", "3"… are pages of their own: `/page/1` is
 * the list's first URL (a permanent redirect there), anything else (`01`, `-1`, `two`) is a 404.
 */
export function pageFromParam(raw: string, first: string): number {
  if (!/^[1-9]\d{0,5}$/.test(raw)) notFound()
  const page = Number(raw)
  if (page === 1) permanentRedirect(first)
  return page
}

/** 404 past the last page. */
export function assertPageExists(page: number, pageCount: number): void {
  if (page > pageCount) notFound()
}

/** Title and canonical path of page `n` of a list. */
export function pageTitle(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title
}
