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

/** `srcset` candidates for CDN images; local files have a single size. */
export function imageSrcSet(image: Image, widths: number[], aspect?: number): string | undefined {
  if (!SANITY_CDN.test(image.asset.url)) return undefined
  return widths.map((w) => `${imageUrl(image, w, aspect ? Math.round(w / aspect) : undefined)} ${w}w`).join(', ')
}
