/**
 * The images of one run: addresses resolved against --media (and the post's folder), else fetched from the old site
 * with --fetch-media; stored as image assets in the dataset's images/ folder or uploaded to Sanity, once per content.
 * Counts what happened for the summary.
 */
import type { ImageSource, Media } from './article-parts.ts'
import type { StoredDocumentLike } from './import-posts.ts'
import type { DownloadLimits } from './media/download.ts'
import { fetchAddresses } from './media/hosts.ts'
import type { PlannedImage } from './media/planned.ts'
import { remoteImages, type FetchProgress, type RemoteImages } from './media/remote.ts'
import { createMediaResolver, type MediaResolver } from './media/resolve.ts'
import { datasetImageStore, sanityImageStore, type ImageStore, type ImageUploadClient } from './media/store.ts'

export interface MediaSetup extends Media {
  stats(): { stored: number; reused: number; missing: number }
  /**
   * With `fetch`: fetches the images the posts will ask for, a few at a time, before the import (which takes posts
   * one by one) asks for them. Without `fetch`: nothing to do.
   */
  prefetch(images: PlannedImage[]): Promise<FetchProgress | undefined>
}

export interface FetchOptions {
  /** The old site's media hosts and those named with --media-host; read when an image is asked for. */
  hosts: ReadonlySet<string>
  /** Where the index of fetched addresses (and, for Sanity, the fetched files) is kept between runs. */
  cacheDir: string
  concurrency?: number
  limits?: Partial<DownloadLimits>
  onProgress?: (progress: FetchProgress) => void
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
  /** Fetch images missing from --media from the old site (`--fetch-media`). */
  fetch?: FetchOptions
}

const NOWHERE = 'not stored: choose --out or --to-sanity (or --dry-run)'

export function openMedia({ mediaDir, dryRun, dataset, sanity, existing, fetch }: MediaOptions): MediaSetup {
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
  const remote: RemoteImages | undefined =
    fetch && store
      ? remoteImages({
          ...fetch,
          store,
          dryRun,
          allowed: (url) => fetchAddresses(url.href, undefined, fetch.hosts) !== undefined,
        })
      : undefined
  const uploaded = new Set<string>()
  const counts = { stored: new Set<string>(), reused: new Set<string>(), missing: new Set<string>() }

  return {
    async image(url: string, from: ImageSource) {
      const found = resolverFor(from.siteUrl).find(url, from.postFile ? { postFile: from.postFile } : undefined)
      const addresses =
        'missing' in found && remote && fetch ? fetchAddresses(url, from.siteUrl, fetch.hosts) : undefined
      if ('missing' in found && !addresses) {
        counts.missing.add(url)
        return found
      }
      if (!store) return { missing: NOWHERE }
      const stored = 'file' in found ? await store.add(found.file) : await remote!.image(addresses!)
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
    async prefetch(images) {
      if (!remote || !fetch) return undefined
      const fetches = images.flatMap(({ url, siteUrl }) => {
        if ('file' in resolverFor(siteUrl).find(url)) return [] // in --media: not fetched
        const addresses = fetchAddresses(url, siteUrl, fetch.hosts)
        return addresses ? [remote.image(addresses)] : []
      })
      await Promise.all(fetches)
      return remote.progress()
    },
    has: (assetId) => uploaded.has(assetId),
    stats: () => ({ stored: counts.stored.size, reused: counts.reused.size, missing: counts.missing.size }),
  }
}
