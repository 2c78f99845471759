/**
 * @jest-environment node
 */
import { redisUrl } from './next.config'

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
