import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'
import { addressBook } from '@/lib/addresses'
import { handOff, withoutSlash } from '@/lib/old-address'
import { paths } from '@/lib/paths'
import { exists, routeOf } from '@/lib/routes'

/**
 * Every URL a page could answer passes here first (the matcher leaves out Next's files and the routes with one URL
 * each), and is answered from the address book (lib/addresses.ts) when no page needs to render for it:
 * - a made-up URL gets the prerendered not-found page (status 404, the whole page in the HTML, noindex): nothing is
 *   rendered or stored for it, so a scanner's million URLs cost a set lookup each and no disk;
 * - an old address of an imported article (`/2019/04/02/x/`, `/?p=123`) gets its 308 to the article, at once;
 * - any other path ending in a slash gets a 308 to the same path without it (Next leaves those to us,
 *   `skipTrailingSlashRedirect`);
 * - a path with malformed percent-encoding (`/x/%`) gets a 400, where Next's router would answer 500.
 * In draft mode, or before the address book could ever be read, pages decide: id links and trailing slashes go to
 * the catch-all route, which looks the address up itself (lib/old-address.ts).
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
  const book = (await previewing(request)) ? null : await addressBook()
  if (!book) {
    const target = handOff(pathname, search)
    return target ? catchAll(request, target) : NextResponse.next()
  }
  const route = routeOf(pathname)
  // Only paths no route of the blog has can be old addresses: an article's page never moves away.
  const moved = route.kind === 'other' ? book.articleFor(pathname + search) : null
  if (moved) return redirect(request, paths.article(moved))
  if (pathname.length > 1 && pathname.endsWith('/'))
    return redirect(request, withoutSlash(pathname, search), 'no-store')
  // An id link (`/?p=999`) no article has; the home page with any other query is the home page.
  if (handOff(pathname, search)) return notFound(request)
  if (pathname === '/' || exists(book, route)) return NextResponse.next()
  return notFound(request)
}

/** Draft mode's cookie, checked by Next only when a request has one: readers' requests skip the lookup. */
async function previewing(request: NextRequest): Promise<boolean> {
  if (!request.cookies.has('__prerender_bypass')) return false
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

/**
 * A 308 to a path of this site (Next sends it as a relative Location). The redirects of made-up paths are not kept by
 * caches in front, which would keep one per URL.
 */
function redirect(request: NextRequest, path: string, cacheControl?: string) {
  const response = NextResponse.redirect(new URL(path, request.url), 308)
  if (cacheControl) response.headers.set('cache-control', cacheControl)
  return response
}

function catchAll(request: NextRequest, target: string) {
  // A plain URL: a NextURL would put back the trailing slash the request had. Setting the path keeps the host, even
  // for a path that starts with `//`.
  const url = new URL(request.url)
  url.pathname = target
  url.search = ''
  return NextResponse.rewrite(url)
}

/**
 * The prerendered not-found page, as it is: one copy for every made-up URL. (Rewrites stay in the process only when
 * the server knows itself as `localhost`: started with `-H 127.0.0.1`, Next sends each one back to itself over HTTP,
 * vercel/next.js#94745; the README says how to start it.) Next sends the page's own Cache-Control (`s-maxage`, it is a
 * prerendered page) whatever the proxy says; `CDN-Cache-Control` (RFC 9213) tells a CDN in front not to keep a copy
 * per made-up URL.
 */
function notFound(request: NextRequest) {
  const url = request.nextUrl.clone()
  url.pathname = '/_not-found'
  url.search = ''
  return NextResponse.rewrite(url, {
    status: 404,
    headers: { 'x-robots-tag': 'noindex', 'cdn-cache-control': 'no-store' },
  })
}

export const config = {
  matcher: [
    // Malformed percent-encoding anywhere, Next's files included.
    '/(.*%.*)',
    // Every path but Next's files, the not-found page the proxy rewrites to, and the routes that answer exactly one
    // URL each (and `/` itself).
    '/((?!_next/|_not-found$|api/(?:health|revalidate|revalidate/scheduled|draft-mode/enable|draft-mode/disable)$|media/[^/]+$|(?:search|feed\\.xml|sitemap\\.xml|robots\\.txt|icon\\.svg|opengraph-image|embed-player\\.js)$).+)',
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
  ],
}
