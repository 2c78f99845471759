/**
 * @jest-environment node
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { AddressBook } from '@blog/content'

// Next's request helpers expect the runtime's AsyncLocalStorage global, which a plain jest environment lacks.
Object.assign(globalThis, { AsyncLocalStorage })
const mockDraft = { isEnabled: false }
jest.mock('next/headers', () => ({ draftMode: async () => mockDraft }))
const mockBook: { current: AddressBook | null } = { current: null }
jest.mock('@/lib/addresses', () => ({ addressBook: async () => mockBook.current }))
const { NextRequest } = require('next/server') as typeof import('next/server')
const testing = require('next/experimental/testing/server') as typeof import('next/experimental/testing/server')
const { config, proxy } = require('./proxy') as typeof import('./proxy')

const runs = (url: string) => testing.unstable_doesMiddlewareMatch({ config, url: `http://localhost${url}` })
const answer = (url: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://localhost${url}`, { headers }))
const rewrite = async (url: string) => testing.getRewrittenUrl(await answer(url))

/** A small blog: 25 articles (3 pages), one renamed, one with old addresses; an author, a book, a category. */
function smallBlog(): AddressBook {
  const articles = Array.from({ length: 25 }, (_, n) => ({
    _id: `a${n}`,
    slug: `article-${n}`,
    publishedAt: `2026-01-${String(n + 1).padStart(2, '0')}T08:00:00Z`,
    author: 'author-ada',
    categories: n < 12 ? ['category-hills'] : [],
    ...(n === 0 ? { previousSlugs: ['old-name'], oldPaths: ['/2019/04/02/hill-repeats', '/?p=123'] } : {}),
  }))
  return new AddressBook(
    articles,
    {
      author: [{ _id: 'author-ada', slug: 'ada' }],
      book: [{ _id: 'book-one', slug: 'easy-miles' }],
      category: [{ _id: 'category-hills', slug: 'hills' }],
    },
    null,
  )
}

beforeEach(() => {
  mockBook.current = smallBlog()
  mockDraft.isEnabled = false
})

describe('proxy matcher', () => {
  it.each([
    '/',
    '/?q=run',
    '/search',
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/api/health',
    '/media/a.jpg',
    '/embed-player.js',
  ])('leaves %s alone: one URL each, nothing made up reaches them', (url) => expect(runs(url)).toBe(false))

  it.each([
    '/articles/keep-easy-runs-easy',
    '/authors/x/page/2',
    '/2019/04/02/hill-repeats',
    '/index.php',
    '/wp-login.php',
    '/.env',
    '/api/nope',
    '/media/a/b',
    '/search/x',
    '/feed.xml/x',
    '/?p=123',
    '/?page_id=7',
    '/hill-repeats/',
    '/x/%',
  ])('runs for %s', (url) => expect(runs(url)).toBe(true))

  it('leaves Next’s own files alone, even with a trailing slash', () => {
    expect(runs('/_next/static/chunks/')).toBe(false)
    expect(runs('/_next/static/chunks/x.js')).toBe(false)
  })
})

/** Every URL app/ answers, as a path with sample params (`[slug]` an author's slug), `/x/y` for the catch-all. */
function appRoutes(dir = path.join(__dirname, 'app'), prefix = ''): string[] {
  const files: Record<string, string> = {
    'page.tsx': '',
    'route.ts': '',
    'opengraph-image.tsx': '/opengraph-image',
    'icon.svg': '/icon.svg',
    'robots.ts': '/robots.txt',
    'sitemap.ts': '/sitemap.xml',
  }
  const sample: Record<string, string> = { '[slug]': 'ada', '[n]': '2', '[file]': 'a.jpg', '[...path]': 'x/y' }
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return appRoutes(path.join(dir, entry.name), `${prefix}/${sample[entry.name] ?? entry.name}`)
    const suffix = files[entry.name]
    return suffix === undefined || entry.name.includes('.test.') ? [] : [`${prefix}${suffix}` || '/']
  })
}

describe('proxy matcher against the routes of app/', () => {
  const routes = appRoutes()
  const dynamic = (route: string) => /\/ada(\/|$)|\/2$|\/x\/y$/.test(route) && !route.startsWith('/media/')

  it('finds the routes it expects', () =>
    expect(routes).toEqual(
      expect.arrayContaining(['/', '/articles/ada', '/authors/ada/page/2', '/authors/ada/feed.xml', '/x/y', '/search']),
    ))

  it('runs for every route whose URLs anyone can make up, and knows each one', async () => {
    for (const route of routes.filter(dynamic)) {
      expect([route, runs(route)]).toEqual([route, true])
      // The sample blog has the author "ada" (3 pages), but no article, book or category of that slug.
      const answered = await answer(route)
      const known = /^\/authors\/ada|^\/page\/2$/.test(route)
      expect([route, answered.status]).toEqual([route, known ? 200 : 404])
    }
  })

  it('leaves alone every route that answers one URL', () => {
    for (const route of routes.filter((route) => !dynamic(route))) expect([route, runs(route)]).toEqual([route, false])
  })
})

describe('proxy: what exists goes to its page', () => {
  it.each([
    '/articles/article-3',
    '/articles/article-3/opengraph-image',
    '/articles/old-name',
    '/articles/old-name/opengraph-image',
    '/authors/ada',
    '/authors/ada/feed.xml',
    '/authors/ada/opengraph-image',
    '/authors/ada/page/3',
    '/books/easy-miles',
    '/categories/hills',
    '/categories/hills/page/2',
    '/page/2',
    '/page/3',
    '/page/1',
    '/?p=abc',
    '/?utm_source=feed',
  ])('%s', async (url) => {
    const response = await answer(url)
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })
})

describe('proxy: a made-up URL is the prerendered not-found page, 404, noindex', () => {
  it.each([
    '/articles/no-such-article',
    '/articles/ada',
    '/articles/article-3/extra',
    '/articles/no-such-article/opengraph-image',
    '/authors/nobody',
    '/authors/nobody/feed.xml',
    '/authors/ada/page/4',
    '/books/article-3',
    '/categories/nope/page/2',
    '/categories/hills/page/3',
    '/page/4',
    '/page/02',
    '/page/two',
    '/wp-login.php',
    '/.env',
    '/no/such/page-1',
    '/index.php',
    '/?p=999',
    '/api/nope',
    '/caf%C3%A9',
    // Names an object's own properties have: a route table must not find them.
    '/constructor/x',
    '/__proto__/x',
    '/toString',
    '/articles/constructor',
    '/authors/__proto__/page/2',
  ])('%s', async (url) => {
    const response = await answer(url)
    expect(response.status).toBe(404)
    expect(testing.getRewrittenUrl(response)).toBe('http://localhost/_not-found')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    expect(response.headers.get('cdn-cache-control')).toBe('no-store')
  })
})

describe('proxy: old addresses and trailing slashes', () => {
  it('answers an old address, in any form it may come in, with a 308 to its article, which caches may keep', async () => {
    for (const url of [
      '/2019/04/02/hill-repeats',
      '/2019/04/02/hill-repeats/',
      '/2019/04/02/hill-repeats?utm_source=feed',
      '/?p=123',
      '/?p=123&utm_source=x',
    ]) {
      const response = await answer(url)
      expect([url, response.status, response.headers.get('location')]).toEqual([
        url,
        308,
        'http://localhost/articles/article-0',
      ])
      expect(response.headers.get('cache-control')).toBeNull()
    }
  })

  it('answers any other trailing slash with a 308 to the path without it, never to another host', async () => {
    for (const [url, location] of [
      ['/search/?q=run', 'http://localhost/search?q=run'],
      ['/articles/article-3/', 'http://localhost/articles/article-3'],
      ['/no/such//', 'http://localhost/no/such'],
      ['//evil.example/', 'http://localhost/evil.example'],
      ['/%5Cevil.example/', 'http://localhost/%5Cevil.example'],
    ]) {
      const response = await answer(url!)
      expect([url, response.status, response.headers.get('location')]).toEqual([url, 308, location])
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })
})

describe('proxy: when the pages decide', () => {
  it('answers 400 to malformed percent-encoding', async () => {
    const response = await answer('/x/%')
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/malformed percent-encoding/)
  })

  it('lets every URL through in draft mode: a draft has no address in the published book', async () => {
    mockDraft.isEnabled = true
    const cookie = { cookie: '__prerender_bypass=abc' }
    expect((await answer('/articles/draft-only-slug', cookie)).headers.get('x-middleware-next')).toBe('1')
    expect(testing.getRewrittenUrl(await answer('/2019/04/02/x/', cookie))).toBe('http://localhost/2019/04/02/x/%23')
    // Draft mode is asked only of a request with its cookie; a bypass cookie Next does not accept changes nothing.
    expect((await answer('/articles/draft-only-slug')).status).toBe(404)
    mockDraft.isEnabled = false
    expect((await answer('/articles/draft-only-slug', cookie)).status).toBe(404)
  })

  it('lets every URL through, as before, while no address book could be read', async () => {
    mockBook.current = null
    expect((await answer('/articles/anything')).headers.get('x-middleware-next')).toBe('1')
    expect(await rewrite('/?p=999')).toBe('http://localhost/%3Fp%3D999')
    expect(await rewrite('/x/')).toBe('http://localhost/x/%23')
  })
})
