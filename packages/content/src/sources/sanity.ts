import { createClient, type SanityClient } from '@sanity/client'
import type { ContentSource, QueryParams } from './types.ts'

export interface SanitySourceOptions {
  projectId: string
  dataset: string
  apiVersion: string
  /** Read token for private datasets. Server-only: never pass it to code that ships to the browser. */
  token?: string
  /** Another API host, e.g. the local lake (packages/local-lake). */
  apiHost?: string
  /** 'drafts' shows unpublished changes (draft mode only; needs a token). Default 'published'. */
  perspective?: 'published' | 'drafts'
  /** Milliseconds before a query gives up (a hanging API must not hang the page). Default 10 000. */
  timeout?: number
}

/** The one @sanity/client setup for reading: no CDN, a timeout, and custom hosts without project subdomains. */
export function createSanityClient({
  projectId,
  dataset,
  apiVersion,
  token,
  apiHost,
  perspective = 'published',
  timeout = 10_000,
}: SanitySourceOptions): SanityClient {
  return createClient({
    projectId,
    dataset,
    apiVersion,
    token,
    useCdn: false,
    perspective,
    timeout,
    // A custom host (the local lake) has no per-project subdomains.
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
}

/** Reads published documents from the Content Lake, uncached: Next's data cache sits above this. */
export function createSanitySource(options: SanitySourceOptions): ContentSource {
  const client = createSanityClient(options)
  return {
    name: 'sanity',
    async fetch(query: string, params: QueryParams = {}) {
      try {
        return await client.fetch(query, params)
      } catch (error) {
        // @sanity/client errors carry the request, Authorization header included: none of it may reach a log.
        const { statusCode, message } = error as { statusCode?: number; message?: string }
        throw new Error(
          `Content Lake query failed: ${statusCode ? `HTTP ${statusCode}` : String(message ?? error).slice(0, 200)}`,
        )
      }
    },
  }
}
