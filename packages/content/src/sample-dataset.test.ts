import path from 'node:path'
import { createContent, createEmbeddedSource, createSanitySource, type Content, type ContentSource } from './index.ts'
import { startStandInLake, type StandInLake } from './testing/stand-in-lake.ts'
import { recordingLogger } from './test/fixtures.ts'

const datasetPath = path.resolve(__dirname, '../../sample-content/dataset/data.ndjson')

let lake: StandInLake
beforeAll(async () => {
  lake = await startStandInLake(datasetPath)
})
afterAll(() => lake.close())

const sources: [string, () => ContentSource][] = [
  ['embedded source', () => createEmbeddedSource({ datasetPath })],
  ['sanity source (@sanity/client against a local query API)', () =>
    createSanitySource({ projectId: 'test', dataset: 'production', apiVersion: '2025-02-19', apiHost: lake.host })],
]

/** Every query runs on the real sample dataset through both sources and parses without a single logged problem. */
describe.each(sources)('queries on the sample dataset: %s', (_name, makeSource) => {
  let content: Content
  let logger: ReturnType<typeof recordingLogger>

  beforeAll(() => {
    logger = recordingLogger()
    content = createContent({ source: makeSource(), logger })
  })
  afterEach(() => expect(logger.lines).toEqual([]))

  it('site settings', async () => {
    const settings = await content.getSiteSettings()
    expect(settings.title).toBe('The Long Run')
    expect(settings.navigation?.length).toBeGreaterThan(0)
  })

  it('every published article parses, with author, cover and body', async () => {
    const slugs = await content.listArticleSlugs()
    expect(slugs.length).toBeGreaterThanOrEqual(12)
    for (const { slug } of slugs) {
      const article = await content.getArticle(slug)
      expect(article?.slug).toBe(slug)
      expect(article?.author?.name).toBeTruthy()
      expect(article?.coverImage?.asset.url).toMatch(/^\/media\//)
      expect(article?.body.length).toBeGreaterThan(10)
      expect(article?.writtenFor?.name).toBeTruthy()
    }
  })

  it('lists articles newest first and counts them', async () => {
    const list = await content.listArticles({ limit: 100 })
    expect(list.length).toBe(await content.countArticles())
    const dates = list.map((article) => article.publishedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
    expect(list.every((article) => new Date(article.publishedAt) <= new Date())).toBe(true)
  })

  it('every author has a profile with books and articles', async () => {
    const slugs = await content.listAuthorSlugs()
    expect(slugs).toHaveLength(3)
    for (const { slug } of slugs) {
      const author = await content.getAuthor(slug)
      expect(author?.books.length).toBeGreaterThan(0)
      expect(author?.articles.length).toBeGreaterThan(0)
      expect(author?.credentials?.length).toBeGreaterThan(0)
      expect(author?.specialties?.length).toBeGreaterThan(0)
    }
  })

  it('every book has authors, and at least one is mentioned by an article', async () => {
    const slugs = await content.listBookSlugs()
    expect(slugs).toHaveLength(4)
    const books = await Promise.all(slugs.map(({ slug }) => content.getBook(slug)))
    for (const book of books) expect(book?.authors.length).toBeGreaterThan(0)
    expect(books.some((book) => (book?.authors.length ?? 0) > 1)).toBe(true)
    expect(books.some((book) => (book?.articles.length ?? 0) > 0)).toBe(true)
  })

  it('an article written for another publication keeps its byline; renamed slugs redirect', async () => {
    const articles = await Promise.all((await content.listArticleSlugs()).map(({ slug }) => content.getArticle(slug)))
    const external = articles.find((article) => article?.writtenFor?.name !== 'The Long Run')
    expect(external?.writtenFor?.url).toMatch(/^https:\/\//)
    const renamed = articles.find((article) => article?.previousSlugs?.length)
    expect(await content.getArticleRedirect(renamed!.previousSlugs![0]!)).toBe(renamed!.slug)
  })
})
