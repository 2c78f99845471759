/** Search input handling shared by both sources: what reaches GROQ, and what the page quotes. */

/** Search results on one page of them. */
export const SEARCH_RESULTS = 20
/** The last page of results a reader can ask for: further down a search is no help, and each page costs a scan. */
export const SEARCH_MAX_PAGE = 20
/** Longest query searched, in characters; the rest is ignored. */
export const SEARCH_MAX_LENGTH = 100
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

/** A regex that finds a term at the start of a word, as `match` does. Terms hold no regex syntax. */
function termsRegex(terms: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${terms.join('|')})`, 'iu')
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
  const found = terms.length ? termsRegex(terms).exec(text) : null
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

/** Splits text into plain and matched parts, for highlighting the terms on the page. */
export function highlightParts(text: string, terms: string[]): { text: string; match: boolean }[] {
  if (!terms.length) return [{ text, match: false }]
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${terms.join('|')})[\\p{L}\\p{N}\\p{M}]*`, 'giu')
  const parts: { text: string; match: boolean }[] = []
  let last = 0
  for (const found of text.matchAll(re)) {
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false })
    parts.push({ text: found[0], match: true })
    last = found.index + found[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}
