import 'server-only'
import { draftMode } from 'next/headers'
import { connection } from 'next/server'
import { createSanityClient } from '@blog/content'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { env } from './env'
import { previewAvailable } from './preview'

// The secret check asks the Content Lake for the Studio's preview secret, with the read token.
const enable =
  previewAvailable && env.source.kind === 'sanity'
    ? defineEnableDraftMode({
        client: createSanityClient(env.source),
      })
    : null

/** `/api/draft-mode/enable?sanity-preview-secret=...`, called by the Studio's Presentation tool. */
export async function enableDraftMode(request: Request): Promise<Response> {
  // Per request: without it a route handler that reads nothing request-bound is prerendered at build.
  await connection()
  if (!enable) {
    return new Response('Draft mode needs the Sanity source and SANITY_API_READ_TOKEN on the server.', { status: 404 })
  }
  const response = await enable.GET(request)
  if (response.status === 401) console.warn('[draft-mode] rejected an enable request with an invalid preview secret')
  return response
}

/** Leaves draft mode and returns to a page of this site (never to another origin). */
export async function disableDraftMode(request: Request): Promise<Response> {
  await connection()
  ;(await draftMode()).disable()
  const wanted = new URL(request.url).searchParams.get('redirect') ?? '/'
  const target = wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : '/'
  return new Response(null, { status: 307, headers: { location: target, 'cache-control': 'no-store' } })
}
