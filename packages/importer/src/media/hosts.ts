/**
 * Where `--fetch-media` may download an image from: only the old site's own media hosts, so an import never pulls
 * files from sites the author does not own (embeds, hotlinked pictures) unless `--media-host` names them.
 */
import type { SourceExport } from '../sources/types.ts'
import { siteHost } from '../text.ts'
import { GHOST_VARIANT, WORDPRESS_COPY } from './resolve.ts'

// Query keys of WordPress.com's and Jetpack's resizing; without them the address is the original file.
const RESIZE_KEYS = new Set(['w', 'h', 'resize', 'fit', 'crop', 'zoom', 'quality', 'strip', 'ssl', 'lb'])
// Jetpack's image CDN serves https://i0.wp.com/<host>/<path> as a copy of https://<host>/<path>.
const WP_CDN = /^i\d\.wp\.com$/

/**
 * The hosts the exports show to be the old site's own: its address, where its WordPress attachments are (the uploads,
 * wherever the site keeps them), and the hosts its absolute image addresses share with its posts' permalinks. A
 * WordPress.com site `<name>.wordpress.com` keeps its files on `<name>.files.wordpress.com`.
 */
export function siteMediaHosts(sources: SourceExport[]): string[] {
  const hosts = new Set<string>()
  const add = (url: string | undefined) => {
    const host = url ? siteHost(url) : undefined
    if (host) hosts.add(host)
  }
  for (const source of sources) {
    add(source.siteUrl)
    for (const url of Object.values(source.attachments ?? {})) add(url)
    const permalinkHosts = new Set(source.posts.flatMap((post) => post.oldUrls.map((url) => siteHost(url))))
    const images = [
      ...source.posts.flatMap((post) => [post.coverImage?.url, post.author?.image?.url]),
      ...source.authors.map((author) => author.image?.url),
    ]
    for (const url of images) if (url && permalinkHosts.has(siteHost(url))) add(url)
  }
  for (const host of [...hosts]) {
    const wordpressCom = /^([^.]+)\.wordpress\.com$/.exec(host)
    if (wordpressCom) hosts.add(`${wordpressCom[1]}.files.wordpress.com`)
  }
  return [...hosts]
}

/** The address of the original file a resized copy was made from, when the address is one. */
function originalOf(url: URL): string | undefined {
  const original = new URL(url.href)
  if ([...original.searchParams.keys()].every((key) => RESIZE_KEYS.has(key))) original.search = ''
  const segments = original.pathname.split('/')
  const images = segments.findIndex((segment, i) => segment === 'content' && segments[i + 1] === 'images')
  if (images >= 0)
    while (GHOST_VARIANT.test(segments[images + 2] ?? '') && segments.length > images + 5)
      segments.splice(images + 2, 2)
  const copy = WORDPRESS_COPY.exec(segments.at(-1) ?? '')
  if (copy) segments[segments.length - 1] = `${copy[1]}${copy[4]}`
  original.pathname = segments.join('/')
  return original.href === url.href ? undefined : original.href
}

/**
 * The addresses to try for an image a post refers to (the original file first, then the address as written), or
 * undefined when it is not on a host in `hosts`. Site-relative and `__GHOST_URL__` addresses are on `siteUrl`;
 * addresses relative to a post file are never fetched.
 */
export function fetchAddresses(address: string, siteUrl: string | undefined, hosts: ReadonlySet<string>) {
  let raw = address.trim()
  if (raw.startsWith('__GHOST_URL__')) raw = siteUrl ? `${siteUrl}${raw.slice('__GHOST_URL__'.length)}` : ''
  if (raw.startsWith('//')) raw = `https:${raw}`
  if (!(/^https?:\/\//i.test(raw) || (raw.startsWith('/') && siteUrl))) return undefined
  let url: URL
  try {
    url = new URL(raw, siteUrl)
  } catch {
    return undefined
  }
  url.hash = ''
  const own = (host: string | undefined) => host !== undefined && hosts.has(host)
  if (WP_CDN.test(url.hostname)) {
    const [, host, rest] = /^\/([^/]+)(\/.*)$/.exec(url.pathname) ?? []
    if (!host || !rest || !own(siteHost(`https://${host}`))) return undefined
    const origin = new URL(`https://${host}${rest}`)
    return [...new Set([originalOf(origin) ?? origin.href, origin.href, url.href])]
  }
  if (!own(siteHost(url.href))) return undefined
  return [...new Set([originalOf(url) ?? url.href, url.href])]
}
