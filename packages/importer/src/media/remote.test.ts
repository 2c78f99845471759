import { rmSync } from 'node:fs'
import path from 'node:path'
import { imageBytes, imageServer } from '../test/image-server.ts'
import { tempDir } from '../test/helpers.ts'
import { remoteImages } from './remote.ts'
import { datasetImageStore } from './store.ts'

it('fetches at most `concurrency` images at a time, and each address once', async () => {
  const dir = tempDir()
  let open = 0
  let most = 0
  const routes = Object.fromEntries(
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const bytes = await imageBytes(`#${(i * 111 + 100).toString(16).padStart(3, '0')}`)
        return [
          `/${i}.jpg`,
          (_req: unknown, res: import('node:http').ServerResponse) => {
            most = Math.max(most, ++open)
            setTimeout(() => {
              open -= 1
              res.writeHead(200, { 'content-type': 'image/jpeg' }).end(bytes)
            }, 30)
          },
        ] as const
      }),
    ),
  )
  const server = await imageServer(routes)
  try {
    const remote = remoteImages({
      store: datasetImageStore(path.join(dir, 'data.ndjson')),
      cacheDir: dir,
      dryRun: false,
      allowed: () => true,
      concurrency: 3,
    })
    const urls = Object.keys(routes).map((pathname) => [server.url(pathname)])
    const results = await Promise.all([...urls, ...urls].map((addresses) => remote.image(addresses)))
    expect(results.every((result) => 'assetId' in result)).toBe(true)
    expect(most).toBe(3)
    expect(server.total()).toBe(10)
    expect(remote.progress()).toEqual({ total: 10, done: 10, failed: 0, reused: 0 })
  } finally {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
