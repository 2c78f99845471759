/**
 * Audio, video and WebVTT files as `sanity.fileAsset` documents, the shape the local lake's uploadFile writes:
 * `file-<sha1>-<ext>` stored as `files/<sha1>.<ext>` beside the dataset's images/ folder.
 */
import { createHash } from 'node:crypto'
import type { FileAssetDocument } from '@blog/schemas'

export type FileKind = 'audio' | 'video' | 'captions'

// The formats the blog's /media serves (apps/web/lib/media.ts), and how each container starts: a file whose bytes are
// another format (a 404 page saved as .mp3) is refused.
type Container = 'mpeg' | 'mp4' | 'ebml' | 'ogg' | 'riff' | 'flac' | 'vtt'

const FORMATS: Record<string, { mimeType: string; kind: FileKind; container: Container }> = {
  mp3: { mimeType: 'audio/mpeg', kind: 'audio', container: 'mpeg' },
  aac: { mimeType: 'audio/aac', kind: 'audio', container: 'mpeg' },
  m4a: { mimeType: 'audio/mp4', kind: 'audio', container: 'mp4' },
  oga: { mimeType: 'audio/ogg', kind: 'audio', container: 'ogg' },
  ogg: { mimeType: 'audio/ogg', kind: 'audio', container: 'ogg' },
  opus: { mimeType: 'audio/ogg', kind: 'audio', container: 'ogg' },
  wav: { mimeType: 'audio/wav', kind: 'audio', container: 'riff' },
  flac: { mimeType: 'audio/flac', kind: 'audio', container: 'flac' },
  mp4: { mimeType: 'video/mp4', kind: 'video', container: 'mp4' },
  m4v: { mimeType: 'video/mp4', kind: 'video', container: 'mp4' },
  mov: { mimeType: 'video/quicktime', kind: 'video', container: 'mp4' },
  webm: { mimeType: 'video/webm', kind: 'video', container: 'ebml' },
  ogv: { mimeType: 'video/ogg', kind: 'video', container: 'ogg' },
  vtt: { mimeType: 'text/vtt', kind: 'captions', container: 'vtt' },
}

const startsWith = (bytes: Buffer, text: string, at = 0) =>
  bytes.subarray(at, at + text.length).toString('latin1') === text

function containerOf(bytes: Buffer): Container | undefined {
  if (startsWith(bytes, 'ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'mpeg'
  if (startsWith(bytes, 'ftyp', 4)) return 'mp4'
  if (startsWith(bytes, '\x1a\x45\xdf\xa3')) return 'ebml'
  if (startsWith(bytes, 'OggS')) return 'ogg'
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WAVE', 8)) return 'riff'
  if (startsWith(bytes, 'fLaC')) return 'flac'
  if (/^(\ufeff)?WEBVTT(?:[ \t\r\n]|$)/.test(bytes.subarray(0, 16).toString('utf8'))) return 'vtt'
  return undefined
}

const extensionOf = (name: string) => (/\.([a-z0-9]{1,5})$/i.exec(name)?.[1] ?? '').toLowerCase()

/** The kind of file an address names by its extension (`.mp3` audio, `.mp4` video, `.vtt` captions), if any. */
export const fileKindOf = (url: string): FileKind | undefined => FORMATS[extensionOf(url.split(/[?#]/)[0] ?? '')]?.kind

const KIND_NAMES: Record<FileKind, string> = { audio: 'an audio file', video: 'a video file', captions: 'WebVTT' }

export interface DescribedFile {
  asset: FileAssetDocument & { sha1hash: string; originalFilename: string }
  /** `<sha1>.<ext>`: its name in a dataset's files/ folder. */
  fileName: string
}

/**
 * The asset document for these bytes, named `name` on the old site; throws (the reason, for a note) when the name is
 * not of a format the blog plays or the bytes are not that format.
 */
export function describeFile(bytes: Buffer, name: string): DescribedFile {
  const extension = extensionOf(name)
  const format = FORMATS[extension]
  if (!format) throw new Error(`${name} is not audio, video or WebVTT captions in a format the blog plays`)
  if (bytes.length === 0) throw new Error(`${name} is empty`)
  if (containerOf(bytes) !== format.container) throw new Error(`${name} is not ${KIND_NAMES[format.kind]} (its bytes)`)
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const fileName = `${sha1}.${extension}`
  return {
    fileName,
    asset: {
      _id: `file-${sha1}-${extension}`,
      _type: 'sanity.fileAsset',
      assetId: sha1,
      sha1hash: sha1,
      extension,
      mimeType: format.mimeType,
      originalFilename: name,
      path: `files/${fileName}`,
      // As images' `/media/<file>`: the blog's query makes /media/<sha1>.<ext> from `path` in any case.
      url: `/media/${fileName}`,
      size: bytes.length,
    },
  }
}
