import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/article/article-card'
import { ContentImage } from '@/components/media/content-image'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getBook, getSiteSettings, listBookSlugs } from '@/lib/content'
import { keyed } from '@/lib/click-to-edit'
import { editing } from '@/lib/edit-mode'
import { env } from '@/lib/env'
import { atLeastOne, PLACEHOLDER_SLUG, recentlyUpdated } from '@/lib/prerender'
import { formatDate } from '@/lib/format'
import { paths } from '@/lib/paths'
import { bookJsonLd, socialMetadata } from '@/lib/seo'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return atLeastOne(
    recentlyUpdated(await listBookSlugs()).map(({ slug }) => ({ slug })),
    { slug: PLACEHOLDER_SLUG },
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [book, settings] = await Promise.all([getBook(slug), getSiteSettings()])
  if (!book) notFound()
  const title = book.subtitle ? `${book.title}: ${book.subtitle}` : book.title
  const description = book.description?.split(/\n\s*\n/)[0]
  const social = socialMetadata({
    title,
    description,
    path: paths.book(book.slug),
    type: 'book',
    settings,
    image: book.cover,
  })
  return {
    ...social,
    title,
    description,
    openGraph: {
      ...social.openGraph,
      type: 'book',
      isbn: book.isbn ?? undefined,
      releaseDate: book.publishedAt ?? undefined,
    },
  }
}

export default async function BookPage({ params }: Props) {
  const { slug } = await params
  const [book, edit] = await Promise.all([getBook(slug), editing()])
  if (!book) notFound()
  const field = edit('book', book._id)
  const paragraphs = (book.description ?? '').split(/\n\s*\n/).filter((p) => p.trim())
  return (
    <div className="book">
      <JsonLdScript data={bookJsonLd(book, env.siteUrl)} />
      <div className="book__grid">
        {book.cover ? (
          <ContentImage image={book.cover} width={320} className="book__cover" priority mark={field('cover')} />
        ) : null}
        <div>
          <h1 {...field('title')}>{book.title}</h1>
          {book.subtitle ? (
            <p className="lead" {...field('subtitle')}>
              {book.subtitle}
            </p>
          ) : null}
          {book.authors.length ? (
            <p className="byline">
              By{' '}
              {book.authors.map((author, index) => (
                <span key={author._id}>
                  {index > 0 ? (index === book.authors.length - 1 ? ' and ' : ', ') : null}
                  <Link href={paths.author(author.slug)} {...edit('author', author._id)('name')}>
                    {author.name}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
          <div className="prose" {...field('description')}>
            {paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
          <dl className="facts">
            {book.publishedAt ? (
              <>
                <dt>Published</dt>
                <dd {...field('publishedAt')}>
                  <time dateTime={book.publishedAt}>{formatDate(book.publishedAt)}</time>
                </dd>
              </>
            ) : null}
            {book.publisher ? (
              <>
                <dt>Publisher</dt>
                <dd {...field('publisher')}>{book.publisher}</dd>
              </>
            ) : null}
            {book.isbn ? (
              <>
                <dt>ISBN</dt>
                <dd {...field('isbn')}>{book.isbn}</dd>
              </>
            ) : null}
          </dl>
          {book.links?.length ? (
            <ul className="link-row" aria-label="Where to get it">
              {book.links.map((link) => (
                <li key={link._key} {...field(keyed('links', link._key))}>
                  <a href={link.url} className="button" rel="noopener">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      <section aria-labelledby="mentioned">
        <h2 id="mentioned" className="section-heading">
          Articles that mention {book.title}
        </h2>
        <ArticleList articles={book.articles} empty="No articles mention this book yet." edit={edit} />
      </section>
    </div>
  )
}
