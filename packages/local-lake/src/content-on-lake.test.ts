/**
 * The blog's content layer on the lake, as production reads the Content Lake: every query on the sample dataset
 * through the embedded source and through the Sanity source (@sanity/client) on the lake, parsed without a logged
 * problem; search answering alike; and the Sanity source's failures when the lake fails (through the test proxy).
 */
import {
  createContent,
  createEmbeddedSource,
  createSanitySource,
  type Content,
  type ContentSource,
} from '@blog/content'
import { HOSTILE_SEARCH_INPUTS, recordingLogger } from '@blog/content/testing'
import { startTestLake, type TestLake } from './testing.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'

let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake({ datasetPath: SAMPLE_DATASET })
})
afterAll(() => lake.close())

const sources: [string, () => ContentSource][] = [
  ['embedded source', () => createEmbeddedSource({ datasetPath: SAMPLE_DATASET })],
  [
    'sanity source (@sanity/client on the local lake)',
    () =>
      createSanitySource({ projectId: 'test', dataset: 'production', apiVersion: '2025-02-19', apiHost: lake.host }),
  ],
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

describe('search on the Sanity source', () => {
  it('runs the GROQ search query with the words as a parameter and answers like the embedded index', async () => {
    const sanity = createContent({
      source: createSanitySource({
        projectId: 'p',
        dataset: 'production',
        apiVersion: '2025-02-19',
        apiHost: lake.host,
      }),
    })
    const embedded = createContent({ source: createEmbeddedSource({ datasetPath: SAMPLE_DATASET }) })
    for (const query of ['easy run', 'massage', ...HOSTILE_SEARCH_INPUTS]) {
      const [fromLake, fromIndex] = await Promise.all([sanity.search(query), embedded.search(query)])
      expect(fromLake.items.map((item) => item.slug)).toEqual(fromIndex.items.map((item) => item.slug))
      expect(fromLake.total).toBe(fromIndex.total)
    }
    expect(sanity.queryCount()).toBeGreaterThan(0)
  })
})

describe('sanity content source when the lake fails', () => {
  afterEach(() => lake.setMode('ok'))

  it.each(['hang', 'error', 'refused'] as const)(
    '%s: gives up (after the timeout), and the error carries neither the request nor the token',
    async (mode) => {
      const source = createSanitySource({
        projectId: 'abc123',
        dataset: 'production',
        apiVersion: '2025-02-19',
        apiHost: lake.host,
        token: 'secret-token',
        timeout: 200,
      })
      await lake.setMode(mode)
      const error = (await source.fetch('*[_type == "author"]').catch((caught: unknown) => caught)) as Error &
        Record<string, unknown>
      expect(error).toBeInstanceOf(Error)
      expect(error.message).toMatch(/^Content Lake query failed: /)
      expect(JSON.stringify({ ...error, message: error.message, cause: String(error.cause) })).not.toContain(
        'secret-token',
      )
      expect(error.request).toBeUndefined()
      await lake.setMode('ok')
      // Healed: the same lake answers again (a generous timeout: under a full test run, 200 ms is not always enough).
      const healthy = createSanitySource({
        projectId: 'abc123',
        dataset: 'production',
        apiVersion: '2025-02-19',
        apiHost: lake.host,
        timeout: 10_000,
      })
      expect(await healthy.fetch('count(*[_type == "author"])')).toBe(3)
    },
  )
})
