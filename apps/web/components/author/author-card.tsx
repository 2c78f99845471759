import Link from 'next/link'
import type { ArticleAuthor } from '@blog/schemas'
import { ContentImage } from '@/components/media/content-image'
import { CredentialList } from './credential-list'
import { BookList } from '@/components/book/book-card'
import { noEdit, type Edit } from '@/lib/click-to-edit'
import { paths } from '@/lib/paths'

/** The "about the author" box under an article: photo, short bio, credentials and their books. */
export function AuthorCard({ author, edit = noEdit }: { author: ArticleAuthor; edit?: Edit }) {
  const href = paths.author(author.slug)
  const field = edit('author', author._id)
  return (
    <aside className="author-card" aria-labelledby={`about-${author._id}`}>
      {author.photo ? (
        <ContentImage
          image={author.photo}
          width={96}
          aspect={1}
          className="avatar avatar--large"
          mark={field('photo')}
        />
      ) : null}
      <div className="author-card__text">
        <h2 id={`about-${author._id}`} className="author-card__name" {...field('name')}>
          About <Link href={href}>{author.name}</Link>
        </h2>
        {author.roles?.length ? (
          <p className="eyebrow" {...field('roles')}>
            {author.roles.join(' · ')}
          </p>
        ) : null}
        {author.shortBio ? <p {...field('shortBio')}>{author.shortBio}</p> : null}
        {author.credentials?.length ? (
          <CredentialList credentials={author.credentials} label="Credentials" field={field} />
        ) : null}
        {author.books.length ? (
          <section aria-label={`Books by ${author.name}`}>
            <h3 className="small-heading">Books by {author.name}</h3>
            <BookList books={author.books} headingLevel={4} edit={edit} />
          </section>
        ) : null}
        <p>
          <Link href={href}>More from {author.name} →</Link>
        </p>
      </div>
    </aside>
  )
}
