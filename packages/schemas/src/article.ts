import { z } from 'zod'
import {
  httpUrlSchema,
  isoDateTimeSchema,
  keyedReferenceSchema,
  nullish,
  oldPathSchema,
  referenceSchema,
  slugFieldSchema,
  slugStringSchema,
} from './common.ts'
import { documentBaseSchema } from './document.ts'
import { imageFieldSchema, imageSchema } from './image.ts'
import { blockContentFieldSchema } from './portable-text.ts'
import { authorSummarySchema } from './author.ts'
import { categorySummarySchema } from './category.ts'
import { EXCERPT_MAX_LENGTH, SEO_DESCRIPTION_MAX_LENGTH } from './rules.ts'

export const writtenForFieldSchema = z.object({
  _type: z.literal('writtenFor').optional(),
  name: z.string().trim().min(1),
  url: httpUrlSchema.optional(),
})

export const seoFieldSchema = z.object({
  _type: z.literal('seo').optional(),
  title: z.string().optional(),
  description: z.string().max(SEO_DESCRIPTION_MAX_LENGTH).optional(),
  image: imageFieldSchema.optional(),
  noIndex: z.boolean().optional(),
})

export const articleDocumentSchema = documentBaseSchema.extend({
  _type: z.literal('article'),
  title: z.string().trim().min(1),
  slug: slugFieldSchema,
  previousSlugs: z.array(slugStringSchema).optional(),
  /** Addresses the article had on the site it was imported from; the blog answers each with a 308 to the article. */
  oldPaths: z.array(oldPathSchema).optional(),
  excerpt: z.string().max(EXCERPT_MAX_LENGTH).optional(),
  coverImage: imageFieldSchema.optional(),
  body: blockContentFieldSchema.optional(),
  publishedAt: isoDateTimeSchema,
  categories: z.array(keyedReferenceSchema).optional(),
  tags: z.array(z.string().trim().min(1)).optional(),
  author: referenceSchema,
  relatedBooks: z.array(keyedReferenceSchema).optional(),
  writtenFor: writtenForFieldSchema.optional(),
  seo: seoFieldSchema.optional(),
})
export type ArticleDocument = z.infer<typeof articleDocumentSchema>

/** A card in a list: everything but the body. */
export const articleSummarySchema = z.object({
  _id: z.string().min(1),
  title: z.string().trim().min(1),
  slug: slugStringSchema,
  excerpt: nullish(z.string()),
  coverImage: nullish(imageSchema),
  publishedAt: isoDateTimeSchema,
  author: nullish(authorSummarySchema),
  categories: nullish(z.array(categorySummarySchema)),
  tags: nullish(z.array(z.string())),
  /** Words in the body's text blocks, counted by the query; cards show the reading time from it. */
  wordCount: nullish(z.number().int().nonnegative()),
})
export type ArticleSummary = z.infer<typeof articleSummarySchema>

export const writtenForSchema = z.object({
  name: z.string().trim().min(1),
  url: nullish(httpUrlSchema),
})
export type WrittenFor = z.infer<typeof writtenForSchema>

export const seoSchema = z.object({
  title: nullish(z.string()),
  description: nullish(z.string()),
  image: nullish(imageSchema),
  noIndex: nullish(z.boolean()),
})
export type Seo = z.infer<typeof seoSchema>
