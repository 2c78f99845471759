import { createClient } from '@sanity/client'
import type { ContentSource, QueryParams } from './types'

export interface SanitySourceOptions {
  projectId: string
  dataset: string
  apiVersion: string
  /** Read token for private datasets. Server-only: never pass it to code that ships to the browser. */
  token?: string
  /** Another API host, e.g. a local stand-in of the query API in tests. */
  apiHost?: string
  /** 'drafts' shows unpublished changes (draft mode only; needs a token). Default 'published'. */
  perspective?: 'published' | 'drafts'
}

/** Reads published documents from the Content Lake, uncached: Next's data cache sits above this. */
export function createSanitySource({
  projectId,
  dataset,
  apiVersion,
  token,
  apiHost,
  perspective = 'published',
}: SanitySourceOptions): ContentSource {
  const client = createClient({
    projectId,
    dataset,
    apiVersion,
    token,
    useCdn: false,
    perspective,
    // A custom host (a local stand-in) has no per-project subdomains.
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
  return {
    name: 'sanity',
    fetch(query: string, params: QueryParams = {}) {
      return client.fetch(query, params)
    },
  }
}
