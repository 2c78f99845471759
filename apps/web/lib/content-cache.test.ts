/**
 * @jest-environment node
 */
// Records what each cached read tells Next: its lifetime profile and its tags. The cache itself is Next's ('use cache').
const mockEvents: ['life' | 'tags', ...string[]][] = []
jest.mock('next/cache', () => ({
  cacheLife: (profile: string) => mockEvents.push(['life', profile]),
  cacheTag: (...tags: string[]) => mockEvents.push(['tags', ...tags]),
}))
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
jest.mock('./env', () => ({
  env: {
    siteUrl: 'http://localhost:3000',
    revalidateSeconds: 3600,
    prerenderArticles: 100,
    source: { kind: 'embedded', datasetPath: jest.requireActual('@blog/sample-content').SAMPLE_DATASET },
  },
}))

import { readFileSync } from 'node:fs'
import { parseNdjson } from '@blog/schemas'
import * as content from './content'

type SampleDoc = { _type: string; slug: { current: string }; publishedAt: string; oldPaths?: string[] }

/** The outer read's lifetime (nested reads, such as a list's first page, report theirs first) and its tags. */
async function told(read: () => Promise<unknown>): Promise<{ life: string | undefined; tags: string[] }> {
  mockEvents.length = 0
  await read()
  return {
    life: mockEvents.filter(([kind]) => kind === 'life').at(-1)?.[1],
    tags: mockEvents.find(([kind]) => kind === 'tags')?.slice(1) ?? [],
  }
}

describe('cached reads: the content lifetime for what exists, the short one for what does not', () => {
  it('keeps a real article, author, book, category and their pages for the content lifetime, with their tags', async () => {
    const [article] = await content.listArticleSlugs()
    const [author] = await content.listAuthorSlugs()
    const [book] = await content.listBookSlugs()
    const [category] = await content.listCategorySlugs()
    expect(await told(() => content.getArticle(article!.slug))).toEqual({
      life: 'content',
      tags: ['content', `article:${article!.slug}`],
    })
    expect((await told(() => content.getAuthor(author!.slug))).life).toBe('content')
    expect((await told(() => content.getBook(book!.slug))).life).toBe('content')
    expect(await told(() => content.getCategoryPage(category!.slug, 1))).toEqual({
      life: 'content',
      tags: ['content', `category:${category!.slug}`, 'list:article'],
    })
    expect((await told(() => content.listArticlePage(1))).life).toBe('content')
  })

  it('gives made-up slugs and pages past the end the short lifetime, still answering (null, empty) with their tags', async () => {
    for (let i = 0; i < 20; i++) {
      const slug = `made-up-${i}`
      expect(await told(() => content.getArticle(slug))).toEqual({
        life: 'unknown',
        tags: ['content', `article:${slug}`],
      })
      expect((await told(() => content.getArticleRedirect(slug))).life).toBe('unknown')
      expect((await told(() => content.getAuthor(slug))).life).toBe('unknown')
      expect((await told(() => content.getBook(slug))).life).toBe('unknown')
      expect((await told(() => content.getCategoryPage(slug, 2))).life).toBe('unknown')
      expect((await told(() => content.getAuthorArticlePage(slug, 1))).life).toBe('unknown')
      expect(await content.getArticle(slug)).toBeNull()
      expect(await content.getAuthor(slug)).toBeNull()
    }
    const [author] = await content.listAuthorSlugs()
    expect((await told(() => content.getAuthorArticlePage(author!.slug, 999))).life).toBe('unknown')
    expect((await content.getAuthorArticlePage(author!.slug, 999))?.items).toEqual([])
    expect((await told(() => content.listArticlePage(999))).life).toBe('unknown')
    expect((await content.listArticlePage(999)).items).toEqual([])
  })

  it('keeps an old address for the content lifetime, tagged to expire with any article change; made-up ones briefly', async () => {
    const { SAMPLE_DATASET } = jest.requireActual<typeof import('@blog/sample-content')>('@blog/sample-content')
    const withOld = (parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8')) as SampleDoc[]).find(
      (doc) => doc._type === 'article' && doc.oldPaths?.length && Date.parse(doc.publishedAt) <= Date.now(),
    )
    expect(withOld?.oldPaths?.length).toBeGreaterThan(0)
    for (const address of withOld!.oldPaths!) {
      expect(await content.getOldPathRedirect(address)).toBe(withOld!.slug.current)
      expect(await told(() => content.getOldPathRedirect(address))).toEqual({
        life: 'content',
        tags: ['content', 'list:article'],
      })
    }
    for (let i = 0; i < 20; i++) {
      const address = `/made-up/${i}`
      expect(await told(() => content.getOldPathRedirect(address))).toEqual({
        life: 'unknown',
        tags: ['content', 'list:article'],
      })
      expect(await content.getOldPathRedirect(address)).toBeNull()
    }
    expect((await told(() => content.getOldPathRedirect('/a%20b'))).life).toBe('unknown')
  })

  it('still answers a renamed slug (the redirect target), for the short lifetime', async () => {
    expect(await content.getArticleRedirect('calf-strain-comeback')).toEqual(expect.any(String))
    expect((await told(() => content.getArticleRedirect('calf-strain-comeback'))).life).toBe('unknown')
  })
})
