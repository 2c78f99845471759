/**
 * @jest-environment node
 */
import { EMBED_PLAYER_ORIGINS as PLAYERS } from '@blog/schemas'
import { PHASE_PRODUCTION_SERVER } from 'next/constants'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import nextConfig, { contentSecurityPolicy, EMBED_PLAYER_ORIGINS, outputMode, redisUrl } from './next.config'

describe('REDIS_URL', () => {
  it('is undefined when unset or blank: one instance, cache on disk', () => {
    expect(redisUrl({})).toBeUndefined()
    expect(redisUrl({ REDIS_URL: '  ' })).toBeUndefined()
  })

  it('takes redis:// and rediss:// URLs, trimmed', () => {
    expect(redisUrl({ REDIS_URL: ' redis://127.0.0.1:6379 ' })).toBe('redis://127.0.0.1:6379')
    expect(redisUrl({ REDIS_URL: 'rediss://:pw@cache.example:6380/2' })).toBe('rediss://:pw@cache.example:6380/2')
  })

  it('refuses anything else, saying what it wants, without printing the password', () => {
    expect(() => redisUrl({ REDIS_URL: 'http://:s3cret@cache.example' })).toThrow(
      'REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379, got "http://:***@cache.example"',
    )
    expect(() => redisUrl({ REDIS_URL: '127.0.0.1:6379' })).toThrow(/REDIS_URL must be/)
  })
})

describe('Content-Security-Policy', () => {
  it('lets the page frame exactly the video players an embed loads, nothing else', () => {
    // next.config keeps its own copy (it loads before the workspace packages); this holds the two together.
    expect(EMBED_PLAYER_ORIGINS).toEqual([...PLAYERS])
    expect(contentSecurityPolicy()).toContain(`frame-src ${PLAYERS.join(' ')};`)
  })

  it("plays audio and video from the site's /media and Sanity's file CDN only", () => {
    expect(contentSecurityPolicy()).toContain("media-src 'self' https://cdn.sanity.io;")
  })
})

describe('security headers', () => {
  it('reach every path with no parameter, so Next sends the values as written instead of compiling them per request', async () => {
    const routes = await nextConfig(PHASE_PRODUCTION_SERVER).headers!()
    expect(routes).toHaveLength(1)
    const { source, headers } = routes[0]!
    // How Next matches a headers() source (router-utils/filesystem.js): unnamed groups are dropped from the params.
    const match = getPathMatch(source, { strict: true, removeUnnamedParams: true })
    for (const path of ['/', '/articles/a-slug', '/authors/a/page/2', '/_next/static/chunks/x.js', '/x/'])
      expect(match(path)).toEqual({})
    expect(headers.find(({ key }) => key === 'Content-Security-Policy')?.value).toBe(contentSecurityPolicy())
  })
})

describe('BLOG_OUTPUT', () => {
  const saved = process.env.BLOG_OUTPUT
  afterEach(() => {
    if (saved === undefined) delete process.env.BLOG_OUTPUT
    else process.env.BLOG_OUTPUT = saved
  })

  it('is the default output (what `next start`, the tests and the bench run) unless set to standalone', () => {
    expect(outputMode({})).toBeUndefined()
    expect(outputMode({ BLOG_OUTPUT: 'standalone' })).toBe('standalone')
    expect(() => outputMode({ BLOG_OUTPUT: 'export' })).toThrow(
      'BLOG_OUTPUT must be "standalone" or empty, got "export"',
    )
  })

  it('freezes the cache handler wrappers into a standalone build, which choose Redis when the server starts', () => {
    process.env.BLOG_OUTPUT = 'standalone'
    const config = nextConfig('phase-production-build')
    expect(config.output).toBe('standalone')
    expect(config.cacheHandler).toMatch(/deploy\/standalone\/cache-handler\.mjs$/)
    expect(config.cacheHandlers?.default).toMatch(/deploy\/standalone\/use-cache-handler\.mjs$/)
  })

  it('leaves a default build without handlers, whatever REDIS_URL says', () => {
    delete process.env.BLOG_OUTPUT
    const config = nextConfig('phase-production-build')
    expect(config.output).toBeUndefined()
    expect(config.cacheHandler).toBeUndefined()
  })
})
