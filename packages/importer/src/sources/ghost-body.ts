import { ImportError } from '../errors.ts'
import { field, type Row } from './ghost-json.ts'
import { lexicalToHtml } from './lexical.ts'
import type { SourceBody } from './types.ts'

/** Mobiledoc (the editor format before Lexical) is only read when it is nothing but Markdown cards. */
function mobiledocMarkdown(source: string): string | undefined {
  let doc: { cards?: unknown; sections?: unknown }
  try {
    doc = JSON.parse(source) as typeof doc
  } catch {
    return undefined
  }
  const cards = Array.isArray(doc.cards) ? (doc.cards as unknown[]) : []
  const sections = Array.isArray(doc.sections) ? (doc.sections as unknown[]) : []
  const parts: string[] = []
  for (const section of sections) {
    if (!Array.isArray(section)) return undefined
    if (section[0] === 1 && Array.isArray(section[2]) && section[2].length === 0) continue // an empty paragraph
    const card = section[0] === 10 ? cards[section[1] as number] : undefined
    if (!Array.isArray(card) || !['markdown', 'card-markdown'].includes(card[0] as string)) return undefined
    const markdown = (card[1] as { markdown?: unknown } | undefined)?.markdown
    if (typeof markdown !== 'string') return undefined
    parts.push(markdown)
  }
  const markdown = parts.join('\n\n').trim()
  return markdown || undefined
}

/**
 * The body of a Ghost post: its HTML, else its Lexical content converted (notes added to `notes`), else Mobiledoc made
 * only of Markdown cards. A string is the reason there is no body to import.
 */
export function bodyOf(post: Row, notes: string[]): SourceBody | string {
  const html = field(post, 'html')
  if (html) return { kind: 'html', html }
  const lexical = field(post, 'lexical')
  if (lexical) {
    try {
      const converted = lexicalToHtml(lexical)
      notes.push(...converted.notes)
      return converted.html.trim() ? { kind: 'html', html: converted.html } : 'no content'
    } catch (error) {
      if (error instanceof ImportError) return error.message
      throw error
    }
  }
  const mobiledoc = field(post, 'mobiledoc')
  if (mobiledoc) {
    const markdown = mobiledocMarkdown(mobiledoc)
    return markdown
      ? { kind: 'markdown', markdown }
      : 'only Mobiledoc content (Ghost’s editor format before Lexical) and no HTML, which is not converted'
  }
  return 'no content'
}
