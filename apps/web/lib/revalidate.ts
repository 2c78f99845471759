import 'server-only'
import { revalidateTag } from 'next/cache'
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { changeSchema, type Change, type Impact } from '@blog/content'
import { content } from './content-source'
import { TAGS } from './tags'
import { env } from './env'

/** The cache tags that cover every page an impact names. */
export function tagsFor(impact: Impact): string[] {
  if (impact.everything) return [TAGS.all]
  return [
    ...impact.pages.map((page) => TAGS.page(page.type, page.slug)),
    ...impact.lists.map((type) => TAGS.list(type)),
  ]
}

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status })

async function signed(body: string, signature: string | null, secret: string): Promise<boolean> {
  if (!signature || !body) return false
  try {
    return await isValidSignature(body, signature, secret)
  } catch {
    return false
  }
}

/**
 * The signed Sanity webhook: verifies the signature over the raw body, works out which pages show
 * the changed document, and expires exactly their cache tags. Idempotent: a repeat expires the same tags.
 */
export async function handleRevalidate(request: Request): Promise<Response> {
  const secret = env.revalidateSecret
  if (!secret) {
    console.error('[revalidate] SANITY_REVALIDATE_SECRET is not set on the server: refusing the webhook')
    return json(500, { error: 'revalidation is not configured' })
  }
  const body = await request.text()
  if (!(await signed(body, request.headers.get(SIGNATURE_HEADER_NAME), secret))) {
    console.warn('[revalidate] rejected a request without a valid signature')
    return json(401, { error: 'invalid signature' })
  }
  let change: Change
  try {
    change = changeSchema.parse(JSON.parse(body))
  } catch (error) {
    console.warn(`[revalidate] signed body is not a change payload: ${(error as Error).message.slice(0, 200)}`)
    return json(400, { error: 'body must be JSON with _id and _type' })
  }
  if (/^(drafts|versions)\./.test(change._id))
    return json(200, { id: change._id, ignored: 'drafts are not on the public site' })

  let impact: Impact
  try {
    impact = await content.impactOf(change)
  } catch (error) {
    // The source is down. Expiring anything now would make pages re-render without the source and,
    // in a process that never rendered them, without a last good result: keep every page as it is
    // and let Sanity retry the webhook once the source answers again.
    console.error(
      `[revalidate] ${change._type} ${change._id}: content source failed (${(error as Error).message}); nothing expired, asking for a retry`,
    )
    return json(503, { id: change._id, revalidated: [], error: 'content source unavailable, retry later' })
  }
  const tags = tagsFor(impact)
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  console.info(`[revalidate] ${change._type} ${change._id}: ${tags.join(' ')}`)
  return json(200, { id: change._id, revalidated: tags })
}
