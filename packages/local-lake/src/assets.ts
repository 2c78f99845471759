import { createHash } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { LakeError } from './errors.ts'
import { applyTransaction } from './mutate.ts'
import type { DatasetStore } from './store.ts'
import type { StoredDocument } from './types.ts'

const IMAGE_TYPES: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  tiff: 'image/tiff',
}
const EXTENSIONS: Record<string, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  avif: 'avif',
  svg: 'svg',
  tiff: 'tif',
}
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

/** A blurred 20-pixel-wide copy as a data URL: the placeholder the blog shows while the image loads. */
async function lqip(bytes: Buffer, hasAlpha: boolean): Promise<string> {
  const small = sharp(bytes).resize(20).blur(1)
  const encoded = hasAlpha ? await small.png().toBuffer() : await small.jpeg({ quality: 40 }).toBuffer()
  return `data:image/${hasAlpha ? 'png' : 'jpeg'};base64,${encoded.toString('base64')}`
}

/**
 * The `sanity.imageAsset` document Sanity would make for these bytes, and the file name it is stored under in the
 * dataset's `images/` folder: id `image-<sha1>-<w>x<h>-<ext>`, file `<sha1>-<w>x<h>.<ext>`, dimensions, LQIP and
 * url `/media/<file>`. Writes nothing. Throws a `LakeError` (400, `invalidImage`) for bytes that are not an image.
 */
export async function describeImage(bytes: Buffer, { filename }: { filename?: string } = {}) {
  const name = filename ?? 'The upload'
  if (bytes.length === 0) throw new LakeError(400, 'invalidImage', `${name} is empty`)
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  let meta
  try {
    meta = await sharp(bytes).metadata()
  } catch {
    throw new LakeError(400, 'invalidImage', `${name} is not a readable image (JPEG, PNG, WebP, GIF, AVIF, SVG, TIFF)`)
  }
  const format = meta.format ?? ''
  const mimeType = IMAGE_TYPES[format]
  const extension = EXTENSIONS[format]
  if (!mimeType || !extension || !meta.width || !meta.height)
    throw new LakeError(400, 'invalidImage', `${name} is not a supported image (${meta.format ?? 'unknown format'})`)
  const { width, height } = meta
  const hasAlpha = Boolean(meta.hasAlpha)
  const fileName = `${sha1}-${width}x${height}.${extension}`
  let placeholder
  try {
    placeholder = await lqip(bytes, hasAlpha)
  } catch (error) {
    // The header read, the pixels did not: a truncated or damaged file.
    throw new LakeError(400, 'invalidImage', `${name} is damaged or incomplete (${(error as Error).message.trim()})`)
  }
  const asset = {
    _id: `image-${sha1}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset' as const,
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType,
    originalFilename: filename ?? fileName,
    path: `images/${fileName}`,
    // The dataset format's convention (as the sample dataset's assets): the blog serves images/ under /media.
    url: `/media/${fileName}`,
    size: bytes.length,
    metadata: {
      _type: 'sanity.imageMetadata' as const,
      dimensions: { _type: 'sanity.imageDimensions' as const, width, height, aspectRatio: width / height },
      lqip: placeholder,
      hasAlpha,
      isOpaque: !hasAlpha,
    },
  }
  return { asset, fileName }
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
  const format = Object.entries(EXTENSIONS).find(([, ext]) => ext === extension)?.[0]
  return {
    bytes: readFileSync(file),
    type: (kind === 'images' && format && IMAGE_TYPES[format]) || 'application/octet-stream',
  }
}
