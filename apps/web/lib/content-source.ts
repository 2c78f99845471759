import 'server-only'
import path from 'node:path'
import { createContent, createEmbeddedSource, createSanitySource, type Content } from '@blog/content'
import { env } from './env'

function create(): Content {
  const source =
    env.source.kind === 'sanity'
      ? createSanitySource(env.source)
      : createEmbeddedSource({ datasetPath: env.source.datasetPath })
  return createContent({ source, lastGoodDir: env.lastGoodDir })
}

// One instance per server process: route bundles may each evaluate this module, and the query counter and the last
// good results must be shared by all of them.
const globalKey = Symbol.for('@blog/web/content')
const store = globalThis as typeof globalThis & { [globalKey]?: Content }

/**
 * The published content, uncached: pages read it through lib/content.ts, which caches it; the webhook (lib/revalidate)
 * and the slug gate read it directly.
 */
export const content: Content = (store[globalKey] ??= create())

/** Images of the embedded dataset live next to its NDJSON file; the local lake's, in CONTENT_MEDIA_DIR. */
export const embeddedImagesDir =
  env.source.kind === 'embedded' ? path.join(path.dirname(env.source.datasetPath), 'images') : (env.mediaDir ?? null)

/** Uploaded files (audio, video, captions): files/ beside images/, as Sanity's export format and the local lake keep them. */
export const embeddedFilesDir = embeddedImagesDir ? path.join(path.dirname(embeddedImagesDir), 'files') : null
