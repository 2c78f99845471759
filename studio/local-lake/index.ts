import { LISTEN_PORTS, LOCAL_EDITOR } from '@blog/local-lake/studio'
import { createClient } from '@sanity/client'
import { createMockAuthStore, type AuthStore, type WorkspaceOptions } from 'sanity'

/**
 * A fetch that sends each listener (a long-lived `/data/listen` stream) to the lake port with the fewest open
 * ones. Browsers open at most six HTTP/1.1 connections per host and port, and the Studio keeps more listeners than
 * that open (Sanity's API is HTTP/2, where they share one connection); on one port, every other request would wait
 * behind them forever.
 */
export function spreadListeners(
  lakeUrl: string,
  baseFetch: typeof fetch = (input, init) => globalThis.fetch(input, init),
): typeof fetch {
  const lake = new URL(lakeUrl)
  const open = Array.from({ length: LISTEN_PORTS }, () => 0)
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.origin !== lake.origin || !/\/data\/listen\//.test(url.pathname)) return baseFetch(input, init)
    const slot = open.indexOf(Math.min(...open))
    open[slot]! += 1
    let released = false
    const release = () => {
      if (!released) open[slot]! -= 1
      released = true
    }
    init?.signal?.addEventListener('abort', release, { once: true })
    url.port = String(Number(lake.port) + 1 + slot)
    try {
      const response = await baseFetch(url, init)
      if (!response.body) return (release(), response)
      const body = response.body.pipeThrough(new TransformStream({ flush: release }))
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
    } catch (error) {
      release()
      throw error
    }
  }
}

/** Signs the Studio in as the local editor, with a client that talks to the local lake instead of Sanity's API. */
export function localLakeAuth({
  lakeUrl,
  projectId,
  dataset,
  apiVersion,
}: {
  lakeUrl: string
  projectId: string
  dataset: string
  apiVersion: string
}): AuthStore {
  const fetchListeners = spreadListeners(lakeUrl)
  const client = createClient({
    projectId,
    dataset,
    apiVersion,
    apiHost: lakeUrl,
    useProjectHostname: false,
    useCdn: false,
    // As Sanity's own Studio client (its cookie session); the Presentation tool's draft event stream insists on it.
    withCredentials: true,
    // As Sanity's own Studio client: its queries see drafts and published documents alike and pick themselves.
    perspective: 'raw',
    requestTagPrefix: 'sanity.studio',
    // An internal @sanity/client option (every request and listener goes through it), used only on the local lake.
    resolveFetch: () => fetchListeners,
  })
  return createMockAuthStore({ client, currentUser: LOCAL_EDITOR })
}

/**
 * What the Studio needs on the local lake: its search uses GROQ that groq-js runs (the default strategy sends
 * text::query, which groq-js lacks), and the features that need Sanity's hosted services are off.
 */
export const localLakeOptions = {
  search: { strategy: 'groqLegacy' },
  releases: { enabled: false },
  scheduledPublishing: { enabled: false },
  scheduledDrafts: { enabled: false },
  tasks: { enabled: false },
  announcements: { enabled: false },
  mediaLibrary: { enabled: false },
  apps: { canvas: { enabled: false } },
} satisfies Partial<WorkspaceOptions>
