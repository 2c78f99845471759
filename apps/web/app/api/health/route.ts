import { contentStatus } from '@/lib/content'

export const dynamic = 'force-dynamic'

/** Liveness plus the content query counter: a cached page view must not move it. */
export function GET() {
  return Response.json({ ok: true, ...contentStatus() })
}
