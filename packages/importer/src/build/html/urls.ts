import { isAllowedHref, isHttpUrl } from '@blog/schemas'
import { siteHost } from '../../text.ts'

export interface LinkTarget {
  href: string
  /** A page of the old site (site-relative, or absolute on its host): maybe a post of the same import. */
  ownSite: boolean
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i
// Two slashes of either kind start another host: browsers read "/\host" as "//host", though it looks site-relative.
const BACKSLASH_HOST = /^[/\\]{2}/

// Ghost exports write the site's own address as this placeholder: what follows is a site-relative path.
const GHOST_URL = /^__GHOST_URL__(?=\/|$)/

function withoutControls(raw: string): string {
  const value = raw.replace(/[\t\n\r]/g, '').trim()
  return GHOST_URL.test(value) ? value.replace(GHOST_URL, '') || '/' : value
}

/** Whether an absolute address is on the old site (scheme and `www.` aside). */
export function isOnSite(url: string, siteUrl: string | undefined): boolean {
  if (!siteUrl) return false
  const host = siteHost(url)
  return host !== undefined && host === siteHost(siteUrl)
}

/**
 * The address a link may keep, or undefined when it must become plain text: only what `isAllowedHref` accepts.
 * Scheme-relative links (`//host/x`) get https; WordPress's `?p=12` is read from the site root.
 */
export function linkTarget(raw: string, siteUrl?: string): LinkTarget | undefined {
  let href = withoutControls(raw)
  if (href.startsWith('//')) href = `https:${href}`
  else if (href.startsWith('?')) href = `/${href}`
  if (BACKSLASH_HOST.test(href) || !isAllowedHref(href)) return undefined
  return { href, ownSite: href.startsWith('/') || isOnSite(href, siteUrl) }
}

/**
 * An image address the import can fetch: absolute http(s), site-relative or relative to the post. Everything else
 * (`data:`, `javascript:`, `file:` …) is undefined.
 */
export function imageUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined
  let url = withoutControls(raw)
  if (url.startsWith('//') && !url.startsWith('///')) url = `https:${url}`
  if (!url || url.startsWith('#') || url.includes('\\')) return undefined
  if (SCHEME.test(url)) return isHttpUrl(url) ? url : undefined
  return BACKSLASH_HOST.test(url) ? undefined : url
}

/** The candidates of a `srcset`, largest width (`800w`) or density (`2x`) first. */
export function srcsetBySize(srcset: string): string[] {
  const candidates: { url: string; size: number }[] = []
  let rest = srcset
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '')
    if (!rest) break
    const url = /^\S+/.exec(rest)?.[0] ?? ''
    rest = rest.slice(url.length)
    let descriptor = ''
    // "a.jpg,b.jpg 2x": a candidate without descriptor ends at its comma.
    if (!url.endsWith(',')) {
      const end = rest.indexOf(',')
      descriptor = (end === -1 ? rest : rest.slice(0, end)).trim()
      rest = end === -1 ? '' : rest.slice(end + 1)
    }
    const candidate = url.replace(/,+$/, '')
    if (candidate) candidates.push({ url: candidate, size: Number(/^([\d.]+)[wx]$/i.exec(descriptor)?.[1] ?? 1) })
  }
  return candidates.sort((a, b) => b.size - a.size).map((candidate) => candidate.url)
}

const LAZY_SRC = ['data-lazy-src', 'data-src', 'data-original']
const LAZY_SRCSET = ['srcset', 'data-srcset', 'data-lazy-srcset']
const IMAGE_FILE = /\.(?:avif|gif|jpe?g|png|webp)(?:[?#].*)?$/i

/** Whether an address names an image file by its extension. */
export const isImageFile = (url: string) => IMAGE_FILE.test(url.trim())

/**
 * Where an `<img>` comes from, as written: the largest `srcset` candidate, else the file a wrapping link opens
 * (WordPress links a thumbnail to its full size), else `src`; lazy-loading plugins keep the real address in data-
 * attributes and a placeholder in `src`. The first candidate `imageUrl` accepts wins; `rejected` names the first
 * one refused, for the note when none is left.
 */
export function imageSource(img: Element, linkHref?: string | null): { url?: string; rejected?: string } {
  const candidates: string[] = []
  for (const name of LAZY_SRCSET) candidates.push(...srcsetBySize(img.getAttribute(name) ?? ''))
  if (linkHref && isImageFile(linkHref)) candidates.push(linkHref)
  const src = img.getAttribute('src')
  if (src && !src.trim().startsWith('data:')) candidates.push(src)
  for (const name of LAZY_SRC) candidates.push(img.getAttribute(name) ?? '')
  if (src) candidates.push(src)
  const present = candidates.filter((candidate) => candidate.trim() !== '')
  for (const candidate of present) {
    const url = imageUrl(candidate)
    if (url) return { url }
  }
  return { rejected: present[0] }
}
