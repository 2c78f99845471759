import { z } from 'zod'
import { isAllowedHref, isHttpUrl, isOldPath, SLUG_PATTERN } from './rules.ts'

/** Optional in GROQ means the key is missing or projected as null. */
export const nullish = <T extends z.ZodType>(schema: T) => schema.nullish()

export const keySchema = z.string().min(1, 'every array item needs a _key')
export const slugStringSchema = z.string().regex(SLUG_PATTERN, 'slug must be lowercase words joined by hyphens')

/** An old address of an article, in the stored form `normalizeOldPath` gives: `/2019/04/hill-repeats`, `/?p=123`. */
export const oldPathSchema = z
  .string()
  .refine(isOldPath, 'old addresses are paths like /2019/04/hill-repeats or /?p=123 (no host, no trailing slash)')
export const isoDateTimeSchema = z.iso.datetime({ offset: true })
export const isoDateSchema = z.iso.date()
export const hrefSchema = z.string().refine(isAllowedHref, 'link must be http(s), mailto or a site-relative path')
export const httpUrlSchema = z.string().refine(isHttpUrl, 'must be an absolute http(s) URL')

// Stored shapes: what the Studio writes to the Content Lake.
export const slugFieldSchema = z.object({
  _type: z.literal('slug').optional(),
  current: slugStringSchema,
})

export const referenceSchema = z.object({
  _type: z.literal('reference'),
  _ref: z.string().min(1),
  _weak: z.boolean().optional(),
})

export const keyedReferenceSchema = referenceSchema.extend({ _key: keySchema })

/** Link object (`link` type): social profiles, purchase links, navigation. */
export const linkFieldSchema = z.object({
  _type: z.literal('link').optional(),
  _key: keySchema,
  label: z.string().min(1),
  url: hrefSchema,
})

// Query results: what the app renders.
export const linkSchema = z.object({
  _key: keySchema,
  label: z.string().min(1),
  url: hrefSchema,
})
export type Link = z.infer<typeof linkSchema>
