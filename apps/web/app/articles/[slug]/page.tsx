import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { Byline } from '@/components/article/byline'
import { AuthorCard } from '@/components/author/author-card'
import { BookList } from '@/components/book/book-card'
import { ContentImage } from '@/components/media/content-image'
import { PortableBody } from '@/components/portable-text/portable-body'
import { getArticle, getArticleRedirect, listArticleSlugs } from '@/lib/content'
import { imageUrl } from '@/lib/image'
import { paths, readingMinutes } from '@/lib/format'

export const revalidate = 3600

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listArticleSlugs()).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const article = await getArticle(slug)
  if (!article) return {}
  const image = article.seo?.image ?? article.coverImage
  return {
    title: article.seo?.title ?? article.title,
    description: article.seo?.description ?? article.excerpt ?? undefined,
    alternates: { canonical: paths.article(article.slug) },
    robots: article.seo?.noIndex ? { index: false } : undefined,
    authors: article.author ? [{ name: article.author.name, url: paths.author(article.author.slug) }] : undefined,
    openGraph: {
      type: 'article',
      title: article.title,
      publishedTime: article.publishedAt,
      images: image ? [{ url: imageUrl(image, 1200, 630), alt: image.alt }] : undefined,
    },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = await getArticle(slug)
  if (!article) {
    const current = await getArticleRedirect(slug)
    if (current) permanentRedirect(paths.article(current))
    notFound()
  }
  return (
    <article className="article">
      <header className="article__header">
        {article.categories?.length ? (
          <p className="eyebrow">{article.categories.map((category) => category.title).join(' · ')}</p>
        ) : null}
        <h1>{article.title}</h1>
        {article.excerpt ? <p className="lead">{article.excerpt}</p> : null}
        <Byline
          author={article.author}
          publishedAt={article.publishedAt}
          writtenFor={article.writtenFor}
          readingMinutes={readingMinutes(article.body)}
        />
      </header>
      {article.coverImage ? (
        <ContentImage image={article.coverImage} width={960} sizes="(min-width: 1000px) 960px, 100vw" className="article__cover" priority />
      ) : null}
      <PortableBody value={article.body} />
      {article.tags?.length ? (
        <ul className="tags" aria-label="Tags">
          {article.tags.map((tag) => (
            <li key={tag}>#{tag}</li>
          ))}
        </ul>
      ) : null}
      <footer className="article__footer">
        {article.author ? <AuthorCard author={article.author} /> : null}
        {article.relatedBooks.length ? (
          <section aria-labelledby="related-books" className="related">
            <h2 id="related-books" className="section-heading">
              Related books
            </h2>
            <BookList books={article.relatedBooks} />
          </section>
        ) : null}
      </footer>
    </article>
  )
}
