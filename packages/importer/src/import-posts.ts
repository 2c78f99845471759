import { readFile } from 'node:fs/promises'
import { buildDocuments } from './documents.ts'
import { ImportError } from './errors.ts'
import { parsePost } from './parse-post.ts'
import { validateDocument } from './validate.ts'
import { mergeDocument, type ChangeStatus, type WorkingSet } from './working-set.ts'

export type StoredDocumentLike = { _id: string; _type: string; [field: string]: unknown }

export interface DocumentChange {
  _id: string
  _type: string
  status: ChangeStatus
}

export interface FileResult {
  file: string
  ok: boolean
  /** Why the file was not imported. */
  error?: string
  notes: string[]
  changes: DocumentChange[]
}

export interface ImportSummary {
  created: number
  updated: number
  unchanged: number
  imported: number
  failed: number
}

export interface ImportResult {
  files: FileResult[]
  /** Created and updated documents in their final form, each once, in the order they were first touched. */
  changed: StoredDocumentLike[]
  summary: ImportSummary
}

export interface ImportOptions {
  /** Post files (.txt, .md); see `collectPostFiles` for folders. */
  files: string[]
  /** The documents being imported into; updated as files are imported, so later files see earlier ones. */
  target: WorkingSet
  /** ISO date-time for posts without a front matter date. */
  date?: string
  now?: () => Date
  /** Stores one file's changed documents (e.g. a Sanity transaction); if it throws, the file is reported as failed. */
  commit?: (documents: StoredDocumentLike[]) => Promise<void>
  onFile?: (result: FileResult, index: number, total: number) => void
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    throw new ImportError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError('not UTF-8 text (save it as UTF-8 and try again)')
  }
}

/**
 * Imports posts one file at a time: read, convert, match against the target, validate, then commit. A file that
 * fails at any step is reported with the reason and changes nothing; the other files go on.
 */
export async function importPosts({
  files,
  target,
  date,
  now = () => new Date(),
  commit,
  onFile,
}: ImportOptions): Promise<ImportResult> {
  const results: FileResult[] = []
  const changed = new Map<string, StoredDocumentLike>()
  const articleFiles = new Map<string, string>()
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, imported: 0, failed: 0 }

  for (const [index, file] of files.entries()) {
    const result: FileResult = { file, ok: false, notes: [], changes: [] }
    try {
      const post = parsePost(file, await readText(file))
      result.notes.push(...post.notes)
      const { documents, notes } = buildDocuments(post, target, date ? { date } : {})
      result.notes.push(...notes)
      const articleId = (documents.at(-1) as StoredDocumentLike)._id
      const earlier = articleFiles.get(articleId)
      if (earlier)
        throw new ImportError(
          `${earlier} in this run has the same slug (${articleId}); give one of them another "slug:" in its front matter`,
        )

      const timestamp = now().toISOString()
      const staged = documents.map((doc) => ({
        ...mergeDocument(doc, target.get(doc._id), timestamp),
        type: doc._type,
      }))
      const stagedIds = new Set(staged.map((s) => s.document._id))
      const exists = (id: string) => stagedIds.has(id) || target.has(id)
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
        summary[status] += 1
        if (status !== 'unchanged') {
          target.put(document)
          changed.set(document._id, document)
        }
      }
      articleFiles.set(articleId, file)
      result.ok = true
      summary.imported += 1
    } catch (error) {
      result.error = error instanceof ImportError ? error.message : `unexpected error: ${(error as Error).message}`
      summary.failed += 1
    }
    results.push(result)
    onFile?.(result, index, files.length)
  }
  return { files: results, changed: [...changed.values()], summary }
}
