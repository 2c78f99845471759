import 'server-only'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { revalidateTag } from 'next/cache'
import type { AddressBook } from '@blog/content'
import { onAddressBook, readAddressesNow } from './addresses'
import { content } from './content-source'
import { env } from './env'
import { delayUntilSweep } from './publication-clock'
import { tagsFor } from './revalidate'

/**
 * Scheduled articles go live on time. Nothing is edited at the time an article is dated, so no webhook comes: each
 * process sets a timer for the next publication its address book names, and just after it sends itself a request
 * (`POST /api/revalidate/scheduled`), the one place where Next lets it expire cache tags. That request works out what
 * went live since the last sweep and expires exactly the tags a webhook for it would: the article's page, its author,
 * categories and books, the articles that link to or sit beside it, and the article lists. With Redis those expiries
 * reach every instance; each instance also runs its own timer, and a second expiry of a tag only costs one more render.
 *
 * A sweep that fails (the source is down) is owed and tried again with a growing pause; its window is kept, so nothing
 * that went live meanwhile is missed. Cached reads also end by themselves at the next publication (lib/content.ts),
 * so an answer outlives its time by no more than one stale copy even if this request never ran.
 */

/** The header that carries this process's token on the request it sends itself. */
export const SCHEDULE_TOKEN_HEADER = 'x-blog-schedule-token'
const FIRST_RETRY_MS = 2_000
const LONGEST_RETRY_MS = 60_000

type State = {
  /** Authenticates the request this process sends itself; random per process, never leaves it. */
  token: string
  /** Articles that went live after this time (ms) have not had their pages refreshed yet. */
  swept: number
  timer?: ReturnType<typeof setTimeout>
  /** What the last book said (ms), and when a failed sweep is to be tried again. */
  next: number | null
  owedAt: number | null
  retryMs: number
  /** A sweep is running: the book it reads names what it handles, not a sweep owed. */
  sweeping?: boolean
  stop?: () => void
}
const key = Symbol.for('@blog/web/schedule')
const store = globalThis as typeof globalThis & { [key]?: State }

/**
 * Starts the timer (instrumentation.ts, once per process). Its first sweep also covers whatever went live during the
 * last CONTENT_REVALIDATE_SECONDS before the start, which a cache kept over a restart may still show without it.
 */
export function startSchedule(): void {
  if (store[key]) return
  const state: State = {
    token: randomBytes(32).toString('hex'),
    swept: Date.now() - env.revalidateSeconds * 1000,
    next: null,
    owedAt: null,
    retryMs: FIRST_RETRY_MS,
  }
  store[key] = state
  state.stop = onAddressBook((book) => {
    // Whoever read this book first after a publication (a request, at the time itself), the sweep for it is owed now:
    // setting the timer from this book alone would skip to the one after.
    if (!state.sweeping && book.publishedSince(state.swept).length > 0)
      state.owedAt = Math.min(state.owedAt ?? Infinity, Date.now())
    arm(state, book)
  })
}

function arm(state: State, book: AddressBook | null): void {
  if (book) state.next = book.nextPublishedAt
  const due = Math.min(state.next ?? Infinity, state.owedAt ?? Infinity)
  clearTimeout(state.timer)
  const delay = delayUntilSweep(Number.isFinite(due) ? due : null, Date.now())
  if (delay === null) return
  // Unref'd: a timer alone never keeps a process alive (tests, a server shutting down).
  state.timer = setTimeout(() => void sweepNow(state), delay)
  state.timer.unref?.()
}

async function sweepNow(state: State): Promise<void> {
  // Handled now: the book read by the sweep names the next one; a failure owes this one again.
  state.owedAt = null
  state.next = null
  const url = new URL('/api/revalidate/scheduled', env.selfOrigin())
  try {
    const response = await fetch(url, { method: 'POST', headers: { [SCHEDULE_TOKEN_HEADER]: state.token } })
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    state.retryMs = FIRST_RETRY_MS
  } catch (error) {
    console.error(
      `[schedule] could not refresh the pages of what went live (${(error as Error).message}); trying again in ${state.retryMs / 1000} s`,
    )
    state.owedAt = Date.now() + state.retryMs
    state.retryMs = Math.min(LONGEST_RETRY_MS, state.retryMs * 2)
    arm(state, null)
  }
}

function authorized(request: Request, state: State): boolean {
  const given = Buffer.from(request.headers.get(SCHEDULE_TOKEN_HEADER) ?? '')
  const expected = Buffer.from(state.token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * `POST /api/revalidate/scheduled`, sent by this process to itself: expires the pages of every article that went live
 * since the last sweep. Anything else gets 401: the token is this process's own.
 */
export async function handleScheduledSweep(request: Request): Promise<Response> {
  const state = store[key]
  if (!state || !authorized(request, state)) return Response.json({ error: 'not this process' }, { status: 401 })
  const startedAt = Date.now()
  state.sweeping = true
  try {
    // A fresh book (a stale one would not have the article yet), which also sets the timer for the next publication.
    const live = (await readAddressesNow()).publishedSince(state.swept)
    const tags = new Set<string>()
    for (const article of live) {
      const impact = await content.impactOf({ _id: article._id, _type: 'article', slug: article.slug })
      for (const tag of tagsFor(impact)) tags.add(tag)
    }
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    state.swept = Math.max(state.swept, startedAt, ...live.map((article) => article.publishedAt))
    if (live.length > 0)
      console.info(`[schedule] went live: ${live.map((a) => `article ${a._id}`).join(', ')}: ${[...tags].join(' ')}`)
    return Response.json({ live: live.map((article) => article._id), revalidated: [...tags] })
  } catch (error) {
    // Nothing expired and the window is kept: the timer tries again (sweepNow), and no page re-renders without a source.
    console.error(`[schedule] content source failed (${(error as Error).message}); nothing expired yet`)
    return Response.json({ error: 'content source unavailable, retry later' }, { status: 503 })
  } finally {
    state.sweeping = false
  }
}
