import { z } from 'zod'
import { hrefSchema, keySchema, nullish, referenceSchema, slugStringSchema } from './common.ts'
import { imageFieldSchema, imageSchema } from './image.ts'
import {
  codeBlockSchema,
  dataTableSchema,
  dividerSchema,
  embedSchema,
  linkCardFieldSchema,
  linkCardSchema,
} from './body-blocks.ts'
import { audioFileFieldSchema, audioFileSchema, videoFileFieldSchema, videoFileSchema } from './file-blocks.ts'

export const BLOCK_STYLES = ['normal', 'h2', 'h3', 'h4', 'blockquote'] as const
export const LIST_TYPES = ['bullet', 'number'] as const
export const DECORATORS = ['strong', 'em', 'code', 'underline', 'strike-through'] as const
export const CALLOUT_TONES = ['note', 'tip', 'warning'] as const
export const INTERNAL_LINK_TYPES = ['article', 'author', 'book'] as const

const spanSchema = z.object({
  _type: z.literal('span'),
  _key: keySchema,
  text: z.string(),
  marks: z.array(z.string()).optional(),
})

const linkMarkSchema = z.object({ _type: z.literal('link'), _key: keySchema, href: hrefSchema })

/** Builds a block schema around the mark definitions a layer allows. */
function blockWith<M extends z.ZodType>(markDef: M) {
  return z.object({
    _type: z.literal('block'),
    _key: keySchema,
    style: z.enum(BLOCK_STYLES).optional(),
    listItem: z.enum(LIST_TYPES).optional(),
    level: z.number().int().positive().optional(),
    markDefs: z.array(markDef).optional(),
    children: z.array(spanSchema).min(1),
  })
}

const calloutSchema = z.object({
  _type: z.literal('callout'),
  _key: keySchema,
  tone: z.enum(CALLOUT_TONES),
  title: nullish(z.string()),
  text: z.string().trim().min(1, 'a callout needs text'),
})

const pullQuoteSchema = z.object({
  _type: z.literal('pullQuote'),
  _key: keySchema,
  quote: z.string().trim().min(1, 'a pull quote needs the quoted text'),
  attribution: nullish(z.string()),
})

// Stored layer.
const internalLinkMarkFieldSchema = z.object({
  _type: z.literal('internalLink'),
  _key: keySchema,
  reference: referenceSchema,
})

export const blockFieldSchema = blockWith(z.discriminatedUnion('_type', [linkMarkSchema, internalLinkMarkFieldSchema]))
export const bodyImageFieldSchema = imageFieldSchema.extend({ _key: keySchema, caption: z.string().optional() })

/** Body blocks that hold no reference for a query to resolve: one schema for the stored field and the result. */
const plainBlocks = [
  calloutSchema,
  pullQuoteSchema,
  dataTableSchema,
  codeBlockSchema,
  dividerSchema,
  embedSchema,
] as const

/** `blockContent` as stored: the article body. */
export const blockContentFieldSchema = z.array(
  z.discriminatedUnion('_type', [
    blockFieldSchema,
    bodyImageFieldSchema,
    ...plainBlocks,
    linkCardFieldSchema,
    audioFileFieldSchema,
    videoFileFieldSchema,
  ]),
)

// Result layer: internal links and images resolved by the query.
const internalLinkMarkSchema = z.object({
  _type: z.literal('internalLink'),
  _key: keySchema,
  // null when the target was deleted or unpublished: the text renders without a link.
  to: nullish(z.object({ _type: z.enum(INTERNAL_LINK_TYPES), slug: slugStringSchema })),
})

export const blockSchema = blockWith(z.discriminatedUnion('_type', [linkMarkSchema, internalLinkMarkSchema]))
export const bodyImageSchema = imageSchema.extend({
  _type: z.literal('image'),
  _key: keySchema,
  caption: nullish(z.string()),
})

export const portableTextSchema = z.array(
  z.discriminatedUnion('_type', [
    blockSchema,
    bodyImageSchema,
    ...plainBlocks,
    linkCardSchema,
    audioFileSchema,
    videoFileSchema,
  ]),
)
export type PortableTextBody = z.infer<typeof portableTextSchema>
export type Callout = z.infer<typeof calloutSchema>
export type PullQuote = z.infer<typeof pullQuoteSchema>
export type BodyImage = z.infer<typeof bodyImageSchema>

/**
 * Short rich text (author bio): paragraphs with links, no images. One schema for the stored field and the query result:
 * it holds no reference for a query to resolve.
 */
export const simplePortableTextSchema = z.array(blockWith(linkMarkSchema))
export type SimplePortableText = z.infer<typeof simplePortableTextSchema>
