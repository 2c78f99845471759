import path from 'node:path'
import { ImportError } from '../errors.ts'
import { splitFrontMatter, toPublishedAt, type FrontMatter } from './front-matter.ts'
import { parseByline, parseClosing, plain, type Byline, type Closing } from './post-tail.ts'
import type { SourceImage } from './types.ts'
import { capitalize, cleanText, sameName, slugify } from '../text.ts'

export type PostFormat = 'txt' | 'md'

/** What one input file says, before it becomes documents. */
export interface ParsedPost {
  file: string
  format: PostFormat
  title: string
  /** From front matter; otherwise the slug is made from the title. */
  slug?: string
  /** ISO date-time from front matter. */
  publishedAt?: string
  authorName?: string
  publication?: string
  tags: string[]
  /** Category titles from front matter `categories`/`category`. */
  categories: string[]
  /** Addresses the post had: front matter `url`, `permalink`, `aliases`, `redirect_from` (stored in `oldPaths`). */
  oldUrls: string[]
  /** Front matter `draft: true` or `published: false`: the post is reported and not imported. */
  draft: boolean
  coverImage?: SourceImage
  excerpt?: string
  body: { kind: 'markdown'; markdown: string } | { kind: 'text'; paragraphs: string[] }
  /** Author bio paragraphs (plain text) that followed the byline. */
  bio: string[]
  closing?: Closing
  /** Things an editor may want to check, e.g. a line that was dropped. */
  notes: string[]
}

interface Paragraph {
  text: string
  start: number
  end: number
}

function paragraphs(content: string): Paragraph[] {
  const result: Paragraph[] = []
  const separator = /\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/g
  let start = 0
  for (const match of content.matchAll(separator)) {
    result.push({ text: content.slice(start, match.index), start, end: match.index })
    start = match.index + match[0].length
  }
  result.push({ text: content.slice(start), start, end: content.length })
  return result
    .map((p) => ({ ...p, text: p.text.trimEnd(), end: p.start + p.text.trimEnd().length }))
    .filter((p) => cleanText(p.text) !== '')
}

const HEADING = /^#{1,6}[ \t]+(.+?)[ \t#]*$/

/** A one-line paragraph that reads as a heading, not a sentence or list item. */
function headline(paragraph: Paragraph, format: PostFormat): { text: string; h1: boolean } | null {
  const raw = paragraph.text.trim()
  if (raw.includes('\n')) return null
  const heading = format === 'md' ? HEADING.exec(raw) : null
  const text = cleanText(heading ? plain(heading[1] ?? '') : format === 'md' ? plain(raw) : raw)
  if (!text || text.length > 150 || text.split(' ').length > 20) return null
  if (!heading && (/[.,;:]$/.test(text) || /^([-*+]|\d+[.)])\s/.test(raw))) return null
  if (parseByline(raw)) return null
  return { text, h1: Boolean(heading && raw.startsWith('# ')) }
}

/** Reads one post. Throws ImportError when the file cannot become an article. */
export function parsePost(file: string, source: string): ParsedPost {
  const format: PostFormat = /\.(md|markdown)$/i.test(file) ? 'md' : 'txt'
  const normalized = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
  if (cleanText(normalized) === '') throw new ImportError('the file is empty')
  const { data, content, ignoredKeys } =
    format === 'md' ? splitFrontMatter(normalized) : { data: {}, content: normalized, ignoredKeys: [] }
  const notes = ignoredKeys.map((key) => `front matter "${key}" is not imported`)
  const paras = paragraphs(content)
  if (paras.length === 0) throw new ImportError('the file has no text after its front matter')

  // Title: front matter, else the first heading-like line among the leading ones that is not all lowercase.
  let title = data.title
  let bodyFrom = 0
  const top = paras[0] as Paragraph
  if (
    title &&
    format === 'md' &&
    paras.length > 1 &&
    slugify(HEADING.exec(top.text.trim())?.[1] ?? '') === slugify(title)
  ) {
    bodyFrom = 1 // the front matter title repeated as the first heading
  }
  if (!title) {
    const leading: { index: number; text: string; h1: boolean }[] = []
    for (const [index, paragraph] of paras.entries()) {
      const found = headline(paragraph, format)
      if (!found) break
      leading.push({ index, ...found })
    }
    const chosen = leading.find((l) => l.h1) ?? leading.find((l) => /\p{Lu}/u.test(l.text)) ?? leading[0]
    if (chosen && chosen.index < paras.length - 1) {
      title = capitalize(chosen.text)
      bodyFrom = chosen.index + 1
      for (const dropped of leading.slice(0, chosen.index))
        notes.push(`line before the title left out: "${dropped.text}"`)
    } else {
      title = capitalize(
        path
          .basename(file)
          .replace(/\.[^.]+$/, '')
          .replace(/[-_]+/g, ' ')
          .trim(),
      )
      notes.push(`no title line found; title taken from the file name: "${title}"`)
    }
  }

  // Byline: the last "Written by <name> ..." paragraph; what follows is the author's bio.
  let byline: Byline | null = null
  let bylineIndex = paras.length
  for (let i = paras.length - 1; i >= bodyFrom; i--) {
    byline = parseByline((paras[i] as Paragraph).text)
    if (byline) {
      bylineIndex = i
      break
    }
  }
  // A byline right under the title starts the body; one further down ends it and the bio follows.
  const bylineOnTop = byline !== null && bylineIndex === bodyFrom
  const body = bylineOnTop ? paras.slice(bodyFrom + 1) : paras.slice(bodyFrom, bylineIndex)
  const bio = bylineOnTop ? [] : paras.slice(bylineIndex + 1)
  const closing = bio.length
    ? parseClosing((bio.at(-1) as Paragraph).text)
    : body.length
      ? parseClosing((body.at(-1) as Paragraph).text)
      : null
  if (closing) (bio.length ? bio : body).pop()
  if (body.length === 0) throw new ImportError('the post has a title but no body text')

  const authorName = data.author ?? byline?.name
  if (data.author && byline && !sameName(data.author, byline.name)) {
    notes.push(`front matter author "${data.author}" used; the byline names "${byline.name}"`)
  }
  const first = body[0] as Paragraph
  const last = body.at(-1) as Paragraph
  return {
    file,
    format,
    title,
    ...(data.slug ? { slug: data.slug } : {}),
    ...(data.date !== undefined ? { publishedAt: toPublishedAt(data.date, 'front matter date') } : {}),
    ...(authorName ? { authorName: cleanText(authorName) } : {}),
    ...((data.publication ?? byline?.publication)
      ? { publication: cleanText(data.publication ?? byline?.publication ?? '') }
      : {}),
    tags: data.tags ?? [],
    categories: [...new Set([...(data.categories ?? []), ...(data.category ?? [])])],
    oldUrls: [data.url, data.permalink, ...(data.aliases ?? []), ...(data.redirect_from ?? [])].filter(
      (url): url is string => Boolean(url),
    ),
    draft: data.draft === true || data.published === false,
    ...coverOf(data),
    ...(data.excerpt ? { excerpt: cleanText(data.excerpt) } : {}),
    body:
      format === 'md'
        ? { kind: 'markdown', markdown: content.slice(first.start, last.end) }
        : { kind: 'text', paragraphs: body.map((p) => cleanText(p.text.replace(/\s*\n\s*/g, ' '))) },
    bio: bio
      .filter((p) => !/^([-*_])\1{2,}$/.test(p.text.trim()))
      .map((p) => (format === 'md' ? plain(p.text) : cleanText(p.text.replace(/\s*\n\s*/g, ' ')))),
    ...(closing ? { closing } : {}),
    notes,
  }
}

function coverOf(data: FrontMatter): { coverImage?: SourceImage } {
  const cover = data.cover
  if (cover && typeof cover === 'object')
    return {
      coverImage: {
        url: cover.image,
        ...(cover.alt ? { alt: cover.alt } : data.image_alt ? { alt: data.image_alt } : {}),
        ...(cover.caption ? { caption: cover.caption } : {}),
      },
    }
  const url = cover ?? data.image
  return url ? { coverImage: { url, ...(data.image_alt ? { alt: data.image_alt } : {}) } } : {}
}
