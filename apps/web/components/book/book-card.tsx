import Link from 'next/link'
import type { BookSummary } from '@blog/schemas'
import { ContentImage } from '@/components/media/content-image'
import { noEdit, type Edit } from '@/lib/click-to-edit'
import { paths } from '@/lib/paths'

/** A book cover with its title, subtitle and year, linking to the book page. */
export function BookCard({
  book,
  headingLevel = 3,
  edit = noEdit,
}: {
  book: BookSummary
  headingLevel?: 3 | 4
  edit?: Edit
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const field = edit('book', book._id)
  return (
    <article className="book-card">
      {book.cover ? (
        <Link href={paths.book(book.slug)} tabIndex={-1} aria-hidden="true">
          <ContentImage image={book.cover} width={160} className="book-card__cover" mark={field('cover')} />
        </Link>
      ) : null}
      <div>
        <Heading className="book-card__title" {...field('title')}>
          <Link href={paths.book(book.slug)}>{book.title}</Link>
        </Heading>
        {book.subtitle ? (
          <p className="book-card__subtitle" {...field('subtitle')}>
            {book.subtitle}
          </p>
        ) : null}
        {book.publishedAt ? <p className="muted">{book.publishedAt.slice(0, 4)}</p> : null}
      </div>
    </article>
  )
}

export function BookList({ books, headingLevel, edit }: { books: BookSummary[]; headingLevel?: 3 | 4; edit?: Edit }) {
  return (
    <ul className="book-list" role="list">
      {books.map((book) => (
        <li key={book._id}>
          <BookCard book={book} headingLevel={headingLevel} edit={edit} />
        </li>
      ))}
    </ul>
  )
}
