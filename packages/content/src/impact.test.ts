import { readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import {
  changeSchema,
  createContent,
  createEmbeddedSource,
  WEBHOOK_FILTER,
  WEBHOOK_PROJECTION,
  type Impact,
} from './index.ts'
import { findImpact } from './impact.ts'
import { FIXED_NOW, fixtureDocuments, writeDataset } from './test/fixtures.ts'
import { recordingLogger } from './testing.ts'

function content(documents = fixtureDocuments()) {
  return createContent({
    source: createEmbeddedSource({ datasetPath: writeDataset(documents), now: FIXED_NOW }),
    logger: recordingLogger(),
  })
}
const pageKeys = (impact: Impact) => impact.pages.map((page) => `${page.type}:${page.slug}`).sort()

describe('impact of a change (which pages a webhook refreshes)', () => {
  it('article: its page under both slugs, its author, category, linked book, and articles sharing its author', async () => {
    const impact = await content().impactOf({
      _id: 'article-one',
      _type: 'article',
      slug: 'article-one',
      previousSlug: 'old-one',
    })
    expect(pageKeys(impact)).toEqual([
      'article:article-one',
      'article:article-two',
      'article:future',
      'article:old-one',
      'author:ada-runner',
      'book:easy-miles',
      'category:recovery',
    ])
    expect(impact.lists).toEqual(['article'])
    expect(impact.everything).toBe(false)
  })

  it('author: their page, every page that shows them, and the article lists that name them', async () => {
    const impact = await content().impactOf({ _id: 'author-ada', _type: 'author', slug: 'ada-runner' })
    expect(pageKeys(impact)).toEqual([
      'article:article-one',
      'article:article-two',
      'article:future',
      'author:ada-runner',
      'book:easy-miles',
    ])
    expect(impact.lists).toEqual(['author', 'article'])
  })

  it('book: its page, the articles that relate or link to it, and its authors', async () => {
    const impact = await content().impactOf({ _id: 'book-easy-miles', _type: 'book', slug: 'easy-miles' })
    expect(pageKeys(impact)).toEqual([
      'article:article-one',
      'article:article-two',
      'author:ada-runner',
      'book:easy-miles',
    ])
  })

  it('deleted article: its old page and the pages of what it referenced before, from the webhook payload', async () => {
    const impact = await content().impactOf({
      _id: 'article-gone',
      _type: 'article',
      slug: 'gone',
      previousRefs: ['category-recovery', null],
    })
    expect(pageKeys(impact)).toEqual(['article:article-one', 'article:gone', 'category:recovery'])
  })

  it('an article moved to another author refreshes the old author page too', async () => {
    const documents = [
      ...fixtureDocuments(),
      { _id: 'author-bo', _type: 'author', name: 'Bo', slug: { current: 'bo' } },
    ]
    const impact = await content(documents).impactOf({
      _id: 'article-two',
      _type: 'article',
      slug: 'article-two',
      previousRefs: ['author-bo'],
    })
    expect(pageKeys(impact)).toContain('author:bo')
    expect(pageKeys(impact)).toContain('author:ada-runner')
  })

  it('site settings: everything', async () => {
    expect(await content().impactOf({ _id: 'siteSettings', _type: 'siteSettings' })).toEqual({
      pages: [],
      lists: [],
      everything: true,
    })
  })
})

describe('the webhook filter and projection', () => {
  it("are the ones the blog's README tells users to paste into Sanity", () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../apps/web/README.md'), 'utf8')
    expect(readme).toContain(`// Filter\n${WEBHOOK_FILTER}\n`)
    expect(readme).toContain(`// Projection\n${WEBHOOK_PROJECTION}\n`)
  })

  it('project a renamed article into a change the revalidate route accepts', async () => {
    const before = {
      _id: 'article-a',
      _type: 'article',
      slug: { current: 'old' },
      author: { _ref: 'author-x' },
      categories: [{ _ref: 'category-y' }],
    }
    const after = { ...before, slug: { current: 'new' }, author: { _ref: 'author-z' } }
    const projected = await (
      await evaluate(parse(WEBHOOK_PROJECTION, { mode: 'delta' }), { root: after, before, after })
    ).get()
    expect(changeSchema.parse(projected)).toEqual({
      _id: 'article-a',
      _type: 'article',
      slug: 'new',
      previousSlug: 'old',
      previousRefs: ['author-x', 'category-y'],
      // groq-js keeps a null attribute and Sanity may leave it out: the schema takes both.
      schedule: { publishedAt: null, previousPublishedAt: null },
    })
  })

  it("carry the article's date after and before the change, so the blog knows what readers could see", async () => {
    const before = { _id: 'article-a', _type: 'article', slug: { current: 'a' }, publishedAt: '2026-01-01T09:00:00Z' }
    const after = { ...before, publishedAt: '2099-06-01T09:00:00Z' }
    const project = async (doc: object | null, previous: object | null) =>
      changeSchema.parse(
        await (
          await evaluate(parse(WEBHOOK_PROJECTION, { mode: 'delta' }), {
            // A delete is projected from the document as it was.
            root: doc ?? previous,
            before: previous,
            after: doc,
          })
        ).get(),
      )
    expect((await project(after, before)).schedule).toEqual({
      publishedAt: '2099-06-01T09:00:00Z',
      previousPublishedAt: '2026-01-01T09:00:00Z',
    })
    // Created: nothing before it. Deleted: the id, type and slug still come from `before`.
    expect((await project(after, null)).schedule).toEqual({
      publishedAt: '2099-06-01T09:00:00Z',
      previousPublishedAt: null,
    })
    expect(await project(null, before)).toMatchObject({
      _id: 'article-a',
      slug: 'a',
      schedule: { previousPublishedAt: '2026-01-01T09:00:00Z' },
    })
  })
})

describe('impact of a change of date (scheduling)', () => {
  const now = Date.parse('2026-11-01T00:00:00Z')
  const change = (publishedAt: string | null, previousPublishedAt: string | null) => ({
    _id: 'article-one',
    _type: 'article',
    slug: 'article-one',
    schedule: { publishedAt, previousPublishedAt },
  })
  const impactAt = (c: ReturnType<typeof change>) =>
    findImpact(createEmbeddedSource({ datasetPath: writeDataset(fixtureDocuments()), now: FIXED_NOW }), c, now)

  it('moved from one future date to another, or edited before it goes live: only its own page, no list', async () => {
    for (const c of [
      change('2026-12-01T09:00:00Z', '2026-11-20T09:00:00Z'),
      change('2026-11-01T00:00:01Z', null), // created scheduled, a second from now
      change(null, '2027-01-01T00:00:00Z'), // deleted before it went live
    ]) {
      const impact = await impactAt(c)
      expect(pageKeys(impact)).toEqual(['article:article-one'])
      expect(impact.lists).toEqual([])
    }
  })

  it('brought forward into the past, moved back into the future, or without a date before: every page that shows it', async () => {
    for (const c of [
      change('2026-10-01T09:00:00Z', '2026-12-01T09:00:00Z'), // goes live now
      change('2026-12-01T09:00:00Z', '2026-10-01T09:00:00Z'), // taken off until then
      change('2026-11-01T00:00:00Z', null), // live this very moment
    ]) {
      const impact = await impactAt(c)
      expect(pageKeys(impact)).toEqual(expect.arrayContaining(['article:article-one', 'author:ada-runner']))
      expect(impact.lists).toEqual(['article'])
    }
  })

  it('a projection without `schedule` (pasted before it existed) refreshes as for any edit', async () => {
    const { schedule: _ignored, ...old } = change('2026-12-01T09:00:00Z', '2026-11-20T09:00:00Z')
    const impact = await findImpact(
      createEmbeddedSource({ datasetPath: writeDataset(fixtureDocuments()), now: FIXED_NOW }),
      old,
      now,
    )
    expect(impact.lists).toEqual(['article'])
  })
})
