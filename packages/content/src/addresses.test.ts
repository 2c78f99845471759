import { readFileSync } from 'node:fs'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { parseNdjson } from '@blog/schemas'
import { ARTICLES_PER_PAGE, createContent, createEmbeddedSource } from './index.ts'
import { FIXED_NOW, fixtureDocuments, writeDataset } from './test/fixtures.ts'
import { recordingLogger } from './testing.ts'

type Doc = Record<string, unknown> & { _id: string }

function book(documents: Doc[] = fixtureDocuments() as Doc[]) {
  const logger = recordingLogger()
  const source = createEmbeddedSource({ datasetPath: writeDataset(documents), now: FIXED_NOW })
  return { book: createContent({ source, logger }).getAddressBook(), logger }
}

const article = (n: number, extra: Partial<Doc> = {}): Doc => ({
  _id: `article-gen-${n}`,
  _type: 'article',
  title: `Generated ${n}`,
  slug: { current: `generated-${n}` },
  publishedAt: '2026-03-01T08:00:00Z',
  author: { _type: 'reference', _ref: 'author-ada' },
  ...extra,
})

describe('the address book', () => {
  it('knows the published articles and every author, book and category, and nothing a reader cannot see', async () => {
    const found = await book().book
    expect(['article-one', 'article-two'].every((slug) => found.has('article', slug))).toBe(true)
    // Scheduled, draft-only, and a release version's slug are not pages yet.
    for (const slug of ['future', 'draft-only', 'article-three']) expect(found.has('article', slug)).toBe(false)
    expect(found.has('author', 'ada-runner')).toBe(true)
    expect(found.has('book', 'easy-miles')).toBe(true)
    expect(found.has('category', 'recovery')).toBe(true)
    // Types are kept apart: an author's slug is no article's.
    expect(found.has('article', 'ada-runner')).toBe(false)
    expect(found.has('category', 'made-up')).toBe(false)
  })

  it('says when the next scheduled article goes live, so a cached book can end then', async () => {
    expect((await book().book).nextPublishedAt).toBe(Date.parse('2099-01-01T08:00:00Z'))
    const none = fixtureDocuments().filter((doc) => doc._id !== 'article-future') as Doc[]
    expect((await book(none).book).nextPublishedAt).toBeNull()
  })

  it('names the earliest of many scheduled articles, and none once the clock has passed them all', async () => {
    const scheduled = ['2027-03-01T09:00:00Z', '2026-11-01T00:00:01Z', '2099-01-01T08:00:00Z', '2026-12-24T18:30:00Z']
    const documents = [
      ...(fixtureDocuments() as Doc[]),
      ...scheduled.map((publishedAt, n) => article(n, { publishedAt })),
    ]
    expect((await book(documents).book).nextPublishedAt).toBe(Date.parse('2026-11-01T00:00:01Z'))
    const past = documents.map((doc) =>
      doc._type === 'article' ? { ...doc, publishedAt: '2026-10-31T23:59:59Z' } : doc,
    )
    expect((await book(past).book).nextPublishedAt).toBeNull()
  })

  it('lists the articles that went live after a time, newest first, and none that is still scheduled', async () => {
    const documents = [
      ...(fixtureDocuments() as Doc[]),
      article(1, { publishedAt: '2026-10-31T23:00:00Z' }),
      article(2, { publishedAt: '2026-10-31T23:59:00Z' }),
      article(3, { publishedAt: '2026-11-01T00:00:00Z' }), // exactly now: live
    ]
    const found = await book(documents).book
    const since = Date.parse('2026-10-31T23:00:00Z') // not after it: article 1 went live at `since` itself
    expect(found.publishedSince(since)).toEqual([
      { _id: 'article-gen-3', slug: 'generated-3', publishedAt: Date.parse('2026-11-01T00:00:00Z') },
      { _id: 'article-gen-2', slug: 'generated-2', publishedAt: Date.parse('2026-10-31T23:59:00Z') },
    ])
    expect(found.publishedSince(Date.parse('2026-11-01T00:00:00Z'))).toEqual([])
    // The fixture's scheduled article (2099) is nowhere, however far back one looks.
    expect(found.publishedSince(0).map((row) => row.slug)).not.toContain('future')
    expect(found.publishedSince(0).map((row) => row.slug)).toEqual(
      expect.arrayContaining(['article-one', 'article-two', 'generated-1', 'generated-2', 'generated-3']),
    )
  })

  it('knows renamed slugs apart from current ones', async () => {
    const documents = [...(fixtureDocuments() as Doc[]), article(1, { previousSlugs: ['old-name', 'BAD SLUG'] })]
    const { book: pending, logger } = book(documents)
    const found = await pending
    expect(found.renamedTo('old-name')).toBe('generated-1')
    expect(found.has('article', 'old-name')).toBe(false)
    expect(found.renamedTo('generated-1')).toBeNull()
    // The invalid old slug is left out with the article's id; the article keeps its page.
    expect(found.has('article', 'generated-1')).toBe(true)
    expect(logger.lines).toEqual([
      expect.stringMatching(/^warn .*article-gen-1: left out invalid parts: previousSlugs/),
    ])
  })

  it('gives an old slug or old address two articles claim to the newest, as the pages do, and logs both ids', async () => {
    const claim = { previousSlugs: ['shared-name'], oldPaths: ['/shared'] }
    const { book: pending, logger } = book([
      ...(fixtureDocuments() as Doc[]),
      article(1, { ...claim, publishedAt: '2026-03-01T08:00:00Z' }),
      article(2, { ...claim, publishedAt: '2026-04-01T08:00:00Z' }),
    ])
    const found = await pending
    expect([found.renamedTo('shared-name'), found.articleFor('/shared/')]).toEqual(['generated-2', 'generated-2'])
    expect(logger.lines).toEqual([
      expect.stringMatching(
        /^warn .*old address \/shared is claimed by article-gen-2 and article-gen-1; the newest, article-gen-2/,
      ),
    ])
  })

  it('counts the pages of every list as the list pages do: all articles, per author, per category', async () => {
    const category = (id: string) => ({ _type: 'reference', _ref: id, _key: id })
    const extra = Array.from({ length: ARTICLES_PER_PAGE * 2 + 1 }, (_, n) =>
      article(n, n < ARTICLES_PER_PAGE + 1 ? { categories: [category('category-recovery')] } : {}),
    )
    // Filed twice under one category: counted once there.
    extra.push(
      article(99, {
        categories: [category('category-recovery'), { ...category('category-recovery'), _key: 'again' }],
      }),
    )
    const found = await book([...(fixtureDocuments() as Doc[]), ...extra]).book
    const all = extra.length + 2
    expect(found.pageCount({ kind: 'all' })).toBe(Math.ceil(all / ARTICLES_PER_PAGE))
    expect(found.pageCount({ kind: 'author', slug: 'ada-runner' })).toBe(Math.ceil(all / ARTICLES_PER_PAGE))
    // article-one and eleven generated ones, plus the one filed twice: 13 articles, two pages.
    expect(found.pageCount({ kind: 'category', slug: 'recovery' })).toBe(2)
    // A list with nothing in it, or of a slug nobody has, still has its first page.
    expect(found.pageCount({ kind: 'category', slug: 'made-up' })).toBe(1)
  })

  it('holds the sample dataset: every page the blog links to, and each old address', async () => {
    const documents = parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8')) as Doc[]
    const logger = recordingLogger()
    const found = await createContent({
      source: createEmbeddedSource({ datasetPath: SAMPLE_DATASET }),
      logger,
    }).getAddressBook()
    const now = Date.now()
    for (const doc of documents) {
      const slug = (doc.slug as { current?: string } | undefined)?.current
      if (!slug || doc._id.includes('.')) continue
      const type = doc._type as 'article' | 'author' | 'book' | 'category'
      if (!['article', 'author', 'book', 'category'].includes(type)) continue
      const live = type !== 'article' || Date.parse(String(doc.publishedAt)) <= now
      expect([doc._id, found.has(type, slug)]).toEqual([doc._id, live])
      for (const path of live ? ((doc.oldPaths as string[] | undefined) ?? []) : [])
        expect([path, found.articleFor(path)]).toEqual([path, slug])
    }
    expect(logger.lines).toEqual([])
  })
})
