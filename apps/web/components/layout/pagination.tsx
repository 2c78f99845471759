import Link from 'next/link'
import { paths } from '@/lib/paths'

type PaginationProps = {
  page: number
  pageCount: number
  /** What the links say: newer and older articles, or for search results the better and further ones. */
  labels?: { previous: string; next: string }
} & (
  | {
      /** URL of the list's first page; later pages are `<first>/page/<n>`. */
      first: string
    }
  | { href: (page: number) => string }
)

const ARTICLES = { previous: 'Newer articles', next: 'Older articles' }

/** Previous / next links between the pages of a list, as a labelled navigation landmark. */
export function Pagination({ page, pageCount, labels = ARTICLES, ...to }: PaginationProps) {
  if (pageCount <= 1) return null
  const href = 'href' in to ? to.href : (n: number) => paths.page(to.first, n)
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="pagination__link">
          <span aria-hidden="true">← </span>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="pagination__status">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="pagination__link">
          {labels.next}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
