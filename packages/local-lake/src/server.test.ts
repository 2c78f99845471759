/**
 * The lake as @sanity/client sees it: the client's own query, getDocument(s), mutate, patch, transaction and
 * listen calls against the local server, checked against the Content Lake's documented behaviour.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { connect } from 'node:net'
import path from 'node:path'
import type { MutationEvent, SanityClient } from '@sanity/client'
import { applyPatch } from 'mendoza'
import { startLake, type RunningLake } from './server.ts'
import { DatasetStore } from './store.ts'
import { lakeClient } from './testing.ts'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

let store: DatasetStore
let lake: RunningLake
let client: SanityClient
const logged: string[] = []

beforeEach(async () => {
  store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'lake-server-')), { seedDir: SAMPLE_DATASET_DIR })
  lake = await startLake({ store, maxBodyBytes: 64 * 1024, heartbeatMs: 50, log: (line) => logged.push(line) })
  client = lakeClient(lake.url)
})
afterEach(async () => {
  await lake.close()
  store.close()
  logged.length = 0
})

const post = (route: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${lake.url}/v2025-02-19/data/${route}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  })

describe('query', () => {
  const draft = {
    _id: 'drafts.article-keep-easy-runs-easy',
    _type: 'article',
    title: 'Draft title',
    slug: { _type: 'slug', current: 'keep-easy-runs-easy' },
  }

  it('answers GROQ from the dataset, with parameters, through GET and POST', async () => {
    const slug = 'keep-easy-runs-easy'
    expect(await client.fetch('*[_type == "article" && slug.current == $slug][0].title', { slug })).toMatch(/easy/i)
    const long = 'x'.repeat(12_000) // long enough for the client to POST
    expect(await client.fetch('count(*[_type == "article" && title != $long])', { long })).toBeGreaterThan(10)
  })

  it('reads published documents by default, drafts over published in "drafts", everything in "raw"', async () => {
    await client.create(draft)
    const titleOf = (perspective: 'published' | 'drafts' | 'raw') =>
      client.fetch('*[_type == "article" && slug.current == "keep-easy-runs-easy"].title', {}, { perspective })
    expect(await client.fetch('*[_type == "article" && slug.current == "keep-easy-runs-easy"].title')).not.toContain(
      'Draft title',
    )
    expect(await titleOf('published')).not.toContain('Draft title')
    expect(await titleOf('drafts')).toEqual(['Draft title'])
    expect(await titleOf('raw')).toHaveLength(2)
    const drafted = await client.fetch(
      '*[_id == "article-keep-easy-runs-easy"][0]{_id, _originalId}',
      {},
      { perspective: 'drafts' },
    )
    expect(drafted).toEqual({ _id: 'article-keep-easy-runs-easy', _originalId: 'drafts.article-keep-easy-runs-easy' })
  })

  it('answers a GROQ syntax error with a 400 that names the problem', async () => {
    await expect(client.fetch('*[_type == ')).rejects.toMatchObject({ statusCode: 400 })
  })
})

describe('references from other datasets', () => {
  it('are none: the lake has one dataset', async () => {
    const answer = await fetch(
      `${lake.url}/v2025-02-19/data/references/production/documents/author-priya-raman/to?excludeInternalReferences=true&excludePaths=true`,
    )
    expect(await answer.json()).toEqual({ totalCount: 0, references: [] })
  })

  it('and no applications deployed to Sanity (the Studio lists them)', async () => {
    const answer = await fetch(`${lake.url}/v2025-02-19/projects/local/user-applications`)
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual([])
  })
})

describe('documents by id', () => {
  it('returns the stored documents and lists the missing ones', async () => {
    expect(await client.getDocument('author-priya-raman')).toMatchObject({ _type: 'author', name: 'Priya Raman' })
    expect(await client.getDocument('no-such-document')).toBeUndefined()
    const both = await client.getDocuments(['author-priya-raman', 'missing'])
    expect(both.map((doc) => doc?._id ?? null)).toEqual(['author-priya-raman', null])
  })
})

describe('mutate', () => {
  it('creates, with system fields, and refuses a second create of the same id (409, nothing written)', async () => {
    const created = await client.create({ _id: 'author-new', _type: 'author', name: 'New' })
    expect(created).toMatchObject({
      _id: 'author-new',
      _rev: expect.any(String),
      _createdAt: expect.any(String),
      _updatedAt: created._createdAt,
    })
    await expect(client.create({ _id: 'author-new', _type: 'author', name: 'Again' })).rejects.toMatchObject({
      statusCode: 409,
    })
    expect((await client.getDocument('author-new'))?.name).toBe('New')
  })

  it('gives a created document without an id a generated one', async () => {
    const created = await client.create({ _type: 'category', title: 'Trail' })
    expect(created._id).toMatch(/^[A-Za-z0-9]{22}$/)
  })

  it('createIfNotExists keeps the existing document; createOrReplace replaces it but keeps _createdAt', async () => {
    const original = await client.getDocument('category-recovery')
    await client.createIfNotExists({ _id: 'category-recovery', _type: 'category', title: 'Ignored' })
    expect((await client.getDocument('category-recovery'))?._rev).toBe(original?._rev)
    const replaced = await client.createOrReplace({ _id: 'category-recovery', _type: 'category', title: 'Replaced' })
    expect(replaced).toMatchObject({ title: 'Replaced', _createdAt: original?._createdAt })
    expect(replaced).not.toHaveProperty('slug')
  })

  it('patches with set, setIfMissing, unset, inc, dec, insert and diffMatchPatch', async () => {
    await client.create({ _id: 'doc-1', _type: 'note', title: 'Hello world', count: 1, tags: ['a', 'c'], old: true })
    const patched = await client
      .patch('doc-1')
      .set({ 'nested.value': 1 })
      .setIfMissing({ count: 99, added: 'yes' })
      .unset(['old'])
      .inc({ count: 5 })
      .dec({ 'nested.value': 1 })
      .insert('after', 'tags[0]', ['b'])
      .diffMatchPatch({ title: '@@ -1,11 +1,11 @@\n Hello \n-world\n+there\n' })
      .commit()
    expect(patched).toMatchObject({
      title: 'Hello there',
      count: 6,
      added: 'yes',
      tags: ['a', 'b', 'c'],
      nested: { value: 0 },
    })
    expect(patched).not.toHaveProperty('old')
  })

  it('refuses a patch whose ifRevisionID is not the current revision (409) and applies one that is', async () => {
    const doc = await client.create({ _id: 'doc-2', _type: 'note', title: 'One' })
    await client.patch('doc-2').set({ title: 'Two' }).commit()
    await expect(client.patch('doc-2').ifRevisionId(doc._rev).set({ title: 'Stale' }).commit()).rejects.toMatchObject({
      statusCode: 409,
    })
    const current = await client.getDocument('doc-2')
    expect(current?.title).toBe('Two')
    expect((await client.patch('doc-2').ifRevisionId(current!._rev).set({ title: 'Three' }).commit()).title).toBe(
      'Three',
    )
    expect(logged.some((line) => line.includes('409') && line.includes('document doc-2'))).toBe(true)
  })

  it('answers a patch of a missing document with 404', async () => {
    await expect(client.patch('nope').set({ a: 1 }).commit()).rejects.toMatchObject({ statusCode: 404 })
  })

  it('applies a transaction all or nothing, with one revision for every document it touched', async () => {
    await expect(
      client
        .transaction()
        .create({ _id: 'doc-3', _type: 'note' })
        .patch('missing', (p) => p.set({ a: 1 }))
        .commit(),
    ).rejects.toMatchObject({ statusCode: 404 })
    expect(await client.getDocument('doc-3')).toBeUndefined()
    const result = await client
      .transaction()
      .create({ _id: 'doc-3', _type: 'note' })
      .createOrReplace({ _id: 'doc-4', _type: 'note' })
      .delete('category-recovery')
      .commit()
    expect(result.results).toEqual([
      { id: 'doc-3', operation: 'create' },
      { id: 'doc-4', operation: 'create' },
      { id: 'category-recovery', operation: 'delete' },
    ])
    expect((await client.getDocument('doc-3'))?._rev).toBe(result.transactionId)
    expect((await client.getDocument('doc-4'))?._rev).toBe(result.transactionId)
    expect(await client.getDocument('category-recovery')).toBeUndefined()
  })

  it('uses the transaction id the client chose, as the Studio expects, and refuses a malformed one', async () => {
    const answer = await post(
      'mutate/production',
      JSON.stringify({ transactionId: 'studio-tx-1', mutations: [{ create: { _id: 'doc-6', _type: 'note' } }] }),
    )
    expect(await answer.json()).toMatchObject({ transactionId: 'studio-tx-1' })
    expect((await client.getDocument('doc-6'))?._rev).toBe('studio-tx-1')
    const bad = await post(
      'mutate/production',
      JSON.stringify({ transactionId: 'no spaces', mutations: [{ create: { _id: 'doc-7', _type: 'note' } }] }),
    )
    expect(bad.status).toBe(400)
    expect(await client.getDocument('doc-7')).toBeUndefined()
  })

  it('deletes and patches by query: every document the query selects, in one transaction', async () => {
    await client
      .transaction()
      .create({ _id: 'old-1', _type: 'secret', age: 9 })
      .create({ _id: 'old-2', _type: 'secret', age: 7 })
      .create({ _id: 'new-1', _type: 'secret', age: 1 })
      .commit()
    const patched = await post(
      'mutate/production?returnIds=true',
      JSON.stringify({
        mutations: [
          { patch: { query: '*[_type == "secret" && age > $limit]', params: { limit: 5 }, set: { stale: true } } },
        ],
      }),
    )
    expect(await patched.json()).toMatchObject({ documentIds: ['old-1', 'old-2'] })
    // The Studio's Presentation tool removes its expired preview secrets this way.
    const deleted = await post(
      'mutate/production?returnIds=true',
      JSON.stringify({ mutations: [{ delete: { query: '*[_type == "secret" && stale]' } }] }),
    )
    expect(await deleted.json()).toMatchObject({
      documentIds: ['old-1', 'old-2'],
      results: [{ operation: 'delete' }, { operation: 'delete' }],
    })
    expect(await client.fetch('*[_type == "secret"]._id')).toEqual(['new-1'])
    const none = await post(
      'mutate/production',
      JSON.stringify({ mutations: [{ delete: { query: '*[_type == "secret" && stale]' } }] }),
    )
    expect(none.status).toBe(200)
    expect(await none.json()).toMatchObject({ results: [] })
  })

  it('returns ids or documents when asked', async () => {
    const withIds = await post(
      'mutate/production?returnIds=true',
      JSON.stringify({ mutations: [{ create: { _id: 'doc-5', _type: 'note' } }] }),
    )
    expect(await withIds.json()).toMatchObject({
      documentIds: ['doc-5'],
      results: [{ id: 'doc-5', operation: 'create' }],
    })
    const withDocs = await post(
      'mutate/production?returnDocuments=true',
      JSON.stringify({ mutations: [{ patch: { id: 'doc-5', set: { a: 1 } } }] }),
    )
    expect(await withDocs.json()).toMatchObject({
      results: [{ id: 'doc-5', operation: 'update', document: { _id: 'doc-5', a: 1 } }],
    })
  })
})

describe('bad input', () => {
  it('answers each with a Content-Lake-shaped error, never a crash', async () => {
    const cases: [Promise<Response>, number, RegExp][] = [
      [post('mutate/production', '{not json'), 400, /not valid JSON/],
      [post('mutate/production', JSON.stringify({ mutations: [] })), 400, /non-empty "mutations"/],
      [post('mutate/production', JSON.stringify({ mutations: [{ create: { _id: 'x' } }] })), 400, /_type/],
      [
        post('mutate/production', JSON.stringify({ mutations: [{ create: { _id: 'bad id!', _type: 'x' } }] })),
        400,
        /not a valid document id/,
      ],
      [post('mutate/production', JSON.stringify({ mutations: [{ create: {}, delete: {} }] })), 400, /exactly one/],
      [post('mutate/production', JSON.stringify({ mutations: [{ patch: { query: '*[', set: {} } }] })), 400, /./],
      [
        post('mutate/production', JSON.stringify({ mutations: [{ delete: { query: 42 } }] })),
        400,
        /"query" must be a GROQ string/,
      ],
      [
        post('mutate/production', JSON.stringify({ mutations: [{ create: { _type: 'x', big: 'y'.repeat(70_000) } }] })),
        413,
        /larger than/,
      ],
      [post('mutate/other', JSON.stringify({ mutations: [] })), 404, /Dataset "other" not found/],
      [fetch(`${lake.url}/v2025-02-19/data/query/production?query=*&$bad={`), 400, /\$bad is not valid JSON/],
      [fetch(`${lake.url}/v2025-02-19/data/query/production?query=*&perspective=nope`), 400, /Perspective "nope"/],
      [fetch(`${lake.url}/v2025-02-19/projects`), 404, /does not implement/],
      [fetch(`${lake.url}/nothing`), 404, /No route/],
      [fetch(`${lake.url}/v2025-02-19/data/mutate/production`), 405, /GET .* is not supported/],
      [fetch(`${lake.url}/v2025-02-19/data/history/production/events/releases/r1`), 404, /does not implement/],
    ]
    for (const [response, status, message] of cases) {
      const answer = await response
      expect(answer.status).toBe(status)
      const body = (await answer.json()) as { error: { description: string; type: string }; statusCode: number }
      expect(body.statusCode).toBe(status)
      expect(body.error.description).toMatch(message)
    }
    expect(await client.fetch('count(*[_id == "x"])')).toBe(0)
  })
})

describe('cross-origin requests', () => {
  it('answer only the configured origins, allowing the headers the browser asks for (last-event-id when resuming)', async () => {
    const studio = await startLake({ store, corsOrigins: ['http://localhost:3333'], log: () => {} })
    const preflight = (origin: string) =>
      fetch(`${studio.url}/v1/data/listen/production?query=*`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'last-event-id' },
      })
    const allowed = await preflight('http://localhost:3333')
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3333')
    expect(allowed.headers.get('access-control-allow-headers')).toBe('last-event-id')
    expect(allowed.headers.get('access-control-max-age')).toBe('600')
    expect((await preflight('http://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
    await studio.close()
  })

  it('answer on the extra listener ports too, which serve the same dataset', async () => {
    const spread = await startLake({ store, port: 0, listenPorts: [0, 0], log: () => {} })
    expect(spread.listenUrls).toHaveLength(2)
    for (const origin of spread.listenUrls) {
      const answer = await fetch(
        `${origin}/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[_type == "author"])')}`,
      )
      expect(((await answer.json()) as { result: number }).result).toBe(3)
    }
    await spread.close()
  })
})

describe('live events (the Presentation tool subscribes)', () => {
  it('say welcome, then restart after each transaction; the origin check answers for the configured Studio', async () => {
    const seen: string[] = []
    const subscription = client.live.events().subscribe((event) => seen.push(event.type))
    for (let i = 0; i < 200 && !seen.includes('welcome'); i++) await new Promise((resolve) => setTimeout(resolve, 10))
    await client.create({ _id: 'live-1', _type: 'note' })
    for (let i = 0; i < 200 && !seen.includes('restart'); i++) await new Promise((resolve) => setTimeout(resolve, 10))
    subscription.unsubscribe()
    expect(seen).toEqual(['welcome', 'restart'])
    const studio = await startLake({ store, corsOrigins: ['http://localhost:3333'], log: () => {} })
    const cors = (origin: string) =>
      fetch(`${studio.url}/v2025-02-19/check/cors`, { headers: { origin } }).then((answer) => answer.json())
    expect(await cors('http://localhost:3333')).toEqual({ result: { allowed: true, withCredentials: true } })
    expect(await cors('http://evil.example')).toMatchObject({ result: { allowed: false } })
    await studio.close()
  })
})

describe('listen', () => {
  function collect(query: string, options = {}) {
    const events: MutationEvent[] = []
    const types: string[] = []
    const subscription = client
      .listen(
        query,
        {},
        { events: ['welcome', 'mutation'], effectFormat: 'mendoza', includePreviousRevision: true, ...options },
      )
      .subscribe((event) => {
        types.push(event.type)
        if (event.type === 'mutation') events.push(event)
      })
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10))
      if (!check()) throw new Error(`listener saw ${JSON.stringify(types)}`)
    }
    return { events, types, until, stop: () => subscription.unsubscribe() }
  }

  it('says welcome first, then one mutation event per matching document, in commit order, with chained revisions', async () => {
    const listener = collect('*[_type == "note"]')
    await listener.until(() => listener.types[0] === 'welcome')
    const first = await client
      .transaction()
      .create({ _id: 'n1', _type: 'note', v: 1 })
      .create({ _id: 'n2', _type: 'note', v: 1 })
      .create({ _id: 'c1', _type: 'category', title: 'Not a note' })
      .commit()
    const second = await client.patch('n1').set({ v: 2 }).commit()
    const third = await client.delete('n2')
    await listener.until(() => listener.events.length === 4)
    listener.stop()
    expect(listener.types[0]).toBe('welcome')
    expect(
      listener.events.map((e) => [e.documentId, e.transition, e.transactionTotalEvents, e.transactionCurrentEvent]),
    ).toEqual([
      ['n1', 'appear', 2, 1],
      ['n2', 'appear', 2, 2],
      ['n1', 'update', 1, 1],
      ['n2', 'disappear', 1, 1],
    ])
    const [created, , updated, deleted] = listener.events
    expect(created).toMatchObject({ transactionId: first.transactionId, resultRev: first.transactionId })
    expect(created!.previousRev).toBeUndefined()
    expect(updated).toMatchObject({
      previousRev: first.transactionId,
      resultRev: second._rev,
      result: { v: 2 },
      previous: { v: 1 },
    })
    expect(updated!.mutations).toEqual([{ patch: expect.objectContaining({ id: 'n1', set: { v: 2 } }) }])
    expect(deleted).toMatchObject({ previousRev: first.transactionId, resultRev: third.transactionId })
  })

  it('gives effects the Studio can apply: mendoza patches from the previous revision to the result and back', async () => {
    await client.create({ _id: 'n3', _type: 'note', v: 1 })
    const listener = collect('*[_id == "n3"]')
    await listener.until(() => listener.types[0] === 'welcome')
    const before = await client.getDocument('n3')
    await client.patch('n3').set({ v: 2 }).commit()
    await listener.until(() => listener.events.length === 1)
    listener.stop()
    const { effects, result } = listener.events[0] as MutationEvent & {
      effects: { apply: unknown[]; revert: unknown[] }
    }
    expect(applyPatch(before, effects.apply)).toEqual(result)
    expect(applyPatch(result, effects.revert)).toEqual(before)
  })

  it('refuses a listener with a bad query before streaming, and sends heartbeats to idle ones', async () => {
    expect((await fetch(`${lake.url}/v1/data/listen/production?query=*[`)).status).toBe(400)
    const response = await fetch(`${lake.url}/v1/data/listen/production?query=*`)
    const reader = response.body!.getReader()
    let text = ''
    while (!text.includes(': ping')) text += new TextDecoder().decode((await reader.read()).value)
    await reader.cancel()
    expect(text.indexOf('event: welcome')).toBe(0)
  })
})

describe('requests it cannot parse', () => {
  it('answers a path that is not a URL with 400 and keeps serving', async () => {
    const { port } = new URL(lake.url)
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write('GET //a:b@ HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n'),
      )
      let text = ''
      socket.on('data', (chunk) => (text += chunk))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    expect(answer).toContain('Not a valid request path: //a:b@')
    expect(await client.fetch('count(*[_type == "author"])')).toBeGreaterThan(0)
  })
})
