/**
 * @jest-environment node
 */
import { AddressBook } from '@blog/content'

type Row = { _id: string; slug: string; publishedAt: string }
const mockSource = { rows: [] as Row[], fail: false, now: () => Date.now() }
jest.mock('./content-source', () => ({
  content: {
    sourceVersion: () => 'v1',
    // As the query does: published is dated no later than now, and the next one is the earliest after it.
    getAddressBook: async () => {
      if (mockSource.fail) throw new Error('lake down')
      const now = mockSource.now()
      const live = mockSource.rows.filter((row) => Date.parse(row.publishedAt) <= now)
      const future = mockSource.rows.map((row) => Date.parse(row.publishedAt)).filter((time) => time > now)
      return new AddressBook(live, { author: [], book: [], category: [] }, future.length ? Math.min(...future) : null)
    },
    impactOf: jest.fn(async (change: { slug: string }) => {
      if (mockSource.fail) throw new Error('lake down')
      return { pages: [{ type: 'article', slug: change.slug }], lists: ['article'], everything: false }
    }),
  },
}))
jest.mock('./env', () => ({ env: { revalidateSeconds: 3600, selfOrigin: () => 'http://localhost:3999' } }))
jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }))

import { revalidateTag } from 'next/cache'
import { refreshAddresses } from './addresses'
import { handleScheduledSweep, SCHEDULE_TOKEN_HEADER, startSchedule } from './schedule'

const key = Symbol.for('@blog/web/schedule')
const expired = jest.mocked(revalidateTag)
const start = Date.parse('2026-12-07T08:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString()
/** The requests the process sent itself, answered by the route as the server would. */
const sent: { url: string; token: string | null; status: number }[] = []

beforeEach(async () => {
  jest.useFakeTimers({ now: start, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
  jest.spyOn(console, 'info').mockImplementation(() => {})
  jest.spyOn(console, 'error').mockImplementation(() => {})
  expired.mockClear()
  sent.length = 0
  Object.assign(mockSource, { rows: [{ _id: 'old', slug: 'old', publishedAt: '2026-01-01T08:00:00Z' }], fail: false })
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input as string, init)
    const response = await handleScheduledSweep(request)
    sent.push({ url: request.url, token: request.headers.get(SCHEDULE_TOKEN_HEADER), status: response.status })
    if (process.env.DEBUG_SCHEDULE) console.log((Date.now() - start) / 1000, response.status)
    return response
  })
})
afterEach(() => {
  const store = globalThis as unknown as Record<symbol, { stop?: () => void } | undefined>
  store[key]?.stop?.()
  delete store[key]
  jest.useRealTimers()
  jest.restoreAllMocks()
})

/** Starts the process's timer as the server does, with a first book read. */
async function serverStarts() {
  startSchedule()
  await refreshAddresses()
}
const tags = () => expired.mock.calls.map(([tag]) => tag)

describe('scheduled articles go live on time, with no webhook', () => {
  it('refreshes the pages of an article just after its time, and not before', async () => {
    mockSource.rows.push({ _id: 'monday', slug: 'monday-post', publishedAt: iso(start + 30_000) })
    await serverStarts()
    await jest.advanceTimersByTimeAsync(29_000)
    expect(sent).toEqual([])
    await jest.advanceTimersByTimeAsync(3_000)
    expect(sent).toEqual([
      { url: 'http://localhost:3999/api/revalidate/scheduled', token: expect.any(String), status: 200 },
    ])
    expect(tags()).toEqual(['article:monday-post', 'list:article'])
    expect(expired.mock.calls.every(([, profile]) => (profile as { expire: number }).expire === 0)).toBe(true)
  })

  it('goes from one publication to the next, however many are scheduled, each once', async () => {
    for (const [n, seconds] of [
      [1, 10],
      [2, 70],
      [3, 70],
      [4, 3 * 3600],
    ] as const)
      mockSource.rows.push({ _id: `a${n}`, slug: `post-${n}`, publishedAt: iso(start + seconds * 1000) })
    await serverStarts()
    await jest.advanceTimersByTimeAsync(15_000)
    expect(tags()).toEqual(['article:post-1', 'list:article'])
    expired.mockClear()
    await jest.advanceTimersByTimeAsync(60_000)
    // Two at the same minute: one sweep, one expiry of the shared list.
    expect(tags().sort()).toEqual(['article:post-2', 'article:post-3', 'list:article'])
    expired.mockClear()
    await jest.advanceTimersByTimeAsync(3 * 3600_000)
    expect(tags()).toEqual(['article:post-4', 'list:article'])
    // One sweep per publication time, none in between.
    expect(sent.length).toBe(3)
  })

  it('a request that reads the book first at the time does not make the timer skip that publication', async () => {
    mockSource.rows.push(
      { _id: 'monday', slug: 'monday-post', publishedAt: iso(start + 30_000) },
      { _id: 'tuesday', slug: 'tuesday-post', publishedAt: iso(start + 86_400_000) },
    )
    await serverStarts()
    await jest.advanceTimersByTimeAsync(30_000)
    // A reader's request at the very time reads the book again, before the timer's sweep: it names Tuesday next.
    await refreshAddresses()
    await jest.advanceTimersByTimeAsync(2_000)
    expect(tags()).toEqual(['article:monday-post', 'list:article'])
    expect(sent.length).toBe(1)
  })

  it('keeps the window when the source is down, and refreshes the pages once it answers', async () => {
    mockSource.rows.push({ _id: 'monday', slug: 'monday-post', publishedAt: iso(start + 30_000) })
    await serverStarts()
    mockSource.fail = true
    await jest.advanceTimersByTimeAsync(32_000)
    expect(sent.map((request) => request.status)).toEqual([503])
    expect(tags()).toEqual([])
    mockSource.fail = false
    await jest.advanceTimersByTimeAsync(10_000)
    expect(sent.map((request) => request.status)).toContain(200)
    expect(tags()).toEqual(['article:monday-post', 'list:article'])
  })

  it('at start, refreshes what went live in the last cache lifetime (a cache kept over a restart may show it)', async () => {
    mockSource.rows.push({ _id: 'earlier', slug: 'went-live-earlier', publishedAt: iso(start - 600_000) })
    await serverStarts()
    await jest.advanceTimersByTimeAsync(2_000)
    expect(tags()).toEqual(['article:went-live-earlier', 'list:article'])
  })

  it('answers 401 to anyone but the process itself, and expires nothing', async () => {
    await serverStarts()
    const forged: Record<string, string>[] = [
      {},
      { [SCHEDULE_TOKEN_HEADER]: 'guess' },
      { [SCHEDULE_TOKEN_HEADER]: 'a'.repeat(64) },
    ]
    for (const headers of forged) {
      const response = await handleScheduledSweep(
        new Request('http://localhost/api/revalidate/scheduled', { method: 'POST', headers }),
      )
      expect(response.status).toBe(401)
    }
    expect(expired).not.toHaveBeenCalled()
  })
})
