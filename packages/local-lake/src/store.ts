import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { readNdjson } from '@blog/schemas'
import path from 'node:path'
import { History, type HistoryOptions } from './history.ts'
import type { CommittedTransaction, StoredDocument } from './types.ts'

interface LogLine {
  transactionId: string
  timestamp: string
  identity: string
  documents: { id: string; document: StoredDocument | null; mutations: unknown[] }[]
}

export const SNAPSHOT_FILE = 'data.ndjson'
export const LOG_FILE = 'transactions.ndjson'
/** The log is folded into the snapshot once it is this large (and on every open). */
const COMPACT_AT_BYTES = 8 * 2 ** 20

/**
 * The working dataset of the local lake: a folder in Sanity's export format (`data.ndjson` + `images/`) plus an
 * append-only transaction log. A transaction is appended and fsynced before `commit` returns, so an acknowledged
 * write survives a crash; the snapshot is only ever replaced by an atomic rename, so a crash never leaves a
 * half-written dataset. Opening replays the log over the snapshot, drops a torn last line (a write that was never
 * acknowledged) and compacts.
 */
export class DatasetStore {
  readonly dir: string
  /** Every transaction since the working dataset was created, for the Studio's history panel. */
  readonly history: History
  private readonly documents = new Map<string, StoredDocument>()
  private ordered: StoredDocument[] | null = null
  private logFd: number
  private logBytes = 0
  private readonly listeners = new Set<(transaction: CommittedTransaction) => void>()

  private constructor(dir: string, historyOptions: HistoryOptions) {
    this.dir = dir
    this.history = new History(dir, historyOptions)
    const snapshot = path.join(dir, SNAPSHOT_FILE)
    if (existsSync(snapshot)) {
      for (const doc of parseNdjson(readFileSync(snapshot, 'utf8'), snapshot)) this.documents.set(doc._id, doc)
    }
    this.logFd = openSync(path.join(dir, LOG_FILE), 'a+')
    this.replayLog()
    this.compact()
  }

  /**
   * Opens the working dataset in `dir`, creating it first from `seedDir` (a folder with `data.ndjson` and
   * `images/`, never written to) when `dir` has no snapshot yet.
   */
  static open(
    dir: string,
    { seedDir, history = {} }: { seedDir?: string; history?: HistoryOptions } = {},
  ): DatasetStore {
    mkdirSync(dir, { recursive: true })
    if (!existsSync(path.join(dir, SNAPSHOT_FILE)) && seedDir) {
      const images = path.join(seedDir, 'images')
      if (existsSync(images)) cpSync(images, path.join(dir, 'images'), { recursive: true })
      const seeded = path.join(dir, `${SNAPSHOT_FILE}.seed`)
      copyFileSync(path.join(seedDir, SNAPSHOT_FILE), seeded)
      renameSync(seeded, path.join(dir, SNAPSHOT_FILE))
    }
    return new DatasetStore(dir, history)
  }

  get(id: string): StoredDocument | undefined {
    return this.documents.get(id)
  }

  /** Every document, in a stable order (by id), as an export lists them. */
  all(): StoredDocument[] {
    this.ordered ??= [...this.documents.values()].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
    return this.ordered
  }

  /** Makes the transaction durable (appended and fsynced), then visible, then tells the listeners. */
  commit(transaction: CommittedTransaction): void {
    const line: LogLine = {
      transactionId: transaction.transactionId,
      timestamp: transaction.timestamp,
      identity: transaction.identity,
      documents: transaction.changes.map(({ id, after, mutations }) => ({ id, document: after, mutations })),
    }
    const bytes = Buffer.from(`${JSON.stringify(line)}\n`)
    writeSync(this.logFd, bytes)
    fsyncSync(this.logFd)
    this.logBytes += bytes.length
    this.apply(line)
    try {
      this.history.record(transaction)
    } catch (error) {
      // The write is durable and acknowledged; only its entry in the history panel is missing.
      console.error(
        `local lake: transaction ${transaction.transactionId} not recorded in the history: ${(error as Error).message}`,
      )
    }
    if (this.logBytes >= COMPACT_AT_BYTES) this.compact()
    for (const listener of this.listeners) listener(transaction)
  }

  subscribe(listener: (transaction: CommittedTransaction) => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** The dataset in Sanity's export format (one document a line, by id). */
  exportNdjson(): string {
    return this.all()
      .map((doc) => `${JSON.stringify(doc)}\n`)
      .join('')
  }

  /** Folds the log into a new snapshot: written aside, fsynced, renamed over the old one; then the log is emptied. */
  compact(): void {
    if (this.logBytes === 0) return
    const snapshot = path.join(this.dir, SNAPSHOT_FILE)
    const temporary = `${snapshot}.tmp`
    const fd = openSync(temporary, 'w')
    try {
      writeSync(fd, this.exportNdjson())
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, snapshot)
    syncDirectory(this.dir)
    // A crash before this truncation only replays transactions the new snapshot already holds: the same result.
    ftruncateSync(this.logFd, 0)
    fsyncSync(this.logFd)
    this.logBytes = 0
  }

  close(): void {
    this.compact()
    closeSync(this.logFd)
    this.listeners.clear()
  }

  private replayLog(): void {
    const text = readFileSync(this.logFd, 'utf8')
    let offset = 0
    for (const raw of text.split('\n')) {
      const end = offset + Buffer.byteLength(raw) + 1
      if (raw.trim() === '') {
        offset = end
        continue
      }
      let line: LogLine
      try {
        line = JSON.parse(raw) as LogLine
      } catch (error) {
        // Only the last line can be torn (a crash mid-append, never acknowledged); anything else is corruption.
        if (end < Buffer.byteLength(text))
          throw new Error(
            `${path.join(this.dir, LOG_FILE)}: unreadable transaction at byte ${offset}: ${(error as Error).message}`,
          )
        break
      }
      this.apply(line)
      offset = end
    }
    const size = fstatSync(this.logFd).size
    if (offset < size) {
      ftruncateSync(this.logFd, offset)
      fsyncSync(this.logFd)
    }
    this.logBytes = Math.min(offset, size)
  }

  private apply(line: LogLine): void {
    for (const { id, document } of line.documents) {
      if (document) this.documents.set(id, document)
      else this.documents.delete(id)
    }
    this.ordered = null
  }
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

// Every document, drafts included, and a bad line stops the load: the working dataset is the editors' only copy.
function parseNdjson(text: string, file: string): StoredDocument[] {
  const fail = (line: number, reason: string) => {
    throw new Error(`${file}:${line}: ${reason}`)
  }
  return readNdjson(text, fail).map(({ line, doc }) => {
    const record = doc as Partial<StoredDocument>
    if (typeof record._id !== 'string' || typeof record._type !== 'string')
      fail(line, 'a document needs a string _id and _type')
    // An export may lack system fields (a hand-written dataset): fill them in after the document's own, keeping its order.
    const stored = { ...record } as StoredDocument
    stored._rev ??= 'initial'
    stored._createdAt ??= '1970-01-01T00:00:00Z'
    stored._updatedAt ??= stored._createdAt
    return stored
  })
}
