// Tag expiries, told to whoever in this process listens: the Redis handler (use-cache-handler.mjs) tells what another
// instance expired (Redis pub/sub), and that Redis is back after an outage (`null`: anything may have changed).
// lib/addresses.ts listens, to read its address book again at once. A process global, because Next loads the handler
// and the app's bundles as separate module instances.

const key = Symbol.for('@blog/web/tag-events')
/** @type {typeof globalThis & { [key]?: Set<(tags: string[] | null) => void> }} */
const store = globalThis
const listeners = (store[key] ??= new Set())

/** Calls `listener` with the tags expired elsewhere, or `null` when what was missed is unknown. */
export function onTagsExpired(listener) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** @param {string[] | null} tags */
export function tagsExpired(tags) {
  for (const listener of listeners) listener(tags)
}
