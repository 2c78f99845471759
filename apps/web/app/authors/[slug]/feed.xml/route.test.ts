/**
 * @jest-environment node
 */
import { parseXml } from '@/test/xml'
import { GET, generateStaticParams } from './route'

jest.mock('@/lib/content', () => jest.requireActual('@/test/sample-content').sampleContentModule())

const context = (slug: string) => ({ params: Promise.resolve({ slug }) })

describe('/authors/[slug]/feed.xml', () => {
  it("lists only that author's articles", async () => {
    const doc = parseXml(await (await GET(new Request('http://x'), context('priya-raman'))).text())
    expect(doc.querySelector('channel > title')?.textContent).toBe('Priya Raman — The Long Run')
    const creators = [...doc.getElementsByTagName('dc:creator')].map((node) => node.textContent)
    expect(creators.length).toBeGreaterThan(2)
    expect(new Set(creators)).toEqual(new Set(['Priya Raman']))
  })

  it('answers 404 for an unknown author and prerenders every author', async () => {
    expect((await GET(new Request('http://x'), context('nobody'))).status).toBe(404)
    expect(await generateStaticParams()).toEqual([
      { slug: 'dana-whitfield' },
      { slug: 'priya-raman' },
      { slug: 'tomas-lindqvist' },
    ])
  })
})
