/**
 * @jest-environment node
 */
import { summary } from '@/test/fixtures'
import { parseXml } from '@/test/xml'
import { escapeXml, rssFeed } from './feed'

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`Tom & "Jerry" <run> 'fast'`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;run&gt; &apos;fast&apos;')
    expect(escapeXml('bell\u0007 ok \uD800 🏃')).toBe('bell ok  🏃')
  })
})

describe('rssFeed', () => {
  const hostile = { ...summary, title: 'Hills & <b>valleys</b> ]]>', excerpt: 'Ends with \u0000 a null' }
  const xml = rssFeed({
    title: 'Test & Blog',
    description: 'Notes',
    siteUrl: 'https://blog.example',
    pagePath: '/',
    feedPath: '/feed.xml',
    articles: [hostile],
  })

  it('parses as XML with absolute links, even with hostile text', () => {
    const doc = parseXml(xml)
    expect(doc.querySelector('channel > title')?.textContent).toBe('Test & Blog')
    expect(doc.querySelector('item > title')?.textContent).toBe('Hills & <b>valleys</b> ]]>')
    expect(doc.querySelector('item > link')?.textContent).toBe('https://blog.example/articles/why-hills')
    expect(doc.querySelector('item > description')?.textContent).toBe('Ends with  a null')
  })

  it('gives each item a date, author and categories', () => {
    const item = parseXml(xml).querySelector('item')
    expect(item?.querySelector('pubDate')?.textContent).toBe('Sat, 14 Mar 2026 08:00:00 GMT')
    expect(item?.getElementsByTagName('dc:creator')[0]?.textContent).toBe('Sam Strider')
    expect(item?.querySelector('category')?.getAttribute('domain')).toBe('https://blog.example/categories/training')
  })
})
