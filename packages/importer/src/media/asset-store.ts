/** What stores of images and of other files share: each file read once, each content saved once. */
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { writeDurably } from '@blog/local-lake/assets'
import type { StoredDocumentLike } from '../types.ts'

export interface StoredImage {
  assetId: string
  /** Its name in a dataset's folder: images/<sha1>-<w>x<h>.<ext>, files/<sha1>.<ext> for the other files. */
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
  /** Stores the file once per content; a file that is not a readable image (or media file) says why, for a note. */
  add(file: string): Promise<StoredImage | { missing: string }>
  /** The same for bytes fetched from elsewhere; `name` is the file name the old site gave them. */
  addBytes(bytes: Buffer, name: string): Promise<StoredImage | { missing: string }>
  /** The asset documents this run created, in order. */
  readonly assets: readonly StoredDocumentLike[]
}

/** The part of @sanity/client the Sanity stores use: `client.assets.upload('image' | 'file', bytes, { filename })`. */
export interface ImageUploadClient {
  assets: {
    upload(
      assetType: 'image' | 'file',
      body: Buffer,
      options: { filename: string; contentType?: string },
    ): Promise<{ _id: string; _type: string }>
  }
}

type Added = StoredImage | { missing: string }
/** What a store needs to know of an asset before saving it. */
export interface Described {
  asset: { _id: string; sha1hash: string; originalFilename: string; mimeType: string } & StoredDocumentLike
  fileName: string
}
/** Saves content this run has not saved yet: its asset id, the document when it is new, and whether to hand it out. */
export type Save<D extends Described> = (
  described: D,
  bytes: Buffer,
) => Promise<{ assetId: string; created?: StoredDocumentLike; handOut: boolean } | { missing: string }>
type Saved = Awaited<ReturnType<Save<Described>>>

/**
 * Reads and describes each file once, and saves each content once, whatever its file name. `describe` throws the
 * reason a file is refused. Images and the other files (file-store.ts) share it.
 */
export function assetStore<D extends Described>(
  describe: (bytes: Buffer, name: string) => Promise<D>,
  save: Save<D>,
): ImageStore {
  const assets: StoredDocumentLike[] = []
  const byFile = new Map<string, Promise<Added>>()
  const byContent = new Map<string, Promise<Saved>>()
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
    let described: D
    try {
      described = await describe(bytes, name)
    } catch (error) {
      return { missing: (error as Error).message }
    }
    const known = byContent.get(described.asset.sha1hash)
    if (known) return added(await known, described.fileName, false)
    const saving = save(described, bytes)
    byContent.set(described.asset.sha1hash, saving)
    const result = await saving
    if (!('missing' in result) && result.created) assets.push(result.created)
    return added(result, described.fileName, true)
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

/** Writes an asset's file into `dir` of a dataset folder, unless there already (names are content hashes). */
export function datasetSave<D extends Described>(
  dir: string,
  { dryRun = false, existingAssetIds = [] }: { dryRun?: boolean; existingAssetIds?: Iterable<string> },
): Save<D> {
  const existing = new Set(existingAssetIds)
  return async ({ asset, fileName }, bytes) => {
    const target = path.join(dir, fileName)
    // Names are content hashes and files are written whole (temporary file, rename): one of the right size is this.
    if (!dryRun && statSync(target, { throwIfNoEntry: false })?.size !== bytes.length) writeDurably(target, bytes)
    return { assetId: asset._id, handOut: true, ...(existing.has(asset._id) ? {} : { created: asset }) }
  }
}

// Statuses that say "not this file" rather than "not this project or not now".
const REFUSED = new Set([400, 413, 415, 422])

/** Uploads through `client.assets.upload`; a file Sanity refuses gives its reason, other errors are thrown. */
export function sanitySave<D extends Described>(client: ImageUploadClient, assetType: 'image' | 'file'): Save<D> {
  return async ({ asset }, bytes) => {
    try {
      const document = await client.assets.upload(assetType, bytes, {
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
  }
}
