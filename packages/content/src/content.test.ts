import { writeFileSync, utimesSync } from 'node:fs'
import { createContent, createEmbeddedSource } from './index.ts'
import { toNdjson } from '@blog/schemas'
import { FIXED_NOW, fixtureDocuments, writeDataset } from './test/fixtures.ts'
import { recordingLogger } from './testing.ts'

function setup(documents = fixtureDocuments()) {
  const datasetPath = writeDataset(documents)
  const logger = recordingLogger()
  const content = createContent({ source: createEmbeddedSource({ datasetPath, now: FIXED_NOW }), logger })
  return { content, logger, datasetPath }
}

describe('embedded content source', () => {
  it('serves published documents only: drafts and release versions are dropped', async () => {
    const { content } = setup()
    const article = await content.getArticle('article-one')
    expect(article?.title).toBe('Article One')
    const two = await content.getArticle('article-two')
    expect(two?.title).toBe('Article Two')
    expect(await content.getArticle('draft-only')).toBeNull()
  })

  it('hides articles whose publishedAt is in the future', async () => {
    const { content } = setup()
    expect(await content.getArticle('future')).toBeNull()
    const slugs = (await content.listArticleSlugs()).map((row) => row.slug)
    expect(slugs).toEqual(['article-two', 'article-one'])
    expect(await content.countArticles()).toBe(2)
  })

  it('in preview (draft mode) shows a scheduled article on its own page, and still in no list', async () => {
    const source = createEmbeddedSource({ datasetPath: writeDataset(fixtureDocuments()), now: FIXED_NOW })
    const preview = createContent({ source, logger: recordingLogger(), preview: true })
    expect((await preview.getArticle('future'))?.publishedAt).toBe('2099-01-01T08:00:00Z')
    expect((await preview.getArticle('article-one'))?.title).toBe('Article One')
    expect((await preview.listArticleSlugs()).map((row) => row.slug)).not.toContain('future')
  })

  it('re-reads the dataset when the file changes on disk', async () => {
    const { content, datasetPath } = setup()
    expect((await content.getArticle('article-one'))?.title).toBe('Article One')
    const documents = fixtureDocuments().map((doc) =>
      doc._id === 'article-one' ? { ...doc, title: 'Renamed in file' } : doc,
    )
    writeFileSync(datasetPath, toNdjson(documents))
    const later = new Date(Date.now() + 5000)
    utimesSync(datasetPath, later, later)
    expect((await content.getArticle('article-one'))?.title).toBe('Renamed in file')
  })

  it('names the missing dataset file in its error', async () => {
    const content = createContent({ source: createEmbeddedSource({ datasetPath: '/nonexistent/data.ndjson' }) })
    await expect(content.listArticles()).rejects.toThrow(/Embedded dataset not readable at \/nonexistent\/data\.ndjson/)
  })

  it('skips a line that is not JSON, logs its line number and keeps the rest', async () => {
    const datasetPath = writeDataset()
    writeFileSync(datasetPath, toNdjson(fixtureDocuments()) + '{not json\n')
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {})
    const content = createContent({ source: createEmbeddedSource({ datasetPath, now: FIXED_NOW }) })
    expect(await content.countArticles()).toBe(2)
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/data\.ndjson:12 is not valid JSON/))
    errors.mockRestore()
  })
})

describe('typed content functions', () => {
  it('getArticle resolves author, books, internal links and the default "written for"', async () => {
    const { content } = setup()
    const article = await content.getArticle('article-one')
    expect(article?.author?.name).toBe('Ada Runner')
    expect(article?.author?.books.map((book) => book.slug)).toEqual(['easy-miles'])
    expect(article?.categories?.map((category) => category.slug)).toEqual(['recovery'])
    expect(article?.coverImage?.asset.metadata.dimensions.width).toBe(800)
    expect(article?.writtenFor).toEqual({ name: 'Fixture Weekly', url: 'https://fixture.example' })
    const linked = article?.body[1]
    expect(linked?._type === 'block' && linked.markDefs?.[0]).toEqual({
      _type: 'internalLink',
      _key: 'm1',
      to: { _type: 'book', slug: 'easy-miles' },
    })
  })

  it('getArticle keeps an explicit "written for"', async () => {
    const { content } = setup()
    expect((await content.getArticle('article-two'))?.writtenFor).toEqual({
      name: 'Other Mag',
      url: 'https://other.example',
    })
  })

  it('getArticleRedirect finds the current slug from a previous slug', async () => {
    const { content } = setup()
    expect(await content.getArticleRedirect('old-one')).toBe('article-one')
    expect(await content.getArticleRedirect('never-existed')).toBeNull()
  })

  it('getBook lists its authors and every article that references it (related books or body links)', async () => {
    const { content } = setup()
    const book = await content.getBook('easy-miles')
    expect(book?.authors.map((author) => author.slug)).toEqual(['ada-runner'])
    expect(book?.articles.map((article) => article.slug)).toEqual(['article-two', 'article-one'])
  })

  it('getAuthor lists their published articles and books', async () => {
    const { content } = setup()
    const author = await content.getAuthor('ada-runner')
    expect(author?.articles.map((article) => article.slug)).toEqual(['article-two', 'article-one'])
    expect(author?.books.map((book) => book.title)).toEqual(['Easy Miles'])
    expect(author?.credentials?.[0]?.institution).toBe('Example University')
  })

  it('returns null for a missing document and does not query for a malformed slug', async () => {
    const { content, logger } = setup()
    expect(await content.getAuthor('nobody')).toBeNull()
    expect(logger.lines).toEqual([])
    const before = content.queryCount()
    expect(await content.getBook('../etc/passwd')).toBeNull()
    expect(content.queryCount()).toBe(before)
  })

  it('counts every query sent to the source', async () => {
    const { content } = setup()
    expect(content.queryCount()).toBe(0)
    await content.getArticle('article-one')
    await content.listArticles()
    expect(content.queryCount()).toBe(2)
  })

  it('listArticles pages through newest first', async () => {
    const { content } = setup()
    expect((await content.listArticles({ offset: 0, limit: 1 })).map((a) => a.slug)).toEqual(['article-two'])
    expect((await content.listArticles({ offset: 1, limit: 1 })).map((a) => a.slug)).toEqual(['article-one'])
  })

  it('leaves a bad list item out, logs its _id, and renders the rest', async () => {
    const documents = fixtureDocuments().map((doc) => (doc._id === 'article-two' ? { ...doc, title: '' } : doc))
    const { content, logger } = setup(documents)
    expect((await content.listArticles()).map((a) => a.slug)).toEqual(['article-one'])
    expect(logger.lines).toEqual([expect.stringMatching(/^error \[content\] article article-two is invalid.*title/)])
  })

  it('drops an invalid body block, logs it with the article id, and keeps the article', async () => {
    const documents = fixtureDocuments().map((doc) =>
      doc._id === 'article-one'
        ? { ...doc, body: [...(doc.body as unknown[]), { _type: 'block', _key: 'bad', children: [] }] }
        : doc,
    )
    const { content, logger } = setup(documents)
    const article = await content.getArticle('article-one')
    expect(article?.body).toHaveLength(2)
    expect(logger.lines).toEqual([
      expect.stringMatching(/^warn \[content\] article article-one: left out invalid parts: body\.2\.children/),
    ])
  })

  it('falls back to default site settings when the document is missing', async () => {
    const { content, logger } = setup(fixtureDocuments().filter((doc) => doc._id !== 'siteSettings'))
    expect((await content.getSiteSettings()).title).toBe('Blog')
    expect(logger.lines[0]).toMatch(/no site settings document/)
  })
})
