import type { Image } from '@blog/schemas'
import { imageSrcSet, imageUrl } from '@/lib/image'

interface ContentImageProps {
  image: Image
  /** Width the image is shown at on a wide screen, in CSS pixels. */
  width: number
  sizes?: string
  className?: string
  priority?: boolean
}

/** An `<img>` with real dimensions (no layout shift) and the asset's blurred placeholder. */
export function ContentImage({ image, width, sizes, className, priority = false }: ContentImageProps) {
  const { width: w, height: h } = image.asset.metadata.dimensions
  const lqip = image.asset.metadata.lqip
  return (
    <img
      src={imageUrl(image, width * 2)}
      srcSet={imageSrcSet(image, [width, width * 2])}
      sizes={sizes}
      width={w}
      height={h}
      alt={image.alt}
      className={className}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      style={lqip ? { backgroundImage: `url(${lqip})`, backgroundSize: 'cover' } : undefined}
    />
  )
}
