import Link from 'next/link'
import type { BookSummary } from '@blog/schemas'
import { ContentImage } from '@/components/media/content-image'
import { paths } from '@/lib/paths'

/** A book cover with its title, subtitle and year, linking to the book page. */
export function BookCard({ book, headingLevel = 3 }: { book: BookSummary; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <article className="book-card">
      {book.cover ? (
        <Link href={paths.book(book.slug)} tabIndex={-1} aria-hidden="true">
          <ContentImage image={book.cover} width={160} className="book-card__cover" />
        </Link>
      ) : null}
      <div>
        <Heading className="book-card__title">
          <Link href={paths.book(book.slug)}>{book.title}</Link>
        </Heading>
        {book.subtitle ? <p className="book-card__subtitle">{book.subtitle}</p> : null}
        {book.publishedAt ? <p className="muted">{book.publishedAt.slice(0, 4)}</p> : null}
      </div>
    </article>
  )
}

export function BookList({ books, headingLevel }: { books: BookSummary[]; headingLevel?: 3 | 4 }) {
  return (
    <ul className="book-list" role="list">
      {books.map((book) => (
        <li key={book._id}>
          <BookCard book={book} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
