import { NextResponse, type NextRequest } from 'next/server'

/**
 * Answers 400 to a path whose percent-encoding is malformed (`/x/%`, `/%E0%A4%A`): Next's router would
 * otherwise fail to decode it and answer 500. The matcher only lets paths containing `%` in, so cached
 * pages with plain paths never run the proxy.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: malformed percent-encoding in the path\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/(.*%.*)'],
}
