/** The document actions the Studio publishes with, sent through @sanity/client's own `action` call. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SanityClient } from '@sanity/client'
import { startLake, type RunningLake } from './server.ts'
import { DatasetStore } from './store.ts'
import { lakeClient } from './testing.ts'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

let store: DatasetStore
let lake: RunningLake
let client: SanityClient
const ID = 'category-recovery'
const DRAFT = `drafts.${ID}`

beforeEach(async () => {
  store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'lake-actions-')), {
    seedDir: SAMPLE_DATASET_DIR,
  })
  lake = await startLake({ store, log: () => {} })
  client = lakeClient(lake.url)
})
afterEach(async () => {
  await lake.close()
  store.close()
})

const edit = (title: string) =>
  client.action({
    actionType: 'sanity.action.document.edit',
    draftId: DRAFT,
    publishedId: ID,
    patch: { set: { title } },
  })
const publish = (extra = {}) =>
  client.action({ actionType: 'sanity.action.document.publish', draftId: DRAFT, publishedId: ID, ...extra })

it('edits a published document by copying it into a draft first; the published one stays as it was', async () => {
  const published = store.get(ID)!
  const { transactionId } = await edit('Recovery, first edit')
  const { _rev, _createdAt, _updatedAt, ...fields } = published
  expect(store.get(DRAFT)).toMatchObject({ ...fields, _id: DRAFT, title: 'Recovery, first edit', _rev: transactionId })
  expect(store.get(ID)).toEqual(published)
  await edit('Recovery, second edit')
  expect(store.get(DRAFT)?.title).toBe('Recovery, second edit')
})

it('publishes the draft over the published document, keeps its creation time, and deletes the draft', async () => {
  const published = store.get(ID)!
  await edit('Recovery and rest')
  const { transactionId } = await publish({
    ifDraftRevisionId: store.get(DRAFT)!._rev,
    ifPublishedRevisionId: published._rev,
  })
  expect(store.get(ID)).toMatchObject({
    title: 'Recovery and rest',
    _createdAt: published._createdAt,
    _rev: transactionId,
  })
  expect(store.get(DRAFT)).toBeUndefined()
})

it('refuses to publish over a revision the editor has not seen (409) and changes nothing', async () => {
  await edit('Mine')
  const draftRev = store.get(DRAFT)!._rev
  await expect(publish({ ifDraftRevisionId: 'stale-revision' })).rejects.toMatchObject({ statusCode: 409 })
  await expect(publish({ ifPublishedRevisionId: 'stale-revision' })).rejects.toMatchObject({ statusCode: 409 })
  expect(store.get(DRAFT)?._rev).toBe(draftRev)
  await expect(
    client.action({ actionType: 'sanity.action.document.publish', draftId: 'drafts.nothing', publishedId: 'nothing' }),
  ).rejects.toMatchObject({ statusCode: 409 })
})

it('unpublishes into a draft, discards a draft, and deletes a document with its drafts', async () => {
  await client.action({ actionType: 'sanity.action.document.unpublish', draftId: DRAFT, publishedId: ID })
  expect(store.get(ID)).toBeUndefined()
  expect(store.get(DRAFT)?.title).toBe('Recovery')
  await client.action({ actionType: 'sanity.action.document.version.discard', versionId: DRAFT })
  expect(store.get(DRAFT)).toBeUndefined()
  await expect(client.action({ actionType: 'sanity.action.document.discard', draftId: DRAFT })).rejects.toMatchObject({
    statusCode: 409,
  })

  await client.action({
    actionType: 'sanity.action.document.edit',
    draftId: 'drafts.category-nutrition',
    publishedId: 'category-nutrition',
    patch: { set: { title: 'Goes away' } },
  })
  expect(store.get('drafts.category-nutrition')?.title).toBe('Goes away')
  await client.action({
    actionType: 'sanity.action.document.delete',
    publishedId: 'category-nutrition',
    includeDrafts: ['drafts.category-nutrition'],
  })
  expect(store.get('category-nutrition')).toBeUndefined()
  expect(store.get('drafts.category-nutrition')).toBeUndefined()
})

it('creates a new draft, then edits it in the same request, in one transaction', async () => {
  const events: string[] = []
  store.subscribe((transaction) => events.push(transaction.changes.map((change) => change.id).join(',')))
  await client.action([
    {
      actionType: 'sanity.action.document.create',
      publishedId: 'category-trail',
      attributes: { _id: 'drafts.category-trail', _type: 'category', title: 'Trail' },
      ifExists: 'fail',
    },
    {
      actionType: 'sanity.action.document.edit',
      draftId: 'drafts.category-trail',
      publishedId: 'category-trail',
      patch: { set: { 'slug.current': 'trail' } },
    },
  ])
  expect(store.get('drafts.category-trail')).toMatchObject({ title: 'Trail', slug: { current: 'trail' } })
  expect(events).toEqual(['drafts.category-trail'])
  await expect(
    client.action({
      actionType: 'sanity.action.document.create',
      publishedId: 'category-trail',
      attributes: { _id: 'drafts.category-trail', _type: 'category' },
      ifExists: 'fail',
    }),
  ).rejects.toMatchObject({ statusCode: 409 })
  await client.action({
    actionType: 'sanity.action.document.create',
    publishedId: 'category-trail',
    attributes: { _id: 'drafts.category-trail', _type: 'category' },
    ifExists: 'ignore',
  })
  expect(store.get('drafts.category-trail')?.title).toBe('Trail')
})

it('answers an unknown action or a missing field with 400 and applies none of the request', async () => {
  const before = store.exportNdjson()
  await expect(
    client.action([
      { actionType: 'sanity.action.document.discard', draftId: 'drafts.x' },
      { actionType: 'sanity.action.release.archive' } as never,
    ]),
  ).rejects.toMatchObject({ statusCode: 409 })
  await expect(client.action([edit as never])).rejects.toMatchObject({ statusCode: 400 })
  await expect(
    client.action({ actionType: 'sanity.action.document.publish', publishedId: ID } as never),
  ).rejects.toMatchObject({ statusCode: 400 })
  await expect(client.action({ actionType: 'sanity.action.release.archive' } as never)).rejects.toMatchObject({
    statusCode: 400,
  })
  expect(store.exportNdjson()).toBe(before)
})
