/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { TEST_SITE_URL } from '@/test/sample-content'
import robots from './robots'
import sitemap from './sitemap'

jest.mock('@/lib/content', () => jest.requireActual('@/test/sample-content').sampleContentModule())
jest.mock('@/lib/env', () => jest.requireActual('@/test/sample-content').testSiteEnvModule())

type Doc = { _type: string; slug?: { current: string }; publishedAt?: string; oldPaths?: string[] }
const documents = readFileSync(SAMPLE_DATASET, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc)
const isLive = (doc: Doc) => doc._type !== 'article' || new Date(doc.publishedAt ?? 0) <= new Date()
const PATHS: Record<string, string> = { article: 'articles', author: 'authors', book: 'books', category: 'categories' }

describe('/sitemap.xml', () => {
  it('lists every published article, author, book and category, with lastmod, and nothing scheduled', async () => {
    const entries = await sitemap()
    const urls = entries.map((entry) => entry.url)
    const expected = documents
      .filter((doc) => doc.slug && PATHS[doc._type] && isLive(doc))
      .map((doc) => `${TEST_SITE_URL}/${PATHS[doc._type]}/${doc.slug?.current}`)
    expect(urls.slice(1).sort()).toEqual(expected.sort())
    expect(urls[0]).toBe(`${TEST_SITE_URL}/`)
    expect(entries.every((entry) => entry.lastModified && !Number.isNaN(Date.parse(String(entry.lastModified))))).toBe(
      true,
    )
    const scheduled = documents.find((doc) => !isLive(doc))
    expect(urls.some((url) => url.endsWith(`/${scheduled?.slug?.current}`))).toBe(false)
  })

  it('lists articles at their current address only, never an old one they redirect from', async () => {
    const urls = (await sitemap()).map((entry) => entry.url)
    const oldPaths = documents.flatMap((doc) => doc.oldPaths ?? [])
    expect(oldPaths.length).toBeGreaterThan(0)
    for (const old of oldPaths) expect(urls).not.toContain(`${TEST_SITE_URL}${old}`)
    expect(
      urls.every(
        (url) =>
          url === `${TEST_SITE_URL}/` ||
          /^\/(articles|authors|books|categories)\/[a-z0-9-]+$/.test(url.slice(TEST_SITE_URL.length)),
      ),
    ).toBe(true)
  })
})

describe('/robots.txt', () => {
  it('allows crawling, keeps out search and the API, and names the sitemap', () => {
    expect(robots()).toEqual({
      rules: [{ userAgent: '*', allow: '/', disallow: ['/search', '/api/'] }],
      sitemap: `${TEST_SITE_URL}/sitemap.xml`,
    })
  })
})
