import { createHash } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { LakeError } from './errors.ts'
import { applyTransaction } from './mutate.ts'
import type { DatasetStore, StoredDocument } from './store.ts'

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

function writeDurably(file: string, bytes: Buffer): void {
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
 * Stores an uploaded image as Sanity does: `images/<sha1>-<w>x<h>.<ext>` in the dataset folder and a
 * `sanity.imageAsset` document `image-<sha1>-<w>x<h>-<ext>` with dimensions and LQIP. The same bytes uploaded twice
 * give the same asset (sha1), written once.
 */
export async function uploadImage(
  store: DatasetStore,
  bytes: Buffer,
  { filename }: { filename?: string },
): Promise<StoredDocument> {
  if (bytes.length === 0) throw new LakeError(400, 'invalidImage', 'The upload is empty')
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  let meta
  try {
    meta = await sharp(bytes).metadata()
  } catch {
    throw new LakeError(
      400,
      'invalidImage',
      `${filename ?? 'The upload'} is not an image this lake can read (JPEG, PNG, WebP, GIF, AVIF, SVG, TIFF)`,
    )
  }
  const format = meta.format ?? ''
  if (!IMAGE_TYPES[format] || !meta.width || !meta.height)
    throw new LakeError(400, 'invalidImage', `${filename ?? 'The upload'} is not a supported image`)
  const { width, height } = meta
  const extension = EXTENSIONS[format]!
  const id = `image-${sha1}-${width}x${height}-${extension}`
  const existing = store.get(id)
  if (existing) return existing

  const fileName = `${sha1}-${width}x${height}.${extension}`
  writeDurably(path.join(store.dir, 'images', fileName), bytes)
  const asset = {
    _id: id,
    _type: 'sanity.imageAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: IMAGE_TYPES[format],
    originalFilename: filename ?? fileName,
    path: `images/${fileName}`,
    // The dataset format's convention (as the sample dataset's assets): the blog serves images/ under /media.
    url: `/media/${fileName}`,
    size: bytes.length,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      lqip: await lqip(bytes, Boolean(meta.hasAlpha)),
      hasAlpha: Boolean(meta.hasAlpha),
      isOpaque: !meta.hasAlpha,
    },
  }
  applyTransaction(store, [{ createIfNotExists: asset }])
  return store.get(id)!
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
