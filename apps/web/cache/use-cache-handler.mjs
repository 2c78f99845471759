// Next's cache for 'use cache' entries (`cacheHandlers.default` in next.config.ts), shared by every instance through
// Redis when REDIS_URL is set: the content reads of lib/content.ts. It implements Next's documented interface
// (next/dist/server/lib/cache-handlers/types.d.ts) on the official `redis` client, because the handler package we use
// for pages (@fortedigital/nextjs-cache-handler 3.3.0) does not support 'use cache'.
//
// - An entry is one Redis string: its metadata and its bytes (base64), with a time to live from its `expire`.
// - Tag expiries live in one Redis hash, tag -> {stale, expired} (ms): a webhook received by any instance expires the
//   tag for all of them, and `get` checks an entry's tags (and the page's soft tags) against it on every read.
// - Every expiry is also published on a Redis channel, and each instance tells its own process (cache/tag-events.mjs),
//   so what lives outside this cache (the address book of lib/addresses.ts) changes on every instance at once too.
//   When the subscription comes back after an outage, the process is told that anything may have changed.
// - Redis down: every command fails at once (the shared client does not queue), and this instance keeps entries and
//   tag expiries in its own memory until Redis answers again; then it drops them and shares again. Pages keep
//   answering 200 throughout.
import { randomUUID } from 'node:crypto'
import { sharedRedis } from './redis-client.mjs'
import { tagsExpired } from './tag-events.mjs'

const prefix = `${process.env.REDIS_KEY_PREFIX?.trim() || 'blog'}:use-cache:`
const tagsKey = `${prefix}tags`
const tagsChannel = `${prefix}tags-expired`
/**
 * This process, in what it publishes: it hears its own messages too, and has already acted on them (the webhook reads
 * the address book again before it answers), so it skips them.
 */
const self = (globalThis[Symbol.for('@blog/web/tag-publisher')] ??= randomUUID())
const LOCAL_ENTRIES = 1000

const { client, onReady } = sharedRedis()
/** Entries and tag expiries kept while Redis is unreachable. */
const local = new Map()
const localTags = new Map()
onReady(() => {
  local.clear()
  localTags.clear()
})
listenForExpiries()

/** One subscriber connection per process (Redis pub/sub needs its own), whatever loads this module. */
function listenForExpiries() {
  const key = Symbol.for('@blog/web/tag-subscriber')
  if (globalThis[key]) return
  const subscriber = client.duplicate()
  globalThis[key] = subscriber
  // The shared client already says when Redis is down; this one reconnects with it, quietly.
  subscriber.on('error', () => {})
  subscriber.on('ready', () => tagsExpired(null))
  subscriber.connect().then(
    () =>
      subscriber.subscribe(tagsChannel, (message) => {
        try {
          const { from, tags } = JSON.parse(message)
          if (from === self) return
          tagsExpired(Array.isArray(tags) ? tags.map(String) : null)
        } catch {
          tagsExpired(null)
        }
      }),
    () => {},
  )
}

/** `set`s under way, so a `get` of the same key waits for the entry instead of missing it. */
const pending = new Map()

async function bytesOf(stream) {
  const chunks = []
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    chunks.push(value)
  }
}

const streamOf = (bytes) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes))
      controller.close()
    },
  })

/** Runs a Redis command when the client is connected; undefined (and the local fallback) when it is not or fails. */
async function shared(command) {
  if (!client.isReady) return undefined
  try {
    return { value: await command() }
  } catch {
    return undefined
  }
}

async function tagStates(tags) {
  if (tags.length === 0) return []
  const found = await shared(() => client.hmGet(tagsKey, tags))
  // A tag state that does not parse counts as expired now: the entry renders again rather than being served stale.
  const parse = (raw) => {
    try {
      return JSON.parse(raw)
    } catch {
      return { stale: Date.now(), expired: Date.now() }
    }
  }
  const states = found ? found.value.map((raw) => (raw ? parse(raw) : undefined)) : []
  return [...states, ...tags.map((tag) => localTags.get(tag))].filter(Boolean)
}

const useCacheHandler = {
  async get(cacheKey, softTags) {
    // Never throws (Next's contract): an entry it cannot read is a miss, and the page renders again.
    try {
      await pending.get(cacheKey)
      const found = await shared(() => client.get(prefix + cacheKey))
      const stored = found?.value ? JSON.parse(found.value) : local.get(cacheKey)
      if (!stored) return undefined
      let revalidate = stored.revalidate
      const now = Date.now()
      for (const state of await tagStates([...stored.tags, ...softTags])) {
        // Expired at or after the entry was made: a miss. Marked stale (expiry still ahead): served once, refreshed.
        if (state.expired >= stored.timestamp && state.expired <= now) return undefined
        if (state.stale >= stored.timestamp) revalidate = -1
      }
      return {
        value: streamOf(Buffer.from(stored.value, 'base64')),
        tags: stored.tags,
        stale: stored.stale,
        timestamp: stored.timestamp,
        expire: stored.expire,
        revalidate,
      }
    } catch {
      return undefined
    }
  },

  async set(cacheKey, pendingEntry) {
    let settled
    pending.set(cacheKey, new Promise((resolve) => (settled = resolve)))
    try {
      const entry = await pendingEntry
      const bytes = await bytesOf(entry.value)
      if (!(entry.expire > 0)) return
      const { tags, stale, timestamp, expire, revalidate } = entry
      const stored = { tags, stale, timestamp, expire, revalidate, value: bytes.toString('base64') }
      const json = JSON.stringify(stored)
      const ttl = Number.isFinite(expire) ? { EX: Math.max(1, Math.ceil(expire)) } : undefined
      if (await shared(() => client.set(prefix + cacheKey, json, ttl))) return
      local.delete(cacheKey)
      local.set(cacheKey, stored)
      if (local.size > LOCAL_ENTRIES) local.delete(local.keys().next().value)
    } catch {
      // A failed render or a stream error: nothing is stored, the next request renders again.
    } finally {
      pending.delete(cacheKey)
      settled()
    }
  },

  async refreshTags() {
    // Tag expiries are read from Redis by every `get`: nothing to refresh ahead.
  },

  async getExpiration() {
    // Infinity: Next passes the soft tags to `get`, which checks them.
    return Infinity
  },

  async updateTags(tags, durations) {
    const now = Date.now()
    const state = { stale: now, expired: now + (durations?.expire ?? 0) * 1000 }
    for (const tag of tags) localTags.set(tag, state)
    if (tags.length === 0) return
    await shared(() => client.hSet(tagsKey, Object.fromEntries(tags.map((tag) => [tag, JSON.stringify(state)]))))
    await shared(() => client.publish(tagsChannel, JSON.stringify({ from: self, tags })))
  },
}

export default useCacheHandler
