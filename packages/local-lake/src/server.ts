import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { LakeError } from './errors.ts'
import { allowCors, json } from './http.ts'
import { ImageCache } from './images/cache.ts'
import { dispatch, type LakeServerOptions, type LakeSettings, type Route } from './router.ts'
import { assetRoutes } from './routes/assets.ts'
import { dataRoutes } from './routes/data.ts'
import { historyRoutes } from './routes/history.ts'
import { studioRoutes } from './routes/studio.ts'
import { LISTEN_PORTS } from './studio.ts'

export type { LakeServerOptions } from './router.ts'

export interface RunningLake {
  /** Origin to give @sanity/client as `apiHost` (with `useProjectHostname: false`). */
  url: string
  /** The further origins of the same API, for a browser's listeners (see startLake). */
  listenUrls: string[]
  server: Server
  close(): Promise<void>
}

/** Every endpoint, in the order of the package README's table. */
const ROUTES: Route[] = [...dataRoutes, ...historyRoutes, ...assetRoutes, ...studioRoutes]

/**
 * The subset of the Content Lake's HTTP API that @sanity/client and the Studio use, on a DatasetStore: query with
 * perspectives, documents by id, mutate, listen. Anything else is a Content-Lake-shaped 404.
 */
function createLakeHandler(options: LakeServerOptions): RequestListener {
  const settings: LakeSettings = {
    dataset: 'production',
    projectId: 'local',
    corsOrigins: [],
    maxBodyBytes: 10 * 2 ** 20,
    maxUploadBytes: 50 * 2 ** 20,
    heartbeatMs: 25_000,
    imageCacheDir: `${options.store.dir}.image-cache`,
    imageCacheBytes: 256 * 2 ** 20,
    log: console.error,
    // An option given as undefined keeps its default.
    ...(Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as LakeServerOptions),
    userSettings: new Map(),
    imageCache: () => (cache ??= new ImageCache(settings.imageCacheDir, settings.imageCacheBytes)),
  }
  let cache: ImageCache | undefined
  // The listener returns nothing (Node ignores a returned promise): a rejection that escaped here would be unhandled
  // and stop the process, so whatever escapes the handler's own try is logged and answered 500.
  return (req, res) => {
    handle(req, res, settings).catch((error: unknown) => {
      settings.log(`local lake: ${req.method} ${req.url} -> 500 ${(error as Error).message}`)
      if (!res.headersSent) res.writeHead(500).end()
      else res.end()
    })
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, settings: LakeSettings): Promise<void> {
  const { trace, log } = settings
  if (trace) {
    const started = performance.now()
    res.on('finish', () =>
      trace(`${req.method} ${req.url} ${res.statusCode} ${Math.round(performance.now() - started)} ms`),
    )
  }
  allowCors(req, res, settings.corsOrigins)
  if (req.method === 'OPTIONS') return void res.writeHead(204).end()
  const url = URL.parse(req.url ?? '/', 'http://lake.local')
  if (!url) return json(res, 400, new LakeError(400, 'badRequest', `Not a valid request path: ${req.url}`).toJSON())
  try {
    await dispatch(ROUTES, { req, res, url, settings })
  } catch (error) {
    const lakeError = error instanceof LakeError ? error : new LakeError(500, 'internalError', (error as Error).message)
    const { statusCode, message, documentId } = lakeError
    if (statusCode >= 500 || (documentId && req.method === 'POST'))
      log(
        `local lake: ${req.method} ${url.pathname} -> ${statusCode} ${message}${documentId ? ` (document ${documentId})` : ''}`,
      )
    if (!res.headersSent) json(res, statusCode, lakeError.toJSON())
    else res.end()
  }
}

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
