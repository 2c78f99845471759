/** The formats Sanity accepts as images, by sharp's name: MIME type and file extension. */
export declare const IMAGE_FORMATS: Record<
  'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'svg' | 'tiff',
  { mimeType: string; extension: string }
>

/** Bytes that are not a usable image (empty, unreadable, unsupported, damaged); the message names the file. */
export declare class InvalidImageError extends Error {}

export type ImageAssetDocument = {
  _id: string
  _type: 'sanity.imageAsset'
  assetId: string
  sha1hash: string
  extension: string
  mimeType: string
  originalFilename: string
  path: string
  url: string
  size: number
  metadata: {
    _type: 'sanity.imageMetadata'
    dimensions: { _type: 'sanity.imageDimensions'; width: number; height: number; aspectRatio: number }
    lqip: string
    hasAlpha: boolean
    isOpaque: boolean
  }
}

/**
 * The `sanity.imageAsset` document Sanity would make for these bytes, and the file name it is stored under in the
 * dataset's `images/` folder: id `image-<sha1>-<w>x<h>-<ext>`, file `<sha1>-<w>x<h>.<ext>`, dimensions, alpha,
 * LQIP and url `/media/<file>`. Writes nothing. `lqip` replaces the placeholder sharp would make (the sample
 * dataset draws its own so its bytes do not depend on the libvips version). Throws an `InvalidImageError` for bytes
 * that are not an image.
 */
export declare function describeImage(
  bytes: Buffer,
  options?: { filename?: string; lqip?: string },
): Promise<{ asset: ImageAssetDocument; fileName: string }>
