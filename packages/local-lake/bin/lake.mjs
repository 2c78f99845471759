#!/usr/bin/env node
// `npm run lake [-- --port 3030 --dir <folder> --reset]`: the local Content Lake on the working dataset. The working
// dataset is created from the sample dataset on first start, in packages/local-lake/.data/production (git-ignored);
// --reset recreates it. The sample dataset itself is never written.
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '@blog/content'
import { DatasetStore, localWebhookSecret, sendWebhooks, startLake } from '../src/index.ts'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

/** SANITY_REVALIDATE_SECRET when set; otherwise a secret made once and kept beside the working dataset. */
const webhookSecret = (dir) => process.env.SANITY_REVALIDATE_SECRET || localWebhookSecret(path.dirname(dir))

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: path.join(packageDir, '.data/production') },
    seed: { type: 'string', default: SAMPLE_DATASET_DIR },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: process.env.LOCAL_LAKE_PORT ?? '3030' },
    cors: { type: 'string', multiple: true, default: ['http://localhost:3333', 'http://127.0.0.1:3333'] },
    reset: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    // The blog's /api/revalidate: every transaction is sent there as Sanity's webhook would send it.
    webhook: { type: 'string' },
  },
})
// Folders are relative to where npm was run (it runs this script in the package's folder).
for (const key of ['dir', 'seed']) values[key] = path.resolve(process.env.INIT_CWD || process.cwd(), values[key])
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`lake: --port must be a port number, got "${values.port}"`)
  process.exit(2)
}
if (values.reset) rmSync(values.dir, { recursive: true, force: true })

let store
try {
  store = DatasetStore.open(values.dir, { seedDir: values.seed })
} catch (error) {
  console.error(`lake: cannot open the working dataset: ${error.message}`)
  process.exit(1)
}
const lake = await startLake({
  store,
  host: values.host,
  port,
  corsOrigins: values.cors,
  trace: values.verbose ? (line) => console.log(`lake: ${line}`) : undefined,
})
console.log(
  `lake: ${lake.url} (dataset "production" in ${values.dir}, ${store.all().length} documents; listeners also on ${lake.listenUrls.map((url) => new URL(url).port).join(', ')})`,
)
const stopWebhooks = values.webhook
  ? sendWebhooks(store, [
      {
        url: values.webhook,
        secret: webhookSecret(values.dir),
        filter: WEBHOOK_FILTER,
        projection: WEBHOOK_PROJECTION,
      },
    ])
  : async () => {}
if (values.webhook) console.log(`lake: webhooks to ${values.webhook}`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return
    stopping = true
    await stopWebhooks()
    await lake.close()
    store.close()
    process.exit(0)
  })
}
