import NextImage from 'next/image'
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
 * CDN, width and height so nothing shifts, and the asset's LQIP as a blurred placeholder.
 */
export function ContentImage({ image, width, aspect, sizes, className, priority = false, mark }: ContentImageProps) {
  const source = imageSource(image, aspect)
  const lqip = image.asset.metadata.lqip
  return (
    <NextImage
      src={source.src}
      width={width}
      height={Math.round((width * source.height) / source.width)}
      alt={image.alt}
      sizes={sizes}
      className={className}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      placeholder={lqip ? 'blur' : 'empty'}
      blurDataURL={lqip ?? undefined}
      {...mark}
      style={source.objectPosition ? { objectFit: 'cover', objectPosition: source.objectPosition } : undefined}
    />
  )
}
