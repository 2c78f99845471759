/** Query results for old addresses: where each address an article had on its old site leads now. */
import { z } from 'zod'
import { isoDateTimeSchema, oldPathSchema, slugStringSchema } from './common.ts'

/** A published article with old addresses (`oldPathsQuery`, `oldPathRedirectQuery`). */
export const articleOldPathsSchema = z.object({
  _id: z.string().min(1),
  slug: slugStringSchema,
  /** Picks the article when two claim the same address: the newest wins. */
  publishedAt: isoDateTimeSchema,
  oldPaths: z.array(oldPathSchema),
})
export type ArticleOldPaths = z.infer<typeof articleOldPathsSchema>
