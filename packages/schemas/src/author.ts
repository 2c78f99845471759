import { z } from 'zod'
import {
  httpUrlSchema,
  keySchema,
  linkFieldSchema,
  linkSchema,
  nullish,
  slugFieldSchema,
  slugStringSchema,
} from './common.ts'
import { documentBaseSchema } from './document.ts'
import { imageFieldSchema, imageSchema } from './image.ts'
import { simplePortableTextSchema } from './portable-text.ts'
import { SHORT_BIO_MAX_LENGTH } from './rules.ts'

const credentialShape = {
  _key: keySchema,
  title: z.string().trim().min(1),
  institution: z.string().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
}

export const credentialFieldSchema = z.object({ _type: z.literal('credential').optional(), ...credentialShape })

export const authorDocumentSchema = documentBaseSchema.extend({
  _type: z.literal('author'),
  name: z.string().trim().min(1),
  slug: slugFieldSchema,
  photo: imageFieldSchema.optional(),
  shortBio: z.string().max(SHORT_BIO_MAX_LENGTH).optional(),
  bio: simplePortableTextSchema.optional(),
  credentials: z.array(credentialFieldSchema).optional(),
  roles: z.array(z.string().trim().min(1)).optional(),
  specialties: z.array(z.string().trim().min(1)).optional(),
  website: httpUrlSchema.optional(),
  blog: httpUrlSchema.optional(),
  socialLinks: z.array(linkFieldSchema).optional(),
})
export type AuthorDocument = z.infer<typeof authorDocumentSchema>

export const credentialSchema = z.object({
  _key: keySchema,
  title: z.string().trim().min(1),
  institution: nullish(z.string()),
  year: nullish(z.number().int()),
})
export type Credential = z.infer<typeof credentialSchema>

/** Byline-sized author: name, link and face. */
export const authorSummarySchema = z.object({
  _id: z.string().min(1),
  name: z.string().trim().min(1),
  slug: slugStringSchema,
  photo: nullish(imageSchema),
  shortBio: nullish(z.string()),
  roles: nullish(z.array(z.string())),
})
export type AuthorSummary = z.infer<typeof authorSummarySchema>

/** Everything a profile page shows, except the lists that need their own schemas (see queries). */
export const authorProfileSchema = authorSummarySchema.extend({
  bio: nullish(simplePortableTextSchema),
  credentials: nullish(z.array(credentialSchema)),
  specialties: nullish(z.array(z.string())),
  website: nullish(httpUrlSchema),
  blog: nullish(httpUrlSchema),
  socialLinks: nullish(z.array(linkSchema)),
})
