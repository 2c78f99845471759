/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { TEST_SITE_URL } from '@/test/sample-content'
import { parseXml } from '@/test/xml'
import { GET } from './route'

jest.mock('@/lib/content', () => jest.requireActual('@/test/sample-content').sampleContentModule())
jest.mock('@/lib/env', () => jest.requireActual('@/test/sample-content').testSiteEnvModule())

const published = readFileSync(SAMPLE_DATASET, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { _type: string; title: string; publishedAt: string })
  .filter((doc) => doc._type === 'article' && new Date(doc.publishedAt) <= new Date())
  .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

describe('/feed.xml', () => {
  it('is RSS 2.0 with every published article, newest first, with absolute links', async () => {
    const response = await GET()
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const doc = parseXml(await response.text())
    expect(doc.documentElement.getAttribute('version')).toBe('2.0')
    const items = [...doc.querySelectorAll('item')]
    expect(items.map((item) => item.querySelector('title')?.textContent)).toEqual(published.map((doc) => doc.title))
    for (const item of items) {
      expect(item.querySelector('link')?.textContent).toMatch(new RegExp(`^${TEST_SITE_URL}/articles/[a-z0-9-]+$`))
      expect(item.querySelector('description')?.textContent?.length).toBeGreaterThan(20)
      expect(item.getElementsByTagName('dc:creator')[0]?.textContent).toBeTruthy()
      expect(item.querySelectorAll('category').length).toBeGreaterThan(0)
      expect(Number.isNaN(Date.parse(item.querySelector('pubDate')?.textContent ?? ''))).toBe(false)
    }
    expect(doc.getElementsByTagName('atom:link')[0]?.getAttribute('href')).toBe(`${TEST_SITE_URL}/feed.xml`)
  })
})
