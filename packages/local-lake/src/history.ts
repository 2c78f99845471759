/**
 * Document history, as the Content Lake's history API gives it to the Studio's history panel and its "compare with
 * an earlier version": committed transactions with each document's state before and after, kept in
 * `history.ndjson` next to the working dataset. It is not part of the dataset (an export leaves it out) and a reset
 * clears it. It stays small as the Content Lake's does: consecutive edits of the same drafts by one author close in
 * time are squashed into one entry, and entries older than the retention are dropped on open, except those that
 * changed a published document (every published revision stays).
 */
import { isPublishedId } from '@blog/schemas'
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs'
import path from 'node:path'
import type { CommittedTransaction, DocumentChange } from './types.ts'

export const HISTORY_FILE = 'history.ndjson'
/** Sanity keeps 90 days of history on its Growth plan (3 on Free, 365 on Enterprise); the lake keeps as long. */
const DEFAULT_RETENTION_DAYS = 90
/** Edits at most this far apart join one entry: a pause in typing longer than a minute starts a new one. */
const DEFAULT_SQUASH_GAP_MS = 60_000
/** And one entry spans at most this long, so an hour of typing still shows as several steps in the panel. */
const SQUASH_SPAN_MS = 15 * 60_000

export interface HistoryEntry {
  id: string
  timestamp: string
  author: string
  /** When the first of the edits squashed into this entry was made (absent: the entry is one transaction). */
  startedAt?: string
  changes: DocumentChange[]
}

export interface HistoryOptions {
  retentionDays?: number
  /** 0 keeps every transaction as its own entry. */
  squashGapMs?: number
  now?: () => number
}

/** An entry that created, changed or removed a published document: compaction keeps it for ever. */
const touchesPublished = (entry: HistoryEntry) => entry.changes.some((change) => isPublishedId(change.id))
const isEdit = (entry: HistoryEntry) =>
  entry.changes.every((change) => change.before && change.after && !isPublishedId(change.id))

export class History {
  private readonly file: string
  private readonly squashGapMs: number
  private entries: HistoryEntry[] = []
  /** Byte offset of the last line, which a squash rewrites. */
  private lastLineAt = 0
  private size = 0

  constructor(
    dir: string,
    {
      retentionDays = DEFAULT_RETENTION_DAYS,
      squashGapMs = DEFAULT_SQUASH_GAP_MS,
      now = Date.now,
    }: HistoryOptions = {},
  ) {
    this.file = path.join(dir, HISTORY_FILE)
    this.squashGapMs = squashGapMs
    if (!existsSync(this.file)) return
    const text = readFileSync(this.file, 'utf8')
    let torn = false
    for (const line of text.split('\n')) {
      if (!line.trim()) continue
      try {
        this.entries.push(JSON.parse(line) as HistoryEntry)
      } catch {
        // A torn last line from a crash: that transaction's history is lost, the data is not.
        torn = true
      }
    }
    const oldest = now() - retentionDays * 86_400_000
    const kept = this.entries.filter((entry) => touchesPublished(entry) || Date.parse(entry.timestamp) >= oldest)
    if (torn || kept.length !== this.entries.length) {
      this.rewrite(kept)
      return
    }
    this.size = Buffer.byteLength(text)
    const lastLine = text.trimEnd().lastIndexOf('\n') + 1
    this.lastLineAt = Buffer.byteLength(text.slice(0, lastLine))
  }

  /** Records a transaction (after it is durable in the log; the history is a record, not the data). */
  record(transaction: CommittedTransaction): void {
    const entry: HistoryEntry = {
      id: transaction.transactionId,
      timestamp: transaction.timestamp,
      author: transaction.identity,
      changes: transaction.changes,
    }
    const last = this.entries.at(-1)
    if (last && this.squashes(last, entry)) {
      const merged: HistoryEntry = {
        ...entry,
        startedAt: last.startedAt ?? last.timestamp,
        changes: entry.changes.map((change) => {
          const earlier = last.changes.find((previous) => previous.id === change.id)!
          return { ...change, before: earlier.before, mutations: [...earlier.mutations, ...change.mutations] }
        }),
      }
      this.entries[this.entries.length - 1] = merged
      this.append(merged, this.lastLineAt)
    } else {
      this.entries.push(entry)
      this.append(entry, this.size)
    }
  }

  /** Every recorded entry that touched one of `ids`, oldest first. */
  touching(ids: string[]): HistoryEntry[] {
    const wanted = new Set(ids)
    return this.entries.filter((entry) => entry.changes.some((change) => wanted.has(change.id)))
  }

  /** The file's size in bytes. */
  get bytes(): number {
    return this.size
  }

  private squashes(last: HistoryEntry, next: HistoryEntry): boolean {
    if (this.squashGapMs <= 0 || last.author !== next.author || !isEdit(last) || !isEdit(next)) return false
    if (last.changes.length !== next.changes.length) return false
    if (next.changes.some((change) => !last.changes.some((previous) => previous.id === change.id))) return false
    const at = Date.parse(next.timestamp)
    return (
      at - Date.parse(last.timestamp) <= this.squashGapMs &&
      at - Date.parse(last.startedAt ?? last.timestamp) <= SQUASH_SPAN_MS
    )
  }

  /** Writes `entry` as the line starting at `offset` (the end of the file, or the last line it replaces). */
  private append(entry: HistoryEntry, offset: number): void {
    const bytes = Buffer.from(`${JSON.stringify(entry)}\n`)
    const fd = openSync(this.file, 'a+')
    try {
      // A crash between the truncation and the write loses the squashed entry's history, never the data.
      if (offset < this.size) ftruncateSync(fd, offset)
      writeSync(fd, bytes)
    } finally {
      closeSync(fd)
    }
    this.lastLineAt = offset
    this.size = offset + bytes.length
  }

  /** Replaces the file with `entries` (written aside, fsynced, renamed over it). */
  private rewrite(entries: HistoryEntry[]): void {
    const lines = entries.map((entry) => `${JSON.stringify(entry)}\n`)
    const temporary = `${this.file}.tmp`
    const fd = openSync(temporary, 'w')
    try {
      writeSync(fd, lines.join(''))
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, this.file)
    this.entries = entries
    this.size = statSync(this.file).size
    this.lastLineAt = this.size - Buffer.byteLength(lines.at(-1) ?? '')
  }
}
