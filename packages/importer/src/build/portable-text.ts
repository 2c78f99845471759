import {
  BLOCK_STYLES,
  isAllowedHref,
  type blockContentFieldSchema,
  type blockFieldSchema,
  type simplePortableTextSchema,
} from '@blog/schemas'
import { markdownToPortableText } from '@portabletext/markdown'
import type { z } from 'zod'
import { codeLanguage } from './code-language.ts'
import { cleanText } from '../text.ts'

export type Body = z.infer<typeof blockContentFieldSchema>
export type Block = z.infer<typeof blockFieldSchema>
export type SimpleBlock = z.infer<typeof simplePortableTextSchema>[number]
/** Makes the n-th `_key` of a field; the same input gives the same keys on every run. */
export type KeyFor = (n: number) => string

type Span = Block['children'][number]
type LinkDef = { _type: 'link'; _key: string; href: string }

const URL_IN_TEXT = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)'’]/g

/** A plain paragraph; bare http(s) addresses in it become links. */
export function textBlock(text: string, keyFor: KeyFor): SimpleBlock {
  let n = 0
  const key = () => keyFor(n++)
  const blockKey = key()
  const children: Span[] = []
  const markDefs: LinkDef[] = []
  let last = 0
  for (const match of text.matchAll(URL_IN_TEXT)) {
    if (!isAllowedHref(match[0])) continue
    if (match.index > last)
      children.push({ _type: 'span', _key: key(), text: text.slice(last, match.index), marks: [] })
    const link: LinkDef = { _type: 'link', _key: key(), href: match[0] }
    markDefs.push(link)
    children.push({ _type: 'span', _key: key(), text: match[0], marks: [link._key] })
    last = match.index + match[0].length
  }
  if (last < text.length || children.length === 0)
    children.push({ _type: 'span', _key: key(), text: text.slice(last), marks: [] })
  return { _type: 'block', _key: blockKey, style: 'normal', markDefs, children }
}

const CALLOUT_TONES: Record<string, 'note' | 'tip' | 'warning'> = {
  note: 'note',
  tip: 'tip',
  important: 'note',
  warning: 'warning',
  caution: 'warning',
}

const plainText = (blocks: unknown[]) =>
  blocks
    .map((block) =>
      ((block as { children?: { text?: string }[] }).children ?? []).map((child) => child.text ?? '').join(''),
    )
    .join('\n\n')
    .trim()

/**
 * A callout's title: its first paragraph when that is all bold (`> [!TIP]`, `> **Title**`, `>`, `> Text`), the one
 * Markdown dialect for callouts the sample's articles are written in too (GitHub shows it as a bold first line).
 */
function boldTitle(block: unknown): string {
  const children = (block as { children?: { text?: string; marks?: string[] }[] }).children ?? []
  const bold = children.length > 0 && children.every((span) => span.marks?.includes('strong') || !span.text?.trim())
  return bold ? cleanText(children.map((span) => span.text ?? '').join('')) : ''
}

/** A table cell's text: the body's tables hold plain text, so marks and links are said once and left out. */
function cellText(blocks: unknown[], notes: string[]): string {
  const marked = blocks.some((block) =>
    ((block as { children?: { marks?: string[] }[] }).children ?? []).some((span) => span.marks?.length),
  )
  const note = 'links and formatting in a table were kept as plain text: table cells hold text only'
  if (marked && !notes.includes(note)) notes.push(note)
  return cleanText(plainText(blocks).replace(/\s+/g, ' '))
}

/**
 * Markdown to the article body with @portabletext/markdown, mapped onto what the body allows: `#` becomes h2 (the page
 * title is the only h1), h5/h6 become h4, GitHub alerts become callouts; fenced code, tables and `---` become code,
 * table and divider blocks. Images come out without an asset, listed in `images` for the import to store. Raw HTML and
 * links with other schemes cannot be stored as they are: they are left out or kept as text, with a note.
 */
export function markdownToBody(
  markdown: string,
  keyFor: KeyFor,
): { body: Body; images: { key: string; url: string }[]; notes: string[] } {
  let n = 0
  const keyGenerator = () => keyFor(n++)
  const notes: string[] = []
  const images: { key: string; url: string }[] = []
  const style = (value: (typeof BLOCK_STYLES)[number]) => () => value
  const marker =
    (type: string) =>
    ({ context, value }: { context: { keyGenerator: () => string }; value: object }) => ({
      _type: `drop:${type}`,
      _key: context.keyGenerator(),
      ...value,
    })
  const items = markdownToPortableText(markdown, {
    keyGenerator,
    block: { h1: style('h2'), h2: style('h2'), h3: style('h3'), h4: style('h4'), h5: style('h4'), h6: style('h4') },
    listItem: { task: () => undefined },
    marks: {
      link: ({ context, value }) => {
        if (isAllowedHref(value.href)) return { _type: 'link', _key: context.keyGenerator(), href: value.href }
        notes.push(`link to "${value.href}" kept as text: links must be http(s), mailto or start with /`)
        return undefined
      },
    },
    types: {
      code: ({ context, value }) => {
        // A fence's info string may say more than the language ("ts title=x"): its first word is the language.
        const language = codeLanguage(value.language)
        return { _type: 'code', _key: context.keyGenerator(), code: value.code, ...(language ? { language } : {}) }
      },
      callout: ({ context, value }) => {
        const [first, ...rest] = value.content
        const title = rest.length ? boldTitle(first) : ''
        return {
          _type: 'callout',
          _key: context.keyGenerator(),
          tone: CALLOUT_TONES[value.tone.toLowerCase()] ?? 'note',
          ...(title ? { title } : {}),
          text: plainText(title ? rest : value.content),
        }
      },
      image: marker('image'),
      html: marker('html'),
      horizontalRule: ({ context }) => ({ _type: 'divider', _key: context.keyGenerator(), style: 'line' }),
      table: ({ context, value }) => {
        const key = context.keyGenerator()
        const rows = value.rows.map((row) => ({
          _type: 'tableRow',
          _key: context.keyGenerator(),
          cells: row.cells.map((cell) => cellText(cell.value, notes)),
        }))
        return {
          _type: 'dataTable',
          _key: key,
          table: { _type: 'table', rows },
          headerRow: (value.headerRows ?? 0) > 0,
        }
      },
    },
  })

  const body: Body = []
  for (const item of items as unknown as Record<string, unknown>[]) {
    if (item._type === 'drop:image') {
      // Without an asset yet: the import stores the file and sets it, or leaves the image out with a note.
      const key = String(item._key)
      const alt = typeof item.alt === 'string' ? cleanText(item.alt) : ''
      const caption = typeof item.title === 'string' ? cleanText(item.title) : ''
      images.push({ key, url: String(item.src) })
      body.push({
        _type: 'image',
        _key: key,
        ...(alt ? { alt } : {}),
        ...(caption ? { caption } : {}),
      } as unknown as Body[number])
    } else if (item._type === 'drop:html') {
      notes.push('raw HTML left out of the body')
    } else if (item._type === 'code') {
      if (String(item.code).trim()) body.push(item as Body[number])
    } else if (item._type === 'divider' || item._type === 'dataTable') {
      body.push(item as Body[number])
    } else if (item._type === 'callout') {
      if (String(item.text).trim()) body.push(item as Body[number])
    } else if (item._type === 'block') {
      const { checked: _checked, ...block } = item as Block & { checked?: boolean }
      // A line break inside a Markdown paragraph is a space when rendered.
      const children = block.children.map((span) => ({
        ...span,
        text: span.text.replace(/[ \t]*\n[ \t]*/g, ' '),
        marks: span.marks ?? [],
      }))
      if (children.every((span) => cleanText(span.text) === '')) continue
      body.push({ ...block, style: block.style ?? 'normal', markDefs: block.markDefs ?? [], children })
    }
  }
  return { body, images, notes }
}

/** The text of the body's first plain paragraph: the excerpt when the post has none. */
export function firstParagraph(body: Body): string {
  for (const item of body) {
    if (item._type === 'block' && (item.style ?? 'normal') === 'normal' && !item.listItem) {
      const text = item.children
        .map((span) => span.text)
        .join('')
        .trim()
      if (text) return text
    }
  }
  return ''
}
