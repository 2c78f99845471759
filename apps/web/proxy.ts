import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'
import { addressBook } from '@/lib/addresses'
import { handOff, withoutSlash } from '@/lib/old-address'
import { exists, routeOf } from '@/lib/routes'

/**
 * Every URL a page could answer passes here first (the matcher leaves out Next's files and the routes with one URL
 * each), and a URL the blog has nothing at is answered here, from the address book (lib/addresses.ts), with the
 * prerendered not-found page: status 404, the whole page in the HTML, nothing rendered and nothing stored for it.
 * So a scanner's million made-up URLs cost a set lookup each, and no disk. Besides:
 * - a path with malformed percent-encoding (`/x/%`) answers 400, where Next's router would answer 500;
 * - a trailing slash is an old permalink's (rewritten to the catch-all, which answers its 308 to the article) or
 *   answers a 308 to the same path without it; WordPress's id links (`/?p=123`) are old addresses too
 *   (lib/old-address.ts).
 * In draft mode, or before the address book could ever be read, every URL goes to its page, which decides.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return new NextResponse('Bad request: malformed percent-encoding in the path\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  const book = (await previewing()) ? null : await addressBook()
  const target = handOff(pathname, search)
  if (!book) return target ? catchAll(request, target) : NextResponse.next()
  if (target) {
    if (book.hasOldPath(pathname + search)) return catchAll(request, target)
    return pathname.length > 1 && pathname.endsWith('/')
      ? NextResponse.redirect(new URL(withoutSlash(pathname, search), request.url), 308)
      : notFound(request)
  }
  // The home page with a query that names no old address (`/?p=abc`) is the home page.
  if (pathname === '/' || exists(book, routeOf(pathname), pathname)) return NextResponse.next()
  return notFound(request)
}

async function previewing(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

function catchAll(request: NextRequest, target: string) {
  // A plain URL: a NextURL would put back the trailing slash the request had. Setting the path keeps the host, even
  // for a path that starts with `//`.
  const url = new URL(request.url)
  url.pathname = target
  url.search = ''
  return NextResponse.rewrite(url)
}

/** The prerendered not-found page, as it is: one copy for every made-up URL. */
function notFound(request: NextRequest) {
  const url = request.nextUrl.clone()
  url.pathname = '/_not-found'
  url.search = ''
  return NextResponse.rewrite(url, {
    status: 404,
    headers: { 'x-robots-tag': 'noindex' },
  })
}

export const config = {
  matcher: [
    // Malformed percent-encoding anywhere, Next's files included.
    '/(.*%.*)',
    // Every path but Next's files and the routes that answer exactly one URL each (and `/` itself).
    '/((?!_next/|_not-found$|api/(?:health|revalidate|draft-mode/enable|draft-mode/disable)$|media/[^/]+$|(?:search|feed\\.xml|sitemap\\.xml|robots\\.txt|icon\\.svg|opengraph-image)$).+)',
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
  ],
}
