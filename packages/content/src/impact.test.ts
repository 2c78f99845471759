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
  it('are the ones the README tells users to paste into Sanity', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8')
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
    })
  })
})
