/**
 * History that stays small and pages, as the Content Lake's does: consecutive edits of the same drafts by one
 * author close in time become one entry, entries past the retention go on open unless they changed a published
 * document, and a document's events come a page at a time with `limit` and `nextCursor`.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { History, HISTORY_FILE } from './history.ts'
import { startLake } from './server.ts'
import { DatasetStore } from './store.ts'
import { lakeClient } from './testing.ts'
import type { CommittedTransaction, StoredDocument } from './types.ts'

const start = Date.parse('2026-01-01T10:00:00Z')
const doc = (id: string, title: string, rev: string): StoredDocument => ({
  _id: id,
  _type: 'article',
  _rev: rev,
  _createdAt: '2026-01-01T00:00:00Z',
  _updatedAt: '2026-01-01T00:00:00Z',
  title,
})
let step = 0
/** A transaction at `seconds` after the start: `id` goes from `from` (null: absent) to `to` (null: deleted). */
function tx(
  seconds: number,
  changes: [string, string | null, string | null][],
  identity = 'editor',
): CommittedTransaction {
  const transactionId = `tx${(step += 1)}`
  return {
    transactionId,
    timestamp: new Date(start + seconds * 1000).toISOString(),
    identity,
    changes: changes.map(([id, from, to]) => ({
      id,
      before: from === null ? null : doc(id, from, `rev-${from}`),
      after: to === null ? null : doc(id, to, transactionId),
      mutations: [{ patch: { id, set: { title: to } } }],
    })),
  }
}
const lines = (dir: string) => readFileSync(path.join(dir, HISTORY_FILE), 'utf8').trim().split('\n')
const draft = 'drafts.a'

describe('squashing', () => {
  it('joins edits of the same drafts by one author up to a minute apart into one entry, from the first before to the last after', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lake-squash-'))
    const history = new History(dir)
    history.record(tx(0, [[draft, null, 'a']])) // created: its own entry
    history.record(tx(1, [[draft, 'a', 'ab']]))
    history.record(tx(2, [[draft, 'ab', 'abc']]))
    const last = tx(50, [[draft, 'abc', 'abcd']])
    history.record(last)
    const entries = history.touching([draft])
    expect(entries).toHaveLength(2)
    expect(entries[1]).toMatchObject({
      id: last.transactionId,
      timestamp: last.timestamp,
      startedAt: new Date(start + 1000).toISOString(),
      changes: [{ id: draft, before: { title: 'a' }, after: { title: 'abcd' } }],
    })
    expect(entries[1]!.changes[0]!.mutations).toHaveLength(3)
    expect(lines(dir)).toHaveLength(2)
    // What is on disk is what is in memory: a reopen reads the same entries.
    expect(new History(dir, { now: () => start }).touching([draft])).toEqual(entries)
  })

  it('starts a new entry after a pause, for another author, another document, a publish, or after 15 minutes', () => {
    const history = new History(mkdtempSync(path.join(tmpdir(), 'lake-squash-')))
    history.record(tx(0, [[draft, 'a', 'b']]))
    history.record(tx(61 + 0, [[draft, 'b', 'c']])) // a pause longer than a minute
    history.record(tx(62, [[draft, 'c', 'd']], 'someone-else'))
    history.record(tx(63, [['drafts.other', 'x', 'y']]))
    history.record(tx(64, [[draft, 'd', 'e']]))
    history.record(
      tx(65, [
        [draft, 'e', null],
        ['a', 'old', 'e'],
      ]),
    ) // publish
    history.record(tx(66, [['a', 'e', 'f']])) // an edit of the published document: every revision is kept
    history.record(tx(67, [['a', 'f', 'g']]))
    expect(
      history.touching([draft, 'drafts.other', 'a']).map((entry) => entry.changes[0]!.after?.title ?? null),
    ).toEqual(['b', 'c', 'd', 'y', 'e', null, 'f', 'g'])
    const long = new History(mkdtempSync(path.join(tmpdir(), 'lake-squash-')))
    for (let second = 0; second <= 20 * 60; second += 30)
      long.record(tx(second, [[draft, `${second}`, `${second + 1}`]]))
    expect(long.touching([draft])).toHaveLength(2)
  })

  it('is off with squashGapMs 0: every transaction is its own entry', () => {
    const history = new History(mkdtempSync(path.join(tmpdir(), 'lake-squash-')), { squashGapMs: 0 })
    history.record(tx(0, [[draft, 'a', 'b']]))
    history.record(tx(1, [[draft, 'b', 'c']]))
    expect(history.touching([draft])).toHaveLength(2)
  })
})

describe('retention', () => {
  it('drops draft-only entries past the retention on open and keeps every entry that changed a published document', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lake-retention-'))
    const history = new History(dir)
    history.record(tx(0, [[draft, null, 'a']]))
    history.record(
      tx(120, [
        [draft, 'a', null],
        ['a', null, 'a'],
      ]),
    ) // published
    history.record(tx(240, [[draft, null, 'b']]))
    const before = history.bytes
    const day = 86_400_000
    expect(new History(dir, { now: () => start + 89 * day }).touching([draft, 'a'])).toHaveLength(3)
    const reopened = new History(dir, { now: () => start + 91 * day })
    expect(reopened.touching([draft, 'a']).map((entry) => entry.changes.map((change) => change.id))).toEqual([
      [draft, 'a'],
    ])
    expect(reopened.bytes).toBeLessThan(before)
    expect(lines(dir)).toHaveLength(1)
    expect(new History(dir, { now: () => start + 91 * day, retentionDays: 365 }).touching([draft, 'a'])).toHaveLength(1)
  })
})

describe('paging events', () => {
  it('gives `limit` events a page and a nextCursor until the last page, the same events as one long page', async () => {
    const store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'lake-paging-')), { history: { squashGapMs: 0 } })
    const lake = await startLake({ store, log: () => {} })
    try {
      const client = lakeClient(lake.url, { perspective: 'raw' })
      await client.create({ _id: 'p', _type: 'article', title: 'Start' })
      for (let round = 0; round < 5; round += 1) {
        await client.createOrReplace({ _id: 'drafts.p', _type: 'article', title: `Draft ${round}` })
        await client.action({ actionType: 'sanity.action.document.publish', draftId: 'drafts.p', publishedId: 'p' })
      }
      const page = async (search: string) => {
        const answer = await fetch(`${lake.url}/v2025-02-19/data/history/production/events/documents/p?${search}`)
        return (await answer.json()) as { events: { p: { type: string; timestamp: string }[] }; nextCursor: string }
      }
      const all = await page('limit=100')
      expect(all.events.p).toHaveLength(11)
      expect(all.nextCursor).toBe('')
      const paged: unknown[] = []
      let cursor = ''
      let pages = 0
      do {
        const answer = await page(`limit=4${cursor ? `&nextCursor=${cursor}` : ''}`)
        paged.push(...answer.events.p)
        cursor = answer.nextCursor
        pages += 1
        expect(answer.events.p.length).toBeLessThanOrEqual(4)
      } while (cursor)
      expect(pages).toBe(3)
      expect(paged).toEqual(all.events.p)
      const unknown = await fetch(`${lake.url}/v2025-02-19/data/history/production/events/documents/p?nextCursor=nope`)
      expect(unknown.status).toBe(400)
    } finally {
      await lake.close()
      store.close()
    }
  })
})
