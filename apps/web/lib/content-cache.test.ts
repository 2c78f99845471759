/**
 * @jest-environment node
 */
// Records every data cache key used; the cache itself is a pass-through.
const mockKeys: string[][] = []
jest.mock('next/cache', () => ({
  unstable_cache: (fn: () => unknown, key: string[]) => {
    mockKeys.push(key)
    return fn
  },
}))
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
jest.mock('./env', () => ({
  env: {
    siteUrl: 'http://localhost:3000',
    revalidateSeconds: 3600,
    prerenderArticles: 100,
    source: {
      kind: 'embedded',
      datasetPath: jest.requireActual('@blog/sample-content').SAMPLE_DATASET,
    },
  },
}))

import * as content from './content'

// Per-argument entries; the one shared '(uncached)' entry only carries the page's tags and holds nothing.
const keysFor = (name: string) =>
  mockKeys
    .filter((key) => key[0] === name && key[1] !== '(uncached)')
    .map((key) => key.slice(1).map((arg) => JSON.parse(arg)))

beforeEach(() => {
  mockKeys.length = 0
})

describe('the data cache only holds what exists', () => {
  it('caches a real article, author, book and category under their slugs', async () => {
    const [article] = await content.listArticleSlugs()
    const [author] = await content.listAuthorSlugs()
    const [book] = await content.listBookSlugs()
    const [category] = await content.listCategorySlugs()
    expect(await content.getArticle(article!.slug)).not.toBeNull()
    expect(await content.getAuthor(author!.slug)).not.toBeNull()
    expect(await content.getBook(book!.slug)).not.toBeNull()
    expect(await content.getCategoryPage(category!.slug, 1)).not.toBeNull()
    expect(keysFor('getArticle')).toEqual([[article!.slug]])
    expect(keysFor('getAuthor')).toEqual([[author!.slug]])
    expect(keysFor('getBook')).toEqual([[book!.slug]])
    expect(keysFor('getCategoryPage')).toEqual([[category!.slug, 1]])
  })

  it('answers made-up slugs and pages (null, empty) without a cache entry for them', async () => {
    const slugs = Array.from({ length: 20 }, (_, i) => `made-up-${i}`)
    for (const slug of slugs) {
      expect(await content.getArticle(slug)).toBeNull()
      expect(await content.getArticleRedirect(slug)).toBeNull()
      expect(await content.getAuthor(slug)).toBeNull()
      expect(await content.getBook(slug)).toBeNull()
      expect(await content.getCategoryPage(slug, 2)).toBeNull()
      expect(await content.getAuthorArticlePage(slug, 1)).toBeNull()
    }
    const [author] = await content.listAuthorSlugs()
    expect((await content.getAuthorArticlePage(author!.slug, 999))?.items).toEqual([])
    expect((await content.listArticlePage(999)).items).toEqual([])
    const perSlug = [
      'getArticle',
      'getArticleRedirect',
      'getAuthor',
      'getBook',
      'getCategoryPage',
      'getAuthorArticlePage',
    ]
    expect(perSlug.flatMap(keysFor).filter(([slug]) => String(slug).startsWith('made-up'))).toEqual([])
    expect(keysFor('getAuthorArticlePage')).not.toContainEqual([author!.slug, 999])
    expect(keysFor('listArticlePage')).not.toContainEqual([999])
  })

  it('still answers a renamed slug (uncached): the redirect target', async () => {
    expect(await content.getArticleRedirect('calf-strain-comeback')).toEqual(expect.any(String))
    expect(keysFor('getArticleRedirect')).toEqual([])
  })
})
