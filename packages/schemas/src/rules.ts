/** Shared rules: the zod schemas and the Studio's validation both call these, so the two cannot drift. */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a string is a slug: lowercase words joined by hyphens. */
export const isSlug = (value: string): boolean => SLUG_PATTERN.test(value)

/** Lowercase words joined by hyphens, so a generated slug passes SLUG_PATTERN (the Studio's "Generate" and the importer). */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}

export const EXCERPT_MAX_LENGTH = 300
export const SHORT_BIO_MAX_LENGTH = 400
export const SEO_DESCRIPTION_MAX_LENGTH = 160

/** Links editors may write: http(s), mailto, and site-relative paths or fragments. */
export function isAllowedHref(href: string): boolean {
  const value = href.trim()
  if (value === '' || value !== href) return false
  if (value.startsWith('/') && !value.startsWith('//')) return true
  if (value.startsWith('#')) return true
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@')
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
}

/** Absolute http(s) URL, for fields that leave the site (author website, purchase links). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}

/** ISBN-10 or ISBN-13 with a valid check digit; hyphens and spaces are ignored. */
export function isValidIsbn(raw: string): boolean {
  const isbn = raw.replace(/[-\s]/g, '').toUpperCase()
  if (/^\d{9}[\dX]$/.test(isbn)) {
    let sum = 0
    for (let i = 0; i < 10; i++) {
      const ch = isbn[i] as string
      sum += (ch === 'X' ? 10 : Number(ch)) * (10 - i)
    }
    return sum % 11 === 0
  }
  if (/^\d{13}$/.test(isbn)) {
    let sum = 0
    for (let i = 0; i < 13; i++) sum += Number(isbn[i]) * (i % 2 === 0 ? 1 : 3)
    return sum % 10 === 0
  }
  return false
}

/** Calendar date `YYYY-MM-DD` that exists. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}
