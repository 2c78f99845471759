import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import type { StoredDocumentLike } from '../types.ts'

export interface Dataset {
  /** The file's lines as read, so documents the import does not touch are written back byte for byte. */
  lines: string[]
  documents: unknown[]
}

/** Reads an NDJSON export. A line that is not JSON stops the import: writing the file back would lose it. */
export function readDataset(file: string): Dataset {
  const lines: string[] = []
  const documents: unknown[] = []
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return
      try {
        documents.push(JSON.parse(line))
        lines.push(line)
      } catch (error) {
        throw new Error(`${file}:${i + 1} is not valid JSON (${(error as Error).message}); fix the dataset first`)
      }
    })
  return { lines, documents }
}

/** Writes `base` with `changed` documents replaced in place and new ones appended; atomic, via a rename. */
export function writeDataset(file: string, base: Dataset, changed: StoredDocumentLike[]): number {
  const pending = new Map(changed.map((doc) => [doc._id, doc]))
  const lines = base.lines.map((line, i) => {
    const id = (base.documents[i] as { _id?: string } | null)?._id
    const replacement = id ? pending.get(id) : undefined
    if (!replacement || !id) return line
    pending.delete(id)
    return JSON.stringify(replacement)
  })
  for (const doc of pending.values()) lines.push(JSON.stringify(doc))
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, lines.map((line) => `${line}\n`).join(''))
  renameSync(temporary, file)
  return lines.length
}

/**
 * The blog serves `/media/<file>` from the `images/` and `files/` folders next to the dataset, so a dataset written
 * elsewhere gets a copy of the base dataset's (only files it does not have yet). Returns the number of files copied.
 */
export function copyImages(baseDataset: string, outDataset: string): number {
  let copied = 0
  for (const folder of ['images', 'files']) {
    const from = path.join(path.dirname(baseDataset), folder)
    const to = path.join(path.dirname(outDataset), folder)
    if (!existsSync(from)) continue
    mkdirSync(to, { recursive: true })
    if (realpathSync(from) === realpathSync(to)) continue
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const target = path.join(to, entry.name)
      if (entry.isFile() && !existsSync(target)) {
        copyFileSync(path.join(from, entry.name), target)
        copied += 1
      }
    }
  }
  return copied
}
