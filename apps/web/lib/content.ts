import 'server-only'
import path from 'node:path'
import { unstable_cache } from 'next/cache'
import { createContent, createEmbeddedSource, createSanitySource, type Content } from '@blog/content'
import { env } from './env'
import { previewContent } from './preview'
import { TAGS } from './tags'

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

/** Images of the embedded dataset live next to its NDJSON file; the local lake's, in CONTENT_MEDIA_DIR. */
export const embeddedImagesDir =
  env.source.kind === 'embedded' ? path.join(path.dirname(env.source.datasetPath), 'images') : (env.mediaDir ?? null)

type Getter = {
  [K in keyof Content]: Content[K] extends (...args: never[]) => Promise<unknown> ? K : never
}[keyof Content]

/**
 * Caches a content function in Next's data cache. Page-level functions also answer from the
 * uncached drafts source while draft mode is on, so previews never enter the shared cache.
 * `cacheable` (see `existing`) keeps URLs a bot makes up out of the cache: they are answered uncached.
 */
function cached<K extends Getter>(
  name: K,
  tags: (...args: Parameters<Content[K]>) => string[],
  preview = true,
  cacheable?: (...args: Parameters<Content[K]>) => Promise<boolean>,
) {
  type Fn = (...args: Parameters<Content[K]>) => ReturnType<Content[K]>
  const fn = content[name] as unknown as Fn
  return (async (...args: Parameters<Content[K]>) => {
    const drafts = preview ? await previewContent() : null
    if (drafts) return (drafts[name] as unknown as Fn)(...args)
    const options = { revalidate: env.revalidateSeconds, tags: [TAGS.all, ...tags(...args)] }
    if (cacheable && !(await cacheable(...args))) {
      // Answered uncached, but the page still gets this call's tags (unstable_cache adds them on every call), so a
      // webhook for a slug created later expires its cached 404; the one shared entry holds nothing.
      await unstable_cache(async () => null, [name, '(uncached)'], options)()
      return fn(...args)
    }
    return unstable_cache(() => fn(...args), [name, ...args.map((arg) => JSON.stringify(arg))], options)()
  }) as Fn
}

/**
 * Slugs that exist, per type, remembered in this process for CONTENT_REVALIDATE_SECONDS. Read straight from the
 * source, not through the data cache: a page that consulted a cached slug list would carry the list's tag, and
 * every list change would then expire every page. A stale set never changes an answer, only whether it is cached.
 */
const slugSets = new Map<string, { loaded: number; slugs: Promise<Set<string>> }>()
function knownSlug(kind: 'article' | 'author' | 'book' | 'category', slug: string): Promise<boolean> {
  let entry = slugSets.get(kind)
  if (!entry || Date.now() - entry.loaded > env.revalidateSeconds * 1000) {
    const lists = {
      article: () => content.listArticleSlugs(),
      author: () => content.listAuthorSlugs(),
      book: () => content.listBookSlugs(),
      category: () => content.listCategorySlugs(),
    }
    const slugs = lists[kind]().then((rows) => new Set(rows.map((row) => row.slug)))
    // A failed read caches nothing this time and is retried on the next call.
    slugs.catch(() => slugSets.delete(kind))
    slugSets.set(kind, (entry = { loaded: Date.now(), slugs }))
  }
  return entry.slugs.then(
    (set) => set.has(slug),
    () => false,
  )
}

/**
 * Only existing slugs, and pages within a list's page count, get data cache entries: requests for made-up slugs
 * or pages still get the right answer (a 404), uncached, so they cannot grow the cache. A page's count comes from
 * its first page, whose cache entry carries the same tags as the page being rendered.
 */
const existing = {
  article: (slug: string): Promise<boolean> => knownSlug('article', slug),
  author: (slug: string): Promise<boolean> => knownSlug('author', slug),
  book: (slug: string): Promise<boolean> => knownSlug('book', slug),
  homePage: async (page: number): Promise<boolean> => page === 1 || page <= (await listArticlePage(1)).pageCount,
  categoryPage: async (slug: string, page: number): Promise<boolean> =>
    (await knownSlug('category', slug)) &&
    (page === 1 || page <= ((await getCategoryPage(slug, 1))?.articles.pageCount ?? 1)),
  authorPage: async (slug: string, page: number): Promise<boolean> =>
    (await knownSlug('author', slug)) &&
    (page === 1 || page <= ((await getAuthorArticlePage(slug, 1))?.pageCount ?? 1)),
}

export const getArticle = cached('getArticle', (slug) => [TAGS.article(slug)], true, existing.article)
// Asked only for a slug that is not an article's own (a renamed one, or a made-up one): never cached.
export const getArticleRedirect = cached(
  'getArticleRedirect',
  (slug) => [TAGS.article(slug), TAGS.list('article')],
  true,
  existing.article,
)
export const listArticles = cached('listArticles', () => [TAGS.list('article')])
export const getAuthor = cached('getAuthor', (slug) => [TAGS.author(slug)], true, existing.author)
export const getBook = cached('getBook', (slug) => [TAGS.book(slug)], true, existing.book)
export const getSiteSettings = cached('getSiteSettings', () => [TAGS.settings])
// Slug lists feed generateStaticParams (no request, so no draft mode) and the sitemap.
export const listArticleSlugs = cached('listArticleSlugs', () => [TAGS.list('article')], false)
export const listAuthorSlugs = cached('listAuthorSlugs', () => [TAGS.list('author')], false)
export const listBookSlugs = cached('listBookSlugs', () => [TAGS.list('book')], false)

// Reader features. Paged lists carry `list:article` (cards show authors and categories by name); a
// category's or author's pages also carry its page tag; related articles belong to their article.
export const listArticlePage = cached('listArticlePage', () => [TAGS.list('article')], true, existing.homePage)
export const getCategoryPage = cached(
  'getCategoryPage',
  (slug) => [TAGS.category(slug), TAGS.list('article')],
  true,
  existing.categoryPage,
)
export const getAuthorArticlePage = cached(
  'getAuthorArticlePage',
  (slug) => [TAGS.author(slug), TAGS.list('article')],
  true,
  existing.authorPage,
)
export const listRelatedArticles = cached('listRelatedArticles', (slug) => [TAGS.article(slug)], true, existing.article)
export const listCategorySlugs = cached('listCategorySlugs', () => [TAGS.list('category')], false)
/** Search is the one uncached read: queries are unbounded, and the search page is dynamic anyway. */
export const searchArticles = (query: unknown) => content.search(query)

export const siteUrl = env.siteUrl
