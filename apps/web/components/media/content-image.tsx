import NextImage, { type ImageProps } from 'next/image'
import type { Image } from '@blog/schemas'
import type { Mark } from '@/lib/click-to-edit'
import { imageSource } from '@/lib/image'

interface ContentImageProps {
  image: Image
  /** Widest the image is shown, in CSS pixels; with `sizes` it shrinks with the layout. */
  width: number
  /** Width / height of the frame; the picture is cropped to it around its hotspot. Default: its own shape. */
  aspect?: number
  sizes?: string
  className?: string
  priority?: boolean
  /** Click-to-edit in draft mode (lib/click-to-edit.ts). */
  mark?: Mark
}

/**
 * A content image through next/image (the loader in lib/image-loader.ts): a srcset sized by the
 * CDN, width and height so nothing shifts, and, for the image a reader sees first (`priority`), the
 * asset's LQIP as a blurred placeholder. A lazy image loads before it scrolls into view, so its
 * placeholder is seldom seen, yet it cost about 1.5 kB of HTML each (the LQIP in an SVG in the
 * `style`, and again in the RSC payload): 20 kB of the home page's 75 kB.
 */
export function ContentImage({ image, width, aspect, sizes, className, priority = false, mark }: ContentImageProps) {
  const source = imageSource(image, aspect)
  const lqip = priority ? image.asset.metadata.lqip : undefined
  // next/image is a client component: every prop it gets travels in the page's RSC payload, an undefined one as
  // `"$undefined"`, so only the props that say something are passed (lazy loading and no placeholder are its defaults).
  const optional: Partial<ImageProps> = {
    ...(sizes ? { sizes } : {}),
    ...(className ? { className } : {}),
    ...(priority ? { loading: 'eager', fetchPriority: 'high' } : {}),
    ...(lqip ? { placeholder: 'blur', blurDataURL: lqip } : {}),
    ...(source.objectPosition ? { style: { objectFit: 'cover', objectPosition: source.objectPosition } } : {}),
  }
  return (
    <NextImage
      src={source.src}
      width={width}
      height={Math.round((width * source.height) / source.width)}
      alt={image.alt}
      {...optional}
      {...mark}
    />
  )
}
