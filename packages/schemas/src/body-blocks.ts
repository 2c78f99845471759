import { z } from 'zod'
import { embedTarget } from './embeds.ts'
import { httpUrlSchema, keySchema, nullish } from './common.ts'
import { imageFieldSchema, imageSchema } from './image.ts'

/**
 * Article body blocks beyond text, images, callouts and pull quotes. Tables and code keep the shapes of the Studio
 * inputs that write them (@sanity/table, @sanity/code-input), so data from either plugin parses as it is.
 */

// The plugins require neither rows nor cells (a table just added has none), so neither does zod; a block with nothing
// to show is refused as a whole, and only that block is left out.
const tableRowSchema = z.object({
  _type: z.literal('tableRow'),
  _key: keySchema,
  cells: z.array(z.string()).optional(),
})

/** A table: rows of plain-text cells, the first row a header unless `headerRow` is false, and a caption. */
export const dataTableSchema = z
  .object({
    _type: z.literal('dataTable'),
    _key: keySchema,
    table: z.object({ _type: z.literal('table').optional(), rows: z.array(tableRowSchema).optional() }),
    headerRow: nullish(z.boolean()),
    caption: nullish(z.string()),
  })
  .refine((value) => value.table.rows?.some((row) => row.cells?.length), 'a table needs at least one row')
export type DataTable = z.infer<typeof dataTableSchema>

/** Code as written: whitespace kept exactly; lines to highlight are 1-based. */
export const codeBlockSchema = z
  .object({
    _type: z.literal('code'),
    _key: keySchema,
    code: z.string().optional(),
    language: nullish(z.string()),
    filename: nullish(z.string()),
    highlightedLines: nullish(z.array(z.number().int().positive())),
  })
  .refine((value) => value.code?.trim(), 'a code block needs code')
export type CodeBlock = z.infer<typeof codeBlockSchema>

export const DIVIDER_STYLES = ['line', 'dots'] as const

/** A break between sections: a rule, or three dots. */
export const dividerSchema = z.object({
  _type: z.literal('divider'),
  _key: keySchema,
  style: nullish(z.enum(DIVIDER_STYLES)),
})
export type Divider = z.infer<typeof dividerSchema>

/** A video or a social post, by its address on a provider of the list in embeds.ts. */
export const embedSchema = z.object({
  _type: z.literal('embed'),
  _key: keySchema,
  url: z.string().refine((url) => embedTarget(url) !== null, 'embeds are https addresses of a listed provider'),
  title: z.string().trim().min(1, 'an embed needs a title for screen readers'),
  caption: nullish(z.string()),
})
export type Embed = z.infer<typeof embedSchema>

const linkCardShape = {
  _type: z.literal('linkCard'),
  _key: keySchema,
  url: httpUrlSchema,
  title: z.string().trim().min(1, 'a link card needs a title'),
  description: nullish(z.string()),
  publisher: nullish(z.string()),
}

/** A bookmark to another site: its title, description, publisher and a thumbnail. Stored layer. */
export const linkCardFieldSchema = z.object({ ...linkCardShape, thumbnail: imageFieldSchema.optional() })
/** Result layer: the thumbnail's asset resolved by the query. */
export const linkCardSchema = z.object({ ...linkCardShape, thumbnail: nullish(imageSchema) })
export type LinkCard = z.infer<typeof linkCardSchema>
