/**
 * The clock of scheduled articles, as the cache needs it: an article dated in the future goes live at that time with
 * no edit and no webhook, and every cached answer it changes must end by then. Pure, so the arithmetic is tested on
 * its own (lib/schedule.ts runs it).
 */

/** How long after a publication time the pages are refreshed: GROQ's `now()` must be past it on the source too. */
export const SWEEP_GRACE_MS = 1_000
/** The longest a timer is set for; a later publication is looked at again then (setTimeout holds about 24.8 days). */
export const LONGEST_TIMER_MS = 6 * 60 * 60_000

/**
 * The longest a cached answer may live, in whole seconds, when it was read at `readStartedAt` and the next scheduled
 * article goes live at `nextPublishedAt` (ms since the epoch); null when that is no sooner than `longest` seconds
 * away, or nothing is scheduled, so the answer keeps its profile's lifetime.
 *
 * Counted from the start of the read, not its end: an answer read before the time never outlives it, however long the
 * read took. A time already past (the clock passed it while the read ran, or the book was read before it) gives the
 * shortest lifetime, one second: the answer may or may not include the article.
 */
export function lifetimeUntilPublication(
  nextPublishedAt: number | null,
  readStartedAt: number,
  longest: number,
): number | null {
  if (nextPublishedAt === null || !Number.isFinite(nextPublishedAt)) return null
  const seconds = Math.max(1, Math.ceil((nextPublishedAt - readStartedAt) / 1000))
  return seconds < longest ? seconds : null
}

/**
 * How long from `now` until the pages are refreshed for the publication at `nextPublishedAt`: just after it, or at
 * once for one already past; at most LONGEST_TIMER_MS (the timer is then set again). Null when nothing is scheduled.
 */
export function delayUntilSweep(nextPublishedAt: number | null, now: number): number | null {
  if (nextPublishedAt === null || !Number.isFinite(nextPublishedAt)) return null
  return Math.min(LONGEST_TIMER_MS, Math.max(0, nextPublishedAt - now) + SWEEP_GRACE_MS)
}
