/**
 * Studio validation in an editor's words. The checks themselves come from @blog/schemas, the same
 * functions the zod schemas run, so a document the Studio accepts is one the site can parse.
 */
import {
  EXCERPT_MAX_LENGTH,
  isAllowedHref,
  isHttpUrl,
  isOldPath,
  isSitePath,
  isValidIsbn,
  normalizeOldPath,
  SEO_DESCRIPTION_MAX_LENGTH,
  SHORT_BIO_MAX_LENGTH,
  SLUG_PATTERN,
} from '@blog/schemas'

export const MESSAGES = {
  altText: 'Add alt text: describe the image for readers who cannot see it.',
  imageMissing: 'Choose an image, or clear the alt text to leave this empty.',
  slugRequired: 'Add a slug: click "Generate" to make one from the title.',
  slugFormat: 'Use lowercase letters, numbers and single hyphens only, e.g. "my-first-post".',
  href: 'Links must start with https://, http://, mailto:, / or # (other kinds, such as javascript:, are not allowed).',
  httpUrl: 'Enter a full web address that starts with https:// or http://.',
  isbn: 'This is not a valid ISBN: enter the 10 or 13 digits from the book (hyphens are fine).',
  excerpt: `Keep the excerpt to ${EXCERPT_MAX_LENGTH} characters or fewer; it shows on cards and in search results.`,
  shortBio: `Keep the short bio to ${SHORT_BIO_MAX_LENGTH} characters or fewer; it shows in bylines.`,
  seoDescription: `Keep the description to ${SEO_DESCRIPTION_MAX_LENGTH} characters or fewer; search engines cut longer text.`,
  publishedAt: 'Set the publish date and time.',
  author: 'Choose the author who wrote this article.',
  bookAuthors: 'Add at least one author for this book.',
  year: 'Enter a year between 1900 and 2100.',
  oldPath:
    'Enter the address as a path on the old site, starting with /, e.g. /2019/04/hill-repeats or /?p=123 (no domain, no slash at the end).',
  oldPathRepeated: 'This old address is listed more than once; keep one.',
  oldPathShadowed:
    'This is an address of this blog itself (an article, author, search or feed page): it shows that page, so it can never redirect here.',
} as const

/** A message for a field the site cannot do without. */
export const requiredMessage = (what: string) => `Add ${what}; the site cannot show this document without it.`

type Check = (value: unknown) => true | string

/** Text that is not only spaces (zod trims before checking length). */
export const notBlank =
  (message: string): Check =>
  (value) =>
    value === undefined || (typeof value === 'string' && value.trim() !== '') ? true : message

export const slugCurrentFormat: Check = (value) => {
  const current = (value as { current?: unknown } | undefined)?.current
  if (current === undefined) return true
  return typeof current === 'string' && SLUG_PATTERN.test(current) ? true : MESSAGES.slugFormat
}

export const slugStringFormat: Check = (value) =>
  value === undefined || (typeof value === 'string' && SLUG_PATTERN.test(value)) ? true : MESSAGES.slugFormat

export const allowedHref: Check = (value) =>
  value === undefined || (typeof value === 'string' && isAllowedHref(value)) ? true : MESSAGES.href

export const httpUrl: Check = (value) =>
  value === undefined || (typeof value === 'string' && isHttpUrl(value)) ? true : MESSAGES.httpUrl

export const validIsbn: Check = (value) =>
  value === undefined || (typeof value === 'string' && isValidIsbn(value)) ? true : MESSAGES.isbn

/** An old address in its stored form; when it only needs tidying (a full URL, a trailing slash), says what to write. */
export const oldPathFormat: Check = (value) => {
  if (value === undefined || (typeof value === 'string' && isOldPath(value))) return true
  const normalized = typeof value === 'string' ? normalizeOldPath(value) : undefined
  return normalized ? `${MESSAGES.oldPath} Write it as ${normalized}` : MESSAGES.oldPath
}

/** A warning, not an error: the address is valid, but the blog answers it with its own page before any redirect. */
export const oldPathShadowed: Check = (value) =>
  typeof value === 'string' && isOldPath(value) && isSitePath(value) ? MESSAGES.oldPathShadowed : true

/** An image field with alt text but no picture would be stored without an asset. */
export const imageHasAsset: Check = (value) => {
  if (value === undefined || value === null) return true
  return (value as { asset?: unknown }).asset ? true : MESSAGES.imageMissing
}

/** A file field left with no upload (the file removed, or an upload that failed) is as good as missing. */
export const fileHasAsset =
  (message: string): Check =>
  (value) =>
    value === undefined || value === null || (value as { asset?: unknown }).asset ? true : message

export { slugify } from '@blog/schemas'
