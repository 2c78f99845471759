import { createClient } from '@sanity/client'
import type { StoredDocumentLike } from '../types.ts'
import type { ImageUploadClient } from '../media/store.ts'

export interface SanityTargetOptions {
  projectId: string
  dataset: string
  apiVersion: string
  /** Editor token (SANITY_API_WRITE_TOKEN). */
  token: string
  /** Another API host, e.g. a local stand-in in tests. */
  apiHost?: string
}

/** Reads the Sanity settings from the environment, or says which variables are missing. */
export function sanityOptionsFromEnv(env: NodeJS.ProcessEnv): SanityTargetOptions | { missing: string[] } {
  const read = (name: string) => env[name]?.trim() || undefined
  const projectId = read('SANITY_PROJECT_ID')
  const dataset = read('SANITY_DATASET')
  const token = read('SANITY_API_WRITE_TOKEN')
  if (!projectId || !dataset || !token) {
    return {
      missing: Object.entries({ SANITY_PROJECT_ID: projectId, SANITY_DATASET: dataset, SANITY_API_WRITE_TOKEN: token })
        .filter(([, v]) => !v)
        .map(([k]) => k),
    }
  }
  const apiHost = read('SANITY_API_HOST')
  return {
    projectId,
    dataset,
    token,
    apiVersion: read('SANITY_API_VERSION') ?? '2025-02-19',
    ...(apiHost ? { apiHost } : {}),
  }
}

const SYSTEM_FIELDS = new Set(['_rev', '_createdAt', '_updatedAt'])

export interface SanityTarget {
  /** Published authors, books and categories (matched by name and title) and the articles this run will write. */
  existing(articleIds: string[]): Promise<unknown[]>
  /** One transaction per post: its documents are stored together or not at all. */
  commit(documents: StoredDocumentLike[]): Promise<void>
  /** Uploads images and audio, video and captions files through the assets API. */
  images: ImageUploadClient
}

export function createSanityTarget({
  projectId,
  dataset,
  apiVersion,
  token,
  apiHost,
}: SanityTargetOptions): SanityTarget {
  const client = createClient({
    projectId,
    dataset,
    apiVersion,
    token,
    useCdn: false,
    perspective: 'published',
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
  return {
    images: client,
    async existing(articleIds) {
      const result = await client.fetch<unknown[]>('*[_type in ["author", "book", "category"] || _id in $ids]', {
        ids: articleIds,
      })
      return Array.isArray(result) ? result : []
    },
    async commit(documents) {
      let transaction = client.transaction()
      for (const doc of documents) {
        // The Content Lake sets the system fields itself.
        const fields = Object.fromEntries(Object.entries(doc).filter(([key]) => !SYSTEM_FIELDS.has(key)))
        transaction = transaction.createOrReplace({ ...fields, _id: doc._id, _type: doc._type })
      }
      await transaction.commit({ visibility: 'sync' })
    },
  }
}
