/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { handOff } from '@/lib/old-address'
import { PLACEHOLDER_SLUG } from '@/lib/prerender'
import { digestOf } from '@/test/mock-content'
import OldAddressPage, { generateStaticParams } from './page'

// The real content layer (lib/content.ts and the slug gate, without Next's cache) on the sample dataset, where one
// article also has old addresses that are not in stored form: the importer or an editor got them wrong.
jest.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }))
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
jest.mock('@/lib/content-source', () => {
  const { mkdtempSync, readFileSync, writeFileSync } = jest.requireActual('node:fs')
  const { tmpdir } = jest.requireActual('node:os')
  const path = jest.requireActual('node:path')
  const { createContent, createEmbeddedSource } = jest.requireActual('@blog/content')
  const { SAMPLE_DATASET } = jest.requireActual('@blog/sample-content')
  const lines = (readFileSync(SAMPLE_DATASET, 'utf8') as string).split('\n').filter(Boolean)
  const documents = lines.map((line) => {
    const doc = JSON.parse(line)
    return doc._id === 'article-keep-easy-runs-easy'
      ? { ...doc, oldPaths: ['/easy-does-it', '/easy-does-it/', 'https://old.example/easy', 7] }
      : doc
  })
  const datasetPath = path.join(mkdtempSync(path.join(tmpdir(), 'old-paths-')), 'data.ndjson')
  writeFileSync(datasetPath, documents.map((doc: unknown) => JSON.stringify(doc)).join('\n') + '\n')
  return { content: createContent({ source: createEmbeddedSource({ datasetPath }) }) }
})

type Doc = { _id: string; _type: string; slug?: { current: string }; oldPaths?: string[] }
const sample = readFileSync(SAMPLE_DATASET, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc)
const withOld = sample.filter((doc) => doc.oldPaths?.length)

/** The page for a request as it reaches the catch-all: straight, or through the proxy's hand-off. */
function visit(url: string) {
  const { pathname, search } = new URL(url, 'http://localhost')
  const target = handOff(pathname, search) ?? pathname
  return OldAddressPage({ params: Promise.resolve({ path: target.split('/').slice(1) }) })
}
const redirectTo = (location: string) => new RegExp(`^NEXT_REDIRECT;replace;${location.replace(/[?]/g, '\\?')};308;`)

let warnings: jest.SpyInstance
beforeEach(() => {
  warnings = jest.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => warnings.mockRestore())

describe('the catch-all route: old addresses', () => {
  it('redirects (308) every old address of the sample articles to the article', async () => {
    expect(withOld.length).toBeGreaterThan(0)
    for (const doc of withOld)
      for (const old of doc.oldPaths ?? [])
        expect(await digestOf(visit(old))).toMatch(redirectTo(`/articles/${doc.slug?.current}`))
  })

  it('redirects an old permalink with a trailing slash and an id link with other parameters in one step', async () => {
    const doc = withOld.find((candidate) => candidate.oldPaths?.some((old) => old.startsWith('/?p=')))!
    const permalink = doc.oldPaths!.find((old) => !old.includes('?'))!
    const idLink = doc.oldPaths!.find((old) => old.startsWith('/?p='))!
    for (const url of [`${permalink}/`, `${permalink}/?utm_source=feed`, `${idLink}&utm_source=feed`])
      expect(await digestOf(visit(url))).toMatch(redirectTo(`/articles/${doc.slug?.current}`))
  })

  it('answers 404 for a path no article had, and an unknown id link', async () => {
    for (const url of ['/no/such/address', '/wp-login.php', '/?p=999999', '/index.php?page_id=1', '/a%20b'])
      expect(await digestOf(visit(url))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
  })

  it('sends any other path with a trailing slash to the same path without it, as Next did', async () => {
    expect(await digestOf(visit('/no/such/address/'))).toMatch(redirectTo('/no/such/address'))
    expect(await digestOf(visit('/articles/keep-easy-runs-easy/'))).toMatch(redirectTo('/articles/keep-easy-runs-easy'))
    expect(await digestOf(visit('/search/?q=run'))).toMatch(redirectTo('/search?q=run'))
  })

  it('an article with invalid old addresses keeps its valid one, and takes nothing else down', async () => {
    expect(await digestOf(visit('/easy-does-it'))).toMatch(redirectTo('/articles/keep-easy-runs-easy'))
    const other = withOld[0]!
    expect(await digestOf(visit(other.oldPaths![0]!))).toMatch(redirectTo(`/articles/${other.slug?.current}`))
    // Left out, not repaired: the address `https://old.example/easy` would have named.
    expect(await digestOf(visit('/easy'))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
    expect(warnings).toHaveBeenCalledWith(
      expect.stringMatching(
        /article-keep-easy-runs-easy: left out invalid parts: oldPaths\.1: .*oldPaths\.2: .*oldPaths\.3/,
      ),
    )
  })

  it('prerenders one placeholder, which names no old address', async () => {
    expect(generateStaticParams()).toEqual([{ path: [PLACEHOLDER_SLUG] }])
    expect(await digestOf(visit(`/${PLACEHOLDER_SLUG}`))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
  })
})
