/**
 * The end of a post copied from an old site: "Written by <name> for <publication>.", the author's bio in a few
 * paragraphs, and a closing line "Read <name>'s book: <Title> and view his blog at <url>".
 */
import { isHttpUrl } from '@blog/schemas'
import { cleanText } from '../text.ts'

const PARTICLES = new Set(['de', 'del', 'della', 'der', 'di', 'da', 'van', 'von', 'le', 'la', 'du', 'dos', 'bin', 'al'])

/** Two to five capitalised words (particles such as "del" or "van" allowed): a person, not a sentence. */
export function looksLikeName(value: string): boolean {
  const words = value.split(' ')
  if (words.length < 2 || words.length > 5) return false
  return words.every((word) => PARTICLES.has(word.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(word))
}

/** Paragraph text without Markdown emphasis, quote markers or link syntax, for pattern matching. */
export function plain(markdownOrText: string): string {
  return cleanText(
    markdownOrText
      .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, '$1 $2')
      .replace(/^\s*>\s?/gm, '')
      .replace(/(\*\*|__|\*|_)(\S[^*_]*?)\1/g, '$2')
      .replace(/\s*\n\s*/g, ' '),
  )
}

export interface Byline {
  name: string
  publication?: string
}

const BYLINE = /^(?:(?:written|posted|published|words)\s+)?by\s+(.+?)\s*\.?$/i

/** "Written by Jerry Del Priore for bodono." -> name and publication; anything else -> null. */
export function parseByline(paragraph: string): Byline | null {
  const text = plain(paragraph)
  if (text.length > 200) return null
  const match = BYLINE.exec(text)
  if (!match) return null
  const [, rest = ''] = match
  const forMatch = /^(.+?),?\s+(?:for|in|on)\s+(.+)$/i.exec(rest)
  // "by Ada Runner, staff writer": the name ends at the first comma.
  const name = (forMatch ? forMatch[1] : rest.split(',')[0])?.replace(/[,.]+$/, '').trim() ?? ''
  if (!looksLikeName(name)) return null
  const publication = forMatch?.[2]?.replace(/[.]+$/, '').trim()
  return publication ? { name, publication } : { name }
}

export interface Closing {
  /** The author's name as the closing line spells it. */
  name: string
  bookTitle?: string
  blogUrl?: string
}

const CLOSING =
  /^(?:read|buy|get|check out)\s+(.+?)['’]s\s+(?:new\s+|latest\s+|first\s+)?(book|blog)\b\s*[:,-]?\s*(.*)$/i

/** "Read Jerry Del Prior's book: Running Through Roadblocks and view his blog at" -> name, book title, blog. */
export function parseClosing(paragraph: string): Closing | null {
  const text = plain(paragraph)
  const match = CLOSING.exec(text)
  if (!match || text.length > 300) return null
  const [, name = '', kind = '', rest = ''] = match
  if (!looksLikeName(name)) return null
  const blogAt =
    /(?:^|[\s,.;]+)(?:and\s+)?(?:view|visit|read|see|follow|check out)?\s*(?:his|her|their|the)?\s*blog\b(.*)$/i
  const blogMatch = kind.toLowerCase() === 'blog' ? ['', rest] : blogAt.exec(rest)
  const titlePart =
    kind.toLowerCase() === 'blog' ? '' : blogMatch ? rest.slice(0, rest.length - (blogMatch[0]?.length ?? 0)) : rest
  const bookTitle = titlePart
    .replace(/https?:\/\/\S+/g, '')
    .replace(/^["“'‘]|["”'’]$/g, '')
    .replace(/[\s,.;:!-]+$/, '')
    .replace(/^["“'‘]|["”'’]$/g, '')
    .trim()
  const url = /https?:\/\/[^\s)>\]]+/.exec(blogMatch?.[1] ?? '')?.[0]?.replace(/[.,;]+$/, '')
  return {
    name,
    ...(bookTitle ? { bookTitle } : {}),
    ...(url && isHttpUrl(url) ? { blogUrl: url } : {}),
  }
}
