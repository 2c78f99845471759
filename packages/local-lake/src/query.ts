import { evaluate, parse } from 'groq-js'
import { LakeError } from './errors.ts'
import type { StoredDocument } from './store.ts'

export type Perspective = 'raw' | 'published' | 'drafts'

/** API versions from 2025-02-19 on read the published perspective by default; older ones read raw. */
export function defaultPerspective(apiVersion: string): Perspective {
  return apiVersion !== '1' && apiVersion >= '2025-02-19' ? 'published' : 'raw'
}

export function parsePerspective(value: string | null, apiVersion: string): Perspective {
  if (value === null || value === '') return defaultPerspective(apiVersion)
  if (value === 'previewDrafts') return 'drafts'
  if (value === 'raw' || value === 'published' || value === 'drafts') return value
  throw new LakeError(400, 'invalidPerspective', `Perspective "${value}" is not supported by the local lake (raw, published, drafts)`)
}

const isDraft = (id: string) => id.startsWith('drafts.')
const isVersion = (id: string) => id.startsWith('versions.')

/**
 * The documents a perspective sees: raw is everything; published leaves out drafts and release versions; drafts
 * lays each draft over its published document under the published id (`_originalId` keeps the draft's).
 */
export function documentsIn(all: StoredDocument[], perspective: Perspective): Record<string, unknown>[] {
  if (perspective === 'raw') return all
  if (perspective === 'published') return all.filter((doc) => !isDraft(doc._id) && !isVersion(doc._id))
  const byId = new Map<string, Record<string, unknown>>()
  for (const doc of all) {
    if (isVersion(doc._id)) continue
    const publishedId = isDraft(doc._id) ? doc._id.slice('drafts.'.length) : doc._id
    if (isDraft(doc._id) || !byId.has(publishedId)) byId.set(publishedId, { ...doc, _id: publishedId, _originalId: doc._id })
  }
  return [...byId.values()]
}

/** Runs GROQ with groq-js; a syntax error or an unknown function is the caller's 400, as on the Content Lake. */
export async function runQuery(query: string, params: Record<string, unknown>, dataset: unknown[]): Promise<unknown> {
  let tree
  try {
    tree = parse(query, { params })
  } catch (error) {
    throw new LakeError(400, 'queryParseError', (error as Error).message)
  }
  try {
    return await (await evaluate(tree, { dataset, params })).get()
  } catch (error) {
    throw new LakeError(400, 'queryError', (error as Error).message)
  }
}
