import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describeImage, writeDurably, type DescribedImage } from '@blog/local-lake/assets'
import type { StoredDocumentLike } from '../import-posts.ts'

export interface StoredImage {
  assetId: string
  /** `<sha1>-<w>x<h>.<ext>`: the name the image has in a dataset's images/ folder. */
  fileName: string
  /** True for the add that made the asset; false when the target had it already or this run made it before. */
  created: boolean
  /**
   * The asset document, on every add, while the dataset does not have it yet: written with each document that refers
   * to it, it stays with them if one of them is left out. Not set for Sanity, where the upload stored it.
   */
  document?: StoredDocumentLike
}

export interface ImageStore {
  /** Stores the image file once per content; a file that is not a readable image gives the reason, for a note. */
  add(file: string): Promise<StoredImage | { missing: string }>
  /** The same for bytes fetched from elsewhere; `name` is the file name the old site gave them. */
  addBytes(bytes: Buffer, name: string): Promise<StoredImage | { missing: string }>
  /** The `sanity.imageAsset` documents this run created, in order. */
  readonly assets: readonly StoredDocumentLike[]
}

/** The part of @sanity/client the Sanity store uses: `client.assets.upload('image', bytes, { filename })`. */
export interface ImageUploadClient {
  assets: {
    upload(
      assetType: 'image',
      body: Buffer,
      options: { filename: string; contentType?: string },
    ): Promise<{ _id: string; _type: string }>
  }
}

type Added = StoredImage | { missing: string }
/** Saves content this run has not saved yet: its asset id, the document when it is new, and whether to hand it out. */
type Save = (
  image: DescribedImage,
  bytes: Buffer,
) => Promise<{ assetId: string; created?: StoredDocumentLike; handOut: boolean } | { missing: string }>
type Saved = Awaited<ReturnType<Save>>

/** Reads and describes each file once, and saves each content once, whatever its file name. */
function imageStore(save: Save): ImageStore {
  const assets: StoredDocumentLike[] = []
  const byFile = new Map<string, Promise<Added>>()
  const byContent = new Map<string, ReturnType<Save>>()
  const added = (result: Saved, fileName: string, first: boolean): Added => {
    if ('missing' in result) return result
    const { assetId, created, handOut } = result
    return {
      assetId,
      fileName,
      created: first && created !== undefined,
      ...(handOut && created ? { document: created } : {}),
    }
  }

  const addBytes = async (bytes: Buffer, name: string): Promise<Added> => {
    let image: DescribedImage
    try {
      image = await describeImage(bytes, { filename: name })
    } catch (error) {
      return { missing: (error as Error).message }
    }
    const known = byContent.get(image.asset.sha1hash)
    if (known) return added(await known, image.fileName, false)
    const saving = save(image, bytes)
    byContent.set(image.asset.sha1hash, saving)
    const result = await saving
    if (!('missing' in result) && result.created) assets.push(result.created)
    return added(result, image.fileName, true)
  }

  const add = async (file: string): Promise<Added> => {
    let bytes: Buffer
    try {
      bytes = await readFile(file)
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException
      return { missing: code ? `${path.basename(file)} cannot be read (${code})` : message }
    }
    return addBytes(bytes, path.basename(file))
  }

  return {
    assets,
    addBytes,
    add(file) {
      const key = path.resolve(file)
      const known = byFile.get(key)
      if (known) return known.then((result) => ('missing' in result ? result : { ...result, created: false }))
      const result = add(key)
      byFile.set(key, result)
      return result
    },
  }
}

/**
 * Images for an NDJSON dataset: `images/<sha1>-<w>x<h>.<ext>` beside `datasetFile` (the blog serves that folder under
 * /media), each written durably when added, so before the dataset that refers to it. `assets` holds the new
 * `sanity.imageAsset` documents to append to the dataset; `existingAssetIds` are those it has already, which are not
 * made again (their file is written only if it is missing). A dry run reads and describes, and writes nothing.
 */
export function datasetImageStore(
  datasetFile: string,
  { dryRun = false, existingAssetIds = [] }: { dryRun?: boolean; existingAssetIds?: Iterable<string> } = {},
): ImageStore {
  const imagesDir = path.join(path.dirname(path.resolve(datasetFile)), 'images')
  const existing = new Set(existingAssetIds)
  return imageStore(async ({ asset, fileName }, bytes) => {
    const target = path.join(imagesDir, fileName)
    // Names are content hashes and files are written whole (temporary file, rename): one of the right size is this.
    if (!dryRun && statSync(target, { throwIfNoEntry: false })?.size !== bytes.length) writeDurably(target, bytes)
    return { assetId: asset._id, handOut: true, ...(existing.has(asset._id) ? {} : { created: asset }) }
  })
}

// Statuses that say "not this file" rather than "not this project or not now".
const REFUSED = new Set([400, 413, 415, 422])

/**
 * Images uploaded to the Sanity project with `client.assets.upload`. The Content Lake keeps one asset per content
 * anyway; the store also sends each content only once per run. A file Sanity refuses gives its reason; other errors
 * (authorisation, network) are thrown, as they would fail every upload.
 */
export function sanityImageStore(client: ImageUploadClient): ImageStore {
  return imageStore(async ({ asset }, bytes) => {
    try {
      const document = await client.assets.upload('image', bytes, {
        filename: asset.originalFilename,
        contentType: asset.mimeType,
      })
      return { assetId: document._id, created: document, handOut: false }
    } catch (error) {
      const { statusCode, message } = error as { statusCode?: number; message?: string }
      if (statusCode !== undefined && REFUSED.has(statusCode))
        return { missing: `Sanity refused ${asset.originalFilename}: ${message ?? statusCode}` }
      throw error
    }
  })
}
