import { ImportError } from '../errors.ts'
import { escapeAttribute, escapeHtml, htmlToText } from './html-text.ts'
import { audioCard, bookmarkCard, codeCard, embedCard, videoCard } from './lexical-cards.ts'

type LexicalNode = { type?: unknown; children?: unknown; [field: string]: unknown }

// Lexical's text format bit flags, outermost tag first.
const FORMATS: [number, string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
  [16, 'code'],
]

// Where Ghost's cards keep their words, for the cards this converter does not know.
const CARD_TEXT_FIELDS = ['heading', 'header', 'subheader', 'title', 'calloutText', 'content', 'text', 'caption']

const str = (value: unknown) => (typeof value === 'string' ? value : '')
const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? (node.children as unknown[]).filter(isNode) : []
const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null

function text(node: LexicalNode): string {
  let html = escapeHtml(str(node.text)).replace(/\n/g, '<br>')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of [...FORMATS].reverse()) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

function image(node: LexicalNode): string {
  const src = str(node.src)
  if (!src) return ''
  const alt = str(node.altText) || str(node.alt)
  const title = str(node.title)
  let img = `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}"${title ? ` title="${escapeAttribute(title)}"` : ''}>`
  if (str(node.href)) img = `<a href="${escapeAttribute(str(node.href))}">${img}</a>`
  const caption = str(node.caption)
  return `<figure>${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}

function list(node: LexicalNode, notes: string[]): string {
  const tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
  const start = tag === 'ol' && typeof node.start === 'number' && node.start !== 1 ? ` start="${node.start}"` : ''
  // A nested list is a list item holding only the list: it belongs inside the item before it.
  const items: string[] = []
  for (const item of childrenOf(node)) {
    const kids = childrenOf(item)
    const nested = kids.length > 0 && kids.every((kid) => kid.type === 'list')
    const inner = kids.map((kid) => render(kid, notes)).join('')
    if (nested && items.length > 0) items[items.length - 1] += inner
    else items.push(inner)
  }
  return `<${tag}${start}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`
}

function unknownCard(node: LexicalNode, type: string, notes: string[]): string {
  const kids = childrenOf(node)
  const words = kids.length
    ? kids.map((kid) => render(kid, notes)).join('')
    : CARD_TEXT_FIELDS.map((field) => htmlToText(str(node[field])))
        .filter(Boolean)
        .map(escapeHtml)
        .join(' ')
  notes.push(
    words
      ? `Ghost card "${type}" is not converted: its text is kept as a paragraph`
      : `Ghost card "${type}" is not converted and was left out`,
  )
  return words ? `<p>${words}</p>` : ''
}

function render(node: LexicalNode, notes: string[]): string {
  const type = str(node.type)
  const inner = () =>
    childrenOf(node)
      .map((kid) => render(kid, notes))
      .join('')
  switch (type) {
    case 'root':
      return inner()
    case 'paragraph': {
      const content = inner()
      return content ? `<p>${content}</p>` : ''
    }
    case 'heading':
    case 'extended-heading': {
      const tag = /^h[1-6]$/.test(str(node.tag)) ? str(node.tag) : 'h2'
      return `<${tag}>${inner()}</${tag}>`
    }
    case 'quote':
    case 'extended-quote':
    case 'aside':
      return `<blockquote><p>${inner()}</p></blockquote>`
    case 'list':
      return list(node, notes)
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'link':
    case 'autolink':
      return `<a href="${escapeAttribute(str(node.url))}">${inner()}</a>`
    case 'text':
    case 'extended-text':
    case 'tab':
      return text(node)
    case 'linebreak':
      return '<br>'
    case 'horizontalrule':
      return '<hr>'
    case 'image':
      return image(node)
    case 'gallery':
      return Array.isArray(node.images) ? (node.images as unknown[]).filter(isNode).map(image).join('') : ''
    case 'codeblock':
      return codeCard(node)
    case 'embed':
      return embedCard(node)
    case 'bookmark':
      return bookmarkCard(node)
    case 'audio':
      return audioCard(node)
    case 'video':
      return videoCard(node)
    case 'html':
      return str(node.html)
    default:
      return unknownCard(node, type || 'without a type', notes)
  }
}

/**
 * HTML for a Ghost post's `lexical` field (a JSON string): paragraphs, headings, quotes, lists, links, text formats,
 * line breaks, images, galleries, code blocks, embeds, bookmarks, audio, video, HTML cards and rules. Other cards are
 * noted and kept as their text. Throws ImportError when the field is not Lexical JSON.
 */
export function lexicalToHtml(source: string): { html: string; notes: string[] } {
  let parsed: unknown
  try {
    parsed = JSON.parse(source)
  } catch {
    throw new ImportError('its Lexical content is not valid JSON')
  }
  const root = isNode(parsed) && isNode(parsed.root) ? parsed.root : parsed
  if (!isNode(root) || root.type !== 'root') throw new ImportError('its Lexical content has no root node')
  const notes: string[] = []
  const html = render(root, notes)
  return { html, notes: [...new Set(notes)] }
}
