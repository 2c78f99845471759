import Link from 'next/link'
import type { AuthorSummary, WrittenFor } from '@blog/schemas'
import { noEdit, type Edit } from '@/lib/click-to-edit'
import { formatDate } from '@/lib/format'
import { paths } from '@/lib/paths'

interface BylineProps {
  author?: AuthorSummary | null
  publishedAt: string
  writtenFor?: WrittenFor | null
  readingMinutes?: number
  edit?: Edit
}

/** "By Name for Publication · date · n min read" */
export function Byline({ author, publishedAt, writtenFor, readingMinutes, edit = noEdit }: BylineProps) {
  return (
    <p className="byline">
      {author ? (
        <>
          By{' '}
          <Link href={paths.author(author.slug)} rel="author" {...edit('author', author._id)('name')}>
            {author.name}
          </Link>
        </>
      ) : (
        'By the editors'
      )}
      {writtenFor ? (
        <> for {writtenFor.url ? <a href={writtenFor.url}>{writtenFor.name}</a> : <span>{writtenFor.name}</span>}</>
      ) : null}
      <span aria-hidden="true"> · </span>
      <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>
      {readingMinutes ? (
        <>
          <span aria-hidden="true"> · </span>
          <span>{readingMinutes} min read</span>
        </>
      ) : null}
    </p>
  )
}
