/**
 * The images of one run: addresses resolved against --media (and the post's folder), files stored as image assets in
 * the dataset's images/ folder or uploaded to Sanity, once per content. Counts what happened for the summary.
 */
import type { ImageSource, Media } from './article-parts.ts'
import type { StoredDocumentLike } from './import-posts.ts'
import { createMediaResolver, type MediaResolver } from './media/resolve.ts'
import { datasetImageStore, sanityImageStore, type ImageStore, type ImageUploadClient } from './media/store.ts'

export interface MediaSetup extends Media {
  stats(): { stored: number; reused: number; missing: number }
}

export interface MediaOptions {
  mediaDir: string | undefined
  dryRun: boolean
  /** The dataset file written (its images/ folder is beside it). */
  dataset?: string
  /** Upload to Sanity instead. */
  sanity?: { images: ImageUploadClient }
  /** The target's documents, so assets already in the dataset are neither rewritten nor added twice. */
  existing: unknown[]
}

const NOWHERE = 'not stored: choose --out or --to-sanity (or --dry-run)'

export function openMedia({ mediaDir, dryRun, dataset, sanity, existing }: MediaOptions): MediaSetup {
  const existingAssetIds = existing.flatMap((doc) => {
    const d = doc as { _id?: unknown; _type?: unknown } | null
    return d && d._type === 'sanity.imageAsset' && typeof d._id === 'string' ? [d._id] : []
  })
  let store: ImageStore | undefined
  if (sanity) store = dryRun ? undefined : sanityImageStore(sanity.images)
  else if (dataset) store = datasetImageStore(dataset, { dryRun, existingAssetIds })
  // A dry run to Sanity (or with no target) still checks every image is there and readable.
  store ??= dryRun ? datasetImageStore('/dev/null/dry-run.ndjson', { dryRun: true }) : undefined

  const resolvers = new Map<string, MediaResolver>()
  const resolverFor = (siteUrl: string | undefined) => {
    const key = siteUrl ?? ''
    let resolver = resolvers.get(key)
    if (!resolver) {
      resolver = createMediaResolver(mediaDir, siteUrl ? { siteUrl } : {})
      resolvers.set(key, resolver)
    }
    return resolver
  }
  const uploaded = new Set<string>()
  const counts = { stored: new Set<string>(), reused: new Set<string>(), missing: new Set<string>() }

  return {
    async image(url: string, from: ImageSource) {
      const found = resolverFor(from.siteUrl).find(url, from.postFile ? { postFile: from.postFile } : undefined)
      if ('missing' in found) {
        counts.missing.add(url)
        return found
      }
      if (!store) return { missing: NOWHERE }
      const stored = await store.add(found.file)
      if ('missing' in stored) {
        counts.missing.add(url)
        return stored
      }
      if (!counts.stored.has(stored.assetId)) (stored.created ? counts.stored : counts.reused).add(stored.assetId)
      if (!stored.document) uploaded.add(stored.assetId)
      return {
        assetId: stored.assetId,
        ...(stored.document ? { document: stored.document as StoredDocumentLike } : {}),
      }
    },
    has: (assetId) => uploaded.has(assetId),
    stats: () => ({ stored: counts.stored.size, reused: counts.reused.size, missing: counts.missing.size }),
  }
}
