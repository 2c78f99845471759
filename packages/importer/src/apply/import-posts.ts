/**
 * The apply stage: each item's documents are merged into the target's, validated and committed, one post at a time.
 */
import { ImportError, SkipItem } from '../errors.ts'
import type { ChangeStatus, ImportItem, StoredDocumentLike } from '../types.ts'
import { validateDocument } from './validate.ts'
import { mergeDocument, type WorkingSet } from './working-set.ts'

export interface DocumentChange {
  _id: string
  _type: string
  status: ChangeStatus
}

export interface FileResult {
  /** The file, or the item of an export (`export.xml, post 12 "Hill repeats"`). */
  file: string
  ok: boolean
  /** Why the item was not imported. */
  error?: string
  /** Why the item was left out on purpose (a draft, a page): reported, not a failure. */
  skipped?: string
  notes: string[]
  changes: DocumentChange[]
}

export interface ImportSummary {
  created: number
  updated: number
  unchanged: number
  imported: number
  failed: number
  skipped: number
}

export interface ImportResult {
  files: FileResult[]
  /** Created and updated documents in their final form, each once, in the order they were first touched. */
  changed: StoredDocumentLike[]
  summary: ImportSummary
}

export interface ImportOptions {
  items: ImportItem[]
  /** The documents being imported into; updated as items are imported, so later items see earlier ones. */
  target: WorkingSet
  now?: () => Date
  /** Ids that exist outside the target (assets this run uploaded to Sanity). */
  existsElsewhere?: (id: string) => boolean
  /** Stores one item's changed documents (e.g. a Sanity transaction); if it throws, the item is reported as failed. */
  commit?: (documents: StoredDocumentLike[]) => Promise<void>
  onFile?: (result: FileResult, index: number, total: number) => void
}

/**
 * What happened to each document over a run, counted once however many posts share it (an author, a category, an
 * image): created or updated if any post created or updated it, else unchanged.
 */
export function documentChanges(results: FileResult[]): Map<string, DocumentChange> {
  const documents = new Map<string, DocumentChange>()
  for (const change of results.flatMap((result) => result.changes)) {
    const seen = documents.get(change._id)
    if (!seen || (seen.status === 'unchanged' && change.status !== 'unchanged')) documents.set(change._id, change)
  }
  return documents
}

/**
 * Imports posts one at a time: convert, match against the target, validate, then commit. An item that fails at any
 * step is reported with the reason and changes nothing; the other items go on.
 */
export async function importPosts({
  items,
  target,
  now = () => new Date(),
  existsElsewhere = () => false,
  commit,
  onFile,
}: ImportOptions): Promise<ImportResult> {
  const results: FileResult[] = []
  const changed = new Map<string, StoredDocumentLike>()
  const articleItems = new Map<string, string>()
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, imported: 0, failed: 0, skipped: 0 }

  for (const [index, item] of items.entries()) {
    const result: FileResult = { file: item.label, ok: false, notes: [], changes: [] }
    if (item.skip) {
      result.skipped = item.skip
      summary.skipped += 1
      results.push(result)
      onFile?.(result, index, items.length)
      continue
    }
    try {
      const { documents, notes } = await item.build(target)
      result.notes.push(...notes)
      const article = documents.find((doc) => doc._type === 'article')
      const earlier = article ? articleItems.get(article._id) : undefined
      if (article && earlier)
        throw new ImportError(
          `${earlier} in this run has the same slug (${article._id}); give one of them another slug`,
        )

      const timestamp = now().toISOString()
      const staged = documents.map((doc) => ({
        ...mergeDocument(doc, target.get(doc._id), timestamp),
        type: doc._type,
      }))
      const stagedIds = new Set(staged.map((s) => s.document._id))
      const exists = (id: string) => stagedIds.has(id) || target.has(id) || existsElsewhere(id)
      const problems = staged.flatMap(({ document }) =>
        validateDocument(document, exists).map((p) => `${document._id} ${p}`),
      )
      if (problems.length)
        throw new ImportError(`the documents would not pass validation:\n    ${problems.join('\n    ')}`)

      const toStore = staged.filter((s) => s.status !== 'unchanged').map((s) => s.document)
      if (toStore.length && commit) {
        try {
          await commit(toStore)
        } catch (error) {
          throw new ImportError(`not stored: ${(error as Error).message}`)
        }
      }
      for (const { document, status, type } of staged) {
        result.changes.push({ _id: document._id, _type: type, status })
        if (status !== 'unchanged') {
          target.put(document)
          changed.set(document._id, document)
        }
      }
      if (article) articleItems.set(article._id, item.label)
      result.ok = true
      summary.imported += 1
    } catch (error) {
      if (error instanceof SkipItem) {
        result.skipped = error.message
        summary.skipped += 1
        results.push(result)
        onFile?.(result, index, items.length)
        continue
      }
      result.error = error instanceof ImportError ? error.message : `unexpected error: ${(error as Error).message}`
      summary.failed += 1
    }
    results.push(result)
    onFile?.(result, index, items.length)
  }
  for (const { status } of documentChanges(results).values()) summary[status] += 1
  return { files: results, changed: [...changed.values()], summary }
}
