// Scheduled articles go live on time, with no webhook (apps/web/lib/schedule.ts, lib/publication-clock.ts): on the
// production build, articles added to the dataset dated a few tens of seconds ahead must appear on every page that
// shows them (their own, the home page, the RSS feed, the sitemap, their category and author pages, search) within
// 60 s of their time, and stay there; on one instance, on two sharing Redis, and on one behind the nginx micro-cache
// (apps/web/deploy/nginx.conf). Then a change of date sent by the webhook (its projection carries the dates) moves
// the pages at once. Prints the delay per page type (median of three articles). Needs redis-server and nginx (Debian
// packages; .ci/run installs them). Ports: 3531 (one instance), 3532-3533 (two), Redis 6393, 3535 behind nginx 8535,
// 3534 (webhook).
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { createChecks, datasetFile } from '../e2e/harness.mjs'
import { datasetCopy, requireBuild, startInstance, startRedis, stopAll, waitForHttp } from '../multi/cluster.mjs'
import { startNginx } from '../nginx/nginx.mjs'

const LEAD_MS = 30_000 // how far ahead the first article is dated when it is added
const SPACING_MS = 10_000 // between the three articles of a round
const LIMIT_MS = 60_000 // the longest any page may take after an article's time
const POLL_MS = 250
const secret = 'scheduling-webhook-secret'

const { check, results } = createChecks()
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
requireBuild()
const datasetPath = datasetCopy()
const { docs, save } = datasetFile(datasetPath)
const slugOf = (type, id) => docs().find((doc) => doc._type === type && doc._id === id).slug.current

// Every scheduled article is a copy of the newest published one: same author and categories, its own slug, title and a
// word only it has (search).
const template = docs()
  .filter((doc) => doc._type === 'article' && Date.parse(doc.publishedAt) <= Date.now())
  .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))[0]
const authorSlug = slugOf('author', template.author._ref)
const categorySlug = slugOf('category', template.categories[0]._ref)
const WORDS = [
  'alderwick',
  'brambleton',
  'cindervale',
  'dunmorrow',
  'elmscotia',
  'fernhollow',
  'glenbarrow',
  'hawkridge',
  'ivystone',
]

function scheduledArticle(n, publishedAt) {
  const word = WORDS[n]
  return {
    ...template,
    _id: `article-scheduled-${word}`,
    _rev: `scheduled-${word}`,
    slug: { _type: 'slug', current: `scheduled-${word}` },
    title: `Scheduled ${word} session`,
    previousSlugs: undefined,
    oldPaths: undefined,
    publishedAt: new Date(publishedAt).toISOString(),
    _updatedAt: new Date().toISOString(),
    word,
  }
}
const addArticles = (articles) => save([...docs(), ...articles.map(({ word: _word, ...doc }) => doc)])

/** Where a reader sees an article, and how to tell it is there. */
const pageTypes = (article) => {
  const slug = article.slug.current
  const link = `/articles/${slug}`
  return [
    ['article page', link, (status, body) => status === 200 && body.includes(article.title)],
    ['home page', '/', (status, body) => status === 200 && body.includes(article.title)],
    ['RSS feed', '/feed.xml', (status, body) => status === 200 && body.includes(link)],
    ['sitemap', '/sitemap.xml', (status, body) => status === 200 && body.includes(link)],
    ['category page', `/categories/${categorySlug}`, (status, body) => status === 200 && body.includes(article.title)],
    ['author page', `/authors/${authorSlug}`, (status, body) => status === 200 && body.includes(article.title)],
    // Search marks the matched word in the title: the link tells.
    ['search', `/search?q=${article.word}`, (status, body) => status === 200 && body.includes(`href="${link}"`)],
  ]
}
const PAGE_TYPES = pageTypes(scheduledArticle(0, 0)).map(([name]) => name)

async function get(base, url) {
  const response = await fetch(base + url, { redirect: 'manual' })
  return { status: response.status, body: await response.text() }
}

/**
 * Polls every page of every article on every instance until each shows it, and keeps polling until the last one has:
 * a page that showed an article and then stops showing it fails. Returns delays after each article's time, in ms, as
 * delays[instance][article][pageType].
 */
async function watch(instances, articles) {
  const delays = instances.map(() => articles.map(() => ({})))
  const pending = []
  for (const [i, instance] of instances.entries())
    for (const [a, article] of articles.entries())
      for (const [name, url, shows] of pageTypes(article))
        pending.push({ i, a, name, url, shows, instance, at: Date.parse(article.publishedAt) })
  const problems = []
  let open = pending.length
  while (open > 0) {
    const round = Date.now()
    await Promise.all(
      pending.map(async (probe) => {
        const { status, body } = await get(probe.instance.base, probe.url)
        const seen = probe.shows(status, body)
        const now = Date.now()
        if (seen && now < probe.at) problems.push(`${probe.instance.name} ${probe.url}: shows it before its time`)
        if (seen && probe.seenAt === undefined) {
          probe.seenAt = now
          delays[probe.i][probe.a][probe.name] = now - probe.at
          open -= 1
        } else if (!seen && probe.seenAt !== undefined && !probe.lost) {
          probe.lost = true
          problems.push(`${probe.instance.name} ${probe.url}: showed it, then not (status ${status})`)
        } else if (!seen && probe.seenAt === undefined && now > probe.at + LIMIT_MS && !probe.late) {
          probe.late = true
          open -= 1
          problems.push(`${probe.instance.name} ${probe.url}: not shown ${LIMIT_MS / 1000} s after its time`)
        }
      }),
    )
    await sleep(Math.max(0, POLL_MS - (Date.now() - round)))
  }
  assert.deepEqual(problems, [])
  return delays
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const seconds = (ms) => (ms / 1000).toFixed(1)
const summary = {}

/** A round: three articles dated LEAD_MS, +SPACING_MS, +2 SPACING_MS ahead, watched on `instances`. */
async function round(label, instances, first) {
  const now = Date.now()
  const articles = [0, 1, 2].map((n) => scheduledArticle(first + n, now + LEAD_MS + n * SPACING_MS))
  // Every page already cached without them, as on a live site.
  for (const instance of instances) for (const [, url] of pageTypes(articles[0])) await get(instance.base, url)
  addArticles(articles)
  const delays = await watch(instances, articles)
  // An article is live on a page once every instance shows it there: the slower instance counts.
  summary[label] = Object.fromEntries(
    PAGE_TYPES.map((name) => [
      name,
      median(articles.map((_, a) => Math.max(...instances.map((_, i) => delays[i][a][name])))),
    ]),
  )
}

const env = { CONTENT_DATASET_PATH: datasetPath }
try {
  await check('one instance: three scheduled articles appear on every page within 60 s of their time', async () => {
    const one = startInstance(3531, env)
    await one.ready()
    await round('one instance', [one], 0)
    await one.stop()
  })

  await check('two instances on one Redis: the same on both, and neither shows it and then loses it', async () => {
    const redis = await startRedis(6393)
    const a = startInstance(3532, { ...env, REDIS_URL: redis.url })
    const b = startInstance(3533, { ...env, REDIS_URL: redis.url })
    await Promise.all([a.ready(), b.ready()])
    await round('two instances', [a, b], 3)
    await Promise.all([a.stop(), b.stop(), redis.stop()])
  })

  await check('behind the nginx micro-cache: the same through nginx, its one-second copies included', async () => {
    const instance = startInstance(3535, env)
    await instance.ready()
    const prefix = mkdtempSync(path.join(tmpdir(), 'blog-scheduling-nginx-'))
    const nginx = startNginx({ prefix, values: { LISTEN: '127.0.0.1:8535', UPSTREAM: `127.0.0.1:${instance.port}` } })
    try {
      const front = { name: 'nginx :8535', base: 'http://127.0.0.1:8535' }
      await waitForHttp(`${front.base}/`)
      await round('behind nginx', [front], 6)
    } finally {
      nginx.stop()
      rmSync(prefix, { recursive: true, force: true })
      await instance.stop()
    }
  })

  await check('a change of date sent by the webhook moves the pages at once, either way', async () => {
    const instance = startInstance(3534, { ...env, SANITY_REVALIDATE_SECRET: secret })
    await instance.ready()
    const article = docs().find((doc) => doc._id === template._id)
    const link = `/articles/${article.slug.current}`
    const listed = async () => (await get(instance.base, '/')).body.includes(`href="${link}"`)
    const redate = async (publishedAt) => {
      const previous = docs().find((doc) => doc._id === article._id).publishedAt
      save(docs().map((doc) => (doc._id === article._id ? { ...doc, publishedAt } : doc)))
      const body = JSON.stringify({
        _id: article._id,
        _type: 'article',
        slug: article.slug.current,
        schedule: { publishedAt, previousPublishedAt: previous },
      })
      const response = await fetch(`${instance.base}/api/revalidate`, {
        method: 'POST',
        body,
        headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret) },
      })
      assert.equal(response.status, 200, 'webhook')
    }
    assert.equal(await listed(), true, 'listed before')
    // Past to future: off the home page and its own page answers 404, at once.
    await redate(new Date(Date.now() + 86_400_000).toISOString())
    assert.equal(await listed(), false, 'still listed once moved to tomorrow')
    assert.equal((await get(instance.base, link)).status, 404)
    // Future to past: back at once.
    await redate(article.publishedAt)
    assert.equal(await listed(), true, 'not listed once moved back')
    assert.equal((await get(instance.base, link)).status, 200)
    // One future date to a later one: not live at the first, live at the second.
    await redate(new Date(Date.now() + 8_000).toISOString())
    await redate(new Date(Date.now() + 16_000).toISOString())
    await sleep(10_000)
    assert.equal(await listed(), false, 'live at the date it no longer has')
    const deadline = Date.now() + 10_000 + LIMIT_MS
    while (!(await listed())) {
      assert.ok(Date.now() < deadline, 'not live at its new date')
      await sleep(POLL_MS)
    }
    await instance.stop()
  })
} catch (error) {
  results.push({ name: 'setup', ok: false })
  console.error(error)
} finally {
  await stopAll()
}

if (Object.keys(summary).length) {
  console.log('\n  delay after the scheduled time, median of 3 articles (s):')
  console.log(
    `  ${'page'.padEnd(15)}${Object.keys(summary)
      .map((label) => label.padStart(16))
      .join('')}`,
  )
  for (const name of PAGE_TYPES)
    console.log(
      `  ${name.padEnd(15)}${Object.values(summary)
        .map((row) => seconds(row[name]).padStart(16))
        .join('')}`,
    )
}
const failed = results.filter((result) => !result.ok)
console.log(`scheduling: ${results.length - failed.length} passed, ${failed.length} failed`)
if (failed.length) process.exit(1)
