/**
 * @jest-environment node
 */
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { revalidateTag } from 'next/cache'
import { content } from './content-source'
import { env } from './env'
import { handleRevalidate, tagsFor } from './revalidate'

jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }))
jest.mock('./env', () => ({ env: { revalidateSecret: 'test-secret' } }))
jest.mock('./content-source', () => ({ content: { impactOf: jest.fn() } }))

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

async function request(body: string, signature?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (signature !== undefined) headers[SIGNATURE_HEADER_NAME] = signature
  return handleRevalidate(new Request('http://localhost/api/revalidate', { method: 'POST', body, headers }))
}
const sign = (body: string, secret = 'test-secret', at = Date.now()) => encodeSignatureHeader(body, at, secret)

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
  })

  it('is idempotent: the same signed request twice expires the same tags', async () => {
    const body = JSON.stringify(change)
    const signature = await sign(body)
    await request(body, signature)
    await request(body, signature)
    expect(expired.mock.calls.slice(0, 3)).toEqual(expired.mock.calls.slice(3))
  })

  it.each([
    ['unsigned', async (body: string) => request(body)],
    ['forged (garbage signature)', async (body: string) => request(body, 't=1700000000000,v1=Zm9yZ2Vk')],
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('article article-a: content source failed'))
  })
})

describe('tagsFor', () => {
  it('site settings expire everything', () => {
    expect(tagsFor({ pages: [], lists: [], everything: true })).toEqual(['content'])
  })
})
