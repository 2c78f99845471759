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
