// The sample dataset on `next start`: security headers on every kind of response, the CSP in chromium,
// no secret value anywhere a reader can fetch, and 1,000 fuzzed URLs without a 5xx.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { launchChromium } from '@blog/local-lake/e2e/system'
import { fuzzTargets } from '../fuzz-urls.mjs'
import { FAKE_SECRETS, published, readNdjson, startServer, webhook } from '../lib.mjs'
import { SAMPLE_DATASET } from '@blog/sample-content'

const PORT = 3301

export function siteUrls(docs) {
  const slugs = (type) => published(docs, type).map((doc) => doc.slug.current)
  return [
    '/',
    '/page/2',
    '/search?q=run',
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/opengraph-image',
    ...slugs('article').map((slug) => `/articles/${slug}`),
    ...slugs('author').flatMap((slug) => [`/authors/${slug}`, `/authors/${slug}/feed.xml`]),
    ...slugs('book').map((slug) => `/books/${slug}`),
    ...slugs('category').map((slug) => `/categories/${slug}`),
  ]
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile())
}

/** GET with the request target sent exactly as given (fetch would normalise `..` and `%`). */
function rawGet(agent, port, target, redirects = 2) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: target, agent, timeout: 15000 }, (response) => {
      response.resume()
      const location = response.headers.location
      // Follow same-site redirects (trailing slashes, old slugs): their target must not fail either.
      const local =
        location && redirects > 0 && /^(\/(?!\/)|http:\/\/127\.0\.0\.1:)/.test(location)
          ? location.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')
          : null
      response.on('end', () => resolve(local ? rawGet(agent, port, local, redirects - 1) : response.statusCode))
    })
    request.on('timeout', () => request.destroy(new Error('timeout')))
    request.on('error', (error) => resolve(`error ${error.message}`))
  })
}

export default async function sample({ check, track }) {
  const docs = readNdjson(readFileSync(SAMPLE_DATASET, 'utf8'))
  const server = track(startServer({ name: 'sample', port: PORT, env: { CONTENT_DATASET_PATH: SAMPLE_DATASET } }))
  await server.ready()
  const { base } = server
  const urls = siteUrls(docs)
  const media = readFileSync(SAMPLE_DATASET, 'utf8').match(/\/media\/[\w.-]+\.png/)[0]
  const script = (await (await fetch(base + '/')).text()).match(/\/_next\/static\/[^"]+\.js/)[0]

  await check(
    'security headers on pages, 404s, 400s, feeds, media, static files and API routes; no x-powered-by',
    async () => {
      const all = [...urls, '/articles/no-such-article', '/x/%', media, script, '/api/health', '/icon.svg']
      for (const url of all) {
        const response = await fetch(base + url, { redirect: 'manual' })
        const h = response.headers
        const where = `${url} (${response.status})`
        assert.match(h.get('strict-transport-security') ?? '', /max-age=\d{7,}/, where)
        assert.equal(h.get('x-content-type-options'), 'nosniff', where)
        assert.equal(h.get('referrer-policy'), 'strict-origin-when-cross-origin', where)
        const csp = h.get('content-security-policy') ?? ''
        for (const directive of [
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline'",
          "img-src 'self' data: https://cdn.sanity.io",
          "object-src 'none'",
          "frame-ancestors 'self' http://localhost:3333",
        ]) {
          assert.ok(csp.includes(directive), `${where}: CSP lacks ${directive}: ${csp}`)
        }
        assert.ok(!/'unsafe-eval'/.test(csp), `${where}: production CSP allows eval`)
        assert.equal(h.get('x-powered-by'), null, where)
        await response.arrayBuffer()
      }
    },
  )

  await check(
    'the CSP lets cached pages run in chromium: no violation, images load, client navigation works',
    async () => {
      const browser = await launchChromium()
      try {
        const page = await browser.newPage()
        const problems = []
        page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`))
        page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
        await page.addInitScript(() => {
          window.__violations = []
          document.addEventListener('securitypolicyviolation', (event) =>
            window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
          )
        })
        const article = urls.find((url) => url.startsWith('/articles/'))
        for (const url of ['/', article, '/search?q=run']) {
          await page.goto(base + url, { waitUntil: 'load' })
          assert.deepEqual(await page.evaluate(() => window.__violations), [], url)
          const broken = await page.evaluate(() =>
            [...document.images]
              .filter((img) => img.complete && img.naturalWidth === 0 && img.loading !== 'lazy')
              .map((img) => img.src),
          )
          assert.deepEqual(broken, [], `${url}: images that did not load`)
        }
        // Hydrated: a client-side navigation keeps the document (no full reload).
        await page.goto(base + '/', { waitUntil: 'load' })
        await page.evaluate(() => (window.__sameDocument = true))
        await page.locator('.article-card__title a').first().click()
        await page.waitForURL(/\/articles\//)
        assert.equal(
          await page.evaluate(() => window.__sameDocument),
          true,
          'client navigation (hydration ran under the CSP)',
        )
        await page.waitForFunction(
          () =>
            document.querySelector('img.article__cover')?.complete &&
            document.querySelector('img.article__cover').naturalWidth > 0,
          null,
          { timeout: 10000 },
        )
        assert.deepEqual(await page.evaluate(() => window.__violations), [], 'after client navigation')
        assert.deepEqual(problems, [])
      } finally {
        await browser.close()
      }
    },
  )

  await check(
    'webhook replay window: signed 31 minutes ago or 6 minutes ahead is a 401; a captured request resent is answered without expiring again',
    async () => {
      const change = { _id: 'siteSettings', _type: 'siteSettings' }
      const minute = 60_000
      for (const offset of [-31 * minute, 6 * minute]) {
        const old = await webhook(base, change, undefined, { signedAt: Date.now() + offset })
        assert.equal(old.status, 401, `signed ${offset / minute} min from now: ${old.body}`)
      }
      const first = await webhook(base, change)
      assert.equal(first.status, 200, first.body)
      assert.deepEqual(JSON.parse(first.body).revalidated, ['content'])
      const replay = await webhook(base, change, undefined, { signature: first.signature })
      assert.equal(replay.status, 200, replay.body)
      assert.deepEqual(JSON.parse(replay.body), { id: 'siteSettings', revalidated: [], repeated: true })
    },
  )

  await check(
    'no secret value in .next/static, the HTML or the RSC payload (pages re-rendered with fake secrets in env)',
    async () => {
      // Expire every page so each one renders again in this process, whose env holds the fake secrets.
      assert.equal((await webhook(base, { _id: 'siteSettings', _type: 'siteSettings' })).status, 200)
      const bodies = []
      for (const url of urls) {
        bodies.push([url, await (await fetch(base + url)).text()])
        bodies.push([`${url} (RSC)`, await (await fetch(base + url, { headers: { RSC: '1' } })).text()])
      }
      for (const file of [
        ...filesUnder(path.join(server.dir, '.next/static')),
        ...filesUnder(path.join(server.dir, '.next/server/app')),
      ]) {
        bodies.push([path.relative(server.dir, file), readFileSync(file, 'latin1')])
      }
      const leaks = bodies.flatMap(([where, text]) =>
        Object.entries(FAKE_SECRETS)
          .filter(([, value]) => text.includes(value))
          .map(([name]) => `${name} in ${where}`),
      )
      assert.deepEqual(leaks, [])
      console.log(
        `    scanned ${bodies.length} responses and build files for ${Object.keys(FAKE_SECRETS).length} secret values`,
      )
    },
  )

  await check('1,000 fuzzed slugs and query strings: never a 5xx, never a dropped connection', async () => {
    const targets = fuzzTargets(1000)
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })
    const statuses = new Array(targets.length)
    let next = 0
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < targets.length) {
          const index = next++
          statuses[index] = await rawGet(agent, PORT, targets[index])
        }
      }),
    )
    agent.destroy()
    const bad = targets
      .map((target, i) => [statuses[i], target])
      .filter(([status]) => typeof status !== 'number' || status >= 500)
    const counts = {}
    for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1
    console.log(
      `    statuses: ${Object.entries(counts)
        .map(([status, n]) => `${status}×${n}`)
        .join(' ')}`,
    )
    assert.deepEqual(
      bad.slice(0, 20).map(([status, target]) => `${status} ${target.slice(0, 160)}`),
      [],
    )
  })
}
