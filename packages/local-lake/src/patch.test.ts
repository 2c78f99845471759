/**
 * Patches the Content Lake refuses (Sanity's patch reference, and its changelog for API v2025-08-18 on digit-first
 * field names): each answers 400 in the mutation error shape and the transaction writes nothing, not even its
 * other, valid mutations.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLake, type RunningLake } from './server.ts'
import { DatasetStore } from './store.ts'

let store: DatasetStore
let lake: RunningLake
const counter = { _id: 'counter', _type: 'counter', n: 200, title: 'Count', tags: ['a'], meta: { views: 1 } }

beforeEach(async () => {
  store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'lake-patch-')))
  lake = await startLake({ store, log: () => {} })
  await mutate('2025-02-19', [{ create: counter }])
})
afterEach(async () => {
  await lake.close()
  store.close()
})

async function mutate(apiVersion: string, mutations: unknown[]) {
  const answer = await fetch(`${lake.url}/v${apiVersion}/data/mutate/production`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  })
  return {
    status: answer.status,
    body: (await answer.json()) as {
      statusCode: number
      error: { type: string; description: string; items?: unknown[] }
    },
  }
}

const withCreate = (patch: Record<string, unknown>) => [
  { createOrReplace: { _id: 'other', _type: 'note' } },
  { patch: { id: 'counter', ...patch } },
]

describe('a patch that cannot apply', () => {
  it.each([
    ['inc by a string', { inc: { n: 'abc' } }, /Cannot increment "n" by "abc": the amount must be a number/],
    ['dec by null', { dec: { n: null } }, /Cannot decrement "n" by null/],
    ['inc of a string field', { inc: { title: 1 } }, /Cannot increment "title": it is a string, not a number/],
    ['dec of an object field', { dec: { meta: 1 } }, /Cannot decrement "meta": it is an object, not a number/],
    ['insert into a string', { insert: { after: 'title[-1]', items: ['x'] } }, /"title" is a string, not an array/],
    ['insert into an object', { insert: { before: 'meta[0]', items: ['x'] } }, /"meta" is an object, not an array/],
    ['insert at a field', { insert: { after: 'tags', items: ['x'] } }, /must end in an array position/],
    ['set through a string', { set: { 'title.sub': 1 } }, /Cannot set "title.sub": "title" is a string, not an object/],
    ['set through a number', { setIfMissing: { 'n.x.y': 1 } }, /"n" is a number, not an object/],
    ['inc through an array', { inc: { 'tags.count': 1 } }, /"tags" is an array, not an object/],
  ])('%s answers 400 and writes nothing', async (_name, patch, message) => {
    const { status, body } = await mutate('2025-02-19', withCreate(patch))
    expect(status).toBe(400)
    expect(body.statusCode).toBe(400)
    expect(body.error.type).toBe('mutationError')
    expect(body.error.description).toMatch(/^The mutation\(s\) failed: Mutation 1: /)
    expect(body.error.description).toMatch(message)
    expect(body.error.items).toEqual([
      { index: 1, error: expect.objectContaining({ description: expect.any(String) }) },
    ])
    expect(store.get('counter')).toMatchObject(counter)
    expect(store.get('other')).toBeUndefined()
  })

  it('from API v2025-08-18, refuses a field name that starts with a digit unless it is in brackets', async () => {
    const refused = await mutate('2025-08-18', [{ patch: { id: 'counter', set: { '7819f29-cd8e': 1 } } }])
    expect(refused.status).toBe(400)
    expect(refused.body.error.description).toMatch(
      /"7819f29-cd8e" .* starts with a digit: write it in brackets, \['7819f29-cd8e'\]/,
    )
    expect(await mutate('2025-08-18', [{ patch: { id: 'counter', set: { 'meta.9lives': 1 } } }])).toMatchObject({
      status: 400,
    })
    expect(store.get('counter')).toMatchObject(counter)

    expect(await mutate('2025-08-18', [{ patch: { id: 'counter', set: { "['7819f29-cd8e']": 1 } } }])).toMatchObject({
      status: 200,
    })
    expect(store.get('counter')!['7819f29-cd8e']).toBe(1)
  })

  it('before v2025-08-18 a digit-first field name is not checked, as there', async () => {
    expect((await mutate('2025-02-19', [{ patch: { id: 'counter', set: { '9abc': 1 } } }])).status).toBe(200)
  })
})

describe('patches that can apply', () => {
  it('still apply: setIfMissing then inc in one patch, insert into an array, a set that creates its parents', async () => {
    const { status } = await mutate('2025-08-18', [
      { patch: { id: 'counter', setIfMissing: { fresh: 0 }, inc: { fresh: 2, n: 1 }, dec: { 'meta.views': 1 } } },
      { patch: { id: 'counter', insert: { after: 'tags[-1]', items: ['b'] }, set: { 'deep.er.field': true } } },
    ])
    expect(status).toBe(200)
    expect(store.get('counter')).toMatchObject({
      n: 201,
      fresh: 2,
      meta: { views: 0 },
      tags: ['a', 'b'],
      deep: { er: { field: true } },
    })
  })
})
