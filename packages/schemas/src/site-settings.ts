import { z } from 'zod'
import { httpUrlSchema, linkFieldSchema, linkSchema, nullish } from './common.ts'
import { documentBaseSchema } from './document.ts'
import { imageFieldSchema, imageSchema } from './image.ts'

export const SITE_SETTINGS_ID = 'siteSettings'

export const siteSettingsDocumentSchema = documentBaseSchema.extend({
  _type: z.literal('siteSettings'),
  title: z.string().trim().min(1),
  description: z.string().optional(),
  publicationName: z.string().trim().min(1),
  publicationUrl: httpUrlSchema.optional(),
  logo: imageFieldSchema.optional(),
  ogImage: imageFieldSchema.optional(),
  navigation: z.array(linkFieldSchema).optional(),
})
export type SiteSettingsDocument = z.infer<typeof siteSettingsDocumentSchema>

export const siteSettingsSchema = z.object({
  title: z.string().trim().min(1),
  description: nullish(z.string()),
  publicationName: z.string().trim().min(1),
  publicationUrl: nullish(httpUrlSchema),
  logo: nullish(imageSchema),
  ogImage: nullish(imageSchema),
  navigation: nullish(z.array(linkSchema)),
})
export type SiteSettings = z.infer<typeof siteSettingsSchema>
