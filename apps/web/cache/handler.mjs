// Next's ISR and data cache (`cacheHandler` in next.config.ts), shared by every instance through Redis when
// REDIS_URL is set: pages and `unstable_cache` entries live in Redis, and `revalidateTag` deletes the tagged
// entries there, so a webhook received by one instance refreshes all of them.
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
import { createClient } from 'redis'

const key = Symbol.for('@blog/web/cache-handler')
/** @type {typeof globalThis & { [key]?: Promise<import('@fortedigital/nextjs-cache-handler').CacheHandlerConfig> }} */
const store = globalThis

/** The Redis URL as logged: without its password. next.config.ts has already checked that it is a redis:// URL. */
const displayUrl = (raw) => raw.replace(/:[^:@/]*@/, ':***@')

/** A Redis client that reconnects on its own, and says once per outage that it is down and once that it is back. */
function createRedisClient(url, onReady) {
  const shown = displayUrl(url)
  let state = 'connecting'
  const client = createClient({
    url,
    // Fail commands at once while disconnected: the page falls back to the local cache instead of waiting.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(200 * (retries + 1), 2000) },
  })
  client.on('error', (error) => {
    if (state === 'down') return
    state = 'down'
    console.error(
      `[cache] Redis at ${shown} unreachable (${error?.code ?? error?.message ?? error}): serving from this instance's local cache until it answers again`,
    )
  })
  client.on('ready', () => {
    const was = state
    state = 'up'
    onReady()
    if (was === 'down') console.info(`[cache] Redis at ${shown} is back: the shared cache is in use again`)
  })
  // Never awaited: a Redis that is down at start must not keep the server from answering.
  client.connect().catch(() => {})
  return client
}

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
    const url = process.env.REDIS_URL?.trim()
    if (!url) throw new Error('apps/web/cache/handler.mjs is used only when REDIS_URL is set (see next.config.ts)')
    let client
    const outage = createOutageCache(() => Boolean(client?.isReady))
    client = createRedisClient(url, outage.reset)
    const prefix = `${process.env.REDIS_KEY_PREFIX?.trim() || 'blog'}:${buildId ?? 'dev'}:`
    return {
      // Read in order: the first handler that answers (a miss counts) wins, and one that throws (Redis not
      // ready, or a command failing) hands over to the next. Writes and tag expiries go to both.
      handlers: [createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 1000 }), outage.handler],
    }
  })()
  return store[key]
})

export default CacheHandler
