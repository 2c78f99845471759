/**
 * The images the exports' posts refer to, found before the import so `--fetch-media` can fetch them a few at a time:
 * the import itself takes posts one by one and would fetch one image at a time.
 */
import type { SourceExport } from '../sources/types.ts'
import type { PlannedImage } from '../types.ts'
import { htmlToBody } from './html/index.ts'
import { markdownToBody } from './portable-text.ts'

/**
 * Covers, author photos, body images and the body's audio, video and captions files (converted as the import converts
 * them) of every post of the exports.
 */
export function plannedImages(sources: SourceExport[]): PlannedImage[] {
  const images: PlannedImage[] = []
  for (const source of sources) {
    const site = source.siteUrl ? { siteUrl: source.siteUrl } : {}
    for (const post of source.posts) {
      const body =
        post.body.kind === 'html'
          ? htmlToBody(post.body.html, {
              keyPrefix: 'planned',
              ...site,
              ...(source.attachments ? { attachments: source.attachments } : {}),
              ...post.html,
            })
          : post.body.kind === 'markdown'
            ? { ...markdownToBody(post.body.markdown, String), files: [] }
            : { images: [], files: [] }
      for (const url of [
        post.coverImage?.url,
        post.author?.image?.url,
        ...body.images.map((image) => image.url),
        ...body.files.flatMap((file) => (file.poster ? [file.poster] : [])),
      ])
        if (url) images.push({ url, ...site })
      for (const url of body.files.flatMap((file) => [file.file, ...(file.captions ? [file.captions] : [])]))
        images.push({ url, ...site, kind: 'file' })
    }
  }
  return images
}
