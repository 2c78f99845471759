// The one Redis client of a server process, shared by the two cache handlers next.config.ts registers when REDIS_URL
// is set: handler.mjs (rendered pages, route responses) and use-cache-handler.mjs ('use cache' entries). One client
// means one connection, and one log line when Redis goes down and one when it is back.
import { createClient } from 'redis'

const key = Symbol.for('@blog/web/redis-client')
/** @type {typeof globalThis & { [key]?: { client: import('redis').RedisClientType, onReady: (listener: () => void) => void } }} */
const store = globalThis

/** The Redis URL as logged: without its password. next.config.ts has already checked that it is a redis:// URL. */
const displayUrl = (raw) => raw.replace(/:[^:@/]*@/, ':***@')

/**
 * The process's Redis client: it reconnects on its own, fails commands at once while disconnected (the caches then
 * fall back to this instance's memory instead of waiting), and says once per outage that it is down and once that it
 * is back. `onReady` listeners run whenever it (re)connects.
 */
export function sharedRedis() {
  if (store[key]) return store[key]
  const url = process.env.REDIS_URL?.trim()
  if (!url) throw new Error('apps/web/cache/*.mjs are used only when REDIS_URL is set (see next.config.ts)')
  const shown = displayUrl(url)
  const listeners = []
  let state = 'connecting'
  const client = createClient({
    url,
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
    for (const listener of listeners) listener()
    if (was === 'down') console.info(`[cache] Redis at ${shown} is back: the shared cache is in use again`)
  })
  // Never awaited: a Redis that is down at start must not keep the server from answering.
  client.connect().catch(() => {})
  store[key] = { client, onReady: (listener) => void listeners.push(listener) }
  return store[key]
}

/** Keys of this site and build: REDIS_KEY_PREFIX (default `blog`), then the build id. */
export const keyPrefix = (buildId) => `${process.env.REDIS_KEY_PREFIX?.trim() || 'blog'}:${buildId ?? 'dev'}:`
