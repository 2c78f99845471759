/**
 * @jest-environment node
 */
import { EMBED_PLAYER_ORIGINS as PLAYERS } from '@blog/schemas'
import { contentSecurityPolicy, EMBED_PLAYER_ORIGINS, redisUrl } from './next.config'

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
