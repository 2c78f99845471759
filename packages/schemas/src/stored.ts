import { z } from 'zod'
import { articleDocumentSchema } from './article'
import { authorDocumentSchema } from './author'
import { bookDocumentSchema } from './book'
import { categoryDocumentSchema } from './category'
import { imageAssetDocumentSchema } from './image'
import { siteSettingsDocumentSchema } from './site-settings'

/** Every document type the dataset may hold, keyed by `_type`. */
export const storedDocumentSchemas = {
  article: articleDocumentSchema,
  author: authorDocumentSchema,
  book: bookDocumentSchema,
  category: categoryDocumentSchema,
  siteSettings: siteSettingsDocumentSchema,
  'sanity.imageAsset': imageAssetDocumentSchema,
} as const

export type StoredDocumentType = keyof typeof storedDocumentSchemas

export const storedDocumentSchema = z.discriminatedUnion('_type', [
  articleDocumentSchema,
  authorDocumentSchema,
  bookDocumentSchema,
  categoryDocumentSchema,
  siteSettingsDocumentSchema,
  imageAssetDocumentSchema,
])
export type StoredDocument = z.infer<typeof storedDocumentSchema>
