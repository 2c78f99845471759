import { isPublishedId, publishedId } from '@blog/schemas'
import { evaluate, parse } from 'groq-js'
import { LakeError } from './errors.ts'
import type { StoredDocument } from './types.ts'

export type Perspective = 'raw' | 'published' | 'drafts'

/** API versions from 2025-02-19 on read the published perspective by default; older ones read raw. */
function defaultPerspective(apiVersion: string): Perspective {
  return apiVersion !== '1' && apiVersion >= '2025-02-19' ? 'published' : 'raw'
}

export function parsePerspective(value: string | null, apiVersion: string): Perspective {
  if (value === null || value === '') return defaultPerspective(apiVersion)
  if (value === 'previewDrafts') return 'drafts'
  if (value === 'raw' || value === 'published' || value === 'drafts') return value
  throw new LakeError(
    400,
    'invalidPerspective',
    `Perspective "${value}" is not supported by the local lake (raw, published, drafts)`,
  )
}

const isDraft = (id: string) => id.startsWith('drafts.')

/**
 * The documents a perspective sees: raw is everything; published leaves out drafts and release versions; drafts
 * lays each draft over its published document under the published id (`_originalId` keeps the draft's).
 */
export function documentsIn(all: StoredDocument[], perspective: Perspective): Record<string, unknown>[] {
  if (perspective === 'raw') return all
  if (perspective === 'published') return all.filter((doc) => isPublishedId(doc._id))
  const byId = new Map<string, Record<string, unknown>>()
  for (const doc of all) {
    if (doc._id.startsWith('versions.')) continue
    const id = publishedId(doc._id)
    if (isDraft(doc._id) || !byId.has(id)) byId.set(id, { ...doc, _id: id, _originalId: doc._id })
  }
  return [...byId.values()]
}

/**
 * Parses GROQ once for groq-js and returns a function that runs it on a dataset. A syntax error, or an error while
 * running (an unknown function), is the caller's 400, as on the Content Lake.
 */
export function compileQuery(query: string, params: Record<string, unknown>): (dataset: unknown[]) => Promise<unknown> {
  let tree: ReturnType<typeof parse>
  try {
    tree = parse(query, { params })
  } catch (error) {
    throw new LakeError(400, 'queryParseError', (error as Error).message, undefined, { query })
  }
  // groq-js reads a missing parameter as null; the Content Lake refuses the query, which is how a caller finds a typo.
  for (const name of parametersIn(tree)) {
    if (Object.hasOwn(params, name)) continue
    const start = query.search(new RegExp(`\\$${name}(?![\\w])`))
    throw new LakeError(400, 'queryParseError', `param $${name} referenced, but not provided`, undefined, {
      query,
      ...(start === -1 ? {} : { start, end: start + name.length + 1 }),
    })
  }
  return async (dataset) => {
    try {
      return await (await evaluate(tree, { dataset, params })).get()
    } catch (error) {
      throw new LakeError(400, 'queryError', (error as Error).message)
    }
  }
}

/** The names of the parameters a parsed query refers to, in the order they appear. */
function parametersIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) parametersIn(item, found)
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>
    if (record.type === 'Parameter' && typeof record.name === 'string') found.add(record.name)
    for (const value of Object.values(record)) parametersIn(value, found)
  }
  return found
}

/** The `$name=<JSON>` parameters of a GET query or listen URL. */
export function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw new LakeError(
        400,
        'invalidParams',
        `Parameter ${key} is not valid JSON (a string is written in quotes: ${key}="text")`,
      )
    }
  }
  return params
}

export const runQuery = (query: string, params: Record<string, unknown>, dataset: unknown[]): Promise<unknown> =>
  compileQuery(query, params)(dataset)
