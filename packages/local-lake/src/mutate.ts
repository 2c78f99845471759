import { LakeError } from './errors.ts'
import { randomId } from './ids.ts'
import { applyPatch } from './patch.ts'
import { compileQuery } from './query.ts'
import type { DatasetStore } from './store.ts'
import type { CommittedTransaction, StoredDocument } from './types.ts'
import { LOCAL_EDITOR } from './studio.ts'

type Draft = Record<string, unknown> & { _id?: unknown; _type?: unknown }
type PatchBody = Record<string, unknown> & { id?: unknown; ifRevisionID?: unknown; query?: unknown }

export type Operation = 'create' | 'update' | 'delete' | 'none'
export interface MutationResult {
  id: string
  operation: Operation
}

const KINDS = ['create', 'createIfNotExists', 'createOrReplace', 'delete', 'patch'] as const
const clone = <T>(value: T): T => structuredClone(value)

/**
 * Applies a list of Sanity mutations as one transaction, all or nothing: the first one that cannot apply throws a
 * LakeError and nothing is written. Patches are applied with @sanity/mutator, the Studio's own patch engine.
 * Returns the committed transaction (null when it changed nothing) and one result per mutation.
 */
export function applyTransaction(
  store: DatasetStore,
  mutations: unknown,
  {
    identity = LOCAL_EDITOR.id,
    transactionId = randomId(),
    apiVersion,
  }: {
    identity?: string
    transactionId?: string | undefined
    /** The request's API version: from 2025-08-18 a patch's digit-first field names must be in brackets. */
    apiVersion?: string | undefined
  } = {},
): { transaction: CommittedTransaction | null; results: MutationResult[] } {
  if (!Array.isArray(mutations) || mutations.length === 0)
    throw new LakeError(400, 'invalidMutation', 'The request needs a non-empty "mutations" array')
  const timestamp = new Date().toISOString()
  const working = new Map<string, StoredDocument | null>()
  const current = (id: string) => (working.has(id) ? working.get(id)! : (store.get(id) ?? null))
  const touched = new Map<string, unknown[]>()
  const results: MutationResult[] = []

  mutations.forEach((mutation, index) => {
    const kinds = mutation && typeof mutation === 'object' ? KINDS.filter((kind) => kind in mutation) : []
    if (kinds.length !== 1) {
      throw new LakeError(400, 'invalidMutation', `Mutation ${index} must have exactly one of ${KINDS.join(', ')}`)
    }
    const kind = kinds[0]!
    const body = (mutation as Record<string, unknown>)[kind]
    const record = (id: string, operation: Operation, next: StoredDocument | null) => {
      results.push({ id, operation })
      if (operation === 'none') return
      working.set(id, next)
      touched.set(id, [...(touched.get(id) ?? []), clone(mutation)])
    }

    if (kind === 'delete') {
      const id = (body as { id?: unknown })?.id
      if (typeof id !== 'string')
        throw new LakeError(400, 'invalidMutation', `Mutation ${index}: delete needs an "id" or a "query"`)
      record(id, current(id) ? 'delete' : 'none', null)
      return
    }

    if (kind === 'patch') {
      const patch = body as PatchBody
      if (typeof patch?.id !== 'string')
        throw new LakeError(400, 'invalidMutation', `Mutation ${index}: patch needs an "id" or a "query"`)
      const before = current(patch.id)
      if (!before) throw new LakeError(404, 'documentNotFound', `Document "${patch.id}" not found`, patch.id)
      if (typeof patch.ifRevisionID === 'string' && patch.ifRevisionID !== before._rev) {
        throw new LakeError(
          409,
          'conflict',
          `Document "${patch.id}" has unexpected revision ID ("${before._rev}"), expected "${patch.ifRevisionID}"`,
          patch.id,
        )
      }
      const { ifRevisionID: _ignored, id: _id, ...operations } = patch
      const after = applyPatch(before, operations, { index, id: patch.id, apiVersion })
      record(patch.id, 'update', withSystemFields(after as Draft, before, patch.id, timestamp))
      return
    }

    const doc = body as Draft
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
      throw new LakeError(400, 'invalidMutation', `Mutation ${index}: ${kind} needs a document`)
    if (typeof doc._type !== 'string' || doc._type === '')
      throw new LakeError(400, 'invalidMutation', `Mutation ${index}: the document needs a "_type"`)
    if (kind !== 'create' && typeof doc._id !== 'string')
      throw new LakeError(400, 'invalidMutation', `Mutation ${index}: ${kind} needs an "_id"`)
    const id = typeof doc._id === 'string' && doc._id !== '' ? doc._id : randomId()
    if (!/^[a-zA-Z0-9._-]{1,128}$/.test(id))
      throw new LakeError(400, 'invalidMutation', `Mutation ${index}: "${id}" is not a valid document id`)
    const existing = current(id)
    if (kind === 'create' && existing)
      throw new LakeError(409, 'documentAlreadyExists', `Document by ID "${id}" already exists`, id)
    if (kind === 'createIfNotExists' && existing) return void record(id, 'none', existing)
    record(id, existing ? 'update' : 'create', withSystemFields({ ...clone(doc), _id: id }, existing, id, timestamp))
  })

  if (touched.size === 0) return { transaction: null, results }
  const changes = [...touched].map(([id, documentMutations]) => {
    const after = working.get(id) ?? null
    if (after) {
      after._rev = transactionId
      after._updatedAt = timestamp
    }
    return { id, before: store.get(id) ?? null, after, mutations: documentMutations }
  })
  const transaction: CommittedTransaction = { transactionId, timestamp, identity, changes }
  store.commit(transaction)
  return { transaction, results }
}

/**
 * Turns each delete or patch by `query` (with optional `params`) into one mutation per document the query selects
 * now, as the Content Lake does (the Studio deletes its expired preview secrets this way). The query runs on every
 * document (the raw perspective) and must return documents or ids. Other mutations pass through unchanged.
 */
export async function expandQueryMutations(store: DatasetStore, mutations: unknown): Promise<unknown> {
  if (!Array.isArray(mutations)) return mutations
  const expanded: unknown[] = []
  for (const [index, mutation] of mutations.entries()) {
    const kind =
      mutation && typeof mutation === 'object'
        ? (['delete', 'patch'] as const).find((name) => name in mutation)
        : undefined
    const body = kind ? ((mutation as Record<string, unknown>)[kind] as PatchBody | null) : null
    if (!kind || !body || typeof body !== 'object' || body.id !== undefined || body.query === undefined) {
      expanded.push(mutation)
      continue
    }
    if (typeof body.query !== 'string')
      throw new LakeError(400, 'invalidMutation', `Mutation ${index}: "query" must be a GROQ string`)
    const params = body.params && typeof body.params === 'object' ? (body.params as Record<string, unknown>) : {}
    const result = await compileQuery(body.query, params)(store.all())
    const ids = (Array.isArray(result) ? result : [result])
      .map((item) => (typeof item === 'string' ? item : (item as { _id?: unknown } | null)?._id))
      .filter((id): id is string => typeof id === 'string')
    const { query: _query, params: _params, ...rest } = body
    for (const id of new Set(ids)) expanded.push({ [kind]: { ...rest, id } })
  }
  return expanded
}

/** Keeps `_id` and `_createdAt` as the lake set them; `_rev` and `_updatedAt` are set when the transaction commits. */
function withSystemFields(doc: Draft, before: StoredDocument | null, id: string, now: string): StoredDocument {
  return {
    ...doc,
    _id: id,
    _type: String(doc._type ?? before?._type),
    _createdAt: before?._createdAt ?? (typeof doc._createdAt === 'string' ? doc._createdAt : now),
    _updatedAt: now,
    _rev: '',
  }
}
