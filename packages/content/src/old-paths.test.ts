import { readFileSync } from 'node:fs'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { parseNdjson } from '@blog/schemas'
import { createContent, createEmbeddedSource } from './index.ts'
import { FIXED_NOW, fixtureDocuments, writeDataset } from './test/fixtures.ts'
import { recordingLogger } from './testing.ts'

type Doc = { _id: string; _type: string; slug?: { current: string }; publishedAt?: string; oldPaths?: string[] }

function setup(documents: unknown[]) {
  const logger = recordingLogger()
  const source = createEmbeddedSource({ datasetPath: writeDataset(documents), now: FIXED_NOW })
  return { content: createContent({ source, logger }), logger }
}

/** The fixture dataset, with old paths given to some of its articles (by id). */
function withOldPaths(paths: Record<string, unknown>) {
  return fixtureDocuments().map((doc) => {
    const id = String(doc._id)
    return id in paths ? { ...doc, oldPaths: paths[id] } : doc
  })
}

describe('old addresses on the sample dataset (embedded source)', () => {
  const sample = parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8')) as Doc[]
  const withOld = sample.filter((doc) => doc._type === 'article' && doc.oldPaths?.length)
  const logger = recordingLogger()
  const content = createContent({ source: createEmbeddedSource({ datasetPath: SAMPLE_DATASET }), logger })
  afterEach(() => expect(logger.lines).toEqual([]))

  it('puts every old address of every published article in the address book, and nothing else', async () => {
    expect(withOld.length).toBeGreaterThan(0)
    const book = await content.getAddressBook()
    for (const doc of withOld)
      for (const path of doc.oldPaths ?? []) expect([path, book.articleFor(path)]).toEqual([path, doc.slug?.current])
    for (const path of ['/no/such/address', '/?p=999999', `${withOld[0]!.oldPaths![0]}-not`])
      expect(book.articleFor(path)).toBeNull()
  })

  it('finds the article behind each stored old address', async () => {
    for (const doc of withOld)
      for (const path of doc.oldPaths ?? []) expect(await content.getOldPathRedirect(path)).toBe(doc.slug?.current)
  })

  it('normalises a request path as the addresses are stored: trailing slash, host, extra query, encoding', async () => {
    const article = withOld.find((doc) => doc.oldPaths?.some((path) => !path.includes('?')))!
    const plain = article.oldPaths!.find((path) => !path.includes('?'))!
    const withId = withOld.flatMap((doc) => doc.oldPaths ?? []).find((path) => path.startsWith('/?p='))!
    const owner = withOld.find((doc) => doc.oldPaths?.includes(withId))!
    for (const request of [`${plain}/`, `${plain}//`, `https://old.example.com${plain}/`, `${plain}?utm_source=x`])
      expect(await content.getOldPathRedirect(request)).toBe(article.slug?.current)
    for (const request of [
      `${withId}&utm_source=x`,
      `/?utm_source=x&${withId.slice(2)}`,
      `https://old.example${withId}`,
    ])
      expect(await content.getOldPathRedirect(request)).toBe(owner.slug?.current)
    expect(await content.getOldPathRedirect(encodeURI(plain))).toBe(article.slug?.current)
  })

  it('answers null for anything else, without a query when the path cannot be an old address', async () => {
    for (const request of ['/no/such/address', '/?p=999999', '/index.php?page_id=1'])
      expect(await content.getOldPathRedirect(request)).toBeNull()
    const before = content.queryCount()
    for (const request of ['/', '', '/?p=abc', '/a%2520b', '//evil.example/x', 'javascript:alert(1)'])
      expect(await content.getOldPathRedirect(request)).toBeNull()
    expect(content.queryCount()).toBe(before)
  })
})

describe('old addresses: conflicts, invalid entries, what readers cannot see', () => {
  it('gives an address two articles claim to the newest one, deterministically, and logs both ids', async () => {
    const { content, logger } = setup(withOldPaths({ 'article-one': ['/shared'], 'article-two': ['/shared'] }))
    expect(await content.getOldPathRedirect('/shared')).toBe('article-two')
    expect(logger.lines).toEqual([expect.stringMatching(/^warn .*\/shared is claimed by article-two, article-one/)])
  })

  it('leaves out an invalid address (logged with the document id) and keeps the article’s other ones', async () => {
    const { content, logger } = setup(withOldPaths({ 'article-one': ['/good', '/bad/', 42], 'article-two': ['/two'] }))
    expect(await content.getOldPathRedirect('/good')).toBe('article-one')
    expect(await content.getOldPathRedirect('/two')).toBe('article-two')
    expect(await content.getOldPathRedirect('/bad')).toBeNull()
    const book = await content.getAddressBook()
    expect(['/good', '/two', '/bad'].map((path) => book.articleFor(path))).toEqual(['article-one', 'article-two', null])
    // The article keeps its page, however bad one of its addresses is.
    expect(book.has('article', 'article-one')).toBe(true)
    expect(logger.lines.some((line) => /^warn .*article-one: left out invalid parts: oldPaths\.1/.test(line))).toBe(
      true,
    )
  })

  it('leaves out the addresses of an article whose old addresses are not a list, and keeps the rest', async () => {
    const { content, logger } = setup(withOldPaths({ 'article-one': '/not-a-list', 'article-two': ['/two'] }))
    const book = await content.getAddressBook()
    expect([book.articleFor('/two'), book.articleFor('/not-a-list'), book.has('article', 'article-one')]).toEqual([
      'article-two',
      null,
      true,
    ])
    expect(logger.lines).toEqual([expect.stringMatching(/^error .*article article-one: oldPaths is not a list/)])
  })

  it('ignores scheduled articles, drafts and release versions', async () => {
    const documents = fixtureDocuments().map((doc) =>
      /^(article-future|drafts\.article-draft-only|versions\.r1\.article-two)$/.test(doc._id as string)
        ? { ...doc, oldPaths: ['/hidden'] }
        : doc,
    )
    const { content } = setup(documents)
    expect(await content.getOldPathRedirect('/hidden')).toBeNull()
    expect((await content.getAddressBook()).articleFor('/hidden')).toBeNull()
  })
})
