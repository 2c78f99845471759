import { readFileSync, statSync } from 'node:fs'
import { evaluate, parse } from 'groq-js'
import type { ContentSource, QueryParams } from './types'

export interface EmbeddedSourceOptions {
  /** Absolute path of an NDJSON file in Sanity's export format. */
  datasetPath: string
  /** Clock for `now()`; tests pin it. */
  now?: () => Date
}

interface Loaded {
  mtimeMs: number
  size: number
  documents: unknown[]
}

/** The published perspective: drafts and release versions are not part of what readers see. */
function isPublishedId(id: unknown): boolean {
  return typeof id === 'string' && !id.startsWith('drafts.') && !id.startsWith('versions.')
}

/** Parses NDJSON; a broken line is reported with its line number, the rest of the dataset loads. */
export function parseNdjson(text: string, onError: (line: number, reason: string) => void = () => {}): unknown[] {
  const documents: unknown[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    try {
      const doc: unknown = JSON.parse(line)
      if (typeof doc === 'object' && doc !== null && isPublishedId((doc as { _id?: unknown })._id)) documents.push(doc)
    } catch (error) {
      onError(index + 1, (error as Error).message)
    }
  })
  return documents
}

/**
 * Runs GROQ in-process with groq-js over an NDJSON export. The file is re-read when its
 * mtime or size changes, so editing or replacing the dataset shows up without a restart.
 */
export function createEmbeddedSource({ datasetPath, now = () => new Date() }: EmbeddedSourceOptions): ContentSource {
  let loaded: Loaded | undefined

  function dataset(): unknown[] {
    let stat
    try {
      stat = statSync(/*turbopackIgnore: true*/ datasetPath)
    } catch (error) {
      throw new Error(`Embedded dataset not readable at ${datasetPath} (set CONTENT_DATASET_PATH): ${(error as Error).message}`)
    }
    if (!loaded || loaded.mtimeMs !== stat.mtimeMs || loaded.size !== stat.size) {
      const text = readFileSync(/*turbopackIgnore: true*/ datasetPath, 'utf8')
      const documents = parseNdjson(text, (line, reason) =>
        console.error(`[content] ${datasetPath}:${line} is not valid JSON and was skipped: ${reason}`),
      )
      loaded = { mtimeMs: stat.mtimeMs, size: stat.size, documents }
    }
    return loaded.documents
  }

  return {
    name: 'embedded',
    async fetch(query: string, params: QueryParams = {}) {
      // Parsed per call: groq-js needs the params at parse time for slices like [$start...$end].
      const tree = parse(query, { params })
      const value = await evaluate(tree, { dataset: dataset(), params, timestamp: now() })
      return value.get()
    },
  }
}
