// A standalone server runs on the next.config frozen at build time, so the choice `next start` makes from
// next.config.ts when it starts (the Redis handlers only with REDIS_URL, never for the build) is made here instead,
// when Next loads the handlers.

/** True when this process serves pages and REDIS_URL is set; a malformed REDIS_URL stops the server at start. */
export function redisAtRunTime(env = process.env) {
  const raw = env.REDIS_URL?.trim()
  if (!raw || env.NEXT_PHASE === 'phase-production-build') return false
  let protocol = ''
  try {
    protocol = new URL(raw).protocol
  } catch {}
  // The same rule and words as redisUrl() in next.config.ts, which `next start` applies.
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new Error(
      `REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379, got "${raw.replace(/:[^:@/]*@/, ':***@')}"`,
    )
  }
  return true
}
