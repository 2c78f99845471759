import 'server-only'
import { draftMode } from 'next/headers'
import { createContent, createSanitySource, type Content } from '@blog/content'
import { env } from './env'

/**
 * Drafts exist only on the Content Lake, and reading them needs the server-only token. An article dated ahead has its
 * page here too, so an editor previews a scheduled post before it goes live.
 */
const drafts: Content | null =
  env.source.kind === 'sanity' && env.source.token
    ? createContent({ source: createSanitySource({ ...env.source, perspective: 'drafts' }), preview: true })
    : null

export const previewAvailable = drafts !== null

/** The drafts content API while draft mode is on for this request, else null (readers, builds). */
export async function previewContent(): Promise<Content | null> {
  if (!drafts) return null
  try {
    return (await draftMode()).isEnabled ? drafts : null
  } catch {
    // Outside a request (build-time static generation) there is no draft mode.
    return null
  }
}
