import { z } from 'zod'
import { nullish, slugFieldSchema, slugStringSchema } from './common.ts'
import { documentBaseSchema } from './document.ts'

export const categoryDocumentSchema = documentBaseSchema.extend({
  _type: z.literal('category'),
  title: z.string().trim().min(1),
  slug: slugFieldSchema,
  description: z.string().optional(),
})
export type CategoryDocument = z.infer<typeof categoryDocumentSchema>

export const categorySummarySchema = z.object({
  _id: z.string().min(1),
  title: z.string().trim().min(1),
  slug: slugStringSchema,
})
export type CategorySummary = z.infer<typeof categorySummarySchema>

export const categorySchema = categorySummarySchema.extend({
  description: nullish(z.string()),
})
export type Category = z.infer<typeof categorySchema>
