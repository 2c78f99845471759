// Next's page cache (`cacheHandler` in next.config.ts), shared by every instance through Redis when REDIS_URL is set:
// rendered pages and route responses live in Redis, and `revalidateTag` deletes the tagged entries there, so a
// webhook received by one instance refreshes all of them. The content reads ('use cache') have their own handler,
// use-cache-handler.mjs, on the same client.
//
// Redis down (at start or later): the Redis handler throws at once (the client is not ready), and each
// instance renders fresh and keeps its pages in a local in-memory LRU until Redis answers again, logging one
// line per outage. The client keeps reconnecting; once it is back, sharing resumes without a restart.
//
// Build-time prerenders in .next are not copied into Redis: with this handler, the first request for a page
// after a deploy renders it once and stores it for every instance. Keys carry the build id, so a new build
// never reads entries written by the previous one.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { keyPrefix, sharedRedis } from './redis-client.mjs'

const key = Symbol.for('@blog/web/cache-handler')
/** @type {typeof globalThis & { [key]?: Promise<import('@fortedigital/nextjs-cache-handler').CacheHandlerConfig> }} */
const store = globalThis

/**
 * This instance's own cache, used only while Redis is unreachable: it takes writes only then, and is emptied
 * whenever Redis answers again, so an outage never serves a copy older than the outage itself (a webhook
 * received by another instance while Redis was up would not have reached it).
 */
function createOutageCache(isShared) {
  const create = () => createLruHandler({ maxItemsNumber: 1000, maxItemSizeBytes: 64 * 1024 * 1024 })
  let local = create()
  return {
    reset: () => (local = create()),
    handler: {
      name: 'local-while-redis-is-down',
      get: (key, meta) => local.get(key, meta),
      set: async (key, value, ctx) => (isShared() ? undefined : local.set(key, value, ctx)),
      revalidateTag: (tag) => local.revalidateTag(tag),
      delete: (key) => local.delete?.(key),
    },
  }
}

CacheHandler.onCreation(({ buildId }) => {
  store[key] ??= (async () => {
    const { client, onReady } = sharedRedis()
    const outage = createOutageCache(() => client.isReady)
    onReady(outage.reset)
    const prefix = keyPrefix(buildId)
    return {
      // Read in order: the first handler that answers (a miss counts) wins, and one that throws (Redis not
      // ready, or a command failing) hands over to the next. Writes and tag expiries go to both.
      handlers: [createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 1000 }), outage.handler],
    }
  })()
  return store[key]
})

export default CacheHandler
