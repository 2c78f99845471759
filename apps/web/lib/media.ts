import 'server-only'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { embeddedFilesDir, embeddedImagesDir } from './content-source'

const IMAGE_NAME = /^[a-zA-Z0-9]+-\d+x\d+\.(png|jpe?g|webp|gif|svg)$/
const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
}
// Only what the body's audio and video blocks play: an upload of any other kind (HTML, a script) is never served from
// the site's own origin.
const FILE_NAME = /^[a-f0-9]{40}\.([a-z0-9]{1,5})$/
const FILE_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  oga: 'audio/ogg',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
  vtt: 'text/vtt; charset=utf-8',
}
// Names are content hashes: a name always means the same bytes.
const FOREVER = 'public, max-age=31536000, immutable'

const notFound = () => new Response('Not found', { status: 404 })

/**
 * An asset file of the embedded dataset or the local lake, by its name in `/media/<file>`: images
 * (`<sha1>-<w>x<h>.<ext>`, from images/) and audio, video and captions (`<sha1>.<ext>`, from files/, with Range).
 */
export async function serveMedia(file: string, range: string | null): Promise<Response> {
  const image = IMAGE_NAME.exec(file)
  if (image) return serveImage(file, image[1]!)
  const type = FILE_TYPES[FILE_NAME.exec(file)?.[1] ?? '']
  return type ? serveFile(file, type, range) : notFound()
}

async function serveImage(file: string, extension: string): Promise<Response> {
  if (!embeddedImagesDir) return notFound()
  try {
    const body = await readFile(/*turbopackIgnore: true*/ path.join(embeddedImagesDir, file))
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': IMAGE_TYPES[extension] ?? 'application/octet-stream',
        'cache-control': FOREVER,
        ...(extension === 'svg' ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } : {}),
      },
    })
  } catch {
    console.warn(`[media] ${file} is not in the embedded dataset`)
    return notFound()
  }
}

/** The one byte range asked for, inclusive; null for none or several (answered whole); 'unsatisfiable' past the end. */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | null | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!match || (match[1] === '' && match[2] === '')) return null
  const [first, last] = [match[1] ? Number(match[1]) : null, match[2] ? Number(match[2]) : null]
  // `bytes=-500`: the last 500 bytes.
  if (first === null) return last ? { start: Math.max(0, size - last), end: size - 1 } : 'unsatisfiable'
  if (first >= size || (last !== null && last < first)) return 'unsatisfiable'
  return { start: first, end: Math.min(last ?? size - 1, size - 1) }
}

// Browsers seek audio and video with Range requests, and Safari plays nothing from a server that ignores them.
async function serveFile(file: string, type: string, rangeHeader: string | null): Promise<Response> {
  if (!embeddedFilesDir) return notFound()
  const location = path.join(/*turbopackIgnore: true*/ embeddedFilesDir, file)
  const size = await stat(location).then(
    (found) => (found.isFile() ? found.size : null),
    () => null,
  )
  if (size === null) {
    console.warn(`[media] ${file} is not in the dataset's files`)
    return notFound()
  }
  const headers = { 'content-type': type, 'cache-control': FOREVER, 'accept-ranges': 'bytes' }
  const range = parseRange(rangeHeader, size)
  if (range === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } })
  const { start, end } = range ?? { start: 0, end: size - 1 }
  const body =
    size === 0 ? null : (Readable.toWeb(createReadStream(location, { start, end })) as ReadableStream<Uint8Array>)
  return new Response(body, {
    status: range ? 206 : 200,
    headers: {
      ...headers,
      'content-length': String(end - start + 1),
      ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
    },
  })
}
