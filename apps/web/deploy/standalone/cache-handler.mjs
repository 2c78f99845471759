// The page cache of a standalone server (`cacheHandler`, next.config.ts with BLOG_OUTPUT=standalone): the Redis
// handler with REDIS_URL, otherwise (and during the build) Next's own file-system cache, the one `next start` uses when
// no handler is configured. Both load only when chosen, and both are traced into the standalone folder.
import { redisAtRunTime } from './redis-at-run-time.mjs'

/** A CommonJS module's default export, whether Node hands over `module.exports` or its `default`. */
const defaultOf = (module) => module.default?.default ?? module.default

const CacheHandler = redisAtRunTime()
  ? defaultOf(await import('../../cache/handler.mjs'))
  : defaultOf(await import('next/dist/server/lib/incremental-cache/file-system-cache.js'))

export default CacheHandler
