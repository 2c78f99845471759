import { NextResponse, type NextRequest } from 'next/server'
import { handOff } from '@/lib/old-address'

/**
 * Runs only for the few requests its matcher admits, so cached pages with plain paths never run it:
 * - a path with `%`: one whose percent-encoding is malformed (`/x/%`, `/%E0%A4%A`) answers 400, where Next's router
 *   would fail to decode it and answer 500;
 * - a path ending in a slash (Next leaves them to us, `skipTrailingSlashRedirect`), and WordPress's id links (`/?p=123`,
 *   `/index.php?page_id=7`): rewritten to the catch-all route, which answers an old address with a 308 to its article
 *   and anything else as Next would (lib/old-address.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return new NextResponse('Bad request: malformed percent-encoding in the path\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  const target = handOff(pathname, search)
  if (!target) return NextResponse.next()
  // A plain URL: a NextURL would put back the trailing slash the request had. Setting the path keeps the host, even
  // for a path that starts with `//`.
  const url = new URL(request.url)
  url.pathname = target
  url.search = ''
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: [
    '/(.*%.*)',
    // Not `/` itself; `/_next/` assets are never old addresses.
    '/((?!_next/).+/)',
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    { source: '/index.php', has: [{ type: 'query', key: 'p' }] },
    { source: '/index.php', has: [{ type: 'query', key: 'page_id' }] },
  ],
}
