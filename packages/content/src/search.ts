/** Search input handling shared by both sources: what reaches GROQ, and what the page quotes. */

import { SEARCH_MAX_LENGTH, termAtWordStart } from '@blog/schemas'

/** More words than this add little and cost a pass over the index each. */
const MAX_TERMS = 6
const MIN_TERM_LENGTH = 2
const SNIPPET_LENGTH = 200

export interface SearchInput {
  /** The query as it is searched and shown back: trimmed, single-spaced, capped. */
  query: string
  /** Lowercase words of letters and digits only, so no GROQ or regex syntax survives. */
  terms: string[]
}

/**
 * Cleans a raw `q` parameter. Anything (an array, a megabyte, control characters, GROQ like
 * `"] | *[`) becomes a short query and a few plain words; no words means there is nothing to search.
 */
export function parseSearchInput(raw: unknown): SearchInput {
  const text = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : ''
  // Cut before normalizing so a huge input costs nothing; cut by code points so no emoji is split.
  const normalized = text.slice(0, SEARCH_MAX_LENGTH * 4).normalize('NFKC')
  const query = Array.from(normalized.replace(/[\p{C}\s]+/gu, ' ').trim())
    .slice(0, SEARCH_MAX_LENGTH)
    .join('')
    .trim()
  const words = query.toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u)
  const terms = [...new Set(words.filter((word) => Array.from(word).length >= MIN_TERM_LENGTH))].slice(0, MAX_TERMS)
  return { query, terms }
}

/** The GROQ `match` pattern for the terms: each word also finds longer words it starts ("run" finds "running"). */
export function matchPattern(terms: string[]): string {
  return terms.map((term) => `${term}*`).join(' ')
}

/**
 * A passage of about 200 characters around the first match in the body, cut at word boundaries,
 * or the excerpt (or the opening of the body) when only the title or excerpt matched.
 */
export function makeSnippet(
  terms: string[],
  body: string | null | undefined,
  excerpt: string | null | undefined,
): string {
  const text = (body ?? '').replace(/\s+/g, ' ').trim()
  const found = terms.length ? new RegExp(termAtWordStart(terms), 'iu').exec(text) : null
  if (!found) return excerpt?.trim() || shorten(text, 0)
  return shorten(text, Math.max(0, found.index - SNIPPET_LENGTH / 3))
}

function shorten(text: string, from: number): string {
  let start = from
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space === -1 ? start : space + 1
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space > start ? space : end
  }
  const cut = end < text.length
  // "fitness.…" reads badly: the ellipsis replaces the punctuation it follows.
  const passage = cut ? text.slice(start, end).replace(/[.,;:!?]+$/, '') : text.slice(start, end)
  return `${start > 0 ? '…' : ''}${passage}${cut ? '…' : ''}`
}
