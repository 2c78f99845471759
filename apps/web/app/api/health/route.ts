import { connection } from 'next/server'
import { addressBookReads } from '@/lib/addresses'
import { contentStatus } from '@/lib/content'

/**
 * Liveness plus the content query counter (a cached page view must not move it) and how often the address book was
 * read. Read per request, never prerendered.
 */
export async function GET() {
  await connection()
  return Response.json({ ok: true, ...contentStatus(), addressBookReads: addressBookReads() })
}
