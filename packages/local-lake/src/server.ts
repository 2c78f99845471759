import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { applyActions } from './actions.ts'
import { readAsset, uploadFile, uploadImage } from './assets.ts'
import { LakeError } from './errors.ts'
import { documentsAt, eventsOf, transactionsOf } from './history.ts'
import { listen, liveEvents } from './listen.ts'
import { applyTransaction, expandQueryMutations, randomId } from './mutate.ts'
import { compileQuery, documentsIn, parsePerspective, runQuery } from './query.ts'
import type { DatasetStore } from './store.ts'
import { LISTEN_PORTS, LOCAL_EDITOR } from './studio.ts'

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
  /** Told about every request once it is answered (method, path and query, status, milliseconds). */
  trace?: (line: string) => void
}

export interface RunningLake {
  /** Origin to give @sanity/client as `apiHost` (with `useProjectHostname: false`). */
  url: string
  /** The further origins of the same API, for a browser's listeners (see startLake). */
  listenUrls: string[]
  server: Server
  close(): Promise<void>
}

const API = /^\/v(1|\d{4}-\d{2}-\d{2}|X)\/(.+)$/
const ASSET_PATH = /^\/(images|files)\/([\w-]+)\/([\w-]+)\/([^/]+)$/

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

/** A transaction id the client chose (the Studio does), if it is a plain id; otherwise the lake makes one. */
function requestedTransactionId(body: { transactionId?: unknown } | null): string | undefined {
  const id = body?.transactionId
  if (id === undefined) return undefined
  if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id))
    throw new LakeError(400, 'invalidRequest', '"transactionId" must be 1 to 64 letters, digits, "-" or "_"')
  return id
}

const flag = (url: URL, name: string, fallback = false) => {
  const value = url.searchParams.get(name)
  return value === null ? fallback : value !== 'false'
}

/**
 * The subset of the Content Lake's HTTP API that @sanity/client and the Studio use, on a DatasetStore: query with
 * perspectives, documents by id, mutate, listen. Anything else is a Content-Lake-shaped 404.
 */
export function createLakeHandler({
  store,
  dataset = 'production',
  projectId = 'local',
  corsOrigins = [],
  maxBodyBytes = 10 * 2 ** 20,
  maxUploadBytes = 50 * 2 ** 20,
  heartbeatMs = 25_000,
  log = console.error,
  trace,
}: LakeServerOptions): RequestListener {
  const userSettings = new Map<string, unknown>()
  // The listener returns nothing (Node ignores a returned promise): a rejection that escaped here would be unhandled
  // and stop the process, so whatever escapes the handler's own try is logged and answered 500.
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`local lake: ${req.method} ${req.url} -> 500 ${(error as Error).message}`)
      if (!res.headersSent) res.writeHead(500).end()
      else res.end()
    })
  }
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (trace) {
      const started = performance.now()
      res.on('finish', () =>
        trace(`${req.method} ${req.url} ${res.statusCode} ${Math.round(performance.now() - started)} ms`),
      )
    }
    const origin = req.headers.origin
    if (origin && corsOrigins.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('access-control-allow-credentials', 'true')
      // Whatever the browser asks to send (content-type, x-sanity-project-id, last-event-id when a listener resumes).
      res.setHeader(
        'access-control-allow-headers',
        req.headers['access-control-request-headers'] ??
          'authorization, content-type, x-sanity-project-id, last-event-id',
      )
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
      // The browser may reuse a preflight for ten minutes: the Studio repeats the same requests (validation,
      // previews), and every one of them otherwise waits for an OPTIONS round trip first.
      res.setHeader('access-control-max-age', '600')
      res.setHeader('vary', 'origin')
    }
    if (req.method === 'OPTIONS') return void res.writeHead(204).end()
    const url = URL.parse(req.url ?? '/', 'http://lake.local')
    if (!url) return json(res, 400, new LakeError(400, 'badRequest', `Not a valid request path: ${req.url}`).toJSON())
    const hostOrigin = `http://${req.headers.host ?? 'localhost'}`
    try {
      const served = ASSET_PATH.exec(url.pathname)
      if (served && req.method === 'GET') {
        // Any project id: the lake has one project, and the Studio builds these URLs from its own project id.
        const [, kind, , name, fileName] = served
        if (name !== dataset) throw new LakeError(404, 'notFound', `No asset ${url.pathname}`)
        const { bytes, type } = readAsset(store, kind as 'images' | 'files', fileName!)
        res.writeHead(200, {
          'content-type': type,
          'content-length': bytes.length,
          'cache-control': 'public, max-age=31536000, immutable',
        })
        return void res.end(bytes)
      }
      const match = API.exec(url.pathname)
      if (!match) throw new LakeError(404, 'notFound', `No route for ${url.pathname}`)
      const [, apiVersion = '1', route = ''] = match
      const [section, action, name, ...rest] = route.split('/')
      if (section === 'users' && action === 'me' && !name) return json(res, 200, LOCAL_EDITOR)
      // The Studio keeps the editor's layout choices (list layout, sort order) here; they live as long as the lake.
      if (section === 'users' && action === 'me' && name === 'keyvalue') {
        if (req.method === 'PUT') {
          const pairs = await readJson(req, maxBodyBytes)
          if (!Array.isArray(pairs) || pairs.some((pair) => typeof pair?.key !== 'string'))
            throw new LakeError(400, 'invalidRequest', 'Expected [{key, value}]')
          for (const { key, value } of pairs as { key: string; value: unknown }[]) userSettings.set(key, value)
          return json(res, 200, pairs)
        }
        const keys = (rest[0] ?? '').split(',').filter(Boolean)
        return json(
          res,
          200,
          keys.filter((key) => userSettings.has(key)).map((key) => ({ key, value: userSettings.get(key) })),
        )
      }
      if (section === 'features' && !action) return json(res, 200, [])
      // @sanity/client asks after a failed event stream whether the browser's origin is allowed, to say so.
      if (section === 'check' && action === 'cors')
        return json(res, 200, { result: { allowed: !origin || corsOrigins.includes(origin), withCredentials: true } })
      if (section === 'projects' && action) {
        const project = {
          id: action,
          displayName: 'Local lake',
          studioHost: null,
          isBlocked: false,
          isDisabled: false,
          metadata: {},
          members: [
            {
              id: LOCAL_EDITOR.id,
              role: LOCAL_EDITOR.role,
              roles: LOCAL_EDITOR.roles,
              isCurrentUser: true,
              isRobot: false,
            },
          ],
        }
        if (!name) return json(res, 200, project)
        // Studios and apps deployed to Sanity's hosting: none here.
        if (name === 'user-applications' && rest.length === 0) return json(res, 200, [])
        if (name === 'datasets' && rest.length === 0) return json(res, 200, [{ name: dataset, aclMode: 'public' }])
        // The local editor may do everything to every document: the Studio reads this to make forms editable.
        if (name === 'datasets' && rest[0] === dataset && rest[1] === 'acl') {
          return json(res, 200, [
            { filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'editHistory'] },
          ])
        }
      }
      if (section === 'assets' && (action === 'images' || action === 'files') && req.method === 'POST') {
        if (name !== dataset) throw new LakeError(404, 'datasetNotFound', `Dataset "${name ?? ''}" not found`)
        const bytes = await readBody(req, maxUploadBytes)
        const filename = url.searchParams.get('filename') ?? undefined
        const baseUrl = `${hostOrigin}/${action}/${projectId}/${dataset}`
        const document =
          action === 'images'
            ? await uploadImage(store, bytes, { filename })
            : uploadFile(store, bytes, { filename, baseUrl, mimeType: req.headers['content-type'] })
        return json(res, 200, { document })
      }
      if (section !== 'data' || !action)
        throw new LakeError(404, 'notFound', `The local lake does not implement /${route}`)
      // The Live Content API's events (the Presentation tool listens): /data/live/events/<dataset>.
      if (action === 'live' && name === 'events' && req.method === 'GET') {
        if (rest[0] !== dataset) throw new LakeError(404, 'datasetNotFound', `Dataset "${rest[0] ?? ''}" not found`)
        return liveEvents(store, res, heartbeatMs)
      }
      if (name !== dataset) throw new LakeError(404, 'datasetNotFound', `Dataset "${name ?? ''}" not found`)

      if (action === 'query' && (req.method === 'GET' || req.method === 'POST')) {
        let query = url.searchParams.get('query')
        let params = queryParams(url)
        if (req.method === 'POST') {
          const body = (await readJson(req, maxBodyBytes)) as {
            query?: unknown
            params?: Record<string, unknown>
          } | null
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
        return json(res, 200, {
          documents,
          omitted: ids.filter((id) => !store.get(id)).map((id) => ({ id, reason: 'existence' })),
        })
      }

      if (action === 'mutate' && req.method === 'POST') {
        const body = (await readJson(req, maxBodyBytes)) as { mutations?: unknown; transactionId?: unknown } | null
        // The Studio names its transactions and expects the id back as the documents' new _rev.
        const mutations = await expandQueryMutations(store, body?.mutations)
        // A delete or patch by query that selects nothing is a transaction that changes nothing, not an error.
        if (
          Array.isArray(mutations) &&
          mutations.length === 0 &&
          Array.isArray(body?.mutations) &&
          body.mutations.length > 0
        ) {
          return json(res, 200, {
            transactionId: requestedTransactionId(body) ?? randomId(),
            results: [],
            ...(flag(url, 'returnIds') ? { documentIds: [] } : {}),
          })
        }
        const { transaction, results } = applyTransaction(store, mutations, {
          transactionId: requestedTransactionId(body),
        })
        const returnDocuments = flag(url, 'returnDocuments')
        const answer = {
          transactionId: transaction?.transactionId ?? null,
          results: results.map(({ id, operation }) =>
            returnDocuments ? { id, operation, document: store.get(id) ?? null } : { id, operation },
          ),
          ...(flag(url, 'returnIds') ? { documentIds: [...new Set(results.map((result) => result.id))] } : {}),
        }
        return json(res, 200, answer)
      }

      if (action === 'actions' && req.method === 'POST') {
        const body = (await readJson(req, maxBodyBytes)) as { actions?: unknown; transactionId?: unknown } | null
        const requested = requestedTransactionId(body)
        const transaction = applyActions(store, body?.actions, { transactionId: requested })
        return json(res, 200, { transactionId: transaction?.transactionId ?? requested ?? null })
      }

      if (action === 'history' && req.method === 'GET') {
        const [kind, ...tail] = rest
        const ids = (kind === 'events' ? tail.slice(1) : tail).join('/').split(',').filter(Boolean)
        if (ids.length === 0) throw new LakeError(400, 'invalidRequest', 'No document id')
        if (kind === 'documents') {
          const documents = documentsAt(store.history, (id) => store.get(id), ids, {
            revision: url.searchParams.get('revision'),
            time: url.searchParams.get('time'),
            lastRevision: flag(url, 'lastRevision'),
          })
          return json(res, 200, { documents })
        }
        if (kind === 'transactions') {
          const limit = Number(url.searchParams.get('limit') ?? 0)
          const transactions = transactionsOf(store.history, ids, {
            fromTransaction: url.searchParams.get('fromTransaction'),
            toTransaction: url.searchParams.get('toTransaction'),
            reverse: flag(url, 'reverse'),
            limit: Number.isInteger(limit) && limit > 0 ? limit : undefined,
            excludeContent: flag(url, 'excludeContent'),
            excludeMutations: flag(url, 'excludeMutations'),
            includeIdentifiedDocumentsOnly: flag(url, 'includeIdentifiedDocumentsOnly'),
          })
          // Newline-delimited JSON, one transaction a line, as the Content Lake streams it.
          res.writeHead(200, { 'content-type': 'application/x-ndjson' })
          return void res.end(transactions.map((transaction) => `${JSON.stringify(transaction)}\n`).join(''))
        }
        if (kind === 'events' && tail[0] === 'documents' && ids.length === 1) {
          const limit = Number(url.searchParams.get('limit') ?? 100)
          const events = eventsOf(store.history, ids[0]!, Number.isInteger(limit) && limit > 0 ? limit : 100)
          return json(res, 200, { events: { [ids[0]!]: events }, nextCursor: '' })
        }
        throw new LakeError(404, 'notFound', `The local lake does not implement /${route}`)
      }

      // References from other datasets (the Studio asks before unpublishing or deleting): the lake has one dataset.
      if (action === 'references' && req.method === 'GET') {
        if (url.searchParams.get('excludeInternalReferences') !== 'true')
          throw new LakeError(404, 'notFound', 'The local lake answers only cross-dataset references (none)')
        return json(res, 200, { totalCount: 0, references: [] })
      }

      if (action === 'listen' && req.method === 'GET') {
        const query = url.searchParams.get('query')
        if (!query) throw new LakeError(400, 'queryParseError', 'Missing "query"')
        const params = queryParams(url)
        compileQuery(query, params) // a listener with a bad query is refused before the stream opens
        trace?.(`listen opened: ${url.search}`)
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
      const lakeError =
        error instanceof LakeError ? error : new LakeError(500, 'internalError', (error as Error).message)
      if (lakeError.statusCode >= 500 || (lakeError.documentId && req.method === 'POST')) {
        log(
          `local lake: ${req.method} ${url.pathname} -> ${lakeError.statusCode} ${lakeError.message}${lakeError.documentId ? ` (document ${lakeError.documentId})` : ''}`,
        )
      }
      if (!res.headersSent) json(res, lakeError.statusCode, lakeError.toJSON())
      else res.end()
    }
  }
}

export const createLakeServer = (options: LakeServerOptions): Server => createServer(createLakeHandler(options))

/**
 * Starts the lake on `host:port` (loopback and a free port by default). Browsers open at most six HTTP/1.1
 * connections to one host and port, and the Studio keeps more listeners than that open at once (Sanity's API is
 * HTTP/2, where they share one connection), so the lake also answers on `listenPorts` (by default the LISTEN_PORTS
 * ports after its own) for the Studio to spread its listeners over; every port serves the whole API.
 */
export async function startLake(
  options: LakeServerOptions & { host?: string; port?: number; listenPorts?: number[] },
): Promise<RunningLake> {
  const handler = createLakeHandler(options)
  const host = options.host ?? '127.0.0.1'
  const servers: Server[] = []
  const sockets = new Set<Socket>()
  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const server = createServer(handler)
      server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))))
      server.once('error', reject)
      server.listen(port, host, () => resolve(server))
    })
  const origin = (server: Server) => {
    const { address, port } = server.address() as AddressInfo
    return `http://${address.includes(':') ? `[${address}]` : address}:${port}`
  }
  const close = () =>
    new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy()
      let open = servers.length
      if (open === 0) return done()
      for (const server of servers) server.close(() => --open === 0 && done())
    })
  try {
    const main = await listen(options.port ?? 0)
    servers.push(main)
    const mainPort = (main.address() as AddressInfo).port
    const listenPorts =
      options.listenPorts ?? (options.port ? Array.from({ length: LISTEN_PORTS }, (_, i) => mainPort + 1 + i) : [])
    for (const port of listenPorts) servers.push(await listen(port))
    return { url: origin(main), listenUrls: servers.slice(1).map(origin), server: main, close }
  } catch (error) {
    await close()
    throw error
  }
}
