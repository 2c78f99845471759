// Browser smoke test: builds nothing itself; run after `next build` (the root `test:e2e` script does both).
// Starts `next start` on the embedded dataset, then drives Debian's chromium with playwright-core.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from '@blog/local-lake/e2e/system'
import { createChecks, e2eDir, e2eWorkDir, repoDir, startNext, waitFor, webDir } from './harness.mjs'
import { SAMPLE_DATASET, SAMPLE_IMAGES_DIR } from '@blog/sample-content'

const port = Number(process.env.E2E_PORT ?? 3107)
const base = `http://127.0.0.1:${port}`
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const secret = 'e2e-webhook-secret'
// The site reads a copy of the sample dataset, so specs may edit it (publish flow) without touching the repo.
const datasetDir = mkdtempSync(path.join(tmpdir(), 'blog-e2e-'))
const datasetPath = path.join(datasetDir, 'data.ndjson')
copyFileSync(SAMPLE_DATASET, datasetPath)
symlinkSync(SAMPLE_IMAGES_DIR, path.join(datasetDir, 'images'))

if (!existsSync(chromiumPath)) {
  console.error(
    `e2e: no chromium at ${chromiumPath}; install it with: apt-get install -y chromium (or set CHROMIUM_PATH)`,
  )
  process.exit(1)
}
if (!existsSync(path.join(webDir, '.next/BUILD_ID'))) {
  console.error('e2e: apps/web has no production build; run `npm run test:e2e` from the repo root, which builds first')
  process.exit(1)
}

const { check, results, failed: failedChecks } = createChecks()

function startServer() {
  // The embedded source reads the temp copy; a Sanity project in the shell must not take over.
  const env = {
    PORT: String(port),
    CONTENT_DATASET_PATH: datasetPath,
    SANITY_REVALIDATE_SECRET: secret,
    SANITY_PROJECT_ID: '',
    SANITY_DATASET: '',
  }
  return startNext({ name: 'browser', port, env })
}

const queries = async () => (await (await fetch(`${base}/api/health`)).json()).queries

const documents = readFileSync(datasetPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
const renamed = documents.find(
  (doc) => doc._type === 'article' && doc.previousSlugs?.length && new Date(doc.publishedAt) <= new Date(),
)
const scheduled = documents.find((doc) => doc._type === 'article' && new Date(doc.publishedAt) > new Date())

/**
 * @typedef {object} E2EContext  what every spec module (e2e/specs/*.mjs, run in name order) receives
 * @property {string} base  origin of the running site
 * @property {import('playwright-core').Browser} browser
 * @property {(name: string, fn: () => Promise<void>) => Promise<void>} check  records one named test
 * @property {() => Promise<number>} queries  the content query counter of the running site
 */
const only = process.argv.slice(2)
const specFiles = readdirSync(path.join(e2eDir, 'specs'))
  .filter((name) => name.endsWith('.mjs') && (only.length === 0 || only.some((wanted) => name.includes(wanted))))
  .sort()
  .map((name) => path.join(e2eDir, 'specs', name))

// The server runs on a fresh copy of the build (without its data cache): nothing from an earlier run leaks in, and
// nothing this run renders (its webhook edits) leaks into apps/web/.next.
rmSync(e2eWorkDir, { recursive: true, force: true })
const server = startServer()
let browser
try {
  await waitFor(`${base}/api/health`)
  console.log(`e2e: next start on ${base}`)

  browser = await launchChromium()

  for (const file of specFiles) {
    console.log(`e2e: ${path.basename(file)}`)
    const spec = (await import(pathToFileURL(file).href)).default
    await spec({
      base,
      browser,
      check,
      queries,
      documents,
      renamed,
      scheduled,
      server,
      repoDir,
      webDir,
      e2eDir,
      datasetPath,
      secret,
    })
  }
} catch (error) {
  results.push({ name: 'setup', ok: false })
  console.error(error)
  console.error(server.log())
} finally {
  await browser?.close()
  server.stop()
  rmSync(e2eWorkDir, { recursive: true, force: true })
}

const failed = failedChecks()
console.log(`e2e: ${results.length - failed.length} passed, ${failed.length} failed`)
if (failed.length) {
  console.log(server.log().split('\n').slice(-40).join('\n'))
  process.exit(1)
}
