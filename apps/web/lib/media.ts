import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { embeddedImagesDir } from './content-source'

const FILE_NAME = /^[a-zA-Z0-9]+-\d+x\d+\.(png|jpe?g|webp|gif|svg)$/
const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
}

/** Serves an asset file of the embedded dataset; names are content hashes, so they cache forever. */
export async function serveEmbeddedImage(file: string): Promise<Response> {
  const match = FILE_NAME.exec(file)
  if (!embeddedImagesDir || !match) return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(/*turbopackIgnore: true*/ path.join(embeddedImagesDir, file))
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': MIME[match[1] as string] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=31536000, immutable',
        ...(match[1] === 'svg' ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } : {}),
      },
    })
  } catch {
    console.warn(`[media] ${file} is not in the embedded dataset`)
    return new Response('Not found', { status: 404 })
  }
}
