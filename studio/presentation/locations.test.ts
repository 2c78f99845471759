/**
 * The Presentation tool's two maps, checked the way Studio 6 uses them: `locations` resolves a document's selected
 * fields to site URLs, and `mainDocuments` matches a URL (with URLPattern, as Studio 6.10+ does) and runs its GROQ
 * filter to find the document a page shows, here on the sample dataset with groq-js.
 */
import { evaluate, parse } from 'groq-js'
import type { DocumentLocationResolverObject, DocumentLocationsState } from 'sanity/presentation'
import { readSampleDocuments } from '../schemaTypes/test-support'
import { locations, mainDocuments } from './locations'

type Located = 'article' | 'author' | 'book'
const resolverOf = (type: Located) => locations[type] as DocumentLocationResolverObject
const resolve = (type: Located, doc: Record<string, string> | null) =>
  resolverOf(type).resolve(doc) as DocumentLocationsState
const sample = readSampleDocuments() ?? []
const firstOf = (type: string) => sample.find((doc) => doc._type === type && !doc._id.startsWith('drafts.'))!

describe('document locations', () => {
  it('an article shows on its own page and on the home page', () => {
    expect(resolve('article', { title: 'Keep easy runs easy', slug: 'keep-easy-runs-easy' }).locations).toEqual([
      { title: 'Keep easy runs easy', href: '/articles/keep-easy-runs-easy' },
      { title: 'Home', href: '/' },
    ])
  })

  it('authors and books show on their pages', () => {
    expect(resolve('author', { name: 'Ada Runner', slug: 'ada-runner' }).locations).toEqual([
      { title: 'Ada Runner', href: '/authors/ada-runner' },
    ])
    expect(resolve('book', { title: 'The Base', slug: 'the-base' }).locations).toEqual([
      { title: 'The Base', href: '/books/the-base' },
    ])
  })

  it('a document without a slug yet is on no page', () => {
    for (const type of ['article', 'author', 'book'] as const)
      expect(resolve(type, { title: 'Draft' }).locations).toEqual([])
    expect(resolve('article', null).locations).toEqual([])
  })

  it('site settings are on every page', () => {
    expect(locations.siteSettings).toMatchObject({ tone: 'positive', locations: [{ title: 'Home', href: '/' }] })
  })

  it('selects the fields its resolver reads', () => {
    expect(resolverOf('article').select).toEqual({ title: 'title', slug: 'slug.current' })
    expect(resolverOf('author').select).toEqual({ name: 'name', slug: 'slug.current' })
  })
})

describe('main documents', () => {
  async function documentFor(pathname: string) {
    for (const { route, filter } of mainDocuments) {
      const match = new URLPattern({ pathname: String(route) }).exec({ pathname })
      if (!match) continue
      const params = match.pathname.groups as Record<string, string>
      const result = await (await evaluate(parse(`*[${filter}][0]._id`, { params }), { dataset: sample, params })).get()
      return result as string | null
    }
    return undefined
  }

  it.each([
    ['articles', 'article'],
    ['authors', 'author'],
    ['books', 'book'],
    ['categories', 'category'],
  ])('/%s/<slug> opens that %s', async (section, type) => {
    const doc = firstOf(type) as unknown as { _id: string; slug: { current: string } }
    expect(await documentFor(`/${section}/${doc.slug.current}`)).toBe(doc._id)
  })

  it('an unknown slug finds nothing, and pages without a document match no route', async () => {
    expect(await documentFor('/articles/no-such-article')).toBeNull()
    expect(await documentFor('/')).toBeUndefined()
    expect(await documentFor('/search')).toBeUndefined()
    expect(await documentFor('/articles/a/b')).toBeUndefined()
  })
})
