import type { PortableTextBody } from '@blog/schemas'

const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** Dates are shown in UTC so the server and the browser print the same day. */
export function formatDate(iso: string): string {
  const value = iso.length === 10 ? `${iso}T00:00:00Z` : iso
  return dateFormat.format(new Date(value))
}

const WORDS_PER_MINUTE = 220

/** Minutes to read the text blocks of a body, at least 1. */
export function readingMinutes(body: PortableTextBody): number {
  let words = 0
  for (const item of body) {
    if (item._type === 'block') for (const span of item.children) words += span.text.split(/\s+/).filter(Boolean).length
    else if (item._type === 'callout') words += item.text.split(/\s+/).length
    else if (item._type === 'pullQuote') words += item.quote.split(/\s+/).length
  }
  return minutesForWords(words)
}

/** Minutes to read a number of words, at least 1 (cards get the count from the query). */
export function minutesForWords(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
