import Link from 'next/link'
import { paths } from '@/lib/paths'

interface PaginationProps {
  page: number
  pageCount: number
  /** URL of the list's first page; later pages are `<first>/page/<n>`. */
  first: string
}

/** Newer / older links between the pages of a list, as a labelled navigation landmark. */
export function Pagination({ page, pageCount, first }: PaginationProps) {
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={paths.page(first, page - 1)} rel="prev" className="pagination__link">
          <span aria-hidden="true">← </span>Newer articles
        </Link>
      ) : (
        <span />
      )}
      <p className="pagination__status">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={paths.page(first, page + 1)} rel="next" className="pagination__link">
          Older articles<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
