import { normalizeOldPath } from '@blog/schemas'

/**
 * Old addresses of imported articles (`oldPaths`) are answered by the catch-all route app/[...path], which only paths
 * no other route matches reach, so the proxy never runs for them. Two things only the proxy sees, and it runs only for
 * them (proxy.ts): a query an old address keeps (`/?p=123`) and a trailing slash (Next leaves those to the proxy,
 * `skipTrailingSlashRedirect`, so that `/2019/04/02/x/` answers in one redirect). The proxy hands them to the catch-all
 * in one last segment of its own: `?` and the kept query, or `#` and the request's query. A stored old path never
 * holds `?` or `#` in its path, so these segments name no old address themselves.
 */
const QUERY = '?'
const SLASH = '#'

/** The path the proxy rewrites a request to, for the catch-all; undefined when the request needs nothing from it. */
export function handOff(pathname: string, search: string): string | undefined {
  if (pathname.length > 1 && pathname.endsWith('/'))
    return `${pathname.replace(/\/+$/, '')}/${encodeURIComponent(SLASH + search)}`
  if (pathname !== '/' && pathname !== '/index.php') return undefined
  const address = normalizeOldPath(pathname + search)
  const query = address?.includes(QUERY) ? address.slice(address.indexOf(QUERY)) : undefined
  return query ? `${pathname === '/' ? '' : pathname}/${encodeURIComponent(query)}` : undefined
}

export interface Requested {
  /** The old address the request names, in stored form; the path as it came when it cannot be one. */
  address: string
  /** For a request that ended in a slash: the same path and query without it, where it goes when no article had it. */
  withoutSlash?: string
}

/** What a request that reached the catch-all asks for, from its segments (as they were in the URL, still encoded). */
export function requested(segments: string[]): Requested {
  const last = decoded(segments.at(-1) ?? '')
  const marker = last.startsWith(QUERY) ? QUERY : last.startsWith(SLASH) ? SLASH : undefined
  const path = joined(marker ? segments.slice(0, -1) : segments)
  const rest = marker === SLASH ? last.slice(SLASH.length) : last
  const query = marker && rest.startsWith(QUERY) ? rest : ''
  return {
    address: normalizeOldPath(path + query) ?? path,
    ...(marker === SLASH ? { withoutSlash: path + query } : {}),
  }
}

/** A path ending in a slash, where it goes when no article had it: the same path and query without it. */
export function withoutSlash(pathname: string, search: string): string {
  return joined(pathname.split('/')) + search
}

/** Empty segments dropped and backslashes encoded: the path never starts with `//` or `/\` (another host). */
function joined(segments: string[]): string {
  return `/${segments
    .filter(Boolean)
    .map((segment) => segment.replaceAll('\\', '%5C'))
    .join('/')}`
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
