/**
 * Query parameters as Sanity's query API documents them: `$name=<JSON>` in the URL or `params` in a POST body; a
 * parameter the query names but the request does not give is a 400 (`param $type referenced, but not provided`),
 * not an empty result, and so is a parameter that is not JSON.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SanityClient } from '@sanity/client'
import { startLake, type RunningLake } from './server.ts'
import { DatasetStore } from './store.ts'
import { lakeClient } from './testing.ts'

let store: DatasetStore
let lake: RunningLake
let client: SanityClient

beforeEach(async () => {
  store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'lake-query-')))
  lake = await startLake({ store, log: () => {} })
  client = lakeClient(lake.url)
  await client.create({ _id: 'a', _type: 'note', n: 1 })
})
afterEach(async () => {
  await lake.close()
  store.close()
})

const get = async (search: string) => {
  const answer = await fetch(`${lake.url}/v2025-02-19/data/query/production?${search}`)
  return {
    status: answer.status,
    body: (await answer.json()) as { statusCode: number; error: Record<string, unknown> },
  }
}
const post = async (body: unknown) => {
  const answer = await fetch(`${lake.url}/v2025-02-19/data/query/production`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return {
    status: answer.status,
    body: (await answer.json()) as { statusCode: number; error: Record<string, unknown> },
  }
}

describe('a parameter the query names', () => {
  it('answers 400 when the request does not give it, naming it and where it is in the query', async () => {
    const query = '*[_type == $type]'
    const { status, body } = await get(`query=${encodeURIComponent(query)}`)
    expect(status).toBe(400)
    expect(body).toEqual({
      statusCode: 400,
      error: {
        type: 'queryParseError',
        description: 'param $type referenced, but not provided',
        query,
        start: 11,
        end: 16,
      },
    })
  })

  it('answers 400 through the client, in a POST body, in a projection and in a listener', async () => {
    await expect(client.fetch('*[_type == $type]')).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('param $type referenced, but not provided'),
    })
    expect(await post({ query: '*[n == $n]{"x": $x}', params: { n: 1 } })).toMatchObject({
      status: 400,
      body: { error: { description: 'param $x referenced, but not provided' } },
    })
    const listener = await fetch(
      `${lake.url}/v2025-02-19/data/listen/production?query=${encodeURIComponent('*[_id == $id]')}`,
    )
    expect(listener.status).toBe(400)
    expect(((await listener.json()) as { error: { description: string } }).error.description).toBe(
      'param $id referenced, but not provided',
    )
  })

  it('is answered when given, null included (given is not the same as missing)', async () => {
    expect(await client.fetch('*[_type == $type]._id', { type: 'note' })).toEqual(['a'])
    expect(await client.fetch('*[_type == $type]._id', { type: null })).toEqual([])
    expect(await get(`query=${encodeURIComponent('*[n == $n]._id')}&$n=1`)).toMatchObject({ status: 200 })
  })
})

describe('a parameter that is not JSON', () => {
  it('answers 400 in the URL (a string must be quoted) and in a POST body that is not an object', async () => {
    const { status, body } = await get(`query=${encodeURIComponent('*[_type == $type]')}&$type=note`)
    expect(status).toBe(400)
    expect(body.error).toMatchObject({
      type: 'invalidParams',
      description: expect.stringMatching(/\$type is not valid JSON/),
    })
    expect(await post({ query: '*[_type == $type]', params: 'note' })).toMatchObject({
      status: 400,
      body: { error: { description: '"params" must be an object of parameter values' } },
    })
  })
})
