import { z } from 'zod'
import { nullish, referenceSchema } from './common.ts'

const unit = z.number().min(0).max(1)

export const hotspotSchema = z.object({
  _type: z.literal('sanity.imageHotspot').optional(),
  x: unit,
  y: unit,
  height: unit,
  width: unit,
})

export const cropSchema = z.object({
  _type: z.literal('sanity.imageCrop').optional(),
  top: unit,
  bottom: unit,
  left: unit,
  right: unit,
})

export const dimensionsSchema = z.object({
  _type: z.literal('sanity.imageDimensions').optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  aspectRatio: z.number().positive(),
})

/** `sanity.imageAsset` document, as exported by `sanity dataset export` and kept in the embedded dataset. */
export const imageAssetDocumentSchema = z.object({
  _id: z.string().regex(/^image-[a-zA-Z0-9]+-\d+x\d+-[a-z]+$/, 'image asset ids look like image-<hash>-<w>x<h>-<ext>'),
  _type: z.literal('sanity.imageAsset'),
  url: z.string().min(1),
  path: z.string().optional(),
  originalFilename: z.string().optional(),
  extension: z.string().min(1),
  mimeType: z.string().regex(/^image\//),
  size: z.number().int().nonnegative().optional(),
  sha1hash: z.string().optional(),
  assetId: z.string().optional(),
  metadata: z.object({
    _type: z.literal('sanity.imageMetadata').optional(),
    dimensions: dimensionsSchema,
    lqip: z.string().startsWith('data:image/').optional(),
  }),
})
export type ImageAssetDocument = z.infer<typeof imageAssetDocumentSchema>

/** Image field as stored: a reference to the asset plus the editor's alt text and framing. */
export const imageFieldSchema = z.object({
  _type: z.literal('image'),
  asset: referenceSchema,
  alt: z.string().trim().min(1, 'images need alt text'),
  hotspot: hotspotSchema.optional(),
  crop: cropSchema.optional(),
})

/** Image as the queries project it: `asset->` resolved to url, dimensions and lqip. */
export const imageSchema = z.object({
  alt: z.string().trim().min(1, 'images need alt text'),
  hotspot: nullish(hotspotSchema),
  crop: nullish(cropSchema),
  asset: z.object({
    _id: z.string().min(1),
    url: z.string().min(1),
    metadata: z.object({
      dimensions: dimensionsSchema,
      lqip: nullish(z.string()),
    }),
  }),
})
export type Image = z.infer<typeof imageSchema>
