import { z } from 'zod'
import {
  isoDateSchema,
  keyedReferenceSchema,
  linkFieldSchema,
  linkSchema,
  nullish,
  slugFieldSchema,
  slugStringSchema,
} from './common.ts'
import { documentBaseSchema } from './document.ts'
import { imageFieldSchema, imageSchema } from './image.ts'
import { isValidIsbn } from './rules.ts'

const isbnSchema = z.string().refine(isValidIsbn, 'ISBN must be a valid ISBN-10 or ISBN-13')

export const bookDocumentSchema = documentBaseSchema.extend({
  _type: z.literal('book'),
  title: z.string().trim().min(1),
  slug: slugFieldSchema,
  subtitle: z.string().optional(),
  cover: imageFieldSchema.optional(),
  description: z.string().optional(),
  authors: z.array(keyedReferenceSchema).min(1, 'a book needs at least one author'),
  publishedAt: isoDateSchema.optional(),
  isbn: isbnSchema.optional(),
  publisher: z.string().optional(),
  links: z.array(linkFieldSchema).optional(),
})
export type BookDocument = z.infer<typeof bookDocumentSchema>

export const bookSummarySchema = z.object({
  _id: z.string().min(1),
  title: z.string().trim().min(1),
  slug: slugStringSchema,
  subtitle: nullish(z.string()),
  cover: nullish(imageSchema),
  publishedAt: nullish(isoDateSchema),
})
export type BookSummary = z.infer<typeof bookSummarySchema>

export const bookDetailsSchema = bookSummarySchema.extend({
  description: nullish(z.string()),
  isbn: nullish(isbnSchema),
  publisher: nullish(z.string()),
  links: nullish(z.array(linkSchema)),
})
export type BookDetails = z.infer<typeof bookDetailsSchema>
