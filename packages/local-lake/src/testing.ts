/**
 * The lake for other packages' tests: a real lake on a throwaway copy of a dataset, behind a test-only proxy that
 * can fail the way the hosted Content Lake can (500, a request that never answers, a refused connection). The fault
 * injection lives here, in front of the lake, never in it.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request as forward, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient, type ClientConfig, type SanityClient } from '@sanity/client'
import { applyTransaction } from './mutate.ts'
import { startLake, type RunningLake } from './server.ts'
import { DatasetStore } from './store.ts'

/** @sanity/client on a lake (or its proxy) as the Studio and the blog configure it: no project hostname, no CDN. */
export function lakeClient(apiHost: string, config: Partial<ClientConfig> = {}): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost,
    useProjectHostname: false,
    useCdn: false,
    ...config,
  })
}

export type FaultMode = 'ok' | 'error' | 'hang' | 'refused'

export interface TestLake {
  /** The proxy's origin, to give @sanity/client as `apiHost` (`useProjectHostname: false`). */
  host: string
  /** The lake itself, past the proxy (for setting up content while the proxy fails). */
  lakeUrl: string
  store: DatasetStore
  /** Queries that reached the lake through the proxy. */
  readonly requests: number
  /** 'error' answers 500 as the Content Lake does, 'hang' never answers, 'refused' closes the port; 'ok' heals. */
  setMode(mode: FaultMode): Promise<void>
  /** Sets fields on a published document, as one transaction (an editor's publish, in short). */
  edit(id: string, fields: Record<string, unknown>): void
  close(): Promise<void>
}

export interface TestLakeOptions {
  /** An NDJSON dataset (Sanity's export format), copied; its `images/` folder too if it has one. */
  datasetPath?: string
  /** Or the documents themselves. */
  documents?: unknown[]
  dataset?: string
}

export async function startTestLake({
  datasetPath,
  documents,
  dataset = 'production',
}: TestLakeOptions): Promise<TestLake> {
  const seedDir = mkdtempSync(path.join(tmpdir(), 'test-lake-seed-'))
  const workDir = mkdtempSync(path.join(tmpdir(), 'test-lake-'))
  if (datasetPath) {
    copyFileSync(datasetPath, path.join(seedDir, 'data.ndjson'))
    const images = path.join(path.dirname(datasetPath), 'images')
    if (existsSync(images)) cpSync(images, path.join(seedDir, 'images'), { recursive: true })
  } else {
    writeFileSync(
      path.join(seedDir, 'data.ndjson'),
      (documents ?? []).map((doc) => JSON.stringify(doc)).join('\n') + '\n',
    )
  }
  const store = DatasetStore.open(workDir, { seedDir })
  const lake: RunningLake = await startLake({ store, dataset, log: () => {} })
  const target = new URL(lake.url)

  let mode: FaultMode = 'ok'
  let requests = 0
  const sockets = new Set<Socket>()
  const proxy: Server = createServer((req, res) => {
    if (mode === 'hang') return
    if (mode === 'error') {
      res.writeHead(500, { 'content-type': 'application/json' })
      return void res.end(
        JSON.stringify({ error: { description: 'Internal Server Error', type: 'internalError' }, statusCode: 500 }),
      )
    }
    if (req.url?.includes('/data/query/')) requests += 1
    const upstream = forward(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  proxy.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))))
  const listen = (port: number) =>
    new Promise<void>(
      (resolve, reject) => (proxy.once('error', reject), proxy.listen(port, '127.0.0.1', () => resolve())),
    )
  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      if (!proxy.listening) return resolve()
      proxy.close(() => resolve())
    })
  await listen(0)
  const port = (proxy.address() as AddressInfo).port

  return {
    host: `http://127.0.0.1:${port}`,
    lakeUrl: lake.url,
    store,
    get requests() {
      return requests
    },
    async setMode(next) {
      if (next === 'refused' && mode !== 'refused') await stopListening()
      if (next !== 'refused' && mode === 'refused') await listen(port)
      // Requests left hanging stay unanswered, as they would on a dead connection, until the socket closes.
      if (mode === 'hang' && next !== 'hang') for (const socket of sockets) socket.destroy()
      mode = next
    },
    edit(id, fields) {
      applyTransaction(store, [{ patch: { id, set: fields } }])
    },
    async close() {
      await stopListening()
      await lake.close()
      store.close()
      rmSync(seedDir, { recursive: true, force: true })
      rmSync(workDir, { recursive: true, force: true })
    },
  }
}
