/**
 * @jest-environment node
 */
import { AsyncLocalStorage } from 'node:async_hooks'

// Next's request helpers expect the runtime's AsyncLocalStorage global, which a plain jest environment lacks.
Object.assign(globalThis, { AsyncLocalStorage })
const { NextRequest } = require('next/server') as typeof import('next/server')
const testing = require('next/experimental/testing/server') as typeof import('next/experimental/testing/server')
const { config, proxy } = require('./proxy') as typeof import('./proxy')

const runs = (url: string) => testing.unstable_doesMiddlewareMatch({ config, url: `http://localhost${url}` })
const answer = (url: string) => proxy(new NextRequest(`http://localhost${url}`))

describe('proxy matcher: cached pages never run the proxy', () => {
  it.each(['/', '/?q=run', '/?_rsc=abc', '/articles/keep-easy-runs-easy', '/2019/04/02/hill-repeats', '/index.php'])(
    'leaves %s alone',
    (url) => expect(runs(url)).toBe(false),
  )

  it.each(['/?p=123', '/?page_id=7', '/index.php?p=123', '/index.php?page_id=7', '/hill-repeats/', '/a/b/', '/x/%'])(
    'runs for %s',
    (url) => expect(runs(url)).toBe(true),
  )

  it('leaves Next’s own files alone, even with a trailing slash', () => {
    expect(runs('/_next/static/chunks/')).toBe(false)
  })
})

describe('proxy', () => {
  it('answers 400 to malformed percent-encoding', async () => {
    const response = answer('/x/%')
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/malformed percent-encoding/)
  })

  it('rewrites id links and trailing slashes into the catch-all route', () => {
    const rewrite = (url: string) => testing.getRewrittenUrl(answer(url))
    expect(rewrite('/?p=123&utm_source=x')).toBe('http://localhost/%3Fp%3D123')
    expect(rewrite('/index.php?page_id=7')).toBe('http://localhost/index.php/%3Fpage_id%3D7')
    expect(rewrite('/2019/04/02/hill-repeats/')).toBe('http://localhost/2019/04/02/hill-repeats/%23')
    expect(rewrite('/search/?q=run')).toBe('http://localhost/search/%23%3Fq%3Drun')
  })

  it('lets everything else through as it is', () => {
    for (const url of ['/?p=abc', '/caf%C3%A9']) {
      const response = answer(url)
      expect(testing.isRewrite(response)).toBe(false)
      expect(response.headers.get('x-middleware-next')).toBe('1')
    }
  })
})
