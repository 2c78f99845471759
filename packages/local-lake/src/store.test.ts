import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { applyTransaction } from './mutate.ts'
import { DatasetStore, LOG_FILE, SNAPSHOT_FILE } from './store.ts'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

const temp = () => mkdtempSync(path.join(tmpdir(), 'lake-store-'))
const author = (id: string, name: string) => ({ _id: id, _type: 'author', name, slug: { _type: 'slug', current: id } })

describe('the working dataset', () => {
  it('starts as a copy of the seed dataset (documents and images) and never writes to the seed', () => {
    const seed = readFileSync(path.join(SAMPLE_DATASET_DIR, SNAPSHOT_FILE), 'utf8')
    const dir = temp()
    const store = DatasetStore.open(dir, { seedDir: SAMPLE_DATASET_DIR })
    applyTransaction(store, [{ create: author('author-new', 'New Author') }])
    store.close()
    expect(readFileSync(path.join(SAMPLE_DATASET_DIR, SNAPSHOT_FILE), 'utf8')).toBe(seed)
    expect(existsSync(path.join(dir, 'images'))).toBe(true)
    const ids = seed
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { _id: string })._id)
    const reopened = DatasetStore.open(dir, { seedDir: SAMPLE_DATASET_DIR })
    expect(reopened.all()).toHaveLength(ids.length + 1)
    expect(reopened.get('author-new')?.name).toBe('New Author')
    reopened.close()
  })

  it('makes a transaction durable before commit returns: the log holds it, and a reopen replays it', () => {
    const dir = temp()
    const store = DatasetStore.open(dir)
    const { transaction } = applyTransaction(store, [{ create: author('author-a', 'A') }])
    const log = readFileSync(path.join(dir, LOG_FILE), 'utf8')
    expect(log).toContain(transaction!.transactionId)
    // No close(): as after a crash, the snapshot is untouched and the log is all there is.
    expect(existsSync(path.join(dir, SNAPSHOT_FILE))).toBe(false)
    const reopened = DatasetStore.open(dir)
    expect(reopened.get('author-a')).toMatchObject({ name: 'A', _rev: transaction!.transactionId })
    reopened.close()
  })

  it('drops a torn last line (a write that was never acknowledged) and keeps everything before it', () => {
    const dir = temp()
    const store = DatasetStore.open(dir)
    applyTransaction(store, [{ create: author('author-a', 'A') }])
    applyTransaction(store, [{ create: author('author-b', 'B') }])
    appendFileSync(path.join(dir, LOG_FILE), '{"transactionId":"torn","documents":[{"id":"author-c","docu')
    const reopened = DatasetStore.open(dir)
    expect(reopened.all().map((doc) => doc._id)).toEqual(['author-a', 'author-b'])
    expect(readFileSync(path.join(dir, LOG_FILE), 'utf8')).toBe('')
    reopened.close()
  })

  it('refuses a log that is corrupt before its last line, naming the file and byte', () => {
    const dir = temp()
    writeFileSync(
      path.join(dir, LOG_FILE),
      'not json\n{"transactionId":"t","timestamp":"","identity":"","documents":[]}\n',
    )
    expect(() => DatasetStore.open(dir)).toThrow(/transactions\.ndjson: unreadable transaction at byte 0/)
  })

  it('compacts into a snapshot in Sanity export format that reopens to the same documents', () => {
    const dir = temp()
    const store = DatasetStore.open(dir, { seedDir: SAMPLE_DATASET_DIR })
    applyTransaction(store, [{ createOrReplace: author('author-x', 'X') }, { delete: { id: 'category-recovery' } }])
    const before = store.exportNdjson()
    store.compact()
    expect(readFileSync(path.join(dir, LOG_FILE), 'utf8')).toBe('')
    const snapshot = readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8')
    expect(snapshot).toBe(before)
    for (const line of snapshot.trim().split('\n'))
      expect(JSON.parse(line)).toEqual(expect.objectContaining({ _id: expect.any(String), _type: expect.any(String) }))
    store.close()
    const reopened = DatasetStore.open(dir)
    expect(reopened.exportNdjson()).toBe(before)
    expect(reopened.get('category-recovery')).toBeUndefined()
    reopened.close()
  })

  it('names the file and line of a snapshot line that is not a document', () => {
    const dir = temp()
    writeFileSync(path.join(dir, SNAPSHOT_FILE), `${JSON.stringify(author('a', 'A'))}\n{"name":"no id"}\n`)
    expect(() => DatasetStore.open(dir)).toThrow(/data\.ndjson:2: a document needs a string _id and _type/)
  })
})
