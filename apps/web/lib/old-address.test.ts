/**
 * @jest-environment node
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { isSitePath } from '@blog/schemas'
import { handOff, requested } from './old-address'

/** The segments Next gives the catch-all for a path: split on `/`, still percent-encoded. */
const segments = (path: string) => path.split('/').slice(1)

describe('handOff: what the proxy gives the catch-all', () => {
  it('keeps a WordPress id link at / and /index.php, in the form old addresses are stored', () => {
    expect(handOff('/', '?p=123')).toBe('/%3Fp%3D123')
    expect(handOff('/', '?utm_source=x&p=123')).toBe('/%3Fp%3D123')
    expect(handOff('/index.php', '?page_id=7')).toBe('/index.php/%3Fpage_id%3D7')
  })

  it('leaves the home page alone when the id is not a number or missing', () => {
    expect(handOff('/', '?p=abc')).toBeUndefined()
    expect(handOff('/', '?q=run')).toBeUndefined()
    expect(handOff('/', '')).toBeUndefined()
    expect(handOff('/index.php', '?page_id=')).toBeUndefined()
  })

  it('marks a trailing slash, with the query the request had', () => {
    expect(handOff('/2019/04/02/hill-repeats/', '')).toBe('/2019/04/02/hill-repeats/%23')
    expect(handOff('/search/', '?q=run')).toBe('/search/%23%3Fq%3Drun')
    expect(handOff('/a//', '')).toBe('/a/%23')
  })

  it('has nothing to do for other paths', () => {
    expect(handOff('/2019/04/02/hill-repeats', '?p=1')).toBeUndefined()
    expect(handOff('/articles/x', '')).toBeUndefined()
  })
})

describe('requested: what a request that reached the catch-all asks for', () => {
  it('is the path itself, normalised as old addresses are stored', () => {
    expect(requested(segments('/2019/04/02/hill-repeats'))).toEqual({ address: '/2019/04/02/hill-repeats' })
    expect(requested(segments('/posts/caf%C3%A9'))).toEqual({ address: '/posts/café' })
    expect(requested(segments('/hill%2Drepeats'))).toEqual({ address: '/hill-repeats' })
  })

  it('reads back every hand-off of the proxy', () => {
    for (const [pathname, search, expected] of [
      ['/', '?p=123', { address: '/?p=123' }],
      ['/index.php', '?page_id=7', { address: '/index.php?page_id=7' }],
      [
        '/2019/04/02/hill-repeats/',
        '',
        { address: '/2019/04/02/hill-repeats', withoutSlash: '/2019/04/02/hill-repeats' },
      ],
      ['/hill-repeats/', '?utm_source=x', { address: '/hill-repeats', withoutSlash: '/hill-repeats?utm_source=x' }],
      ['/index.php/', '?p=5&x=1', { address: '/index.php?p=5', withoutSlash: '/index.php?p=5&x=1' }],
      ['/articles/some-slug/', '', { address: '/articles/some-slug', withoutSlash: '/articles/some-slug' }],
      ['/caf%C3%A9/', '', { address: '/café', withoutSlash: '/caf%C3%A9' }],
    ] as const)
      expect(requested(segments(handOff(pathname, search)!))).toEqual(expected)
  })

  it('keeps what cannot be an old address as it came, so it is looked up as nothing', () => {
    expect(requested(segments('/a%20b'))).toEqual({ address: '/a%20b' })
    expect(requested(segments('/x/%'))).toEqual({ address: '/x/%' })
  })

  it('never redirects to another host', () => {
    expect(requested(['', 'evil.example', '%23']).withoutSlash).toBe('/evil.example')
    expect(requested(['\\evil.example', '%23']).withoutSlash).toBe('/%5Cevil.example')
    expect(requested(['x', '%23evil']).withoutSlash).toBe('/x')
  })
})

describe("the blog's own paths (SITE_PATHS in @blog/schemas)", () => {
  // The Studio warns about, and the importer leaves out, an old address the blog answers with a page of its own: the
  // list it uses must name every route of app/, or such an address would be kept and never redirect.
  const app = path.join(__dirname, '../app')
  const METADATA_FILES: Record<string, string> = {
    'robots.ts': '/robots.txt',
    'sitemap.ts': '/sitemap.xml',
    'icon.svg': '/icon.svg',
    'opengraph-image.tsx': '/opengraph-image',
  }
  const routes = readdirSync(app, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return METADATA_FILES[entry.name] ? [METADATA_FILES[entry.name] as string] : []
    if (/^[[(]/.test(entry.name)) return []
    const own = ['page.tsx', 'route.ts'].some((file) => existsSync(path.join(app, entry.name, file)))
    return [own ? `/${entry.name}` : `/${entry.name}/x`]
  })

  it.each(routes)('%s is one of them', (route) => expect(isSitePath(route)).toBe(true))

  it('covers the routes this test expects to find', () =>
    expect(routes).toEqual(expect.arrayContaining(['/articles/x', '/search', '/feed.xml', '/robots.txt'])))
})
