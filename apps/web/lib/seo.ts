import type { Metadata } from 'next'
import type {
  Article,
  ArticleAuthor,
  Author,
  AuthorSummary,
  Book,
  BookSummary,
  Image,
  SiteSettings,
} from '@blog/schemas'
import { paths } from './paths'
import { imageUrl } from './image'

/** A schema.org node: JSON-LD with a type and plain JSON values. */
export type JsonLd = { '@context'?: string; '@type'?: string; '@id'?: string; '@graph'?: JsonLd[] } & Record<
  string,
  unknown
>

const CONTEXT = 'https://schema.org'

/** An absolute URL: site paths and local media get the site's origin; CDN URLs already have one. */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${siteUrl}${pathOrUrl}`
}

interface SocialOptions {
  title: string
  description?: string | null
  path: string
  type: 'website' | 'article' | 'profile' | 'book'
  settings: SiteSettings
  /** Pages with a generated opengraph-image leave this out: the file wins over config. */
  image?: Image | null
}

/**
 * Canonical URL, Open Graph and Twitter card for one page. A page's `openGraph` replaces the
 * layout's whole, so the site name is repeated here; Twitter falls back to the Open Graph image.
 */
export function socialMetadata({ title, description, path, type, settings, image }: SocialOptions): Metadata {
  return {
    alternates: { canonical: path },
    openGraph: {
      type: type === 'book' ? 'book' : type,
      title,
      description: description ?? undefined,
      url: path,
      siteName: settings.title,
      ...(image ? { images: [{ url: imageUrl(image, 1200), alt: image.alt }] } : {}),
    },
    // A book cover is portrait: the small card shows it whole.
    twitter: {
      card: type === 'book' ? 'summary' : 'summary_large_image',
      title,
      description: description ?? undefined,
    },
  }
}

function person(author: AuthorSummary, siteUrl: string): JsonLd {
  const url = absoluteUrl(siteUrl, paths.author(author.slug))
  return { '@type': 'Person', '@id': `${url}#person`, name: author.name, url }
}

function publisher(settings: SiteSettings, siteUrl: string): JsonLd {
  return {
    '@type': 'Organization',
    name: settings.publicationName,
    url: settings.publicationUrl ?? `${siteUrl}/`,
    ...(settings.logo ? { logo: absoluteUrl(siteUrl, imageUrl(settings.logo, 512)) } : {}),
  }
}

/** `Article`: headline, dates, the author as a `Person`, the publication as publisher. */
export function articleJsonLd(article: Article, settings: SiteSettings, siteUrl: string): JsonLd {
  const url = absoluteUrl(siteUrl, paths.article(article.slug))
  const image = article.seo?.image ?? article.coverImage
  const updated =
    article._updatedAt && article._updatedAt > article.publishedAt ? article._updatedAt : article.publishedAt
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: article.title.slice(0, 110),
    description: article.seo?.description ?? article.excerpt ?? undefined,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: article.publishedAt,
    dateModified: updated,
    image: image ? [absoluteUrl(siteUrl, imageUrl(image, 1200, 675))] : undefined,
    author: article.author ? person(article.author, siteUrl) : undefined,
    publisher: publisher(settings, siteUrl),
    articleSection: article.categories?.map((category) => category.title),
    keywords: article.tags?.length ? article.tags.join(', ') : undefined,
    wordCount: article.wordCount ?? undefined,
  }
}

function bookNode(book: BookSummary, siteUrl: string): JsonLd {
  const url = absoluteUrl(siteUrl, paths.book(book.slug))
  return {
    '@type': 'Book',
    '@id': `${url}#book`,
    name: book.title,
    alternativeHeadline: book.subtitle ?? undefined,
    url,
    image: book.cover ? absoluteUrl(siteUrl, imageUrl(book.cover, 600)) : undefined,
    datePublished: book.publishedAt ?? undefined,
  }
}

/** A `ProfilePage` about a `Person` (with `sameAs` links), and the `Book`s they wrote. */
export function authorJsonLd(author: Author | ArticleAuthor, siteUrl: string): JsonLd {
  const self = person(author, siteUrl)
  const profile = 'socialLinks' in author ? author : null
  const sameAs = [profile?.website, profile?.blog, ...(profile?.socialLinks ?? []).map((link) => link.url)].filter(
    (url): url is string => typeof url === 'string' && /^https?:\/\//.test(url),
  )
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@type': 'ProfilePage',
        '@id': self.url as string,
        url: self.url,
        name: author.name,
        mainEntity: { '@id': self['@id'] },
      },
      {
        ...self,
        description: author.shortBio ?? undefined,
        image: author.photo ? absoluteUrl(siteUrl, imageUrl(author.photo, 600, 600)) : undefined,
        jobTitle: author.roles?.[0],
        knowsAbout: profile?.specialties ?? undefined,
        sameAs: sameAs.length ? sameAs : undefined,
      },
      ...author.books.map((book) => ({ ...bookNode(book, siteUrl), author: { '@id': self['@id'] } })),
    ],
  }
}

/** `Book`: title, ISBN, authors as `Person`s, publisher. */
export function bookJsonLd(book: Book, siteUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    ...bookNode(book, siteUrl),
    description: book.description ?? undefined,
    isbn: book.isbn ?? undefined,
    publisher: book.publisher ? { '@type': 'Organization', name: book.publisher } : undefined,
    author: book.authors.map((author) => person(author, siteUrl)),
  }
}
