import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import sharp from 'sharp'

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** A small JPEG or PNG, coloured so that different names give different content. */
export async function imageBytes(colour: string, format: 'jpeg' | 'png' = 'jpeg', width = 40): Promise<Buffer> {
  const image = sharp({ create: { width, height: (width * 3) / 4, channels: 3, background: colour } })
  return format === 'png' ? image.png().toBuffer() : image.jpeg().toBuffer()
}

/**
 * Bytes that start as an MP3, MP4 or WebVTT file does (what the importer checks), then `label`, so different labels
 * give different content. Not playable: nothing here decodes media.
 */
export function mediaBytes(format: 'mp3' | 'mp4' | 'vtt', label: string): Buffer {
  if (format === 'vtt') return Buffer.from(`WEBVTT\n\n00:00.000 --> 00:02.000\n${label}\n`)
  const head =
    format === 'mp3'
      ? Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1')
      : Buffer.from('\x00\x00\x00\x18ftypisom', 'latin1')
  return Buffer.concat([head, Buffer.from(label.repeat(20))])
}

/**
 * An HTTP server on 127.0.0.1 (port 0) answering from `routes` (path -> handler), 404 elsewhere; `hits` counts the
 * requests for each path.
 */
export async function imageServer(routes: Record<string, Handler>) {
  const hits = new Map<string, number>()
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1)
    const route = routes[pathname]
    if (route) route(req, res)
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    url: (pathname: string) => `http://127.0.0.1:${port}${pathname}`,
    hits: (pathname: string) => hits.get(pathname) ?? 0,
    total: () => [...hits.values()].reduce((a, b) => a + b, 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export const sendImage =
  (bytes: Buffer, type = 'image/jpeg'): Handler =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': type, 'content-length': bytes.length }).end(bytes)
