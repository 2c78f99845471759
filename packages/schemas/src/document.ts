import { z } from 'zod'

/** System fields every stored document carries. */
export const documentBaseSchema = z.object({
  _id: z.string().min(1),
  _rev: z.string().optional(),
  _createdAt: z.string().optional(),
  _updatedAt: z.string().optional(),
})
