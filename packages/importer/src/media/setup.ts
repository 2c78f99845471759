/**
 * The images, audio, video and captions of one run: addresses resolved against --media (and the post's folder), else
 * fetched from the old site with --fetch-media; stored as assets in the dataset's images/ and files/ folders or
 * uploaded to Sanity, once per content. Counts what happened for the summary.
 */
import type { ImageSource, Media, PlannedImage, StoredDocumentLike } from '../types.ts'
import type { DownloadLimits } from './download.ts'
import { fetchAddresses } from './hosts.ts'
import { remoteImages, type FetchProgress, type RemoteImages } from './remote.ts'
import { datasetFileStore, sanityFileStore } from './file-store.ts'
import { createMediaResolver, type MediaResolver } from './resolve.ts'
import { datasetImageStore, sanityImageStore, type ImageStore, type ImageUploadClient } from './store.ts'

type Counts = { stored: number; reused: number; missing: number }

export interface MediaSetup extends Required<Media> {
  /** Images, and audio, video and captions files. */
  stats(): Counts & { files: Counts }
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
  mediaLimits?: Partial<DownloadLimits>
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
const ASSET_TYPES = new Set(['sanity.imageAsset', 'sanity.fileAsset'])
type Kind = 'image' | 'file'

export function openMedia({ mediaDir, dryRun, dataset, sanity, existing, fetch }: MediaOptions): MediaSetup {
  const existingAssetIds = existing.flatMap((doc) => {
    const d = doc as { _id?: unknown; _type?: unknown } | null
    return d && ASSET_TYPES.has(String(d._type)) && typeof d._id === 'string' ? [d._id] : []
  })
  let store: ImageStore | undefined
  let files: ImageStore | undefined
  if (sanity && !dryRun) {
    store = sanityImageStore(sanity.images)
    files = sanityFileStore(sanity.images)
  } else if (dataset && !sanity) {
    store = datasetImageStore(dataset, { dryRun, existingAssetIds })
    files = datasetFileStore(dataset, { dryRun, existingAssetIds })
  } else if (dryRun) {
    // A dry run to Sanity (or with no target) still checks every file is there and readable.
    store = datasetImageStore('/dev/null/dry-run.ndjson', { dryRun: true })
    files = datasetFileStore('/dev/null/dry-run.ndjson', { dryRun: true })
  }

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
          ...(files ? { files } : {}),
          dryRun,
          allowed: (url) => fetchAddresses(url.href, undefined, fetch.hosts) !== undefined,
        })
      : undefined
  const uploaded = new Set<string>()
  const tally = () => ({ stored: new Set<string>(), reused: new Set<string>(), missing: new Set<string>() })
  const counts = { image: tally(), file: tally() }
  const sizes = (kind: Kind) => ({
    stored: counts[kind].stored.size,
    reused: counts[kind].reused.size,
    missing: counts[kind].missing.size,
  })

  const stored = async (kind: Kind, url: string, from: ImageSource) => {
    const found = resolverFor(from.siteUrl).find(url, from.postFile ? { postFile: from.postFile } : undefined, kind)
    const addresses = 'missing' in found && remote && fetch ? fetchAddresses(url, from.siteUrl, fetch.hosts) : undefined
    const count = counts[kind]
    if ('missing' in found && !addresses) {
      count.missing.add(url)
      return found
    }
    const into = kind === 'image' ? store : files
    if (!into) return { missing: NOWHERE }
    const result =
      'file' in found
        ? await into.add(found.file)
        : await (kind === 'image' ? remote!.image(addresses!) : remote!.file(addresses!))
    if ('missing' in result) {
      count.missing.add(url)
      return result
    }
    if (!count.stored.has(result.assetId)) (result.created ? count.stored : count.reused).add(result.assetId)
    if (!result.document) uploaded.add(result.assetId)
    return {
      assetId: result.assetId,
      ...(result.document ? { document: result.document as StoredDocumentLike } : {}),
    }
  }

  return {
    image: (url, from) => stored('image', url, from),
    file: (url, from) => stored('file', url, from),
    async prefetch(images) {
      if (!remote || !fetch) return undefined
      const fetches = images.flatMap(({ url, siteUrl, kind = 'image' }) => {
        if ('file' in resolverFor(siteUrl).find(url, undefined, kind)) return [] // in --media: not fetched
        const addresses = fetchAddresses(url, siteUrl, fetch.hosts)
        if (!addresses) return []
        return [kind === 'image' ? remote.image(addresses) : remote.file(addresses)]
      })
      await Promise.all(fetches)
      return remote.progress()
    },
    has: (assetId) => uploaded.has(assetId),
    stats: () => ({ ...sizes('image'), files: sizes('file') }),
  }
}
