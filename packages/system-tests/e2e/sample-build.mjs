// The last step of .ci/run: the production build that `npm run start:blog` serves (apps/web/.next) still holds only
// the sample dataset's content after every suite ran. Serves a copy of it on the sample dataset and checks that
// each page's heading is the sample document's title, and that the home page lists exactly the sample's latest
// articles: a suite that wrote its renders into the build (edited titles, test articles) fails here.
import assert from 'node:assert/strict'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createChecks, e2eWorkDir, startNext, waitFor } from './harness.mjs'
import { SAMPLE_DATASET } from '@blog/sample-content'

const port = Number(process.env.SAMPLE_BUILD_PORT ?? 3190)
const base = `http://127.0.0.1:${port}`
const documents = readFileSync(SAMPLE_DATASET, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
const now = new Date()
const live = documents.filter(
  (doc) =>
    !doc._id.startsWith('drafts.') &&
    doc.slug?.current &&
    (doc._type !== 'article' || new Date(doc.publishedAt) <= now),
)
const pages = [
  ...live.filter((doc) => doc._type === 'article').map((doc) => [`/articles/${doc.slug.current}`, doc.title]),
  ...live.filter((doc) => doc._type === 'author').map((doc) => [`/authors/${doc.slug.current}`, doc.name]),
  ...live.filter((doc) => doc._type === 'book').map((doc) => [`/books/${doc.slug.current}`, doc.title]),
  ...live.filter((doc) => doc._type === 'category').map((doc) => [`/categories/${doc.slug.current}`, doc.title]),
]
const decode = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&amp;', '&')
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .trim()
const heading = (html) => decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')

// On a copy (startNext serves one), so this check writes nothing into the build it checks.
const server = startNext({
  name: 'sample-build',
  port,
  env: { CONTENT_DATASET_PATH: SAMPLE_DATASET, SANITY_PROJECT_ID: '', SANITY_DATASET: '', REDIS_URL: '' },
})
const { check, failed } = createChecks()

try {
  await waitFor(`${base}/api/health`, 60_000)
  console.log(`sample build: ${pages.length} pages of the sample dataset on ${base}`)

  await check('every article, author, book and category page is headed by the sample document’s title', async () => {
    const wrong = []
    for (const [url, title] of pages) {
      const response = await fetch(base + url)
      const shown = heading(await response.text())
      if (response.status !== 200 || shown !== title)
        wrong.push(`${url}: ${response.status} "${shown}", expected "${title}"`)
    }
    assert.deepEqual(wrong, [])
  })

  await check('the home page lists only sample articles', async () => {
    // The page's own list, not the site navigation (its "Start here" link is a sample article under another name).
    const page = await (await fetch(`${base}/`)).text()
    const html = /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? ''
    const sampleTitles = new Set(live.filter((doc) => doc._type === 'article').map((doc) => doc.title))
    const linked = [...html.matchAll(/<a[^>]+href="\/articles\/([^"/?#]+)"[^>]*>([\s\S]*?)<\/a>/g)]
      .map(([, , text]) => decode(text))
      .filter(Boolean)
    assert.ok(linked.length > 0, 'the home page links articles')
    const foreign = linked.filter(
      (text) => !sampleTitles.has(text) && ![...sampleTitles].some((title) => text.includes(title)),
    )
    assert.deepEqual(foreign, [], 'article links whose text is no sample title')
  })
} catch (error) {
  console.log(`  ✕ setup: ${error.message}\n${server.log().split('\n').slice(-20).join('\n')}`)
  process.exitCode = 1
} finally {
  server.stop()
  rmSync(path.join(e2eWorkDir, 'sample-build'), { recursive: true, force: true })
}
const failures = failed().length
console.log(`sample build: ${failures ? `${failures} failed` : 'the build serves the sample content'}`)
if (failures) process.exitCode = 1
