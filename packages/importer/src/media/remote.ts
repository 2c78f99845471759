/**
 * Images, audio, video and captions fetched from the old site (`--fetch-media`): a few downloads at a time, each
 * address once per run, each content stored once through the image or file store. An index of address -> stored
 * file, kept beside the dataset, lets the next run take the file from disk instead of the network.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { writeDurably } from '@blog/local-lake/assets'
import { decodeSafely } from '../text.ts'
import { DEFAULT_LIMITS, downloadImage, downloadMedia, MEDIA_MAX_BYTES, type DownloadLimits } from './download.ts'
import type { ImageStore, StoredImage } from './store.ts'

export interface FetchProgress {
  /** Addresses asked for so far; `done` of them are settled, `failed` of those without an image. */
  total: number
  done: number
  failed: number
  /** Taken from an earlier run's files, not fetched. */
  reused: number
}

export interface RemoteOptions {
  store: ImageStore
  /** Where audio, video and captions go; without it none are fetched. */
  files?: ImageStore
  /** Holds `fetched-media.jsonl` and, under images/ and files/, each fetched file: a dataset's own folder. */
  cacheDir: string
  /** Fetches nothing: only images an earlier run fetched are stored. */
  dryRun: boolean
  /** Whether a redirect may be followed there. */
  allowed: (url: URL) => boolean
  concurrency?: number
  limits?: Partial<DownloadLimits>
  /** For audio, video and captions; `maxBytes` is `MEDIA_MAX_BYTES` unless set. */
  mediaLimits?: Partial<DownloadLimits>
  onProgress?: (progress: FetchProgress) => void
}

export interface RemoteImages {
  /** Stores the first of `addresses` (the same image, best first) that answers with an image; or why none did. */
  image(addresses: string[]): Promise<StoredImage | { missing: string }>
  /** The same for an audio, video or captions file. */
  file(addresses: string[]): Promise<StoredImage | { missing: string }>
  progress(): FetchProgress
}

type Result = StoredImage | { missing: string }
type Kind = 'images' | 'files'

export const FETCH_INDEX = 'fetched-media.jsonl'

function readIndex(file: string): Map<string, string> {
  const index = new Map<string, string>()
  if (!existsSync(file)) return index
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    try {
      const entry = JSON.parse(line) as { url?: unknown; file?: unknown }
      if (typeof entry.url === 'string' && typeof entry.file === 'string') index.set(entry.url, entry.file)
    } catch {
      // an empty line, or one an interrupted run cut short: that image is fetched again
    }
  }
  return index
}

export function remoteImages(options: RemoteOptions): RemoteImages {
  const { cacheDir, dryRun, allowed, concurrency = 4, onProgress } = options
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const mediaLimits = { ...DEFAULT_LIMITS, maxBytes: MEDIA_MAX_BYTES, ...options.mediaLimits }
  const stores = { images: options.store, files: options.files }
  const indexFile = path.join(cacheDir, FETCH_INDEX)
  const index = readIndex(indexFile)
  const byAddress = new Map<string, Promise<Result>>()
  const counts: FetchProgress = { total: 0, done: 0, failed: 0, reused: 0 }
  let running = 0
  const queue: (() => void)[] = []

  const inSlot = async <T>(run: () => Promise<T>): Promise<T> => {
    while (running >= concurrency) await new Promise<void>((resolve) => queue.push(resolve))
    running += 1
    try {
      return await run()
    } finally {
      running -= 1
      queue.shift()?.()
    }
  }

  const remember = (kind: Kind, url: string, bytes: Buffer, stored: StoredImage) => {
    const file = path.join(kind, stored.fileName)
    const target = path.join(cacheDir, file)
    // A dataset's store has written it there already; a Sanity upload leaves no file, so the index keeps its own.
    if (statSync(target, { throwIfNoEntry: false })?.size !== bytes.length) writeDurably(target, bytes)
    mkdirSync(cacheDir, { recursive: true })
    appendFileSync(indexFile, `${JSON.stringify({ url, file })}\n`)
  }

  const fetchOne = async (kind: Kind, addresses: string[]): Promise<Result> => {
    const store = stores[kind]
    if (!store) return { missing: 'not fetched: no store for files' }
    const key = addresses[0]!
    const known = index.get(key)
    if (known && existsSync(path.join(cacheDir, known))) {
      const stored = await store.add(path.join(cacheDir, known))
      if (!('missing' in stored)) {
        counts.reused += 1
        return stored
      }
    }
    const asWritten = addresses.at(-1)!
    if (dryRun) return { missing: `not fetched (dry run): it would be fetched from ${asWritten}` }
    let failure = ''
    for (const url of addresses) {
      const got = await inSlot(() =>
        kind === 'images' ? downloadImage(url, allowed, limits) : downloadMedia(url, allowed, mediaLimits),
      )
      if ('failed' in got) {
        failure = `fetching ${url} failed: ${got.failed}`
        continue
      }
      const stored = await store.addBytes(got.bytes, decodeSafely(path.posix.basename(new URL(url).pathname)))
      if ('missing' in stored) return { missing: `fetched from ${url}, but ${stored.missing}` }
      remember(kind, key, got.bytes, stored)
      return stored
    }
    return { missing: failure }
  }

  const settle = (kind: Kind, addresses: string[]) => {
    const key = `${kind}:${addresses[0]!}`
    let result = byAddress.get(key)
    if (!result) {
      counts.total += 1
      result = fetchOne(kind, addresses).then((settled) => {
        counts.done += 1
        if ('missing' in settled) counts.failed += 1
        onProgress?.({ ...counts })
        return settled
      })
      byAddress.set(key, result)
    }
    return result
  }

  return {
    image: (addresses) => settle('images', addresses),
    file: (addresses) => settle('files', addresses),
    progress: () => ({ ...counts }),
  }
}
