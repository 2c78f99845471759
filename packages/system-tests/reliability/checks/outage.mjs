// Content Lake outage: the Sanity source on the local lake, behind its test proxy, which then answers 500, hangs,
// or refuses connections. Cached pages keep answering 200; a webhook during the outage expires nothing (503, so
// Sanity retries); a page expired earlier whose queries this process never ran answers from the last good results
// the build kept; after recovery a webhook brings the new content. Before the outage, made-up URLs by the thousand
// (MADE_UP_URLS): they must leave the build as it was, so the outage still finds every real page's last good answer.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { FAKE_SECRETS, folderSize, published, readNdjson, sendMadeUpUrls, startServer, webhook } from '../lib.mjs'
import { SAMPLE_DATASET } from '@blog/sample-content'

const PORT = 3302
const TIMEOUT_MS = 1000
const MADE_UP_URLS = Number(process.env.RELIABILITY_MADE_UP_URLS ?? 20_000)

export default async function outage({ check, track }) {
  const { startTestLake } = await import('@blog/local-lake/testing')
  const lake = await startTestLake({ datasetPath: SAMPLE_DATASET })
  const server = track(
    startServer({
      name: 'outage',
      port: PORT,
      env: {
        SANITY_PROJECT_ID: 'test',
        SANITY_DATASET: 'production',
        SANITY_API_HOST: lake.host,
        SANITY_API_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    }),
  )
  const bodies = []
  const get = async (url) => {
    const response = await fetch(server.base + url)
    const text = await response.text()
    bodies.push([url, text])
    return { status: response.status, text, cache: response.headers.get('x-nextjs-cache') }
  }
  try {
    await server.ready()
    const docs = readNdjson(readFileSync(SAMPLE_DATASET, 'utf8'))
    const article = published(docs, 'article')[0]
    const author = docs.find((doc) => doc._id === article.author._ref)
    const book = published(docs, 'book')[0]
    const category = published(docs, 'category').at(-1)
    const payload = { _id: article._id, _type: 'article', slug: article.slug.current }
    const articleUrl = `/articles/${article.slug.current}`
    let shown = article.title
    // Published in the lake (past the proxy, which may be failing), as an editor publishes during an outage.
    const edit = (title) => lake.edit(article._id, { title })

    await check('warm-up: the Sanity source renders from the local lake after a webhook', async () => {
      assert.equal((await (await fetch(`${server.base}/api/health`)).json()).source, 'sanity')
      const before = lake.requests
      assert.equal((await webhook(server.base, payload)).status, 200)
      for (const url of [articleUrl, '/', `/authors/${author.slug.current}`]) {
        const page = await get(url)
        assert.equal(page.status, 200, url)
      }
      assert.ok((await get(articleUrl)).text.includes(article.title))
      assert.ok(lake.requests > before, 'the pages queried the lake')
    })

    await check(
      `${MADE_UP_URLS.toLocaleString('en')} made-up URLs: 404 or a 308 without a render, no 5xx, and the build folder (route cache, last good results) keeps its size`,
      async () => {
        const build = path.join(server.dir, '.next')
        const lastGood = path.join(build, 'last-good')
        // The not-found page may be stored once; warm it before measuring.
        assert.equal((await get('/articles/warm-up-made-up')).status, 404)
        const before = { build: folderSize(build), lastGood: folderSize(lastGood) }
        const started = performance.now()
        const statuses = await sendMadeUpUrls(server.base, MADE_UP_URLS)
        const seconds = (performance.now() - started) / 1000
        const after = { build: folderSize(build), lastGood: folderSize(lastGood) }
        const grew = after.build.bytes - before.build.bytes
        console.log(
          `    ${MADE_UP_URLS} URLs in ${seconds.toFixed(1)} s (${Math.round(MADE_UP_URLS / seconds)}/s): ${JSON.stringify(statuses)}; build ${before.build.files} -> ${after.build.files} files, ${grew} bytes grown; last good ${before.lastGood.files} -> ${after.lastGood.files} files`,
        )
        assert.deepEqual(
          Object.keys(statuses).filter((status) => !['404', '308'].includes(status)),
          [],
          `every answer 404 or 308: ${JSON.stringify(statuses)}`,
        )
        // Per URL, a render would add files (five each) and about 46 KB: the bound is far below one per URL.
        assert.ok(after.build.files - before.build.files < 20, `files ${before.build.files} -> ${after.build.files}`)
        assert.ok(grew < 1_000_000, `the build grew ${grew} bytes`)
        assert.ok(after.lastGood.files <= before.lastGood.files + 2, 'no last good result per made-up URL')
      },
    )

    const modes = {
      error: { down: () => lake.setMode('error'), up: () => lake.setMode('ok') },
      hang: { down: () => lake.setMode('hang'), up: () => lake.setMode('ok') },
      refused: { down: () => lake.setMode('refused'), up: () => lake.setMode('ok') },
    }
    for (const [mode, { down, up }] of Object.entries(modes)) {
      await check(
        `lake ${mode}: a webhook during the outage expires nothing (503, Sanity retries); every page keeps answering 200 with the last good content; recovers`,
        async () => {
          const edited = `${article.title} (edited during the ${mode} outage)`
          edit(edited)
          await down()
          try {
            const cached = await get(`/books/${book.slug.current}`)
            assert.equal(cached.status, 200, 'cached book page')
            assert.ok(cached.text.includes(book.title.replace(/&/g, '&amp;')))
            let started = performance.now()
            const hook = await webhook(server.base, payload)
            const hookMs = performance.now() - started
            assert.equal(hook.status, 503, `webhook during the outage: ${hook.status} ${hook.body}`)
            started = performance.now()
            const page = await get(articleUrl)
            const pageMs = performance.now() - started
            assert.equal(page.status, 200, 'article page during the outage')
            assert.ok(page.text.includes(shown), 'serves the last good title')
            assert.ok(!page.text.includes(edited), 'not content the lake never served')
            for (const url of ['/', `/authors/${author.slug.current}`])
              assert.equal((await get(url)).status, 200, `${url} during the outage`)
            console.log(
              `    webhook ${hook.status} in ${hookMs.toFixed(0)} ms; expired page 200 in ${pageMs.toFixed(0)} ms`,
            )
            if (mode === 'error') {
              // Its queries ran only in `next build` (another process), whose last good results ship in the build.
              const first = await get(`/categories/${category.slug.current}`)
              assert.equal(first.status, 200, 'a page expired earlier and first requested during the outage')
              assert.ok(first.text.includes(category.title.replace(/&/g, '&amp;')), 'with its last good content')
            }
          } finally {
            await up()
          }
          assert.equal((await webhook(server.base, payload)).status, 200, 'webhook after recovery')
          assert.ok((await get(articleUrl)).text.includes(edited), 'new content after recovery')
          shown = edited
        },
      )
    }

    await check(
      'no secret value (the read token is sent to the lake) in any page served by the Sanity source',
      async () => {
        const leaks = bodies.flatMap(([url, text]) =>
          Object.entries(FAKE_SECRETS)
            .filter(([, value]) => text.includes(value))
            .map(([name]) => `${name} in ${url}`),
        )
        assert.deepEqual(leaks, [])
      },
    )
  } finally {
    await lake.close()
  }
}
