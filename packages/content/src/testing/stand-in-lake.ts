import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { evaluate, parse } from 'groq-js'
import { parseNdjson } from '../sources/embedded.ts'

/** 'drafts' lays each draft over its published document, as the Content Lake's drafts perspective does; 'raw' is everything. */
function perspectiveOf(text: string, perspective: string | null): unknown[] {
  if (perspective === 'raw') return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as unknown)
  if (perspective !== 'drafts') return parseNdjson(text)
  const byId = new Map<string, Record<string, unknown>>()
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const doc = JSON.parse(line) as Record<string, unknown>
    const id = String(doc._id)
    if (id.startsWith('versions.')) continue
    const publishedId = id.replace(/^drafts\./, '')
    if (id.startsWith('drafts.') || !byId.has(publishedId)) byId.set(publishedId, { ...doc, _id: publishedId })
  }
  return [...byId.values()]
}

export type LakeMode = 'ok' | 'error' | 'hang'

export interface StandInLake {
  /** Origin to give @sanity/client as `apiHost` (`useProjectHostname: false`). */
  host: string
  /** Queries answered so far. */
  requests: number
  /** 'error' answers 500, 'hang' never answers: a Content Lake outage. */
  setMode(mode: LakeMode): void
  close(): Promise<void>
}

/**
 * A local stand-in for the Content Lake query endpoint (`/v<api>/data/query/<dataset>`): runs the
 * GROQ with groq-js over an NDJSON file, published documents only, re-read on every request.
 */
export function startStandInLake(datasetPath: string, dataset = 'production'): Promise<StandInLake> {
  let mode: LakeMode = 'ok'
  const state = { requests: 0 }
  const server: Server = createServer(async (req, res) => {
    // Browser-like clients (jsdom in page tests) send CORS preflights.
    res.setHeader('access-control-allow-origin', '*')
    res.setHeader('access-control-allow-headers', '*')
    if (req.method === 'OPTIONS') return void res.writeHead(204).end()
    const url = new URL(req.url ?? '/', 'http://localhost')
    const match = /^\/v[\w-]+\/data\/query\/([\w-]+)$/.exec(url.pathname)
    if (!match || match[1] !== dataset) return void res.writeHead(404).end(JSON.stringify({ error: 'not found' }))
    if (mode === 'hang') return
    if (mode === 'error') return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"internal"}')
    let query = url.searchParams.get('query') ?? ''
    let params: Record<string, unknown> = {}
    for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
    if (req.method === 'POST') {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; params?: Record<string, unknown> }
      query = body.query
      params = body.params ?? {}
    }
    try {
      const documents = perspectiveOf(readFileSync(datasetPath, 'utf8'), url.searchParams.get('perspective'))
      const result = await (await evaluate(parse(query, { params }), { dataset: documents, params })).get()
      state.requests += 1
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ms: 1, query, result }))
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { description: (error as Error).message } }))
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        host: `http://127.0.0.1:${port}`,
        get requests() {
          return state.requests
        },
        setMode: (next) => void (mode = next),
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
