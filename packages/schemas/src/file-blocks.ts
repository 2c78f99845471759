import { z } from 'zod'
import { keySchema, nullish, referenceSchema } from './common.ts'
import { imageFieldSchema, imageSchema } from './image.ts'

/** `sanity.fileAsset` document: an uploaded file that is not an image (Sanity's export format, the local lake). */
export const fileAssetDocumentSchema = z.object({
  _id: z.string().regex(/^file-[a-zA-Z0-9]+-[a-z0-9]+$/, 'file asset ids look like file-<hash>-<ext>'),
  _type: z.literal('sanity.fileAsset'),
  url: z.string().min(1),
  path: z.string().optional(),
  originalFilename: z.string().optional(),
  extension: z.string().min(1),
  mimeType: z.string().min(1),
  size: z.number().int().nonnegative().optional(),
  sha1hash: z.string().optional(),
  assetId: z.string().optional(),
})
export type FileAssetDocument = z.infer<typeof fileAssetDocumentSchema>

/** File field as stored: a reference to the asset. */
export const fileFieldSchema = z.object({ _type: z.literal('file'), asset: referenceSchema })

/** File as the queries project it: `asset->` resolved to an address the blog can load. */
export const fileSchema = z.object({
  asset: z.object({
    _id: z.string().min(1),
    url: z.string().min(1),
    mimeType: nullish(z.string()),
    size: nullish(z.number().int().nonnegative()),
  }),
})
export type FileValue = z.infer<typeof fileSchema>

const audioFileShape = {
  _type: z.literal('audioFile'),
  _key: keySchema,
  title: z.string().trim().min(1, 'an audio file needs a title for screen readers'),
  caption: nullish(z.string()),
  transcript: nullish(z.string()),
}

/** A recording readers play in the page, with its transcript. Stored layer. */
export const audioFileFieldSchema = z.object({ ...audioFileShape, file: fileFieldSchema })
/** Result layer: the file's asset resolved by the query; a block whose file is gone is refused. */
export const audioFileSchema = z.object({ ...audioFileShape, file: fileSchema })
export type AudioFile = z.infer<typeof audioFileSchema>

const videoFileShape = {
  _type: z.literal('videoFile'),
  _key: keySchema,
  title: z.string().trim().min(1, 'a video file needs a title for screen readers'),
  caption: nullish(z.string()),
}

/** A video played in the page, with WebVTT captions and a poster picture. Stored layer. */
export const videoFileFieldSchema = z.object({
  ...videoFileShape,
  file: fileFieldSchema,
  captions: fileFieldSchema.optional(),
  poster: imageFieldSchema.optional(),
})
/** Result layer: the assets resolved by the query. */
export const videoFileSchema = z.object({
  ...videoFileShape,
  file: fileSchema,
  captions: nullish(fileSchema),
  poster: nullish(imageSchema),
})
export type VideoFile = z.infer<typeof videoFileSchema>
