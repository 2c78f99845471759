/**
 * The history API as the Studio's history panel reads it: events of a document, its transactions with mendoza
 * effects, and the document as it was at a revision or a time.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SanityClient } from '@sanity/client'
import { applyPatch } from 'mendoza'
import { startLake, type RunningLake } from './server.ts'
import { DatasetStore } from './store.ts'
import { lakeClient } from './testing.ts'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

const id = 'article-keep-easy-runs-easy'
const draftId = `drafts.${id}`
let dir: string
let store: DatasetStore
let lake: RunningLake
let client: SanityClient

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lake-history-'))
  store = DatasetStore.open(dir, { seedDir: SAMPLE_DATASET_DIR })
  lake = await startLake({ store, log: () => {} })
  client = lakeClient(lake.url, { perspective: 'raw' })
})
afterEach(async () => {
  await lake.close()
  store.close()
})

const get = async (route: string) => {
  const answer = await fetch(`${lake.url}/v2025-02-19/data/history/production/${route}`)
  expect(answer.status).toBe(200)
  return answer
}
const edit = (title: string) =>
  client.action({ actionType: 'sanity.action.document.edit', draftId, publishedId: id, patch: { set: { title } } })
const publish = () => client.action({ actionType: 'sanity.action.document.publish', draftId, publishedId: id })
type Transaction = {
  id: string
  author: string
  documentIDs: string[]
  effects: Record<string, { apply: unknown[]; revert: unknown[] }>
}

describe('history', () => {
  it('lists what happened to a document, newest first: draft created, published, draft discarded, unpublished', async () => {
    await edit('First edit')
    await edit('Second edit')
    await publish()
    await edit('A draft I throw away')
    await client.action({ actionType: 'sanity.action.document.discard', draftId })
    await client.action({ actionType: 'sanity.action.document.unpublish', draftId, publishedId: id })
    const { events, nextCursor } = (await (await get(`events/documents/${draftId}?limit=100`)).json()) as {
      events: Record<string, { type: string; author: string; versionRevisionId?: string }[]>
      nextCursor: string
    }
    expect(nextCursor).toBe('')
    expect(events[draftId]!.map((event) => event.type)).toEqual([
      'unpublishDocument',
      'deleteDocumentVersion',
      'createDocumentVersion',
      'publishDocumentVersion',
      'createDocumentVersion',
    ])
    expect(events[draftId]!.every((event) => event.author === 'local-editor')).toBe(true)
    // The publish names the draft revision it published: the Studio groups the edits before it under it.
    const published = events[draftId]![3]!
    const secondEdit = (await get(`transactions/${id},${draftId}?excludeContent=true`).then((answer) => answer.text()))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Transaction)[1]!
    expect(published.versionRevisionId).toBe(secondEdit.id)
  })

  it('streams the transactions as NDJSON with mendoza effects that rebuild each revision, in a range, newest first on request', async () => {
    const before = await client.getDocument(id)
    await edit('One')
    await edit('Two')
    await publish()
    const text = await (
      await get(
        `transactions/${id},${draftId}?effectFormat=mendoza&excludeContent=true&includeIdentifiedDocumentsOnly=true`,
      )
    ).text()
    const transactions = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Transaction)
    expect(transactions.map((transaction) => [...transaction.documentIDs].sort())).toEqual([
      [draftId],
      [draftId],
      [id, draftId].sort(),
    ])
    // Applying the first transaction's effect to nothing gives the draft; its revert takes it back to nothing.
    const [created, second, published] = transactions
    const draftOne = applyPatch(null, created!.effects[draftId]!.apply) as { title: string }
    expect(draftOne.title).toBe('One')
    expect(applyPatch(draftOne, created!.effects[draftId]!.revert)).toBeNull()
    expect((applyPatch(draftOne, second!.effects[draftId]!.apply) as { title: string }).title).toBe('Two')
    expect((applyPatch(before, published!.effects[id]!.apply) as { title: string }).title).toBe('Two')
    const newestFirst = (await (await get(`transactions/${id},${draftId}?reverse=true&limit=2`)).text())
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as Transaction).id)
    expect(newestFirst).toEqual([published!.id, second!.id])
    const range = (
      await (await get(`transactions/${draftId}?fromTransaction=${second!.id}&toTransaction=${published!.id}`)).text()
    )
      .split('\n')
      .filter(Boolean)
    expect(range).toHaveLength(2)
  })

  it('gives a document as it was at a revision, at a time, or at its last revision', async () => {
    const { transactionId: first } = await edit('At the first revision')
    await new Promise((resolve) => setTimeout(resolve, 20))
    const between = new Date().toISOString()
    await new Promise((resolve) => setTimeout(resolve, 20))
    await edit('At the second revision')
    await publish()
    const at = async (query: string) =>
      (
        (await (await get(`documents/${id},${draftId}?${query}`)).json()) as {
          documents: { _id: string; title: string }[]
        }
      ).documents
    expect((await at(`revision=${first}`)).map((doc) => [doc._id, doc.title])).toEqual([
      [draftId, 'At the first revision'],
    ])
    const then = await at(`time=${between}`)
    expect(then.find((doc) => doc._id === draftId)?.title).toBe('At the first revision')
    expect(then.find((doc) => doc._id === id)?.title).toBe('Keep your easy runs easy')
    // The draft is gone (published): its last revision is still there to compare with.
    expect((await at('lastRevision=true')).map((doc) => [doc._id, doc.title])).toEqual([
      [id, 'At the second revision'],
      [draftId, 'At the second revision'],
    ])
  })

  it('survives a restart, and leaves the dataset export alone', async () => {
    await edit('Recorded')
    await lake.close()
    store.close()
    store = DatasetStore.open(dir)
    lake = await startLake({ store, log: () => {} })
    const { events } = (await (await get(`events/documents/${id}`)).json()) as {
      events: Record<string, { type: string }[]>
    }
    expect(events[id]!.map((event) => event.type)).toEqual(['createDocumentVersion'])
    expect(store.exportNdjson()).not.toContain('"changes"')
  })
})
