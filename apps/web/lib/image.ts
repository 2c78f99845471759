import { createImageUrlBuilder } from '@sanity/image-url'
import type { Image } from '@blog/schemas'

const SANITY_CDN = /^https:\/\/cdn\.sanity\.io\/images\/([^/]+)\/([^/]+)\//

/**
 * URL of an image at a given width. Content Lake assets go through the image CDN (crop,
 * hotspot, format); embedded assets are local files served as they are.
 */
export function imageUrl(image: Image, width?: number, height?: number): string {
  const match = SANITY_CDN.exec(image.asset.url)
  if (!match) return image.asset.url
  const [, projectId = '', dataset = ''] = match
  let builder = createImageUrlBuilder({ projectId, dataset })
    .image({ asset: { _ref: image.asset._id }, crop: image.crop ?? undefined, hotspot: image.hotspot ?? undefined })
    .auto('format')
  if (width) builder = builder.width(width)
  if (height) builder = builder.height(height).fit('crop')
  return builder.url()
}

export interface ImageSource {
  src: string
  /** The shape shown, for the width and height attributes: nothing shifts when the file arrives. */
  width: number
  height: number
  /** Local files cannot be cropped on the server: CSS keeps the hotspot in view instead. */
  objectPosition?: string
}

/**
 * What next/image needs to show `image` at `aspect` (width / height), or at the shape of its crop.
 * CDN URLs carry the crop and hotspot; the loader (lib/image-loader.ts) adds the width.
 */
export function imageSource(image: Image, aspect?: number): ImageSource {
  const { width, height } = image.asset.metadata.dimensions
  if (SANITY_CDN.test(image.asset.url)) {
    const { top = 0, bottom = 0, left = 0, right = 0 } = image.crop ?? {}
    const cropWidth = width * (1 - left - right)
    const cropHeight = height * (1 - top - bottom)
    const ratio = aspect ?? cropWidth / cropHeight
    const w = Math.round(Math.min(cropWidth, cropHeight * ratio))
    const h = Math.round(w / ratio)
    return { src: imageUrl(image, w, h), width: w, height: h }
  }
  const { x = 0.5, y = 0.5 } = image.hotspot ?? {}
  return {
    src: image.asset.url,
    width,
    height: aspect ? Math.round(width / aspect) : height,
    objectPosition: aspect ? `${Math.round(x * 100)}% ${Math.round(y * 100)}%` : undefined,
  }
}
