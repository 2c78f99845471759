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

/** Query keys an old address may keep: WordPress's `/?p=<id>` and `/?page_id=<id>` links. Any other query is dropped. */
export const OLD_PATH_QUERY_KEYS = ['p', 'page_id'] as const

/**
 * The form an old address is stored and looked up in: the path of a URL (any host) or a site-relative path, percent-decoded,
 * without a trailing slash, with only a `p` or `page_id` query kept (`/?p=123`). Undefined when nothing is left to match:
 * no path, only `/`, or not an address at all.
 */
export function normalizeOldPath(input: string): string | undefined {
  const value = input.trim()
  if (!value || /\s/.test(value) || value.startsWith('//')) return undefined
  let url: URL
  try {
    url = new URL(value, 'http://old.invalid')
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (!value.startsWith('/') && !/^https?:\/\//i.test(value)) return undefined
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return undefined
  }
  pathname = pathname.replace(/\/+$/, '') || '/'
  const key = OLD_PATH_QUERY_KEYS.find((k) => /^\d+$/.test(url.searchParams.get(k) ?? ''))
  const query = key ? `?${key}=${url.searchParams.get(key)}` : ''
  if (pathname === '/' && !query) return undefined
  if (/[\s#?]/.test(pathname)) return undefined
  return `${pathname}${query}`
}

/** Whether a string is an old address in its stored form (see `normalizeOldPath`): `/2019/04/hill-repeats`, `/?p=123`. */
export const isOldPath = (value: string): boolean => normalizeOldPath(value) === value

/**
 * Paths the blog answers itself (its routes, feeds and files): an old address under one of them never reaches the
 * redirect, so it would be kept for nothing. Folders end in `/`; the rest are exact paths. A test in apps/web holds
 * the list against the routes of app/.
 */
export const SITE_PATHS = [
  '/articles/',
  '/authors/',
  '/books/',
  '/categories/',
  '/page/',
  '/api/',
  '/media/',
  '/_next/',
  '/search',
  '/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/icon.svg',
  '/opengraph-image',
] as const

/** Whether an old address (stored form) is one of the blog's own paths, which answer before any redirect could. */
export function isSitePath(oldPath: string): boolean {
  const path = oldPath.split('?')[0] ?? oldPath
  return SITE_PATHS.some((site) => (site.endsWith('/') ? path.startsWith(site) : path === site))
}
