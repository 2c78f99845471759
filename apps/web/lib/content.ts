import 'server-only'
import path from 'node:path'
import { unstable_cache } from 'next/cache'
import { createContent, createEmbeddedSource, createSanitySource, type Content } from '@blog/content'
import { env } from './env'
import { previewContent } from './preview'
import { TAGS } from './tags'

export { TAGS } from './tags'


function create(): Content {
  const source =
    env.source.kind === 'sanity'
      ? createSanitySource(env.source)
      : createEmbeddedSource({ datasetPath: env.source.datasetPath })
  return createContent({ source })
}

// One instance per server process: route bundles may each evaluate this module, and the
// query counter and the last-good results must be shared by all of them.
const globalKey = Symbol.for('@blog/web/content')
const store = globalThis as typeof globalThis & { [globalKey]?: Content }
export const content: Content = (store[globalKey] ??= create())

/** Images of the embedded dataset live next to its NDJSON file. */
export const embeddedImagesDir = env.source.kind === 'embedded' ? path.join(path.dirname(env.source.datasetPath), 'images') : null

type Getter = { [K in keyof Content]: Content[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof Content]

/**
 * Caches a content function in Next's data cache. Page-level functions also answer from the
 * uncached drafts source while draft mode is on, so previews never enter the shared cache.
 */
function cached<K extends Getter>(name: K, tags: (...args: Parameters<Content[K]>) => string[], preview = true) {
  type Fn = (...args: Parameters<Content[K]>) => ReturnType<Content[K]>
  const fn = content[name] as unknown as Fn
  return (async (...args: Parameters<Content[K]>) => {
    const drafts = preview ? await previewContent() : null
    if (drafts) return (drafts[name] as unknown as Fn)(...args)
    return unstable_cache(() => fn(...args), [name, ...args.map((arg) => JSON.stringify(arg))], {
      revalidate: env.revalidateSeconds,
      tags: [TAGS.all, ...tags(...args)],
    })()
  }) as Fn
}

export const getArticle = cached('getArticle', (slug) => [TAGS.article(slug)])
export const getArticleRedirect = cached('getArticleRedirect', (slug) => [TAGS.article(slug), TAGS.list('article')])
export const listArticles = cached('listArticles', () => [TAGS.list('article')])
export const countArticles = cached('countArticles', () => [TAGS.list('article')])
export const getAuthor = cached('getAuthor', (slug) => [TAGS.author(slug)])
export const getBook = cached('getBook', (slug) => [TAGS.book(slug)])
export const getSiteSettings = cached('getSiteSettings', () => [TAGS.settings])
// Slug lists feed generateStaticParams (no request, so no draft mode) and the sitemap.
export const listArticleSlugs = cached('listArticleSlugs', () => [TAGS.list('article')], false)
export const listAuthorSlugs = cached('listAuthorSlugs', () => [TAGS.list('author')], false)
export const listBookSlugs = cached('listBookSlugs', () => [TAGS.list('book')], false)

// Reader features. Paged lists carry `list:article` (cards show authors and categories by name); a
// category's or author's pages also carry its page tag; related articles belong to their article.
export const listArticlePage = cached('listArticlePage', () => [TAGS.list('article')])
export const getCategoryPage = cached('getCategoryPage', (slug) => [TAGS.category(slug), TAGS.list('article')])
export const getAuthorArticlePage = cached('getAuthorArticlePage', (slug) => [TAGS.author(slug), TAGS.list('article')])
export const listRelatedArticles = cached('listRelatedArticles', (slug) => [TAGS.article(slug)])
export const listCategorySlugs = cached('listCategorySlugs', () => [TAGS.list('category')], false)
/** Search is the one uncached read: queries are unbounded, and the search page is dynamic anyway. */
export const searchArticles = (query: unknown) => content.search(query)

export const siteUrl = env.siteUrl
