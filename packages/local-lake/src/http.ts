import type { IncomingMessage, ServerResponse } from 'node:http'
import { LakeError } from './errors.ts'

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => new LakeError(413, 'requestEntityTooLarge', `Request body is larger than ${limit} bytes`)
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw tooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const body = await readBody(req, limit)
  try {
    return JSON.parse(body.toString('utf8') || 'null')
  } catch {
    throw new LakeError(400, 'invalidJson', 'Request body is not valid JSON')
  }
}

/** A boolean query parameter: absent is `fallback`, anything but "false" is true. */
export function flag(url: URL, name: string, fallback = false): boolean {
  const value = url.searchParams.get(name)
  return value === null ? fallback : value !== 'false'
}

/** Answers browsers from the allowed origins (the Studio's); every other origin gets no CORS headers. */
export function allowCors(req: IncomingMessage, res: ServerResponse, corsOrigins: string[]): void {
  const origin = req.headers.origin
  if (!origin || !corsOrigins.includes(origin)) return
  res.setHeader('access-control-allow-origin', origin)
  res.setHeader('access-control-allow-credentials', 'true')
  // Whatever the browser asks to send (content-type, x-sanity-project-id, last-event-id when a listener resumes).
  res.setHeader(
    'access-control-allow-headers',
    req.headers['access-control-request-headers'] ?? 'authorization, content-type, x-sanity-project-id, last-event-id',
  )
  res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
  // The browser may reuse a preflight for ten minutes: the Studio repeats the same requests (validation,
  // previews), and every one of them otherwise waits for an OPTIONS round trip first.
  res.setHeader('access-control-max-age', '600')
  res.setHeader('vary', 'origin')
}
