// Two `next start` instances on one Redis (apps/web/cache/handler.mjs): shared pages, webhooks that reach both,
// and Redis stopped and restarted under them. Runs on the repo build (`npm run test:multi` builds first).
// Ports: instances 3501-3503, Redis 6391-6392.
import assert from 'node:assert/strict'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { createClient } from 'redis'
import { createChecks, datasetFile } from '../e2e/harness.mjs'
import { datasetCopy, requireBuild, startInstance, startRedis, stopAll } from './cluster.mjs'

const secret = 'multi-webhook-secret'
const { check, results } = createChecks()
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

requireBuild()
const datasetPath = datasetCopy()
const { docs, save } = datasetFile(datasetPath)
const setTitle = (id, title) => save(docs().map((doc) => (doc._id === id ? { ...doc, title } : doc)))

// A page no build prerendered: a new article, added to the dataset copy while the instances run.
const now = new Date()
const template = docs().find(
  (doc) => doc._type === 'article' && new Date(doc.publishedAt) <= now && !doc.previousSlugs?.length,
)
const fresh = {
  ...template,
  _id: 'article-multi-instance',
  slug: { _type: 'slug', current: 'shared-cache-on-several-instances' },
  title: 'Shared cache, first title',
}
const freshPath = `/articles/${fresh.slug.current}`
const prerendered = docs().find(
  (doc) => doc._type === 'article' && doc._id !== template._id && new Date(doc.publishedAt) <= now,
)
const paths = ['/', freshPath, `/articles/${prerendered.slug.current}`, '/feed.xml']

const env = { CONTENT_DATASET_PATH: datasetPath, SANITY_REVALIDATE_SECRET: secret }
const redisPort = 6391
const latePort = 6392 // no Redis here until the end: instance C starts without one
let redis = await startRedis(redisPort)
const a = startInstance(3501, { ...env, REDIS_URL: redis.url })
const b = startInstance(3502, { ...env, REDIS_URL: redis.url })
const c = startInstance(3503, { ...env, REDIS_URL: `redis://127.0.0.1:${latePort}` })
const instances = [a, b, c]

const queries = async (instance) => (await (await fetch(`${instance.base}/api/health`)).json()).queries
const html = async (instance, url) => {
  const response = await fetch(instance.base + url)
  assert.equal(response.status, 200, `${instance.name} ${url}`)
  return response.text()
}
const webhook = async (instance, payload) => {
  const body = JSON.stringify(payload)
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  const response = await fetch(`${instance.base}/api/revalidate`, {
    method: 'POST',
    body,
    headers: { [SIGNATURE_HEADER_NAME]: signature },
  })
  assert.equal(response.status, 200, `webhook to ${instance.name}`)
}
const payload = { _id: fresh._id, _type: 'article', slug: fresh.slug.current }
async function eventually(what, fn, ms = 5000) {
  const deadline = Date.now() + ms
  while (!(await fn())) {
    assert.ok(Date.now() < deadline, `${what}: not within ${ms} ms`)
    await sleep(50)
  }
}
/** Whether the shared cache holds an entry for `pathname` (keys are the handler's prefix, then the cache key). */
async function inRedis(pathname) {
  const client = createClient({ url: redis.url })
  await client.connect()
  try {
    return (await client.keys('*')).some((key) => key.endsWith(pathname))
  } finally {
    await client.quit()
  }
}
async function withRedis(fn) {
  const client = createClient({ url: redis.url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.quit()
  }
}
const redisKeys = () => withRedis((client) => client.keys('*'))
/** Tags some instance expired, from the 'use cache' handler's hash (cache/use-cache-handler.mjs). */
const redisTagExpiries = () =>
  withRedis(async (client) => {
    const hash = (await client.keys('*:use-cache:tags'))[0]
    return hash ? client.hKeys(hash) : []
  })
const logLines = (instance, pattern) =>
  instance
    .log()
    .split('\n')
    .filter((line) => pattern.test(line)).length
const unreachable = /\[cache\] Redis at .* unreachable/
const back = /\[cache\] Redis at .* is back: the shared cache is in use again/

/** Requests every path on both instances until `until` resolves; returns every status that was not 200. */
async function traffic(targets, until) {
  const failures = []
  let done = false
  until.finally(() => (done = true))
  const worker = async (instance, offset) => {
    for (let i = offset; !done; i++) {
      const url = paths[i % paths.length]
      const status = await fetch(instance.base + url).then(
        (response) => response.status,
        () => 'connection error',
      )
      if (status !== 200) failures.push(`${instance.name} ${url} ${status}`)
    }
  }
  await Promise.all([
    ...targets.map((target) => worker(target, 0)),
    ...targets.map((target) => worker(target, 2)),
    until,
  ])
  return failures
}

try {
  await Promise.all(instances.map((instance) => instance.ready()))
  // Each instance creates its cache handler, and opens its Redis connection, on its first cached request; until the
  // connection is up it serves from its own memory (as it does in an outage). One request each before measuring, so
  // the first check is about sharing, not about a connection still opening (one CI run caught B that early).
  for (const instance of [a, b]) await fetch(instance.base + '/feed.xml')
  await sleep(500)
  console.log(
    'multi: Redis on 127.0.0.1:6391, instances A :3501, B :3502 (shared cache), C :3503 (started without Redis)',
  )

  await check(
    'a page prerendered by the build is rendered once for the group: by A on request, then read by B',
    async () => {
      const url = paths[2]
      const [beforeA, beforeB] = [await queries(a), await queries(b)]
      await html(a, url)
      assert.ok((await queries(a)) > beforeA, 'A rendered it: the copy in .next is not read once the cache is in Redis')
      // A stores its render after answering: B reads the group's copy once it is there (one CI run asked too soon).
      await eventually("A's render in Redis", () => inRedis(url))
      await html(b, url)
      assert.equal(await queries(b), beforeB, 'B ran no content query')
    },
  )

  await check(
    'a page rendered on request by A is served by B from the shared cache, with no content query on B',
    async () => {
      // Published as an editor publishes: the document, then its webhook (to A).
      save([...docs(), fresh])
      await webhook(a, payload)
      assert.match(await html(a, freshPath), /Shared cache, first title/)
      await eventually("A's render in Redis", () => inRedis(freshPath))
      const before = await queries(b)
      const response = await fetch(b.base + freshPath)
      assert.equal(response.status, 200)
      assert.match(await response.text(), /Shared cache, first title/)
      assert.equal(await queries(b), before, 'B ran no content query')
      assert.match(response.headers.get('x-nextjs-cache') ?? '', /HIT/)
    },
  )

  await check('a signed webhook sent to A makes B serve the new content', async () => {
    setTitle(fresh._id, 'Shared cache, second title')
    assert.match(await html(b, freshPath), /Shared cache, first title/, 'B keeps its cached copy until the webhook')
    // The content reads ('use cache') are in Redis too, beside the pages: the webhook must reach them as well.
    assert.ok(
      (await redisKeys()).some((key) => key.includes(':use-cache:')),
      "'use cache' entries in Redis",
    )
    await webhook(a, payload)
    assert.ok((await redisTagExpiries()).includes(`article:${fresh.slug.current}`), 'the tag expired in Redis')
    await eventually('B serves the new title', async () =>
      (await html(b, freshPath)).includes('Shared cache, second title'),
    )
    assert.match(await html(a, freshPath), /Shared cache, second title/)
  })

  await check(
    'a webhook to A makes B read its address book again at once (Redis pub/sub), with no file change to notice',
    async () => {
      const reads = async (instance) => (await (await fetch(`${instance.base}/api/health`)).json()).addressBookReads
      const [beforeA, before] = [await reads(a), await reads(b)]
      await webhook(a, payload)
      await eventually('B read its address book again', async () => (await reads(b)) > before, 1000)
      // A read its own before answering the webhook, and skips the echo of its own message.
      await new Promise((resolve) => setTimeout(resolve, 300))
      assert.equal(await reads(a), beforeA + 1, 'A read its address book once')
    },
  )

  await check(
    'made-up URLs on both instances: 404 with the not-found page, and nothing stored per URL in Redis',
    async () => {
      const info = () =>
        withRedis(async (client) => ({
          keys: await client.dbSize(),
          memory: Number(/used_memory:(\d+)/.exec(await client.info('memory'))[1]),
        }))
      // The not-found page itself may be rendered and shared once; warm it on both before measuring.
      for (const instance of [a, b]) await fetch(`${instance.base}/articles/warm-up-made-up`)
      const before = await info()
      const urls = 2000
      const statuses = new Map()
      let notFoundPages = 0
      const worker = async (offset) => {
        for (let i = offset; i < urls; i += 8) {
          const instance = i % 2 ? a : b
          const kinds = [`/articles/junk-${i}`, `/no/such/page-${i}`, `/authors/nobody-${i}/feed.xml`, `/wp-${i}.php`]
          const response = await fetch(instance.base + kinds[i % kinds.length])
          const body = await response.text()
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
          if (body.includes('Page not found')) notFoundPages += 1
        }
      }
      await Promise.all(Array.from({ length: 8 }, (_, offset) => worker(offset)))
      const after = await info()
      assert.deepEqual([...statuses], [[404, urls]])
      assert.equal(notFoundPages, urls, 'every answer is the not-found page')
      assert.ok(after.keys - before.keys <= 2, `Redis keys ${before.keys} -> ${after.keys}`)
      assert.ok(
        after.memory - before.memory < 1_000_000,
        `Redis memory grew ${after.memory - before.memory} bytes for ${urls} URLs`,
      )
      console.log(
        `    ${urls} made-up URLs: Redis keys ${before.keys} -> ${after.keys}, memory ${before.memory} -> ${after.memory} bytes`,
      )
    },
  )

  await check('Redis stopped during traffic: both instances keep answering 200, one log line each', async () => {
    const failures = await traffic(
      [a, b],
      (async () => {
        await sleep(300)
        await redis.stop('SIGKILL')
        await sleep(1500)
      })(),
    )
    assert.deepEqual(failures, [])
    for (const url of paths) for (const instance of [a, b]) await html(instance, url)
    for (const instance of [a, b])
      assert.equal(logLines(instance, unreachable), 1, `${instance.name}: one "unreachable" line`)
  })

  await check(
    'Redis restarted: sharing resumes without a restart, and a later webhook to A again reaches B',
    async () => {
      redis = await startRedis(redisPort)
      await eventually(
        'both instances reconnect',
        async () => logLines(a, back) === 1 && logLines(b, back) === 1,
        10000,
      )
      setTitle(fresh._id, 'Shared cache, third title')
      // The restarted Redis is empty: A renders the page and stores it, B reads A's copy.
      assert.match(await html(a, freshPath), /Shared cache, third title/)
      const before = await queries(b)
      assert.match(await html(b, freshPath), /Shared cache, third title/)
      assert.equal(await queries(b), before, 'B ran no content query: it read the page from Redis')
      setTitle(fresh._id, 'Shared cache, fourth title')
      assert.match(await html(b, freshPath), /Shared cache, third title/, 'B keeps the shared copy until the webhook')
      await webhook(a, payload)
      await eventually('B serves the title after the webhook', async () =>
        (await html(b, freshPath)).includes('Shared cache, fourth title'),
      )
    },
  )

  await check(
    'an instance started while Redis is down serves 200, logs one line, and uses Redis once it is up',
    async () => {
      for (const url of paths) await html(c, url)
      assert.equal(logLines(c, unreachable), 1, 'one "unreachable" line')
      const late = await startRedis(latePort)
      await eventually('C reconnects', async () => logLines(c, back) === 1, 10000)
      await html(c, '/')
      await eventually('C wrote to the late Redis', async () => {
        const { createClient } = await import('redis')
        const client = createClient({ url: late.url })
        await client.connect()
        const keys = await client.keys('*')
        await client.quit()
        return keys.length > 0
      })
    },
  )
} catch (error) {
  results.push({ name: 'setup', ok: false })
  console.error(error)
} finally {
  await stopAll()
}

const failed = results.filter((result) => !result.ok)
console.log(`multi: ${results.length - failed.length} passed, ${failed.length} failed`)
if (failed.length) {
  for (const instance of instances)
    console.log(`--- ${instance.name}\n${instance.log().split('\n').slice(-30).join('\n')}`)
  process.exit(1)
}
