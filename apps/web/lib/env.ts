import 'server-only'
import path from 'node:path'

/** The only app file that reads process.env. Packages get their configuration from here. */

function optional(name: string): string | undefined {
  const value = process.env[name]?.trim()
  return value ? value : undefined
}

function positiveInt(name: string, fallback: number, unit = 'seconds'): number {
  const raw = optional(name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number of ${unit}, got "${raw}"`)
  }
  return value
}

export type SourceConfig =
  | { kind: 'embedded'; datasetPath: string }
  | {
      kind: 'sanity'
      projectId: string
      dataset: string
      apiVersion: string
      token?: string
      apiHost?: string
      timeout: number
    }

function sourceConfig(): SourceConfig {
  const projectId = optional('SANITY_PROJECT_ID')
  if (projectId) {
    const dataset = optional('SANITY_DATASET')
    if (!dataset)
      throw new Error(
        'SANITY_PROJECT_ID is set but SANITY_DATASET is not: set both, or neither for the embedded dataset',
      )
    return {
      kind: 'sanity',
      projectId,
      dataset,
      apiVersion: optional('SANITY_API_VERSION') ?? '2025-02-19',
      token: optional('SANITY_API_READ_TOKEN'),
      apiHost: optional('SANITY_API_HOST'),
      timeout: positiveInt('SANITY_API_TIMEOUT_MS', 10_000, 'milliseconds'),
    }
  }
  // next runs with apps/web as its working directory (npm workspaces, turbo and next start all do).
  const datasetPath =
    optional('CONTENT_DATASET_PATH') ??
    path.join(/*turbopackIgnore: true*/ process.cwd(), '../../packages/sample-content/dataset/data.ndjson')
  // A relative CONTENT_DATASET_PATH means relative to the repository root, where the commands are run.
  return { kind: 'embedded', datasetPath: path.resolve(/*turbopackIgnore: true*/ process.cwd(), '../..', datasetPath) }
}

export const env = {
  siteUrl: (optional('SITE_URL') ?? 'http://localhost:3000').replace(/\/+$/, ''),
  /** Seconds before cached content is refetched; the fallback when a webhook is lost. */
  revalidateSeconds: positiveInt('CONTENT_REVALIDATE_SECONDS', 3600),
  /** Newest articles `next build` prerenders; the rest render on first request and are then cached. */
  prerenderArticles: positiveInt('PRERENDER_ARTICLES', 100, 'articles'),
  /** Most recently updated authors, books and categories `next build` prerenders (each); the rest render on request. */
  prerenderPages: positiveInt('PRERENDER_PAGES', 100, 'pages'),
  source: sourceConfig(),
  /** Where the Studio runs: click-to-edit links name it, and it is the one other origin allowed to frame the site. */
  studioUrl: (optional('SANITY_STUDIO_URL') ?? 'http://localhost:3333').replace(/\/+$/, ''),
  /** Shared with the Sanity webhook; without it the revalidate route refuses every request. */
  revalidateSecret: optional('SANITY_REVALIDATE_SECRET'),
  /** Where /media finds image files when the source is not the embedded dataset (the local lake's images/). */
  mediaDir: optional('CONTENT_MEDIA_DIR'),
  /**
   * Where the content layer keeps the last good result of each query, so a restarted server still has them while
   * the source is down: in the build folder (`next build` writes the first ones, and deploys copy them with it).
   */
  /**
   * Where this process answers HTTP, for the requests it sends itself (lib/schedule.ts): known once the server listens,
   * so read when asked. `next start` and the standalone server.js set `__NEXT_PRIVATE_ORIGIN` to the address they bound
   * (`-H`, `-p`); SELF_URL overrides it.
   */
  selfOrigin: (): string =>
    optional('SELF_URL') ?? optional('__NEXT_PRIVATE_ORIGIN') ?? `http://localhost:${optional('PORT') ?? '3000'}`,
  lastGoodDir: path.join(/*turbopackIgnore: true*/ process.cwd(), optional('NEXT_DIST_DIR') ?? '.next', 'last-good'),
}
