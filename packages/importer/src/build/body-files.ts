/** The files of the body's audio and video blocks, stored like its images (parts.ts). */
import type { Collected, ImageSource, Media } from '../types.ts'
import { imageField } from './parts.ts'
import type { BodyFiles } from './html/index.ts'
import { fileKindOf, type FileKind } from '../media/file-types.ts'
import type { Body } from './portable-text.ts'

type FileField = { _type: 'file'; asset: { _type: 'reference'; _ref: string } }

const WHAT: Record<FileKind, string> = { audio: 'audio', video: 'video', captions: 'captions' }

/** Stores one file of `kind`; its field, or undefined with a note saying why it is left out. */
async function fileField(
  url: string,
  kind: FileKind,
  media: Media,
  from: ImageSource,
  into: Collected,
): Promise<FileField | undefined> {
  const named = fileKindOf(url)
  // The Studio's fields accept audio/*, video/* and WebVTT only: an <audio> playing an .mp4 has no field to go in.
  const stored =
    named && named !== kind
      ? { missing: `it is ${WHAT[named]}, not ${WHAT[kind]}` }
      : media.file
        ? await media.file(url, from)
        : { missing: 'audio and video are not imported in this run' }
  if ('missing' in stored) {
    into.notes.push(`${WHAT[kind]} ${url} left out: ${stored.missing}`)
    return undefined
  }
  if (stored.document && !into.documents.some((d) => d._id === stored.assetId)) into.documents.push(stored.document)
  return { _type: 'file', asset: { _type: 'reference', _ref: stored.assetId } }
}

/**
 * Sets the file of each audio and video block the converter left in the body (by `_key`), with a video's captions and
 * poster; a block whose file cannot be stored is left out with a note, a video without its captions or poster is kept.
 */
export async function attachBodyFiles(
  body: Body,
  files: BodyFiles[],
  media: Media,
  from: ImageSource,
  into: Collected,
): Promise<Body> {
  const result: Body = []
  for (const item of body) {
    const pending = files.find((file) => file.key === item._key)
    if (item._type !== 'audioFile' && item._type !== 'videoFile') {
      result.push(item)
      continue
    }
    const video = item._type === 'videoFile'
    const file = pending ? await fileField(pending.file, video ? 'video' : 'audio', media, from, into) : undefined
    if (!pending || !file) continue
    if (!video) {
      result.push({ ...item, file })
      continue
    }
    const captions = pending.captions ? await fileField(pending.captions, 'captions', media, from, into) : undefined
    // The poster is a still of the video: its title describes it.
    const poster = pending.poster
      ? await imageField({ url: pending.poster, alt: item.title }, 'video poster', media, from, into)
      : undefined
    result.push({ ...item, file, ...(captions ? { captions } : {}), ...(poster ? { poster } : {}) })
  }
  return result
}
