import { ARTICLES_PER_PAGE, createContent, createEmbeddedSource, type Content } from './index.ts'
import { HOSTILE_SEARCH_INPUTS, recordingLogger } from './testing.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'

/** The browse functions on the real sample dataset, through the embedded source. */
describe('browsing the sample dataset', () => {
  let content: Content
  let logger: ReturnType<typeof recordingLogger>
  beforeAll(() => {
    logger = recordingLogger()
    content = createContent({ source: createEmbeddedSource({ datasetPath: SAMPLE_DATASET }), logger })
  })
  afterEach(() => expect(logger.lines).toEqual([]))

  it('pages through every published article, ten at a time, newest first', async () => {
    const total = await content.countArticles()
    const first = await content.listArticlePage(1)
    expect(first).toMatchObject({ total, page: 1, pageCount: Math.ceil(total / ARTICLES_PER_PAGE) })
    expect(first.items).toHaveLength(ARTICLES_PER_PAGE)
    const last = await content.listArticlePage(first.pageCount)
    expect(last.items).toHaveLength(total - ARTICLES_PER_PAGE * (first.pageCount - 1))
    const all = [...first.items, ...last.items].map((item) => item.slug)
    expect(all).toEqual((await content.listArticles({ limit: 100 })).map((item) => item.slug))
    expect((await content.listArticlePage(first.pageCount + 1)).items).toEqual([])
    expect(first.items.every((item) => (item.wordCount ?? 0) > 300)).toBe(true)
  })

  it('lists a category with its description and only its articles', async () => {
    const page = await content.getCategoryPage('training', 1)
    expect(page?.category).toMatchObject({ title: 'Training', slug: 'training' })
    expect(page?.category.description).toBeTruthy()
    expect(page?.articles.total).toBe(page?.articles.items.length)
    expect(
      page?.articles.items.every((item) => item.categories?.some((category) => category.slug === 'training')),
    ).toBe(true)
    expect(await content.getCategoryPage('no-such-category', 1)).toBeNull()
    expect(await content.getCategoryPage('../x', 1)).toBeNull()
  })

  it("pages an author's articles and answers null for an unknown author", async () => {
    const page = await content.getAuthorArticlePage('priya-raman', 1)
    expect(page?.items.length).toBeGreaterThan(0)
    expect(page?.items.every((item) => item.author?.slug === 'priya-raman')).toBe(true)
    expect(page?.total).toBe((await content.getAuthor('priya-raman'))?.articles.length)
    expect(await content.getAuthorArticlePage('nobody', 1)).toBeNull()
  })

  it('finds related articles sharing a category or the author, never the article itself', async () => {
    const article = await content.getArticle('keep-easy-runs-easy')
    const related = await content.listRelatedArticles('keep-easy-runs-easy')
    expect(related).toHaveLength(3)
    const categories = new Set(article?.categories?.map((category) => category._id))
    for (const item of related) {
      expect(item.slug).not.toBe('keep-easy-runs-easy')
      expect(
        item.author?._id === article?.author?._id || item.categories?.some((category) => categories.has(category._id)),
      ).toBe(true)
    }
    expect(await content.listRelatedArticles('no-such-article')).toEqual([])
  })

  it('lists every category slug', async () => {
    expect((await content.listCategorySlugs()).map((row) => row.slug)).toEqual([
      'injury-prevention',
      'nutrition',
      'recovery',
      'training',
    ])
  })

  it('search finds a known article by title and body, with a snippet quoting the match', async () => {
    const results = await content.search('foam rolling')
    expect(results.items[0]).toMatchObject({ slug: 'foam-rolling-without-guesswork', author: { name: 'Priya Raman' } })
    expect(results.items[0]?.snippet).toMatch(/foam|roll/i)
    expect(results.terms).toEqual(['foam', 'rolling'])
  })

  const named = HOSTILE_SEARCH_INPUTS.map((query) => [
    query.length > 40 ? `${query.slice(0, 12)}… (${query.length} characters)` : query,
    query,
  ])
  it.each(named)('search survives %p', async (_name, query) => {
    const results = await content.search(query)
    expect(results.query.length).toBeLessThanOrEqual(200)
    expect(Array.isArray(results.items)).toBe(true)
  })
})

describe('article slug list', () => {
  it("dates an article by the later of its last edit and its publication, for the sitemap's lastmod", async () => {
    const content = createContent({ source: createEmbeddedSource({ datasetPath: SAMPLE_DATASET }) })
    const rows = await content.listArticleSlugs()
    const article = await content.getArticle('keeping-teen-runners-healthy')
    const row = rows.find((item) => item.slug === 'keeping-teen-runners-healthy')
    expect(article && row?._updatedAt && new Date(row._updatedAt) >= new Date(article.publishedAt)).toBe(true)
  })
})
