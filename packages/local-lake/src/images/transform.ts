// The image pipeline with sharp (the library Next uses for images): rect, then the size and fit, then the format.
import sharp, { type Sharp } from 'sharp'
import { LakeError } from '../errors.ts'
import type { ImageParams, OutputFormat } from './params.ts'

const MIME_TYPES: Record<OutputFormat, string> = {
  jpg: 'image/jpeg',
  pjpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
}
export const mimeTypeOf = (format: OutputFormat): string => MIME_TYPES[format]

/** Sanity's default quality for lossy formats. */
const DEFAULT_QUALITY = 75
const WHITE = { r: 255, g: 255, b: 255, alpha: 1 }
const CLEAR = { r: 0, g: 0, b: 0, alpha: 0 }

/** sharp's `position` for `crop=top,left` and the like (`center` when none). */
function position(crop: string[]): string {
  const vertical = crop.find((part) => part === 'top' || part === 'bottom')
  const horizontal = crop.find((part) => part === 'left' || part === 'right')
  return [vertical, horizontal].filter(Boolean).join(' ') || 'centre'
}

/** Scales to cover `width` x `height` and cuts that box around the focal point (fractions of the source). */
function coverAround(
  image: Sharp,
  source: { width: number; height: number },
  width: number,
  height: number,
  fp: ImageParams['fp'],
) {
  const scale = Math.max(width / source.width, height / source.height)
  const scaled = {
    width: Math.max(width, Math.round(source.width * scale)),
    height: Math.max(height, Math.round(source.height * scale)),
  }
  const clamp = (value: number, max: number) => Math.min(Math.max(0, Math.round(value)), max)
  const left = clamp(fp.x * scaled.width - width / 2, scaled.width - width)
  const top = clamp(fp.y * scaled.height - height / 2, scaled.height - height)
  return image.resize(scaled.width, scaled.height, { fit: 'fill' }).extract({ left, top, width, height })
}

function resize(image: Sharp, source: { width: number; height: number }, params: ImageParams): Sharp {
  const w = params.w === undefined ? undefined : Math.round(params.w * params.dpr)
  const h = params.h === undefined ? undefined : Math.round(params.h * params.dpr)
  if (w === undefined && h === undefined) return image
  const both = w !== undefined && h !== undefined
  const background = params.bg ?? CLEAR
  switch (params.fit) {
    case 'max':
      return image.resize(w, h, { fit: 'inside', withoutEnlargement: true })
    case 'scale':
      return image.resize(w ?? source.width, h ?? source.height, { fit: 'fill' })
    case 'fill':
    case 'fillmax':
      if (!both) return image.resize(w, h, { fit: 'inside', withoutEnlargement: params.fit === 'fillmax' })
      if (params.fit === 'fillmax' && w! >= source.width && h! >= source.height)
        return image.resize(w, h, { fit: 'contain', background, withoutEnlargement: true }).extend({
          top: Math.floor((h! - source.height) / 2),
          bottom: Math.ceil((h! - source.height) / 2),
          left: Math.floor((w! - source.width) / 2),
          right: Math.ceil((w! - source.width) / 2),
          background,
        })
      return image.resize(w, h, { fit: 'contain', background })
    case 'crop':
    case 'min': {
      if (!both) return image.resize(w, h, { fit: 'inside', withoutEnlargement: params.fit === 'min' })
      // min: the requested shape, but never larger than the original (the box shrinks to fit inside it).
      const shrink = params.fit === 'min' ? Math.min(1, source.width / w!, source.height / h!) : 1
      const width = Math.max(1, Math.round(w! * shrink))
      const height = Math.max(1, Math.round(h! * shrink))
      if (params.crop.includes('focalpoint')) return coverAround(image, source, width, height, params.fp)
      if (params.crop.includes('entropy'))
        return image.resize(width, height, { fit: 'cover', position: sharp.strategy.entropy })
      return image.resize(width, height, { fit: 'cover', position: position(params.crop) })
    }
    default:
      return image.resize(w, h, { fit: 'inside' })
  }
}

/** The transformed bytes and their content type. Throws a 400 for a `rect` outside the image. */
export async function transformImage(
  bytes: Buffer,
  params: ImageParams,
  format: OutputFormat,
): Promise<{ bytes: Buffer; type: string }> {
  const meta = await sharp(bytes).metadata()
  let source = { width: meta.autoOrient?.width ?? meta.width ?? 1, height: meta.autoOrient?.height ?? meta.height ?? 1 }
  let image = sharp(bytes).rotate()
  if (params.rect) {
    const { left, top, width, height } = params.rect
    if (left + width > source.width || top + height > source.height)
      throw new LakeError(
        400,
        'invalidImageParameter',
        `Image parameter rect=${left},${top},${width},${height} is outside the image (${source.width}x${source.height})`,
      )
    // A separate pass: sharp applies extract after resize within one pipeline otherwise.
    image = sharp(await image.extract(params.rect).toBuffer())
    source = { width, height }
  }
  image = resize(image, source, params)
  const quality = params.q ?? DEFAULT_QUALITY
  if (format === 'jpg' || format === 'pjpg')
    image = image.flatten({ background: params.bg ?? WHITE }).jpeg({ quality, progressive: format === 'pjpg' })
  else if (format === 'png') image = image.png()
  else if (format === 'webp') image = image.webp({ quality })
  else image = image.avif({ quality: Math.max(1, quality) })
  return { bytes: await image.toBuffer(), type: MIME_TYPES[format] }
}
