/**
 * @jest-environment node
 */
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { revalidateTag } from 'next/cache'
import { refreshAddresses } from './addresses'
import { content } from './content-source'
import { env } from './env'
import { handleRevalidate, tagsFor } from './revalidate'

jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }))
jest.mock('./env', () => ({ env: { revalidateSecret: 'test-secret' } }))
jest.mock('./content-source', () => ({ content: { impactOf: jest.fn() } }))
jest.mock('./addresses', () => ({ refreshAddresses: jest.fn(async () => {}) }))

const mockedEnv = env as { revalidateSecret?: string }
const impactOf = jest.mocked(content.impactOf)
const expired = jest.mocked(revalidateTag)

const change = { _id: 'article-a', _type: 'article', slug: 'new-a', previousSlug: 'old-a' }
const impact = {
  pages: [
    { type: 'article' as const, slug: 'new-a' },
    { type: 'author' as const, slug: 'ada' },
  ],
  lists: ['article' as const],
  everything: false,
}

async function request(body: string, signature?: string, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra }
  if (signature !== undefined) headers[SIGNATURE_HEADER_NAME] = signature
  return handleRevalidate(new Request('http://localhost/api/revalidate', { method: 'POST', body, headers }))
}
// Each call signs at a later millisecond than the one before (never a time used already, which
// Date.now() minus a counter could repeat): the route remembers the signatures it has handled.
let lastSigned = 0
const nextSigningTime = () => (lastSigned = Math.max(Date.now(), lastSigned + 1))
const sign = (body: string, secret = 'test-secret', at = nextSigningTime()) => encodeSignatureHeader(body, at, secret)

beforeEach(() => {
  jest.clearAllMocks()
  jest.spyOn(console, 'warn').mockImplementation(() => {})
  jest.spyOn(console, 'error').mockImplementation(() => {})
  jest.spyOn(console, 'info').mockImplementation(() => {})
  mockedEnv.revalidateSecret = 'test-secret'
  impactOf.mockResolvedValue(impact)
})

describe('POST /api/revalidate', () => {
  it('expires exactly the tags of the pages the change appears on', async () => {
    const body = JSON.stringify(change)
    const response = await request(body, await sign(body))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      id: 'article-a',
      revalidated: ['article:new-a', 'author:ada', 'list:article'],
    })
    expect(impactOf).toHaveBeenCalledWith(change)
    expect(expired.mock.calls).toEqual([
      ['article:new-a', { expire: 0 }],
      ['author:ada', { expire: 0 }],
      ['list:article', { expire: 0 }],
    ])
    // The address book is read again before the answer: a new or renamed slug answers at once.
    expect(refreshAddresses).toHaveBeenCalledTimes(1)
  })

  it('answers the same signed request again without expiring anything twice (a replay within the window)', async () => {
    const body = JSON.stringify(change)
    const signature = await sign(body)
    expect((await request(body, signature)).status).toBe(200)
    const again = await request(body, signature)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ id: 'article-a', revalidated: [], repeated: true })
    expect(expired).toHaveBeenCalledTimes(3)
  })

  it('treats a retry signed afresh with the same idempotency-key as a repeat, and another key as a new delivery', async () => {
    const body = JSON.stringify(change)
    await request(body, await sign(body), { 'idempotency-key': 'tx-1#article-a' })
    expect(await (await request(body, await sign(body), { 'idempotency-key': 'tx-1#article-a' })).json()).toMatchObject(
      {
        repeated: true,
      },
    )
    expect(expired).toHaveBeenCalledTimes(3)
    await request(body, await sign(body), { 'idempotency-key': 'tx-2#article-a' })
    expect(expired).toHaveBeenCalledTimes(6)
  })

  it('remembers only what it handled: after a 503 the retry expires the tags', async () => {
    const body = JSON.stringify(change)
    const signature = await sign(body)
    impactOf.mockRejectedValueOnce(new Error('connect ECONNREFUSED'))
    expect((await request(body, signature)).status).toBe(503)
    expect((await request(body, signature)).status).toBe(200)
    expect(expired).toHaveBeenCalledTimes(3)
  })

  it.each([
    ['31 minutes old', -31 * 60_000],
    ['a day old', -24 * 60 * 60_000],
    ['6 minutes in the future', 6 * 60_000],
  ])('a validly signed request %s: 401, nothing expired', async (_name, offset) => {
    const body = JSON.stringify(change)
    const response = await request(body, await sign(body, 'test-secret', Date.now() + offset))
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: 'signature too old or too far in the future' })
    expect(impactOf).not.toHaveBeenCalled()
    expect(expired).not.toHaveBeenCalled()
  })

  it('takes a request signed within the window (29 minutes old, 4 minutes ahead)', async () => {
    const body = JSON.stringify(change)
    expect((await request(body, await sign(body, 'test-secret', Date.now() - 29 * 60_000))).status).toBe(200)
    expect((await request(body, await sign(body, 'test-secret', Date.now() + 4 * 60_000))).status).toBe(200)
  })

  it.each([
    ['unsigned', async (body: string) => request(body)],
    ['forged (garbage signature)', async (body: string) => request(body, `t=${Date.now()},v1=Zm9yZ2Vk`)],
    ['signed with the wrong secret', async (body: string) => request(body, await sign(body, 'not-the-secret'))],
    [
      'replayed signature with another body',
      async (body: string) => request(JSON.stringify({ ...change, _id: 'article-b' }), await sign(body)),
    ],
    ['malformed signature header', async (body: string) => request(body, 'v1=abc')],
    ['empty body', async () => request('', await sign('x'))],
  ])('%s: 401 and nothing revalidated', async (_name, send) => {
    const response = await send(JSON.stringify(change))
    expect(response.status).toBe(401)
    expect(impactOf).not.toHaveBeenCalled()
    expect(expired).not.toHaveBeenCalled()
  })

  it('without a secret on the server: 500 with a clear log line, nothing revalidated', async () => {
    mockedEnv.revalidateSecret = undefined
    const body = JSON.stringify(change)
    const response = await request(body, await sign(body))
    expect(response.status).toBe(500)
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('SANITY_REVALIDATE_SECRET is not set'))
    expect(expired).not.toHaveBeenCalled()
  })

  it.each([
    ['not JSON', 'hello'],
    ['JSON without _id', '{"_type":"article"}'],
  ])('signed but %s: 400', async (_name, body) => {
    const response = await request(body, await sign(body))
    expect(response.status).toBe(400)
    expect(expired).not.toHaveBeenCalled()
  })

  it('ignores drafts: they are not on the public site', async () => {
    const body = JSON.stringify({ ...change, _id: 'drafts.article-a' })
    const response = await request(body, await sign(body))
    expect(response.status).toBe(200)
    expect(expired).not.toHaveBeenCalled()
  })

  it('when the content source is down: expires nothing (cached pages keep answering), logs the id, answers 503 so Sanity retries', async () => {
    impactOf.mockRejectedValue(new Error('connect ECONNREFUSED'))
    const body = JSON.stringify(change)
    const response = await request(body, await sign(body))
    expect(response.status).toBe(503)
    expect(expired).not.toHaveBeenCalled()
    expect(refreshAddresses).not.toHaveBeenCalled()
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('article article-a: content source failed'))
  })
})

describe('tagsFor', () => {
  it('site settings expire everything', () => {
    expect(tagsFor({ pages: [], lists: [], everything: true })).toEqual(['content'])
  })
})
