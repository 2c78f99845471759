/**
 * The history API's answers, built from the recorded history: transactions with mendoza effects, documents as they
 * were, and the events of a document as the Studio's history panel lists them.
 */
import { LakeError } from './errors.ts'
import type { History } from './history.ts'
import type { DocumentChange, StoredDocument } from './types.ts'

const publishedIdOf = (id: string) => id.replace(/^drafts\./, '')

/** A mendoza patch made of one "value" operation: the whole document (null: the document is gone). */
const replaceWith = (value: StoredDocument | null) => [0, value]

export interface TransactionOptions {
  fromTransaction?: string | null
  toTransaction?: string | null
  reverse?: boolean
  limit?: number
  excludeContent?: boolean
  excludeMutations?: boolean
  includeIdentifiedDocumentsOnly?: boolean
}

/**
 * `GET /data/history/{dataset}/transactions/{ids}`: the transactions that touched the documents, oldest first (or
 * newest first with `reverse`), from `fromTransaction` to `toTransaction` inclusive, at most `limit`; each with
 * its author, the documents it touched, its mutations and (mendoza) effects per document.
 */
export function transactionsOf(
  history: History,
  ids: string[],
  options: TransactionOptions,
): Record<string, unknown>[] {
  let entries = history.touching(ids)
  const indexOf = (id: string | null | undefined) => (id ? entries.findIndex((entry) => entry.id === id) : -1)
  const from = indexOf(options.fromTransaction)
  const to = indexOf(options.toTransaction)
  entries = entries.slice(from === -1 ? 0 : from, to === -1 ? entries.length : to + 1)
  if (options.reverse) entries = [...entries].reverse()
  if (options.limit && options.limit > 0) entries = entries.slice(0, options.limit)
  const wanted = new Set(ids)
  return entries.map((entry) => {
    const changes = options.includeIdentifiedDocumentsOnly
      ? entry.changes.filter((change) => wanted.has(change.id))
      : entry.changes
    return {
      id: entry.id,
      timestamp: entry.timestamp,
      author: entry.author,
      documentIDs: changes.map((change) => change.id),
      ...(options.excludeMutations || options.excludeContent
        ? {}
        : { mutations: changes.flatMap((change) => change.mutations) }),
      effects: Object.fromEntries(
        changes.map((change) => [change.id, { apply: replaceWith(change.after), revert: replaceWith(change.before) }]),
      ),
    }
  })
}

/**
 * `GET /data/history/{dataset}/documents/{ids}`: each document as it was at `revision` (the transaction that
 * produced it), at `time` (its last state at or before then), or its last existing state (`lastRevision`).
 */
export function documentsAt(
  history: History,
  current: (id: string) => StoredDocument | undefined,
  ids: string[],
  { revision, time, lastRevision }: { revision?: string | null; time?: string | null; lastRevision?: boolean },
): StoredDocument[] {
  const found: StoredDocument[] = []
  for (const id of ids) {
    const states = history
      .touching([id])
      .map((entry) => ({ entry, change: entry.changes.find((change) => change.id === id)! }))
    let document: StoredDocument | null | undefined
    if (revision) {
      document =
        states.find(({ entry }) => entry.id === revision)?.change.after ??
        (current(id)?._rev === revision ? current(id) : undefined)
    } else if (lastRevision) {
      document = current(id) ?? [...states].reverse().find(({ change }) => change.after)?.change.after
    } else {
      const at = Date.parse(time ?? new Date().toISOString())
      const before = states.filter(({ entry }) => Date.parse(entry.timestamp) <= at)
      // No recorded change yet at that time: the document as it was when the history began, if it existed.
      document =
        before.length > 0
          ? before.at(-1)!.change.after
          : (states[0]?.change.before ?? (states.length === 0 ? current(id) : undefined))
    }
    if (document) found.push(document)
  }
  return found
}

/**
 * `GET /data/history/{dataset}/events/documents/{id}`: what happened to a document (its published version and its
 * draft), newest first, as the Studio's history panel lists it: a draft created, published, discarded; the
 * document unpublished, deleted. Edits are not events: the Studio builds them from the transactions.
 */
export function eventsOf(
  history: History,
  documentId: string,
  { limit = 100, cursor }: { limit?: number; cursor?: string | null } = {},
): { events: Record<string, unknown>[]; nextCursor: string } {
  const publishedId = publishedIdOf(documentId)
  const draftId = `drafts.${publishedId}`
  const events: (Record<string, unknown> & { entryId: string })[] = []
  for (const entry of history.touching([publishedId, draftId])) {
    const draft: DocumentChange | undefined = entry.changes.find((change) => change.id === draftId)
    const published: DocumentChange | undefined = entry.changes.find((change) => change.id === publishedId)
    const base = { timestamp: entry.timestamp, author: entry.author, documentId: publishedId, entryId: entry.id }
    const draftGone = draft?.before && !draft.after
    const publishedGone = published?.before && !published.after
    if (draftGone && published?.after) {
      events.push({
        ...base,
        type: 'publishDocumentVersion',
        revisionId: entry.id,
        versionId: draftId,
        versionRevisionId: draft!.before!._rev,
      })
    } else if (publishedGone && draftGone) {
      events.push({ ...base, type: 'deleteDocumentGroup' })
    } else if (publishedGone) {
      events.push({
        ...base,
        type: 'unpublishDocument',
        versionId: draftId,
        ...(draft?.after ? { versionRevisionId: draft.after._rev } : {}),
      })
    } else if (draftGone) {
      events.push({
        ...base,
        type: 'deleteDocumentVersion',
        versionId: draftId,
        versionRevisionId: draft!.before!._rev,
      })
    } else if (draft && !draft.before && draft.after) {
      events.push({ ...base, type: 'createDocumentVersion', versionId: draftId, versionRevisionId: entry.id })
    } else if (published && !published.before && published.after) {
      events.push({
        ...base,
        type: 'createDocumentVersion',
        revisionId: entry.id,
        versionId: publishedId,
        versionRevisionId: entry.id,
      })
    }
  }
  // Newest first. The cursor names the entry of the last event a page gave; the next page starts after it, so
  // events recorded meanwhile (newer) do not shift the pages.
  events.reverse()
  let start = 0
  if (cursor) {
    start = events.findIndex((event) => event.entryId === cursor) + 1
    if (start === 0) throw new LakeError(400, 'invalidCursor', `No history event at cursor "${cursor}"`)
    while (events[start]?.entryId === cursor) start += 1
  }
  const page = events.slice(start, start + limit)
  const more = start + limit < events.length
  return {
    events: page.map(({ entryId: _entryId, ...event }) => event),
    nextCursor: more ? page.at(-1)!.entryId : '',
  }
}
