import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { applyActions } from './actions.ts'
import { readAsset, uploadFile, uploadImage } from './assets.ts'
import { LakeError } from './errors.ts'
import { listen } from './listen.ts'
import { applyTransaction } from './mutate.ts'
import { documentsIn, parsePerspective, runQuery } from './query.ts'
import type { DatasetStore } from './store.ts'

export interface LakeServerOptions {
  store: DatasetStore
  /** The dataset name clients use in URLs. Default 'production'. */
  dataset?: string
  /** Origins allowed to call the lake from a browser (the Studio's). */
  corsOrigins?: string[]
  /** Largest JSON body accepted, in bytes. Default 10 MiB. */
  maxBodyBytes?: number
  /** Largest image or file upload, in bytes. Default 50 MiB. */
  maxUploadBytes?: number
  /** The project id in asset URLs (`/images/<project>/<dataset>/<file>`). Default 'local'. */
  projectId?: string
  heartbeatMs?: number
  /** Told about every answered error (status >= 500) and every rejected write, with the document id when known. */
  log?: (line: string) => void
}

export interface RunningLake {
  /** Origin to give @sanity/client as `apiHost` (with `useProjectHostname: false`). */
  url: string
  server: Server
  close(): Promise<void>
}

const API = /^\/v(1|\d{4}-\d{2}-\d{2}|X)\/(.+)$/
const ASSET_PATH = /^\/(images|files)\/([\w-]+)\/([\w-]+)\/([^/]+)$/

/** The local editor every request acts as: the lake listens on loopback and has one user. */
export const LOCAL_EDITOR = { id: 'local-editor', name: 'Local editor', email: 'editor@localhost', role: 'administrator' }

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
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

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const body = await readBody(req, limit)
  try {
    return JSON.parse(body.toString('utf8') || 'null')
  } catch {
    throw new LakeError(400, 'invalidJson', 'Request body is not valid JSON')
  }
}

function queryParams(url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw new LakeError(400, 'invalidParams', `Parameter ${key} is not valid JSON`)
    }
  }
  return params
}

const flag = (url: URL, name: string, fallback = false) => {
  const value = url.searchParams.get(name)
  return value === null ? fallback : value !== 'false'
}

/**
 * The subset of the Content Lake's HTTP API that @sanity/client and the Studio use, on a DatasetStore: query with
 * perspectives, documents by id, mutate, listen. Anything else is a Content-Lake-shaped 404.
 */
export function createLakeServer({
  store,
  dataset = 'production',
  projectId = 'local',
  corsOrigins = [],
  maxBodyBytes = 10 * 2 ** 20,
  maxUploadBytes = 50 * 2 ** 20,
  heartbeatMs = 25_000,
  log = console.error,
}: LakeServerOptions): Server {
  return createServer(async (req, res) => {
    const origin = req.headers.origin
    if (origin && corsOrigins.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('access-control-allow-credentials', 'true')
      res.setHeader('access-control-allow-headers', 'authorization, content-type, x-sanity-project-id')
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
      res.setHeader('vary', 'origin')
    }
    if (req.method === 'OPTIONS') return void res.writeHead(204).end()
    const url = new URL(req.url ?? '/', 'http://lake.local')
    const hostOrigin = `http://${req.headers.host ?? 'localhost'}`
    try {
      const served = ASSET_PATH.exec(url.pathname)
      if (served && req.method === 'GET') {
        const [, kind, project, name, fileName] = served
        if (project !== projectId || name !== dataset) throw new LakeError(404, 'notFound', `No asset ${url.pathname}`)
        const { bytes, type } = readAsset(store, kind as 'images' | 'files', fileName!)
        res.writeHead(200, { 'content-type': type, 'content-length': bytes.length, 'cache-control': 'public, max-age=31536000, immutable' })
        return void res.end(bytes)
      }
      const match = API.exec(url.pathname)
      if (!match) throw new LakeError(404, 'notFound', `No route for ${url.pathname}`)
      const [, apiVersion = '1', route = ''] = match
      const [section, action, name, ...rest] = route.split('/')
      if (section === 'users' && action === 'me') return json(res, 200, LOCAL_EDITOR)
      if (section === 'assets' && (action === 'images' || action === 'files') && req.method === 'POST') {
        if (name !== dataset) throw new LakeError(404, 'datasetNotFound', `Dataset "${name ?? ''}" not found`)
        const bytes = await readBody(req, maxUploadBytes)
        const filename = url.searchParams.get('filename') ?? undefined
        const baseUrl = `${hostOrigin}/${action}/${projectId}/${dataset}`
        const document =
          action === 'images'
            ? await uploadImage(store, bytes, { filename, baseUrl })
            : uploadFile(store, bytes, { filename, baseUrl, mimeType: req.headers['content-type'] })
        return json(res, 200, { document })
      }
      if (section !== 'data' || !action) throw new LakeError(404, 'notFound', `The local lake does not implement /${route}`)
      if (name !== dataset) throw new LakeError(404, 'datasetNotFound', `Dataset "${name ?? ''}" not found`)

      if (action === 'query' && (req.method === 'GET' || req.method === 'POST')) {
        let query = url.searchParams.get('query')
        let params = queryParams(url)
        if (req.method === 'POST') {
          const body = (await readJson(req, maxBodyBytes)) as { query?: unknown; params?: Record<string, unknown> } | null
          query = typeof body?.query === 'string' ? body.query : null
          params = body?.params ?? {}
        }
        if (!query) throw new LakeError(400, 'queryParseError', 'Missing "query"')
        const started = performance.now()
        const perspective = parsePerspective(url.searchParams.get('perspective'), apiVersion)
        const result = await runQuery(query, params, documentsIn(store.all(), perspective))
        return json(res, 200, { ms: Math.round(performance.now() - started), query, result })
      }

      if (action === 'doc' && req.method === 'GET') {
        const ids = rest.join('/').split(',').filter(Boolean)
        if (ids.length === 0) throw new LakeError(400, 'invalidRequest', 'No document id')
        const documents = ids.map((id) => store.get(id)).filter((doc) => doc !== undefined)
        return json(res, 200, { documents, omitted: ids.filter((id) => !store.get(id)).map((id) => ({ id, reason: 'existence' })) })
      }

      if (action === 'mutate' && req.method === 'POST') {
        const body = (await readJson(req, maxBodyBytes)) as { mutations?: unknown } | null
        const { transaction, results } = applyTransaction(store, body?.mutations)
        const returnDocuments = flag(url, 'returnDocuments')
        const answer = {
          transactionId: transaction?.transactionId ?? null,
          results: results.map(({ id, operation }) => (returnDocuments ? { id, operation, document: store.get(id) ?? null } : { id, operation })),
          ...(flag(url, 'returnIds') ? { documentIds: [...new Set(results.map((result) => result.id))] } : {}),
        }
        return json(res, 200, answer)
      }

      if (action === 'actions' && req.method === 'POST') {
        const body = (await readJson(req, maxBodyBytes)) as { actions?: unknown; transactionId?: unknown } | null
        const requested = typeof body?.transactionId === 'string' && /^[\w-]{1,64}$/.test(body.transactionId) ? body.transactionId : undefined
        const transaction = applyActions(store, body?.actions, { transactionId: requested })
        return json(res, 200, { transactionId: transaction?.transactionId ?? requested ?? null })
      }

      if (action === 'listen' && req.method === 'GET') {
        const query = url.searchParams.get('query')
        if (!query) throw new LakeError(400, 'queryParseError', 'Missing "query"')
        const params = queryParams(url)
        await runQuery(query, params, []) // a listener with a bad query is refused before the stream opens
        return listen(store, res, {
          query,
          params,
          includeResult: flag(url, 'includeResult', true),
          includePreviousRevision: flag(url, 'includePreviousRevision'),
          effectFormat: url.searchParams.get('effectFormat'),
          heartbeatMs,
        })
      }
      throw new LakeError(405, 'methodNotAllowed', `${req.method} /${route} is not supported`)
    } catch (error) {
      const lakeError = error instanceof LakeError ? error : new LakeError(500, 'internalError', (error as Error).message)
      if (lakeError.statusCode >= 500 || (lakeError.documentId && req.method === 'POST')) {
        log(`local lake: ${req.method} ${url.pathname} -> ${lakeError.statusCode} ${lakeError.message}${lakeError.documentId ? ` (document ${lakeError.documentId})` : ''}`)
      }
      if (!res.headersSent) json(res, lakeError.statusCode, lakeError.toJSON())
      else res.end()
    }
  })
}

/** Starts the lake on `host:port` (loopback and a free port by default). */
export function startLake(options: LakeServerOptions & { host?: string; port?: number }): Promise<RunningLake> {
  const server = createLakeServer(options)
  const sockets = new Set<Socket>()
  server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo
      resolve({
        url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          }),
      })
    })
  })
}
