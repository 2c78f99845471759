// Draft mode end to end on `next start` with the Sanity source (reading the local lake, as from the Content Lake):
// the preview shows drafts, uncached and noindex; readers keep getting the published page from the cache.
import { copyFileSync, mkdtempSync, appendFileSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import assert from 'node:assert/strict'
import { createChecks, e2eWorkDir, startNext, waitFor } from './harness.mjs'
import { SAMPLE_DATASET } from '@blog/sample-content'

const { startTestLake } = await import('@blog/local-lake/testing')

const port = Number(process.env.E2E_DRAFT_PORT ?? 3140)
const base = `http://127.0.0.1:${port}`
const slug = 'keep-easy-runs-easy'
const secret = 'e2e-preview-secret'
const dir = mkdtempSync(path.join(tmpdir(), 'blog-draft-'))
const datasetPath = path.join(dir, 'data.ndjson')
copyFileSync(SAMPLE_DATASET, datasetPath)
const published = readFileSync(datasetPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .find((doc) => doc._id === `article-${slug}`)
const now = new Date().toISOString()
appendFileSync(
  datasetPath,
  [
    { ...published, _id: `drafts.${published._id}`, title: 'Draft: a title nobody has published' },
    {
      _id: 'sanity-preview-url-secret.e2e',
      _type: 'sanity.previewUrlSecret',
      _updatedAt: now,
      secret,
      studioUrl: 'http://localhost:3333',
    },
  ]
    .map((doc) => JSON.stringify(doc))
    .join('\n') + '\n',
)

const lake = await startTestLake({ datasetPath })
rmSync(e2eWorkDir, { recursive: true, force: true })
const server = startNext({
  name: 'draft-mode',
  port,
  env: {
    SANITY_PROJECT_ID: 'test',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.host,
    SANITY_API_READ_TOKEN: 'e2e-read-token',
  },
})
const { check, results, failed: failedChecks } = createChecks()

try {
  await waitFor(`${base}/api/health`)
  console.log(`e2e: draft mode on ${base} (Sanity source on the local lake)`)
  const enable = (key) =>
    fetch(`${base}/api/draft-mode/enable?sanity-preview-secret=${key}&sanity-preview-pathname=/articles/${slug}`, {
      redirect: 'manual',
    })
  let cookie = ''

  await check('a bad preview secret is refused (401) and sets no cookie', async () => {
    const response = await enable('wrong-secret')
    assert.equal(response.status, 401)
    assert.equal(response.headers.get('set-cookie'), null)
  })

  await check('the Studio secret turns draft mode on and redirects to the previewed page', async () => {
    const response = await enable(secret)
    assert.equal(response.status, 307)
    assert.equal(response.headers.get('location'), `/articles/${slug}`)
    cookie = response.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ')
    assert.match(cookie, /__prerender_bypass=/)
  })

  await check('the preview shows the draft, uncached and noindex, with the preview bar', async () => {
    const response = await fetch(`${base}/articles/${slug}`, { headers: { cookie } })
    const html = await response.text()
    assert.equal(response.status, 200)
    assert.ok(html.includes('Draft: a title nobody has published'), 'draft title shown')
    assert.ok(html.includes('Preview mode'), 'preview bar shown')
    assert.match(response.headers.get('cache-control') ?? '', /no-store/)
    assert.match(html, /<meta name="robots" content="noindex, nofollow"/)
  })

  await check('readers still get the published page from the cache', async () => {
    const response = await fetch(`${base}/articles/${slug}`)
    const html = await response.text()
    assert.ok(html.includes(published.title) && !html.includes('Draft: a title'), 'published title only')
    assert.ok(!html.includes('Preview mode'))
    assert.match(response.headers.get('x-nextjs-cache') ?? '', /HIT/)
  })

  await check('exit preview clears draft mode', async () => {
    const response = await fetch(`${base}/api/draft-mode/disable`, { headers: { cookie }, redirect: 'manual' })
    assert.equal(response.status, 307)
    assert.match(response.headers.getSetCookie().join(';'), /__prerender_bypass=;/)
  })
} finally {
  server.stop()
  await lake.close()
  rmSync(e2eWorkDir, { recursive: true, force: true })
}
const failed = failedChecks().length
console.log(`e2e: draft mode ${results.length - failed} passed, ${failed} failed`)
if (failed) {
  console.log(server.log().split('\n').slice(-30).join('\n'))
  process.exit(1)
}
