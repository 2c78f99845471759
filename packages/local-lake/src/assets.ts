import { createHash } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import path from 'node:path'
import { describeImage as describeImageAsset, IMAGE_FORMATS, InvalidImageError } from '@blog/sample-content/image-asset'
import { LakeError } from './errors.ts'
import { applyTransaction } from './mutate.ts'
import type { DatasetStore } from './store.ts'
import type { StoredDocument } from './types.ts'

const FILE_NAME = /^([a-f0-9]{40})(?:-(\d+)x(\d+))?\.([a-z0-9]{1,5})$/

/** Writes a file so that a crash leaves either the old state or the whole file: a temporary file, fsync, rename. */
export function writeDurably(file: string, bytes: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  const fd = openSync(temporary, 'w')
  try {
    writeSync(fd, bytes)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, file)
}

/**
 * The `sanity.imageAsset` document for these bytes and its file name in `images/`, as the sample dataset's build
 * makes it (@blog/sample-content/image-asset); bytes that are not an image answer 400 `invalidImage`.
 */
export async function describeImage(bytes: Buffer, { filename }: { filename?: string } = {}) {
  try {
    return await describeImageAsset(bytes, { filename })
  } catch (error) {
    if (error instanceof InvalidImageError) throw new LakeError(400, 'invalidImage', error.message)
    throw error
  }
}
export type DescribedImage = Awaited<ReturnType<typeof describeImage>>

/**
 * Stores an uploaded image as Sanity does: `images/<sha1>-<w>x<h>.<ext>` in the dataset folder and the
 * `sanity.imageAsset` document `describeImage` makes. The same bytes uploaded twice give the same asset (sha1),
 * written once.
 */
export async function uploadImage(
  store: DatasetStore,
  bytes: Buffer,
  { filename }: { filename?: string },
): Promise<StoredDocument> {
  const { asset, fileName } = await describeImage(bytes, { filename })
  const existing = store.get(asset._id)
  if (existing) return existing
  writeDurably(path.join(store.dir, 'images', fileName), bytes)
  applyTransaction(store, [{ createIfNotExists: asset }])
  return store.get(asset._id)!
}

/** Any other file: `files/<sha1>.<ext>` and a `sanity.fileAsset` document `file-<sha1>-<ext>`. */
export function uploadFile(
  store: DatasetStore,
  bytes: Buffer,
  { filename, baseUrl, mimeType }: { filename?: string; baseUrl: string; mimeType?: string },
): StoredDocument {
  if (bytes.length === 0) throw new LakeError(400, 'invalidFile', 'The upload is empty')
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const extension = (/\.([a-z0-9]{1,5})$/i.exec(filename ?? '')?.[1] ?? 'bin').toLowerCase()
  const id = `file-${sha1}-${extension}`
  const existing = store.get(id)
  if (existing) return existing
  const fileName = `${sha1}.${extension}`
  writeDurably(path.join(store.dir, 'files', fileName), bytes)
  applyTransaction(store, [
    {
      createIfNotExists: {
        _id: id,
        _type: 'sanity.fileAsset',
        assetId: sha1,
        sha1hash: sha1,
        extension,
        mimeType: mimeType ?? 'application/octet-stream',
        originalFilename: filename ?? fileName,
        path: `files/${fileName}`,
        url: `${baseUrl}/${fileName}`,
        size: bytes.length,
      },
    },
  ])
  return store.get(id)!
}

/** The bytes and type of a stored image or file, by its file name (`<sha1>-<w>x<h>.<ext>` or `<sha1>.<ext>`). */
export function readAsset(
  store: DatasetStore,
  kind: 'images' | 'files',
  fileName: string,
): { bytes: Buffer; type: string } {
  const match = FILE_NAME.exec(fileName)
  const file = path.join(store.dir, kind, fileName)
  if (!match || !existsSync(file))
    throw new LakeError(404, 'notFound', `No ${kind === 'images' ? 'image' : 'file'} ${fileName}`)
  const extension = match[4]!
  const format = Object.values(IMAGE_FORMATS).find((known) => known.extension === extension)
  return {
    bytes: readFileSync(file),
    type: (kind === 'images' && format?.mimeType) || 'application/octet-stream',
  }
}
