import 'server-only'
import path from 'node:path'
import { unstable_cache } from 'next/cache'
import { createContent, createEmbeddedSource, createSanitySource, type Content } from '@blog/content'
import { env } from './env'

/** Cache tags: one per type and one per document slug, so a webhook can refresh exactly what changed. */
export const TAGS = {
  all: 'content',
  type: (type: 'article' | 'author' | 'book' | 'siteSettings') => `type:${type}`,
  article: (slug: string) => `article:${slug}`,
  author: (slug: string) => `author:${slug}`,
  book: (slug: string) => `book:${slug}`,
} as const

function create(): Content {
  const source =
    env.source.kind === 'sanity'
      ? createSanitySource(env.source)
      : createEmbeddedSource({ datasetPath: env.source.datasetPath })
  return createContent({ source })
}

// One instance per server process: route bundles may each evaluate this module, and the
// query counter must see every query.
const globalKey = Symbol.for('@blog/web/content')
const store = globalThis as typeof globalThis & { [globalKey]?: Content }
export const content: Content = (store[globalKey] ??= create())

/** Images of the embedded dataset live next to its NDJSON file. */
export const embeddedImagesDir = env.source.kind === 'embedded' ? path.join(path.dirname(env.source.datasetPath), 'images') : null

function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tags: (...args: A) => string[]) {
  return (...args: A) =>
    unstable_cache(() => fn(...args), [name, ...args.map(String)], {
      revalidate: env.revalidateSeconds,
      tags: [TAGS.all, ...tags(...args)],
    })()
}

export const getArticle = cached('article', content.getArticle, (slug) => [TAGS.type('article'), TAGS.article(slug)])
export const getArticleRedirect = cached('article-redirect', content.getArticleRedirect, () => [TAGS.type('article')])
export const listArticles = cached(
  'articles',
  (offset: number, limit: number) => content.listArticles({ offset, limit }),
  () => [TAGS.type('article')],
)
export const getAuthor = cached('author', content.getAuthor, (slug) => [TAGS.type('author'), TAGS.author(slug)])
export const getBook = cached('book', content.getBook, (slug) => [TAGS.type('book'), TAGS.book(slug)])
export const getSiteSettings = cached('site-settings', content.getSiteSettings, () => [TAGS.type('siteSettings')])
export const listArticleSlugs = cached('article-slugs', content.listArticleSlugs, () => [TAGS.type('article')])
export const listAuthorSlugs = cached('author-slugs', content.listAuthorSlugs, () => [TAGS.type('author')])
export const listBookSlugs = cached('book-slugs', content.listBookSlugs, () => [TAGS.type('book')])

export const siteUrl = env.siteUrl
