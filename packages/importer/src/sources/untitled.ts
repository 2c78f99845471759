/**
 * A title for a post published without one. WordPress allows it (themes link such a post by its date), but an article
 * needs a title to be listed, and its slug and id are made from it when the export has no slug.
 */
import { htmlToText } from './html-text.ts'
import type { SourceBody } from './types.ts'

/** Long enough to recognise the post in a list, short enough to read as a title. */
const MAX_LENGTH = 60

// Paragraph boundaries: block tags, and the blank lines of classic-editor posts and Markdown.
const BLOCKS = /<\/?(?:p|div|h[1-6]|li|blockquote|figcaption|pre)\b[^>]*>|\n\s*\n/i
// WordPress shortcodes ([caption …], [/gallery]) are markup, not words of the post.
const SHORTCODE = /\[\/?[a-z][\w-]*(?:\s[^\]]*)?\]/gi

function markdownText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:#+|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
}

/** The text of the body's first paragraph that has any. */
function firstText(body: SourceBody): string {
  if (body.kind === 'text') return body.paragraphs[0] ?? ''
  const source = body.kind === 'html' ? body.html : body.markdown
  for (const part of source.split(BLOCKS)) {
    const text = htmlToText(body.kind === 'html' ? part.replace(SHORTCODE, ' ') : markdownText(part))
    if (text) return text
  }
  return ''
}

/** At most MAX_LENGTH characters, cut after a whole word, with an ellipsis when something was cut. */
function firstWords(text: string): string {
  if (text.length <= MAX_LENGTH) return text
  const cut = text.slice(0, MAX_LENGTH)
  const space = text[MAX_LENGTH] === ' ' ? MAX_LENGTH : cut.lastIndexOf(' ')
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?\u2013\u2014-]+$/, '')}…`
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/**
 * A title made from the post's first words, else from its date ("Post of 2 March 2014"), with the note that asks an
 * editor to give it a real one.
 */
export function untitledPostTitle(body: SourceBody, publishedAt: string | undefined): { title: string; note: string } {
  const text = firstText(body)
  const [title, from] = text
    ? [firstWords(text), ' from its first words']
    : publishedAt
      ? [`Post of ${DATE.format(new Date(publishedAt))}`, ' from its date']
      : ['Untitled post', '']
  return {
    title,
    note: `the post has no title on the old site: titled "${title}"${from}; give it a title in the Studio`,
  }
}
