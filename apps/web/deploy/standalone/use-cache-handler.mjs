// The 'use cache' entries of a standalone server (`cacheHandlers.default`, next.config.ts with BLOG_OUTPUT=standalone):
// the Redis handler with REDIS_URL, otherwise (and during the build) Next's own in-memory handler, the one it uses
// when none is configured (50 MB, Next's default `cacheMaxMemorySize`).
import { redisAtRunTime } from './redis-at-run-time.mjs'

async function nextDefault() {
  const handlers = await import('next/dist/server/lib/cache-handlers/default.js')
  // Named exports of a CommonJS module reach ESM only when Node's lexer spots them; `default` always does.
  const create = handlers.createDefaultCacheHandler ?? handlers.default.createDefaultCacheHandler
  return create(50 * 1024 * 1024)
}

const handler = redisAtRunTime() ? (await import('../../cache/use-cache-handler.mjs')).default : await nextDefault()

export default handler
