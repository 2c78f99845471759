// The one place a `sanity.imageAsset` document is made from image bytes: the sample dataset's build, the local
// lake's uploads and the importer all use it, so the three cannot drift apart. It lives here, not in the lake,
// because the lake depends on this package. Plain JavaScript so the build script imports it as it is.
import { createHash } from 'node:crypto'
import sharp from 'sharp'

/** The formats Sanity accepts as images: sharp's name for each, its MIME type and the file extension. */
export const IMAGE_FORMATS = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
  gif: { mimeType: 'image/gif', extension: 'gif' },
  avif: { mimeType: 'image/avif', extension: 'avif' },
  svg: { mimeType: 'image/svg+xml', extension: 'svg' },
  tiff: { mimeType: 'image/tiff', extension: 'tif' },
}

/** Bytes that are not a usable image; the message names the file. */
export class InvalidImageError extends Error {}

/** A blurred 20-pixel-wide copy as a data URL: the placeholder the blog shows while the image loads. */
async function lqip(bytes, hasAlpha) {
  const small = sharp(bytes).resize(20).blur(1)
  const encoded = hasAlpha ? await small.png().toBuffer() : await small.jpeg({ quality: 40 }).toBuffer()
  return `data:image/${hasAlpha ? 'png' : 'jpeg'};base64,${encoded.toString('base64')}`
}

export async function describeImage(bytes, { filename, lqip: givenLqip } = {}) {
  const name = filename ?? 'The upload'
  if (bytes.length === 0) throw new InvalidImageError(`${name} is empty`)
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  let meta
  try {
    meta = await sharp(bytes).metadata()
  } catch {
    throw new InvalidImageError(`${name} is not a readable image (JPEG, PNG, WebP, GIF, AVIF, SVG, TIFF)`)
  }
  const format = Object.hasOwn(IMAGE_FORMATS, meta.format ?? '') ? IMAGE_FORMATS[meta.format] : undefined
  if (!format || !meta.width || !meta.height)
    throw new InvalidImageError(`${name} is not a supported image (${meta.format ?? 'unknown format'})`)
  const { width, height } = meta
  const { mimeType, extension } = format
  const hasAlpha = Boolean(meta.hasAlpha)
  const fileName = `${sha1}-${width}x${height}.${extension}`
  let placeholder = givenLqip
  try {
    placeholder ??= await lqip(bytes, hasAlpha)
  } catch (error) {
    // The header read, the pixels did not: a truncated or damaged file.
    throw new InvalidImageError(`${name} is damaged or incomplete (${error.message.trim()})`)
  }
  const asset = {
    _id: `image-${sha1}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType,
    originalFilename: filename ?? fileName,
    path: `images/${fileName}`,
    // The dataset format's convention: the blog serves images/ under /media.
    url: `/media/${fileName}`,
    size: bytes.length,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      lqip: placeholder,
      hasAlpha,
      isOpaque: !hasAlpha,
    },
  }
  return { asset, fileName }
}
