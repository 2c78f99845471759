import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/article/article-card'
import { BookList } from '@/components/book/book-card'
import { ContentImage } from '@/components/media/content-image'
import { PortableBody } from '@/components/portable-text/portable-body'
import { getAuthor, listAuthorSlugs } from '@/lib/content'
import { imageUrl } from '@/lib/image'
import { paths } from '@/lib/format'

export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listAuthorSlugs()).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const author = await getAuthor(slug)
  if (!author) return {}
  return {
    title: author.name,
    description: author.shortBio ?? undefined,
    alternates: { canonical: paths.author(author.slug) },
    openGraph: {
      type: 'profile',
      title: author.name,
      images: author.photo ? [{ url: imageUrl(author.photo, 600, 600), alt: author.photo.alt }] : undefined,
    },
  }
}

export default async function AuthorPage({ params }: Props) {
  const { slug } = await params
  const author = await getAuthor(slug)
  if (!author) notFound()
  const links = [
    ...(author.website ? [{ _key: 'website', label: 'Website', url: author.website }] : []),
    ...(author.blog ? [{ _key: 'blog', label: 'Blog', url: author.blog }] : []),
    ...(author.socialLinks ?? []),
  ]
  return (
    <div className="profile">
      <header className="profile__header">
        {author.photo ? <ContentImage image={author.photo} width={160} className="avatar avatar--profile" priority /> : null}
        <div>
          <h1>{author.name}</h1>
          {author.roles?.length ? <p className="eyebrow">{author.roles.join(' · ')}</p> : null}
          {author.shortBio ? <p className="lead">{author.shortBio}</p> : null}
          {links.length ? (
            <ul className="link-row" aria-label={`${author.name} elsewhere`}>
              {links.map((link) => (
                <li key={link._key}>
                  <a href={link.url} rel="me noopener">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </header>
      <div className="profile__grid">
        <div>
          {author.bio?.length ? (
            <section aria-labelledby="bio">
              <h2 id="bio" className="section-heading">
                Biography
              </h2>
              <PortableBody value={author.bio} />
            </section>
          ) : null}
        </div>
        <div className="profile__facts">
          {author.credentials?.length ? (
            <section aria-labelledby="credentials">
              <h2 id="credentials" className="small-heading">
                Credentials
              </h2>
              <ul className="credentials">
                {author.credentials.map((credential) => (
                  <li key={credential._key}>
                    {credential.title}
                    {credential.institution ? `, ${credential.institution}` : ''}
                    {credential.year ? ` (${credential.year})` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {author.specialties?.length ? (
            <section aria-labelledby="specialties">
              <h2 id="specialties" className="small-heading">
                Specialties
              </h2>
              <ul className="chips" role="list">
                {author.specialties.map((specialty) => (
                  <li key={specialty}>{specialty}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
      {author.books.length ? (
        <section aria-labelledby="books">
          <h2 id="books" className="section-heading">
            Books
          </h2>
          <BookList books={author.books} />
        </section>
      ) : null}
      <section aria-labelledby="articles">
        <h2 id="articles" className="section-heading">
          Articles by {author.name}
        </h2>
        <ArticleList articles={author.articles} empty={`${author.name} has not published an article yet.`} />
      </section>
    </div>
  )
}
