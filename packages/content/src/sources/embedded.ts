import { readFileSync, statSync } from 'node:fs'
import { isPublishedId, parseNdjson } from '@blog/schemas'
import { evaluate, parse } from 'groq-js'
import { searchIndexSourceQuery } from '../queries.ts'
import { DatasetIndex } from './dataset-index.ts'
import { collectRefs } from './postings.ts'
import { SearchIndex, type IndexSourceRow } from './search-index.ts'
import type { ContentSource, QueryParams } from './types.ts'

export interface EmbeddedSourceOptions {
  /** Absolute path of an NDJSON file in Sanity's export format. */
  datasetPath: string
  /** Clock for `now()`; tests pin it. */
  now?: () => Date
  /** Query through the dataset indexes (dataset-index.ts); default true. Tests compare both ways. */
  indexes?: boolean
}

interface Loaded {
  mtimeMs: number
  size: number
  documents: unknown[]
  index?: DatasetIndex
  /** Built on the first search after a (re)load, so builds and page renders never pay for it. */
  search?: Promise<{ index: SearchIndex; byId: Map<string, unknown> }>
}

/**
 * Runs GROQ in-process with groq-js over an NDJSON export. The file is re-read when its
 * mtime or size changes, so editing or replacing the dataset shows up without a restart.
 */
export function createEmbeddedSource({
  datasetPath,
  now = () => new Date(),
  indexes = true,
}: EmbeddedSourceOptions): ContentSource {
  let loaded: Loaded | undefined

  function dataset(): unknown[] {
    let stat
    try {
      stat = statSync(/*turbopackIgnore: true*/ datasetPath)
    } catch (error) {
      throw new Error(
        `Embedded dataset not readable at ${datasetPath} (set CONTENT_DATASET_PATH): ${(error as Error).message}`,
      )
    }
    if (!loaded || loaded.mtimeMs !== stat.mtimeMs || loaded.size !== stat.size) {
      const text = readFileSync(/*turbopackIgnore: true*/ datasetPath, 'utf8')
      // The published perspective: drafts and release versions are not part of what readers see.
      const documents = parseNdjson(text, (line, reason) =>
        console.error(`[content] ${datasetPath}:${line} is ${reason}; the line was skipped`),
      ).filter((doc) => isPublishedId(doc._id))
      loaded = { mtimeMs: stat.mtimeMs, size: stat.size, documents }
    }
    return loaded.documents
  }

  async function run(query: string, params: QueryParams = {}) {
    // Parsed per call: groq-js needs the params at parse time for slices like [$start...$end].
    const tree = parse(query, { params })
    const documents = dataset()
    if (!indexes) return (await evaluate(tree, { dataset: documents, params, timestamp: now() })).get()
    const index = ((loaded as Loaded).index ??= new DatasetIndex(documents))
    const timestamp = now()
    const options = { dataset: documents, params, timestamp, dereference: index.dereference }
    return (await evaluate(await index.narrow(tree, timestamp), options)).get()
  }

  function searchIndex() {
    const documents = dataset()
    const current = loaded as Loaded
    current.search ??= (async () => {
      const rows = await (await evaluate(parse(searchIndexSourceQuery), { dataset: documents })).get()
      const byId = new Map(documents.map((doc) => [(doc as { _id: string })._id, doc]))
      return { index: new SearchIndex(rows as IndexSourceRow[]), byId }
    })()
    return current.search
  }

  return {
    name: 'embedded',
    fetch: run,
    version() {
      try {
        const { mtimeMs, size } = statSync(/*turbopackIgnore: true*/ datasetPath)
        return `${mtimeMs}:${size}`
      } catch {
        return null
      }
    },
    async searchArticles(terms, { offset, limit, hitsQuery }) {
      const { index, byId } = await searchIndex()
      const timestamp = now()
      const { total, hits } = index.search(terms, { offset, limit, now: timestamp })
      const ids = hits.map((hit) => hit._id)
      // groq-js scans the whole dataset for every filter and `->`; the hits and what they point at suffice.
      const params = { ids }
      const tree = parse(hitsQuery, { params })
      const rows = (await (await evaluate(tree, { dataset: reachable(ids, byId), params, timestamp })).get()) as {
        _id: string
      }[]
      const byHit = new Map(rows.map((row) => [row._id, row]))
      const items = hits.flatMap((hit) => (byHit.has(hit._id) ? [{ ...byHit.get(hit._id), _score: hit._score }] : []))
      return { total, items }
    },
  }
}

/** The documents `ids` name and everything they reference, a few references deep (article -> author -> photo). */
function reachable(ids: string[], byId: Map<string, unknown>, depth = 3): unknown[] {
  const found = new Map<string, unknown>()
  let frontier: Iterable<string> = ids
  for (let level = 0; level <= depth; level++) {
    const next = new Set<string>()
    for (const id of frontier) {
      const doc = byId.get(id)
      if (doc === undefined || found.has(id)) continue
      found.set(id, doc)
      collectRefs(doc, next)
    }
    frontier = next
  }
  return [...found.values()]
}
