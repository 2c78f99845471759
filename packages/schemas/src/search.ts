/**
 * The search's limits and its one matching rule, shared by the query side (@blog/content) and the page that shows
 * the results (the form's `maxLength`, the highlighted words), so the two cannot disagree.
 */

/** Search results on one page of them. */
export const SEARCH_RESULTS = 20
/** The last page of results a reader can ask for: further down a search is no help, and each page costs a scan. */
export const SEARCH_MAX_PAGE = 20
/** Longest query searched, in characters; the rest is ignored. */
export const SEARCH_MAX_LENGTH = 100

/**
 * Regex source that finds a term at the start of a word, as GROQ `match` does ("run" finds "running", not
 * "brunch"). Terms are plain words of letters and digits (parseSearchInput makes them so): no regex syntax.
 */
export const termAtWordStart = (terms: string[]): string => `(?<![\\p{L}\\p{N}\\p{M}])(?:${terms.join('|')})`

/** Splits text into plain and matched parts, for highlighting the terms on the page (whole words are marked). */
export function highlightParts(text: string, terms: string[]): { text: string; match: boolean }[] {
  if (!terms.length) return [{ text, match: false }]
  const re = new RegExp(`${termAtWordStart(terms)}[\\p{L}\\p{N}\\p{M}]*`, 'giu')
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
