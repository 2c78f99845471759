import { createHash } from 'node:crypto'

/** Text as pasted from old sites: non-breaking and odd spaces become plain spaces, runs collapse. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

export { slugify } from '@blog/schemas'

/** `decodeURIComponent`, or the value as it is when its percent-encoding is malformed (old sites write both). */
export function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * The host of an http(s) address without `www.`, to tell an old site's own addresses from others (scheme and `www.`
 * aside); undefined for anything else.
 */
export function siteHost(url: string): string | undefined {
  try {
    const { hostname, protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : undefined
  } catch {
    return undefined
  }
}

/** Words of a file an address names: `…/hill-repeats_2-300x225.jpg` -> "hill repeats 2"; empty when it has none. */
export function fileNameWords(url: string): string {
  const name = decodeSafely(url.split(/[?#]/)[0]?.split('/').at(-1) ?? '').replace(/\.[a-z0-9]+$/i, '')
  return cleanText(name.replace(/-\d+x\d+$/, '').replace(/[-_.]+/g, ' '))
}

/** A `_key` that is the same on every run: a hash of the document id and the item's position. */
export function stableKey(...parts: (string | number)[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 12)
}

/** Name words for comparison: case, accents, punctuation and spacing do not count. */
export function nameWords(name: string): string[] {
  return cleanText(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length] as number
}

/**
 * Whether two spellings name the same person: "Jerry Del Priore" and "jerry del prior" do, "Jerry Del Priore" and
 * "Jenny Del Priore" do not. Same number of words; a word of five letters or more may differ by one edit.
 */
export function sameName(a: string, b: string): boolean {
  const left = nameWords(a)
  const right = nameWords(b)
  if (left.length === 0 || left.length !== right.length) return false
  return left.every((word, i) => {
    const other = right[i] as string
    if (word === other) return true
    return Math.min(word.length, other.length) >= 5 && editDistance(word, other) <= 1
  })
}

/** Sentences of a paragraph; abbreviations like "Dr." are rare enough in bios to accept the odd wrong split. */
export function sentences(paragraph: string): string[] {
  return (paragraph.match(/[^.!?…]+(?:[.!?…]+["'”’)]*|$)/g) ?? []).map((s) => s.trim()).filter(Boolean)
}

/** At most `max` characters, ending on a whole sentence when one fits, else on a word with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let result = ''
  for (const sentence of sentences(text)) {
    const next = result ? `${result} ${sentence}` : sentence
    if (next.length > max) break
    result = next
  }
  if (result) return result
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.]+$/, '')}…`
}

/** "hockey" -> "Hockey", leaving the rest as written. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
