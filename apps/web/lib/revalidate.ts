import 'server-only'
import { revalidateTag } from 'next/cache'
import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { changeSchema, type Change, type Impact } from '@blog/content'
import { refreshAddresses } from './addresses'
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
 * How old a signed webhook may be. @sanity/webhook checks the HMAC, not the signed time `t=` (milliseconds), so a
 * captured request would otherwise work forever. Sanity retries a failed delivery twice, 30 s apart (its changelog,
 * April 2026; before that, with backoff over 30 minutes), and delivery can be late; whether a retry is signed afresh
 * is not documented, so the window covers the longer, older retry span. Our local lake signs every attempt afresh.
 */
export const WEBHOOK_MAX_AGE_MS = 30 * 60_000
/** How far in the future a signed time may be: clock skew between Sanity and this server. */
export const WEBHOOK_MAX_AHEAD_MS = 5 * 60_000

function signedAt(signature: string): number | null {
  try {
    return decodeSignatureHeader(signature).timestamp
  } catch {
    return null
  }
}

/**
 * Deliveries already handled within the window, so a repeat expires nothing twice: keyed by the signature itself
 * (a replay of a captured request carries the same one) and by Sanity's `idempotency-key` (a retry signed afresh
 * carries the same key). Only successful deliveries are remembered; a 503 must stay retryable. Per process: another
 * instance handles a repeat once more, which expires the same tags again and is harmless.
 */
const handled = new Map<string, number>()
const MAX_HANDLED = 10_000

function alreadyHandled(keys: string[], now: number): boolean {
  for (const [key, at] of handled) {
    if (now - at <= WEBHOOK_MAX_AGE_MS + WEBHOOK_MAX_AHEAD_MS && handled.size <= MAX_HANDLED) break
    handled.delete(key)
  }
  return keys.some((key) => handled.has(key))
}

/**
 * The signed Sanity webhook: verifies the signature over the raw body, works out which pages show
 * the changed document, and expires exactly their cache tags. A signature outside the replay window is refused; a
 * delivery repeated within it is answered without expiring anything again.
 */
export async function handleRevalidate(request: Request): Promise<Response> {
  const secret = env.revalidateSecret
  if (!secret) {
    console.error('[revalidate] SANITY_REVALIDATE_SECRET is not set on the server: refusing the webhook')
    return json(500, { error: 'revalidation is not configured' })
  }
  const body = await request.text()
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  if (!signature || !(await signed(body, signature, secret))) {
    console.warn('[revalidate] rejected a request without a valid signature')
    return json(401, { error: 'invalid signature' })
  }
  const now = Date.now()
  const at = signedAt(signature) ?? 0
  if (at < now - WEBHOOK_MAX_AGE_MS || at > now + WEBHOOK_MAX_AHEAD_MS) {
    console.warn(`[revalidate] rejected a signed request from ${new Date(at).toISOString()}: outside the replay window`)
    return json(401, { error: 'signature too old or too far in the future' })
  }
  const idempotencyKey = request.headers.get('idempotency-key')
  const deliveryKeys = [`signature:${signature}`, ...(idempotencyKey ? [`idempotency-key:${idempotencyKey}`] : [])]
  let change: Change
  try {
    change = changeSchema.parse(JSON.parse(body))
  } catch (error) {
    console.warn(`[revalidate] signed body is not a change payload: ${(error as Error).message.slice(0, 200)}`)
    return json(400, { error: 'body must be JSON with _id and _type' })
  }
  if (/^(drafts|versions)\./.test(change._id))
    return json(200, { id: change._id, ignored: 'drafts are not on the public site' })
  if (alreadyHandled(deliveryKeys, now)) {
    console.info(
      `[revalidate] ${change._type} ${change._id}: a repeated delivery, already handled; nothing expired again`,
    )
    return json(200, { id: change._id, revalidated: [], repeated: true })
  }

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
  // A new, renamed or removed address answers once this answers; other instances hear of the tags and read theirs
  // (cache/tag-events.mjs).
  await refreshAddresses()
  for (const key of deliveryKeys) handled.set(key, now)
  console.info(`[revalidate] ${change._type} ${change._id}: ${tags.join(' ')}`)
  return json(200, { id: change._id, revalidated: tags })
}
