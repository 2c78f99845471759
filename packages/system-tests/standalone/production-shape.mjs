// The compose recipe's production shape, run without containers (this machine cannot run them, see
// apps/web/deploy/README.md): two instances of the copied standalone folder on one Redis, nginx in front with the
// production site config (TLS with a throwaway certificate, the micro-cache, the Studio's build on its own host).
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import path from 'node:path'
import { startTestLake } from '@blog/local-lake/testing'
import { createClient } from 'redis'
import { repoDir, waitFor, webDir } from '../e2e/harness.mjs'
import { startRedis, stopAll, tempDir } from '../multi/cluster.mjs'
import { startSite } from '../nginx/site.mjs'
import { startStandalone } from './server.mjs'

const PORTS = { redis: 6396, a: 3121, b: 3122, http: 8611, https: 8612 }
const HOSTS = { site: 'blog.test', studio: 'studio.test' }

/** A GET through nginx to 127.0.0.1, naming `host` as a browser would (Host, and SNI over TLS). */
function viaNginx(host, pathname, { tls = true } = {}) {
  const request = tls ? httpsRequest : httpRequest
  const port = tls ? PORTS.https : PORTS.http
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: pathname, servername: host, headers: { host }, rejectUnauthorized: false },
      (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

/** A self-signed certificate for both host names, made with openssl (never trusted: the client skips checking it). */
function throwawayCertificate(dir) {
  const cert = path.join(dir, 'cert.pem')
  const key = path.join(dir, 'key.pem')
  const made = spawnSync('openssl', [
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${HOSTS.site}`],
    ...['-addext', `subjectAltName=DNS:${HOSTS.site},DNS:${HOSTS.studio}`, '-keyout', key, '-out', cert],
  ])
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`)
  return { cert, key }
}

/** The Studio's static build (`sanity build`); turbo replays it when nothing changed. */
function studioBuild() {
  const dist = path.join(repoDir, 'studio/dist')
  const turbo = path.join(repoDir, 'node_modules/.bin/turbo')
  const built = spawnSync(turbo, ['run', 'build', '--filter=@blog/studio', '--output-logs=errors-only'], {
    cwd: repoDir,
    stdio: 'inherit',
  })
  if (built.status !== 0 || !existsSync(path.join(dist, 'index.html'))) throw new Error('sanity build failed')
  return dist
}

/** The cache rules of the single-instance front (nginx.conf): every one of them must be in the site config too. */
const cacheRules = (file) =>
  readFileSync(path.join(webDir, 'deploy', file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(proxy_cache|proxy_no_cache|proxy_ignore_headers|add_header X-Cache-Status)/.test(line))

/** `npm run preflight` as an operator runs it, with `env` as the environment it checks (not blocking: the lake runs here). */
function preflight(env) {
  const run = spawn('npm', ['run', 'preflight', '--silent'], {
    cwd: repoDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  })
  let output = ''
  run.stdout.on('data', (chunk) => (output += chunk))
  run.stderr.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => run.on('close', (status) => resolve({ status, output })))
}

export async function productionShape({ layout, check, datasetPath, secret }) {
  console.log('standalone: the production shape (two instances, Redis, nginx with TLS and the Studio)')
  await check('the site config keeps every micro-cache rule of nginx.conf', async () => {
    const site = new Set(cacheRules('nginx-site.conf'))
    assert.deepEqual(
      cacheRules('nginx.conf').filter((rule) => !site.has(rule)),
      [],
    )
  })
  const studioRoot = studioBuild()
  const redis = await startRedis(PORTS.redis)
  const env = {
    CONTENT_DATASET_PATH: datasetPath,
    SANITY_REVALIDATE_SECRET: secret,
    REDIS_URL: redis.url,
    SITE_URL: `https://${HOSTS.site}`,
  }
  const a = startStandalone(layout, { port: PORTS.a, env })
  const b = startStandalone(layout, { port: PORTS.b, env })
  const certs = throwawayCertificate(tempDir('tls'))
  const site = startSite({
    ...certs,
    site: HOSTS.site,
    studio: HOSTS.studio,
    servers: [`127.0.0.1:${PORTS.a}`, `127.0.0.1:${PORTS.b}`],
    studioRoot,
    prefix: tempDir('site'),
    http: `127.0.0.1:${PORTS.http}`,
    https: `127.0.0.1:${PORTS.https}`,
  })
  const client = createClient({ url: redis.url })
  try {
    await Promise.all([waitFor(`${a.base}/api/health`), waitFor(`${b.base}/api/health`)])
    await client.connect()
    const health = async (server) => (await (await fetch(`${server.base}/api/health`)).json()).queries
    const article = (await (await fetch(`${a.base}/sitemap.xml`)).text()).match(/\/articles\/[^<]+/)?.[0]
    assert.ok(article, 'an article in the sitemap')

    await check('standalone with REDIS_URL: both caches live in Redis, and B serves what A rendered', async () => {
      assert.equal((await fetch(a.base + article)).status, 200)
      const buildId = readFileSync(path.join(layout.app, '.next/BUILD_ID'), 'utf8').trim()
      assert.ok((await client.keys(`blog:${buildId}:*`)).length > 0, 'page entries under blog:<build id>:')
      assert.ok((await client.keys('blog:use-cache:*')).length > 0, "'use cache' entries under blog:use-cache:")
      const before = await health(b)
      assert.equal((await fetch(b.base + article)).status, 200)
      assert.equal(await health(b), before, 'B ran no content query for the page A rendered')
    })

    await check('nginx: the blog over HTTPS on its host, from the micro-cache on the second request', async () => {
      const first = await viaNginx(HOSTS.site, article)
      assert.equal(first.status, 200)
      assert.match(first.body, /<h1/)
      const second = await viaNginx(HOSTS.site, article)
      assert.equal(second.headers['x-cache-status'], 'HIT')
      const healthAnswer = await viaNginx(HOSTS.site, '/api/health')
      assert.equal(healthAnswer.status, 200)
      assert.equal(healthAnswer.headers['x-cache-status'], undefined, '/api/ is never cached')
    })

    await check("nginx: the Studio's build on its own host, every route its index, bundles cached a year", async () => {
      const index = readFileSync(path.join(studioRoot, 'index.html'), 'utf8')
      const root = await viaNginx(HOSTS.studio, '/')
      assert.equal(root.status, 200)
      assert.equal(root.body, index)
      assert.equal(root.headers['cache-control'], 'no-cache')
      const deep = await viaNginx(HOSTS.studio, '/structure/article')
      assert.equal(deep.body, index, 'a Studio route answers its index.html')
      const bundle = index.match(/\/static\/[^"']+\.js/)?.[0]
      assert.ok(bundle, 'index.html names a bundle under /static/')
      const script = await viaNginx(HOSTS.studio, bundle)
      assert.equal(script.status, 200)
      assert.match(script.headers['cache-control'] ?? '', /immutable/)
      assert.equal((await viaNginx(HOSTS.studio, '/static/no-such-file.js')).status, 404)
      const blogRoot = await viaNginx(HOSTS.site, '/')
      assert.notEqual(blogRoot.body, index, 'the blog host is not the Studio')
    })

    await check('nginx: plain HTTP answers a redirect to HTTPS for both hosts', async () => {
      for (const host of [HOSTS.site, HOSTS.studio]) {
        const response = await viaNginx(host, '/x', { tls: false })
        assert.equal(response.status, 301)
        assert.equal(response.headers.location, `https://${host}/x`)
      }
    })

    // Last: it stops Redis.
    await check('preflight: passes on this setup (the local lake, Redis), fails once Redis is stopped', async () => {
      const lake = await startTestLake({ datasetPath })
      try {
        const configured = {
          SANITY_PROJECT_ID: 'local',
          SANITY_DATASET: 'production',
          SANITY_API_HOST: lake.host,
          SANITY_API_READ_TOKEN: 'the-local-lake-takes-any-token',
          SANITY_REVALIDATE_SECRET: randomBytes(32).toString('hex'),
          SITE_URL: `https://${HOSTS.site}`,
          SANITY_STUDIO_URL: `https://${HOSTS.studio}`,
          REDIS_URL: redis.url,
        }
        const ready = await preflight(configured)
        assert.equal(ready.status, 0, ready.output)
        assert.match(ready.output, /preflight: ready for traffic/)
        await client.quit()
        await redis.stop()
        const stopped = await preflight(configured)
        assert.equal(stopped.status, 1, stopped.output)
        assert.match(stopped.output, /✕ Redis: Redis at redis:\/\/127\.0\.0\.1:\d+ does not answer \(ECONNREFUSED\)/)
        assert.match(stopped.output, /preflight: 1 to fix/)
      } finally {
        await lake.close()
      }
    })
  } finally {
    await client.quit().catch(() => {})
    site.stop()
    await Promise.all([a.stop(), b.stop()])
    await stopAll()
  }
}
