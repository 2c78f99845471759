// Browser smoke test: builds nothing itself; run after `next build` (the root `test:e2e` script does both).
// Starts `next start` on the embedded dataset, then drives Debian's chromium with playwright-core.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repoDir = path.resolve(webDir, '../..')
const port = Number(process.env.E2E_PORT ?? 3107)
const base = `http://127.0.0.1:${port}`
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const datasetPath = path.join(repoDir, 'packages/sample-content/dataset/data.ndjson')

if (!existsSync(chromiumPath)) {
  console.error(`e2e: no chromium at ${chromiumPath}; install it with: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  process.exit(1)
}
if (!existsSync(path.join(webDir, '.next/BUILD_ID'))) {
  console.error('e2e: apps/web has no production build; run `npm run test:e2e` from the repo root, which builds first')
  process.exit(1)
}

const results = []
async function check(name, fn) {
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`  ✓ ${name}`)
  } catch (error) {
    results.push({ name, ok: false })
    console.log(`  ✕ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`)
  }
}

function startServer() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) }
  for (const name of ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'CONTENT_DATASET_PATH']) delete env[name]
  // Own process group: `next start` forks next-server, and only killing the group frees the port.
  const child = spawn(path.join(repoDir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: webDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  return { child, log: () => log, stop: () => { try { process.kill(-child.pid, 'SIGTERM') } catch {} } }
}

async function waitFor(url, ms = 30000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server did not answer ${url} within ${ms} ms`)
}

const queries = async () => (await (await fetch(`${base}/api/health`)).json()).queries

const documents = readFileSync(datasetPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
const renamed = documents.find((doc) => doc._type === 'article' && doc.previousSlugs?.length && new Date(doc.publishedAt) <= new Date())
const scheduled = documents.find((doc) => doc._type === 'article' && new Date(doc.publishedAt) > new Date())

const server = startServer()
let browser
try {
  await waitFor(`${base}/api/health`)
  console.log(`e2e: next start on ${base}`)

  await check('cached pages answer 200 without running a content query', async () => {
    const before = await queries()
    for (const url of ['/', `/articles/${renamed.slug.current}`]) {
      const response = await fetch(base + url)
      assert.equal(response.status, 200, url)
      assert.match(response.headers.get('x-nextjs-cache') ?? 'prerendered', /HIT|prerendered/i, url)
    }
    assert.equal(await queries(), before)
  })

  await check('a missing page is a 404, a previous slug is a 308 to the current one, a scheduled article is hidden', async () => {
    assert.equal((await fetch(`${base}/articles/no-such-article`)).status, 404)
    assert.equal((await fetch(`${base}/books/no-such-book`)).status, 404)
    const redirect = await fetch(`${base}/articles/${renamed.previousSlugs[0]}`, { redirect: 'manual' })
    assert.equal(redirect.status, 308)
    // Next sends the Location header twice on the first (uncached) render; both carry the same target.
    const targets = new Set(redirect.headers.get('location').split(', ').map((value) => new URL(value, base).pathname))
    assert.deepEqual([...targets], [`/articles/${renamed.slug.current}`])
    if (scheduled) assert.equal((await fetch(`${base}/articles/${scheduled.slug.current}`)).status, 404)
  })

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })

  await check('home -> article -> author -> book by clicking links, with images and no console errors', async () => {
    const page = await browser.newPage()
    const problems = []
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`))
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`))

    await page.goto(base + '/')
    const firstArticle = page.locator('.article-card__title a').first()
    const title = (await firstArticle.textContent()).trim()
    await firstArticle.click()
    await page.waitForURL(/\/articles\//)
    assert.equal((await page.locator('h1').textContent()).trim(), title)
    const cover = page.locator('img.article__cover')
    assert.ok(await cover.evaluate((img) => img.complete && img.naturalWidth > 0), 'cover image loaded')

    const authorLink = page.locator('.article__header .byline a[rel="author"]')
    const authorName = (await authorLink.textContent()).trim()
    await authorLink.click()
    await page.waitForURL(/\/authors\//)
    assert.equal((await page.locator('h1').textContent()).trim(), authorName)

    const bookLink = page.locator('.book-card__title a').first()
    const bookTitle = (await bookLink.textContent()).trim()
    await bookLink.click()
    await page.waitForURL(/\/books\//)
    assert.equal((await page.locator('h1').textContent()).trim(), bookTitle)
    assert.ok(await page.getByRole('link', { name: authorName }).first().isVisible(), 'book page links its author')
    await page.goto(`${base}/articles/${renamed.previousSlugs[0]}`)
    assert.equal(new URL(page.url()).pathname, `/articles/${renamed.slug.current}`, 'old slug lands on the new one')
    assert.deepEqual(problems, [])
    await page.close()
  })

  await check('pages read fine with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${base}/articles/${renamed.slug.current}`)
    assert.equal((await page.locator('h1').textContent()).trim(), renamed.title)
    assert.ok((await page.locator('.prose p').count()) > 3, 'body paragraphs rendered on the server')
    await context.close()
  })
} catch (error) {
  results.push({ name: 'setup', ok: false })
  console.error(error)
  console.error(server.log())
} finally {
  await browser?.close()
  server.stop()
}

const failed = results.filter((result) => !result.ok)
console.log(`e2e: ${results.length - failed.length} passed, ${failed.length} failed`)
if (failed.length) {
  console.log(server.log().split('\n').slice(-40).join('\n'))
  process.exit(1)
}
