// The publish flow on `next start` with the embedded dataset: edit the NDJSON file, send a signed
// webhook, and the new content is served at once on exactly the affected pages.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { datasetFile, sendWebhook } from '../harness.mjs'

const run = promisify(execFile)

/** @param {import('../run.mjs').E2EContext & Record<string, any>} t */
export default async function publish({ base, check, queries, datasetPath, secret, repoDir, renamed }) {
  const original = readFileSync(datasetPath, 'utf8')
  const { docs, save } = datasetFile(datasetPath)
  const edit = (id, change) => save(docs().map((doc) => (doc._id === id ? change(doc) : doc)))
  const webhook = (payload, key = secret) => sendWebhook(base, payload, key)
  const html = async (url) => (await fetch(base + url)).text()
  const article = renamed
  const slug = article.slug.current
  const payload = { _id: article._id, _type: 'article', slug }

  await check('forged webhooks are refused (401) and change nothing', async () => {
    edit(article._id, (doc) => ({ ...doc, title: 'Forged title' }))
    const body = JSON.stringify(payload)
    const attempts = [
      fetch(`${base}/api/revalidate`, { method: 'POST', body }),
      fetch(`${base}/api/revalidate`, {
        method: 'POST',
        body,
        headers: { [SIGNATURE_HEADER_NAME]: 't=1700000000000,v1=Zm9yZ2Vk' },
      }),
      webhook(payload, 'wrong-secret'),
    ]
    const statuses = (await Promise.all(attempts)).map((response) => response.status)
    assert.deepEqual(statuses, [401, 401, 401])
    assert.ok(
      !(await html(`/articles/${slug}`)).includes('Forged title'),
      'cached page still shows the published title',
    )
    writeFileSync(datasetPath, original)
  })

  await check(
    'edit -> signed webhook -> new title served within 1 s (median of 20), unrelated pages untouched',
    async () => {
      const timings = []
      let tags = []
      for (let round = 1; round <= 20; round++) {
        const title = `${article.title} (edit ${round})`
        edit(article._id, (doc) => ({ ...doc, title }))
        const started = performance.now()
        const answer = await webhook(payload)
        assert.equal(answer.status, 200)
        tags = answer.body.revalidated
        while (!(await html(`/articles/${slug}`)).includes(title)) {
          assert.ok(performance.now() - started < 5000, `round ${round}: new title not served after 5 s`)
        }
        timings.push(performance.now() - started)
      }
      timings.sort((a, b) => a - b)
      const median = timings[10]
      console.log(
        `    publish latency over 20 runs: median ${median.toFixed(1)} ms, min ${timings[0].toFixed(1)} ms, max ${timings[19].toFixed(1)} ms`,
      )
      assert.ok(median < 1000, `median ${median} ms`)

      const latest = `${article.title} (edit 20)`
      const author = docs().find((doc) => doc._id === article.author._ref)
      assert.ok(tags.includes(`author:${author.slug.current}`), 'author page tag expired')
      assert.ok((await html(`/authors/${author.slug.current}`)).includes(latest), 'author page lists the new title')
      assert.ok((await html('/')).includes(latest), 'home lists the new title')

      // An article page that shows nothing of this one keeps its cached copy and runs no query.
      const other = docs().find(
        (doc) =>
          doc._type === 'article' &&
          doc._id !== article._id &&
          !tags.includes(`article:${doc.slug.current}`) &&
          new Date(doc.publishedAt) <= new Date(),
      )
      assert.ok(other, 'an unrelated article exists')
      const before = await fetch(`${base}/articles/${other.slug.current}`)
      const etag = before.headers.get('etag')
      await webhook(payload)
      const count = await queries()
      const after = await fetch(`${base}/articles/${other.slug.current}`)
      assert.equal(after.headers.get('etag'), etag, 'unrelated page is the same cached document')
      assert.match(after.headers.get('x-nextjs-cache') ?? '', /HIT/)
      assert.equal(await queries(), count, 'no content query for the unrelated page')
    },
  )

  await check('renamed slug: the old URL redirects (308) to the new one, which serves the new content', async () => {
    const newSlug = `${slug}-revised`
    edit(article._id, (doc) => ({
      ...doc,
      slug: { _type: 'slug', current: newSlug },
      previousSlugs: [...(doc.previousSlugs ?? []), slug],
    }))
    const { stdout } = await run(process.execPath, [
      path.join(repoDir, 'packages/system-tests/scripts/webhook.mjs'),
      'article',
      newSlug,
      '--previous-slug',
      slug,
      '--url',
      base,
      '--dataset',
      datasetPath,
      '--secret',
      secret,
    ])
    assert.match(stdout, /^200 \/api\/revalidate/)
    const old = await fetch(`${base}/articles/${slug}`, { redirect: 'manual' })
    assert.equal(old.status, 308)
    assert.ok(old.headers.get('location').includes(`/articles/${newSlug}`))
    assert.equal((await fetch(`${base}/articles/${newSlug}`)).status, 200)
  })

  await check('unpublish (delete): the page turns into a 404 and leaves the home list', async () => {
    const current = docs().find((doc) => doc._id === article._id)
    save(docs().filter((doc) => doc._id !== article._id))
    const answer = await webhook({
      _id: article._id,
      _type: 'article',
      slug: current.slug.current,
      previousRefs: [article.author._ref],
    })
    assert.equal(answer.status, 200)
    assert.equal((await fetch(`${base}/articles/${current.slug.current}`)).status, 404)
    assert.ok(!(await html('/')).includes(current.title), 'home no longer lists it')
    writeFileSync(datasetPath, original)
    await webhook({ _id: article._id, _type: 'article', slug })
  })
}
