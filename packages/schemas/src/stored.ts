import { z } from 'zod'
import { articleDocumentSchema } from './article.ts'
import { authorDocumentSchema } from './author.ts'
import { bookDocumentSchema } from './book.ts'
import { categoryDocumentSchema } from './category.ts'
import { fileAssetDocumentSchema } from './file-blocks.ts'
import { imageAssetDocumentSchema } from './image.ts'
import { siteSettingsDocumentSchema } from './site-settings.ts'

/** Every document type the dataset may hold, keyed by `_type`. */
export const storedDocumentSchemas = {
  article: articleDocumentSchema,
  author: authorDocumentSchema,
  book: bookDocumentSchema,
  category: categoryDocumentSchema,
  siteSettings: siteSettingsDocumentSchema,
  'sanity.imageAsset': imageAssetDocumentSchema,
  'sanity.fileAsset': fileAssetDocumentSchema,
} as const

export type StoredDocumentType = keyof typeof storedDocumentSchemas

export const storedDocumentSchema = z.discriminatedUnion('_type', [
  articleDocumentSchema,
  authorDocumentSchema,
  bookDocumentSchema,
  categoryDocumentSchema,
  siteSettingsDocumentSchema,
  imageAssetDocumentSchema,
  fileAssetDocumentSchema,
])
export type StoredDocument = z.infer<typeof storedDocumentSchema>
