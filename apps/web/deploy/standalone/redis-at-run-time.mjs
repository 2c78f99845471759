// A standalone server runs on the next.config frozen at build time, so the choice `next start` makes from
// next.config.ts when it starts (the Redis handlers only with REDIS_URL, never for the build) is made here instead,
// when Next loads the handlers.

import { redisUrl } from '../../cache/redis-url.mjs'

/** True when this process serves pages and REDIS_URL is set; a malformed REDIS_URL stops the server at start. */
export function redisAtRunTime(env = process.env) {
  if (env.NEXT_PHASE === 'phase-production-build') return false
  return redisUrl(env) !== undefined
}
