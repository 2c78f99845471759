// The image URL parameters Sanity documents ("Image transformations"), read and checked: a value the pipeline
// cannot use answers 400, as on Sanity's CDN, instead of silently serving something else.
import { LakeError } from '../errors.ts'

export type Fit = 'clip' | 'crop' | 'fill' | 'fillmax' | 'max' | 'min' | 'scale'
export type OutputFormat = 'jpg' | 'pjpg' | 'png' | 'webp' | 'avif'

export interface ImageParams {
  w?: number
  h?: number
  fit: Fit
  /** A region of the original, in its pixels, taken before resizing. */
  rect?: { left: number; top: number; width: number; height: number }
  /** Where `fit=crop` keeps the image: edges (`top`, `left`...), `center`, `focalpoint` (with fp), `entropy`. */
  crop: string[]
  fp: { x: number; y: number }
  fm?: OutputFormat
  autoFormat: boolean
  q?: number
  dpr: number
  /** RGBA, 0-255 each, alpha 0-1 (sharp's colour). */
  bg?: { r: number; g: number; b: number; alpha: number }
}

const FITS = new Set<string>(['clip', 'crop', 'fill', 'fillmax', 'max', 'min', 'scale'])
const CROPS = new Set(['top', 'bottom', 'left', 'right', 'center', 'focalpoint', 'entropy'])
const FORMATS = new Set<string>(['jpg', 'pjpg', 'png', 'webp', 'avif'])
/** The parameters that change the bytes: any of them makes a request a transformation. */
export const TRANSFORMING = ['w', 'h', 'fit', 'rect', 'crop', 'fp-x', 'fp-y', 'auto', 'fm', 'q', 'dpr', 'bg']
/** Sanity's CDN serves at most 8192 pixels a side. */
const MAX_SIDE = 8192

const bad = (name: string, value: string, expected: string) =>
  new LakeError(400, 'invalidImageParameter', `Image parameter ${name}=${value} is not valid: ${expected}`)

function number(search: URLSearchParams, name: string, min: number, max: number, integer: boolean) {
  const raw = search.get(name)
  if (raw === null) return undefined
  const value = Number(raw)
  if (
    raw.trim() === '' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  )
    throw bad(name, raw, `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`)
  return value
}

/** `bg`: RGB, ARGB, RRGGBB or AARRGGBB in hex (alpha first, as Sanity reads it). */
function colour(raw: string): ImageParams['bg'] {
  if (!/^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(raw))
    throw bad('bg', raw, 'a hex colour (RGB, ARGB, RRGGBB or AARRGGBB)')
  const full = raw.length <= 4 ? [...raw].map((digit) => digit + digit).join('') : raw
  const withAlpha = full.length === 8 ? full : `ff${full}`
  const byte = (at: number) => parseInt(withAlpha.slice(at, at + 2), 16)
  return { alpha: byte(0) / 255, r: byte(2), g: byte(4), b: byte(6) }
}

export function parseImageParams(search: URLSearchParams): ImageParams {
  const fit = search.get('fit') ?? 'clip'
  if (!FITS.has(fit)) throw bad('fit', fit, [...FITS].join(', '))
  const crop = (search.get('crop') ?? 'center').split(',').filter(Boolean)
  for (const part of crop) if (!CROPS.has(part)) throw bad('crop', search.get('crop')!, [...CROPS].join(', '))
  const fm = search.get('fm')
  if (fm !== null && !FORMATS.has(fm)) throw bad('fm', fm, [...FORMATS].join(', '))
  const auto = search.get('auto')
  if (auto !== null && auto !== 'format') throw bad('auto', auto, 'format')
  const rawRect = search.get('rect')
  let rect: ImageParams['rect']
  if (rawRect !== null) {
    const parts = rawRect.split(',').map(Number)
    if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0) || !parts[2] || !parts[3])
      throw bad('rect', rawRect, 'left,top,width,height in whole pixels, with a width and height above 0')
    const [left, top, width, height] = parts as [number, number, number, number]
    rect = { left, top, width, height }
  }
  const rawBg = search.get('bg')
  return {
    w: number(search, 'w', 1, MAX_SIDE, true),
    h: number(search, 'h', 1, MAX_SIDE, true),
    fit: fit as Fit,
    rect,
    crop,
    fp: { x: number(search, 'fp-x', 0, 1, false) ?? 0.5, y: number(search, 'fp-y', 0, 1, false) ?? 0.5 },
    ...(fm ? { fm: fm as OutputFormat } : {}),
    autoFormat: auto === 'format',
    q: number(search, 'q', 0, 100, true),
    dpr: number(search, 'dpr', 1, 3, false) ?? 1,
    ...(rawBg !== null ? { bg: colour(rawBg) } : {}),
  }
}

/**
 * The format to answer with: `fm` if given; with `auto=format`, AVIF or WebP when the browser's Accept header
 * takes it (AVIF first, the smaller); otherwise the original's own format.
 */
export function outputFormat(params: ImageParams, original: string, accept: string | undefined): OutputFormat {
  if (params.fm) return params.fm
  if (params.autoFormat && accept?.includes('image/avif')) return 'avif'
  if (params.autoFormat && accept?.includes('image/webp')) return 'webp'
  if (original === 'png' || original === 'webp' || original === 'avif') return original
  // GIF, TIFF and the rest come back as JPEG (the first frame of an animation), PNG where they have alpha.
  return original === 'gif' ? 'png' : 'jpg'
}
