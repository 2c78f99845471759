/**
 * @jest-environment node
 */
import { redisAtRunTime } from './redis-at-run-time.mjs'

describe('the cache handlers a standalone server picks when it starts', () => {
  it("uses Next's own caches without REDIS_URL", () => {
    expect(redisAtRunTime({})).toBe(false)
    expect(redisAtRunTime({ REDIS_URL: ' ' })).toBe(false)
  })

  it('uses Redis with REDIS_URL, but never while `next build` prerenders', () => {
    expect(redisAtRunTime({ REDIS_URL: 'redis://127.0.0.1:6379' })).toBe(true)
    expect(redisAtRunTime({ REDIS_URL: 'redis://127.0.0.1:6379', NEXT_PHASE: 'phase-production-build' })).toBe(false)
  })

  it('stops the server on a REDIS_URL that is not a redis:// URL, without printing its password', () => {
    expect(() => redisAtRunTime({ REDIS_URL: 'http://:s3cret@cache.example' })).toThrow(
      'REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379, got "http://:***@cache.example"',
    )
  })
})
