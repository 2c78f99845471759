import { readFileSync } from 'node:fs'
import path from 'node:path'
import { blockContentFieldSchema } from '@blog/schemas'
import type { Body } from '../portable-text.ts'
import { htmlToBody, type HtmlToBodyOptions } from './index.ts'

export const HTML_FIXTURES = path.join(__dirname, '../../test/fixtures/html')
export const readFixture = (name: string) => readFileSync(path.join(HTML_FIXTURES, name), 'utf8')

export const convert = (html: string, options: Partial<HtmlToBodyOptions> = {}) =>
  htmlToBody(html, { keyPrefix: 'article-test', ...options })

type Item = Body[number]
type TextBlock = Extract<Item, { _type: 'block' }>

/** A block's text with its marks written in: `**bold**`-like brackets, so a test reads like the page. */
export function markedText(block: TextBlock): string {
  return block.children
    .map((span) => {
      const marks = (span.marks ?? []).map((mark) => {
        const def = block.markDefs?.find((d) => d._key === mark)
        if (!def) return mark
        return def._type === 'link' ? `link:${def.href}` : `internalLink:${def.reference._ref}`
      })
      return marks.length ? `[${span.text}](${marks.join(' ')})` : span.text
    })
    .join('')
}

/** The body in a shape for `toEqual`: blocks as style, list and text; tables as their rows of cells; others as their fields. */
export function outline(body: Body) {
  return body.map((item) => {
    if (item._type === 'block') {
      const { style, listItem, level } = item
      return {
        ...(style && style !== 'normal' ? { style } : {}),
        ...(listItem ? { listItem, level } : {}),
        text: markedText(item),
      }
    }
    if (item._type === 'dataTable') {
      const { _key: _ignored, _type, table, ...rest } = item
      return { dataTable: { rows: (table.rows ?? []).map((row) => row.cells), ...rest } }
    }
    const { _key: _ignored, _type, ...rest } = item as Record<string, unknown>
    return { [_type as string]: rest }
  })
}

export const plainTexts = (body: Body) =>
  body.flatMap((item) => (item._type === 'block' ? [item.children.map((span) => span.text).join('')] : []))

export const FAKE_ASSET = 'image-abc123-800x600-jpg'
const FAKE_FILE = { _type: 'file' as const, asset: { _type: 'reference' as const, _ref: 'file-abc123-mp3' } }

/** The body as it will be stored: images and files get the assets (and alt) the import adds later; zod checks it. */
export function storable(body: Body): Body {
  return body.map((item) => {
    if (item._type === 'image')
      return { ...item, asset: { _type: 'reference' as const, _ref: FAKE_ASSET }, alt: item.alt || 'alt text' }
    return item._type === 'audioFile' || item._type === 'videoFile' ? { ...item, file: FAKE_FILE } : item
  })
}

export const schemaProblems = (body: Body) => {
  const parsed = blockContentFieldSchema.safeParse(storable(body))
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}
