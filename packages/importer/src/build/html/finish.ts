import { BLOCK_STYLES, DECORATORS, LIST_TYPES, isAllowedHref } from '@blog/schemas'
import type { Body } from '../portable-text.ts'
import { stableKey } from '../../text.ts'
import type { Context } from './context.ts'
import type { BodyFiles, BodyImage } from './types.ts'
import { liftEdgeSpaces, mergeSpans, normalizeSpaces, splitParagraphs, trimEdges, type Span } from './spans.ts'

type MarkDef = { _type: string; _key: string; href?: string; reference?: { _ref?: unknown } }
type RawBlock = {
  _type: string
  _key: string
  style?: string
  listItem?: string
  level?: number
  markDefs?: MarkDef[]
  children?: { _type: string; text?: string; marks?: string[] }[]
  _preformatted?: boolean
  alt?: string
  caption?: string
}
type TextBlock = {
  _type: 'block'
  _key: string
  style: (typeof BLOCK_STYLES)[number]
  listItem?: (typeof LIST_TYPES)[number]
  level?: number
  markDefs: MarkDef[]
  children: Span[]
}

/** Blocks the rules make whole (code, tables, dividers, embeds, link cards, audio, video): only their keys change. */
const OTHER_BLOCKS = new Set(['code', 'dataTable', 'divider', 'embed', 'linkCard', 'audioFile', 'videoFile'])
type OtherBlock = {
  _type: 'code' | 'dataTable' | 'divider' | 'embed' | 'linkCard' | 'audioFile' | 'videoFile'
  _key: string
  table?: { rows: { _key: string }[] }
}

const includes = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T)

function validMarkDef(def: MarkDef): boolean {
  if (def._type === 'link') return typeof def.href === 'string' && isAllowedHref(def.href)
  return def._type === 'internalLink' && typeof def.reference?._ref === 'string'
}

/** The block's spans in one or more pieces: a blank line ends a paragraph (in a list item or heading it is a break). */
function paragraphsOf(spans: Span[], raw: RawBlock, style: string): Span[][] {
  if (raw._preformatted) return [spans.map((span) => ({ ...span, text: span.text.replace(/[ \t]+$/gm, '') }))]
  const normalized = normalizeSpaces(liftEdgeSpaces(spans))
  if (raw.listItem || (style !== 'normal' && style !== 'blockquote'))
    return [normalized.map((span) => ({ ...span, text: span.text.replace(/\n+/g, '\n') }))]
  return splitParagraphs(normalized)
}

function textBlocks(raw: RawBlock): TextBlock[] {
  const markDefs = (raw.markDefs ?? []).filter(validMarkDef)
  const allowed = (mark: string) => includes(DECORATORS, mark) || markDefs.some((def) => def._key === mark)
  const spans: Span[] = (raw.children ?? [])
    .filter((child) => child._type === 'span')
    .map((child) => ({ _type: 'span', _key: '', text: child.text ?? '', marks: (child.marks ?? []).filter(allowed) }))
  const style = includes(BLOCK_STYLES, raw.style) ? raw.style : 'normal'
  const listItem = includes(LIST_TYPES, raw.listItem) ? raw.listItem : undefined
  return paragraphsOf(spans, raw, style)
    .map((piece) => mergeSpans(trimEdges(piece)))
    .filter((children) => children.some((span) => span.text.trim() !== ''))
    .map((children) => ({
      _type: 'block' as const,
      _key: '',
      style,
      ...(listItem ? { listItem, level: Math.max(1, Math.floor(raw.level ?? 1)) } : {}),
      // Each piece gets its own copies: their keys are replaced block by block.
      markDefs: markDefs
        .filter((def) => children.some((span) => span.marks.includes(def._key)))
        .map((def) => ({ ...def })),
      children,
    }))
}

/**
 * block-tools' output as the stored body: whitespace normalised, empty blocks gone, only the styles, lists and marks
 * the body offers, and `_key`s made from the position (`stableKey(keyPrefix, 'body', i[, j])`) so the same HTML
 * always gives the same keys.
 */
export function finishBody(
  raw: readonly unknown[],
  context: Context,
): { body: Body; images: BodyImage[]; files: BodyFiles[] } {
  const items: (TextBlock | OtherBlock | { _type: 'image'; _key: string; alt?: string; caption?: string })[] = []
  for (const item of raw as RawBlock[]) {
    if (item._type === 'block') items.push(...textBlocks(item))
    else if (OTHER_BLOCKS.has(item._type)) items.push({ ...(item as unknown as OtherBlock) })
    else if (item._type === 'image' && context.images.has(item._key)) {
      const caption = item.caption?.trim()
      items.push({
        _type: 'image',
        _key: item._key,
        ...(item.alt ? { alt: item.alt } : {}),
        ...(caption ? { caption } : {}),
      })
    }
  }
  const prefix = context.options.keyPrefix
  const images: BodyImage[] = []
  const files: BodyFiles[] = []
  items.forEach((item, i) => {
    const key = stableKey(prefix, 'body', i)
    const image = context.images.get(item._key)
    const pending = context.files.get(item._key)
    if (pending) files.push({ key, ...pending })
    if (item._type === 'image' || image) {
      // A link card's thumbnail is stored like an image block's file.
      if (image) images.push({ key, url: image })
    } else if (item._type !== 'block') {
      item.table?.rows.forEach((row, r) => (row._key = stableKey(prefix, 'body', i, r)))
    } else {
      const renamed = new Map<string, string>()
      item.markDefs.forEach((def, m) => {
        renamed.set(def._key, stableKey(prefix, 'body', i, 'markDefs', m))
        def._key = renamed.get(def._key) as string
      })
      item.children.forEach((span, j) => {
        span._key = stableKey(prefix, 'body', i, j)
        span.marks = span.marks.map((mark) => renamed.get(mark) ?? mark)
      })
    }
    item._key = key
  })
  // Images, audio and video have no asset yet: the import stores each file in `images` and `files` and sets it (or
  // drops the block with a note).
  return { body: items as unknown as Body, images, files }
}
