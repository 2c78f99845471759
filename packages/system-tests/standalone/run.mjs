#!/usr/bin/env node
// `npm run test:standalone [-- --no-build] [spec substrings]`: the standalone server a deploy copies and runs.
//   1. builds it (`npm run build:standalone`, which replaces apps/web/.next), copies the folder out of the repository;
//   2. the browser smoke suite (e2e/specs/10-smoke.mjs, or the specs named) on `node server.js` in the copy;
//   3. the production shape without containers: two instances of the copy on one Redis, nginx in front with the
//      production site config (deploy/nginx-site.conf: TLS, micro-cache, the Studio's build on its own host).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from '@blog/local-lake/e2e/system'
import { SAMPLE_DATASET, SAMPLE_IMAGES_DIR } from '@blog/sample-content'
import { createChecks, e2eDir, readNdjson, repoDir, waitFor, webDir } from '../e2e/harness.mjs'
import { productionShape } from './production-shape.mjs'
import { buildStandalone, copyStandalone, startStandalone } from './server.mjs'

const args = process.argv.slice(2)
const only = args.filter((arg) => !arg.startsWith('--'))
const wanted = only.length ? only : ['10-smoke']
const port = Number(process.env.STANDALONE_PORT ?? 3120)
const secret = 'standalone-webhook-secret'

if (!args.includes('--no-build')) buildStandalone()
const { layout, remove } = copyStandalone()
console.log(`standalone: the folder copied to ${layout.root}`)

// Specs may edit the dataset (publish flow): a copy, as in e2e/run.mjs.
const datasetDir = mkdtempSync(path.join(tmpdir(), 'blog-standalone-data-'))
const datasetPath = path.join(datasetDir, 'data.ndjson')
copyFileSync(SAMPLE_DATASET, datasetPath)
symlinkSync(SAMPLE_IMAGES_DIR, path.join(datasetDir, 'images'))
const documents = readNdjson(readFileSync(datasetPath, 'utf8'))
const now = new Date()
const renamed = documents.find(
  (doc) => doc._type === 'article' && doc.previousSlugs?.length && new Date(doc.publishedAt) <= now,
)
const scheduled = documents.find((doc) => doc._type === 'article' && new Date(doc.publishedAt) > now)

const { check, results, failed } = createChecks()
const env = { CONTENT_DATASET_PATH: datasetPath, SANITY_REVALIDATE_SECRET: secret }
const server = startStandalone(layout, { port, env })
let browser
try {
  await waitFor(`${server.base}/api/health`)
  console.log(`standalone: node server.js on ${server.base}`)
  browser = await launchChromium()
  const specFiles = readdirSync(path.join(e2eDir, 'specs'))
    .filter((name) => name.endsWith('.mjs') && wanted.some((part) => name.includes(part)))
    .sort()
  const base = server.base
  const queries = async () => (await (await fetch(`${base}/api/health`)).json()).queries
  for (const name of specFiles) {
    console.log(`standalone: ${name}`)
    const spec = (await import(pathToFileURL(path.join(e2eDir, 'specs', name)).href)).default
    const context = { base, browser, check, queries, documents, renamed, scheduled, server, datasetPath, secret }
    await spec({ ...context, repoDir, webDir, e2eDir })
  }
} catch (error) {
  results.push({ name: 'setup', ok: false })
  console.error(error)
} finally {
  await browser?.close()
  await server.stop()
}
if (failed().length) console.log(server.log().split('\n').slice(-40).join('\n'))

try {
  await productionShape({ layout, check, datasetPath, secret })
} catch (error) {
  results.push({ name: 'production shape: setup', ok: false })
  console.error(error)
}

rmSync(datasetDir, { recursive: true, force: true })
remove()
console.log(`standalone: ${results.length - failed().length} passed, ${failed().length} failed`)
process.exit(failed().length ? 1 : 0)
