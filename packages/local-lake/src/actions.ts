import { LakeError } from './errors.ts'
import { applyTransaction } from './mutate.ts'
import type { DatasetStore } from './store.ts'
import type { CommittedTransaction, StoredDocument } from './types.ts'

type Action = Record<string, unknown> & { actionType?: unknown }
type Mutation = Record<string, unknown>

const DRAFT = 'drafts.'
const str = (value: unknown, field: string, index: number): string => {
  if (typeof value !== 'string' || value === '')
    throw new LakeError(400, 'invalidAction', `Action ${index}: "${field}" is required`)
  return value
}
/** The system fields a copy must not carry over: the lake sets them for the new document. */
const content = ({ _rev: _r, _createdAt: _c, _updatedAt: _u, ...rest }: StoredDocument) => rest

/**
 * The document actions the Studio publishes with (`POST /data/actions/{dataset}`), as mutations applied in one
 * transaction: create and replaceDraft write the draft; edit patches the draft, copying the published document
 * into it first when there is no draft yet; publish copies the draft over the published document and deletes
 * the draft; unpublish moves the published document back to a draft; discard deletes the draft; delete deletes
 * the published document and the drafts it names. Revision preconditions answer 409, missing documents 404.
 */
export function applyActions(
  store: DatasetStore,
  actions: unknown,
  options: { transactionId?: string | undefined; apiVersion?: string | undefined } = {},
): CommittedTransaction | null {
  if (!Array.isArray(actions) || actions.length === 0)
    throw new LakeError(400, 'invalidAction', 'The request needs a non-empty "actions" array')
  // What earlier actions of this request did, so a later one sees it (create, then edit).
  const overlay = new Map<string, StoredDocument | null>()
  const current = (id: string) => (overlay.has(id) ? overlay.get(id)! : (store.get(id) ?? null))
  const mutations: Mutation[] = []
  const write = (id: string, doc: StoredDocument | null, mutation: Mutation) => {
    overlay.set(id, doc)
    mutations.push(mutation)
  }

  actions.forEach((raw, index) => {
    const action = (raw ?? {}) as Action
    switch (action.actionType) {
      case 'sanity.action.document.create':
      case 'sanity.action.document.replaceDraft': {
        const attributes = action.attributes as StoredDocument | undefined
        const id = str(attributes?._id, 'attributes._id', index)
        const publishedId = str(action.publishedId, 'publishedId', index)
        if (id !== publishedId && id !== `${DRAFT}${publishedId}`) {
          throw new LakeError(
            400,
            'invalidAction',
            `Action ${index}: attributes._id "${id}" is neither "${publishedId}" nor its draft`,
          )
        }
        if (action.actionType === 'sanity.action.document.create' && current(id)) {
          if (action.ifExists === 'ignore') return
          throw new LakeError(409, 'documentAlreadyExists', `Document by ID "${id}" already exists`, id)
        }
        write(id, attributes!, { createOrReplace: attributes })
        return
      }
      case 'sanity.action.document.edit': {
        const draftId = str(action.draftId, 'draftId', index)
        const publishedId = str(action.publishedId, 'publishedId', index)
        if (!current(draftId)) {
          const published = current(publishedId)
          if (!published)
            throw new LakeError(
              404,
              'documentNotFound',
              `Neither "${draftId}" nor "${publishedId}" exists`,
              publishedId,
            )
          const copy = { ...content(published), _id: draftId } as StoredDocument
          write(draftId, copy, { create: copy })
        }
        mutations.push({ patch: { ...(action.patch as object), id: draftId } })
        return
      }
      case 'sanity.action.document.publish': {
        const draftId = str(action.draftId, 'draftId', index)
        const publishedId = str(action.publishedId, 'publishedId', index)
        const draft = current(draftId)
        if (!draft)
          throw new LakeError(409, 'documentNotFound', `Cannot publish: draft "${draftId}" does not exist`, publishedId)
        if (typeof action.ifDraftRevisionId === 'string' && action.ifDraftRevisionId !== draft._rev) {
          throw new LakeError(
            409,
            'conflict',
            `Draft "${draftId}" has revision "${draft._rev}", expected "${action.ifDraftRevisionId}"`,
            publishedId,
          )
        }
        const published = current(publishedId)
        if (typeof action.ifPublishedRevisionId === 'string' && action.ifPublishedRevisionId !== published?._rev) {
          throw new LakeError(
            409,
            'conflict',
            `Document "${publishedId}" has revision "${published?._rev ?? 'none'}", expected "${action.ifPublishedRevisionId}"`,
            publishedId,
          )
        }
        const copy = { ...content(draft), _id: publishedId } as StoredDocument
        write(publishedId, copy, { createOrReplace: copy })
        write(draftId, null, { delete: { id: draftId } })
        return
      }
      case 'sanity.action.document.unpublish': {
        const draftId = str(action.draftId, 'draftId', index)
        const publishedId = str(action.publishedId, 'publishedId', index)
        const published = current(publishedId)
        if (!published)
          throw new LakeError(
            409,
            'documentNotFound',
            `Cannot unpublish: "${publishedId}" is not published`,
            publishedId,
          )
        if (!current(draftId)) {
          const copy = { ...content(published), _id: draftId } as StoredDocument
          write(draftId, copy, { create: copy })
        }
        write(publishedId, null, { delete: { id: publishedId } })
        return
      }
      case 'sanity.action.document.discard':
      case 'sanity.action.document.version.discard': {
        // Studio 6 discards a draft as a version: { versionId: 'drafts.<id>' }.
        const draftId = str(
          action.actionType === 'sanity.action.document.discard' ? action.draftId : action.versionId,
          action.actionType === 'sanity.action.document.discard' ? 'draftId' : 'versionId',
          index,
        )
        if (!draftId.startsWith(DRAFT))
          throw new LakeError(
            400,
            'invalidAction',
            `Action ${index}: only drafts can be discarded on the local lake (release versions are not supported)`,
          )
        if (!current(draftId))
          throw new LakeError(409, 'documentNotFound', `Cannot discard: draft "${draftId}" does not exist`, draftId)
        write(draftId, null, { delete: { id: draftId } })
        return
      }
      case 'sanity.action.document.delete': {
        const publishedId = str(action.publishedId, 'publishedId', index)
        const drafts = Array.isArray(action.includeDrafts)
          ? action.includeDrafts.filter((id): id is string => typeof id === 'string')
          : []
        for (const id of [publishedId, ...drafts]) if (current(id)) write(id, null, { delete: { id } })
        return
      }
      default:
        throw new LakeError(
          400,
          'invalidAction',
          `Action ${index}: actionType "${String(action.actionType)}" is not supported by the local lake`,
        )
    }
  })
  if (mutations.length === 0) return null
  return applyTransaction(store, mutations, options).transaction
}
