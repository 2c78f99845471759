// One rule for REDIS_URL, applied where the cache handlers are chosen: next.config.ts for `next start`, and
// deploy/standalone/redis-at-run-time.mjs for a standalone server, whose config was frozen at build time.

/**
 * REDIS_URL switches on the shared cache; a malformed one stops the server at start rather than failing every page.
 * Returns the trimmed URL, or undefined when it is not set.
 */
export function redisUrl(env = process.env) {
  const raw = env.REDIS_URL?.trim()
  if (!raw) return undefined
  let protocol = ''
  try {
    protocol = new URL(raw).protocol
  } catch {}
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new Error(
      `REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379, got "${raw.replace(/:[^:@/]*@/, ':***@')}"`,
    )
  }
  return raw
}
