// Malformed and hostile content on the embedded source: every page answers 200 or 404 (never 500), nothing
// injected runs in chromium, and `npm run content:check` names exactly the invalid documents.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { launchChromium } from '@blog/local-lake/e2e/system'
import { malformedDataset } from '../malformed-dataset.mjs'
import { readNdjson, repoDir, startServer, webhook } from '../lib.mjs'
import { siteUrls } from './sample.mjs'
import { SAMPLE_DATASET, SAMPLE_IMAGES_DIR } from '@blog/sample-content'

const PORT = 3303
const run = promisify(execFile)

async function contentCheck(file) {
  try {
    const { stdout } = await run(process.execPath, [path.join(repoDir, 'packages/content/src/check/bin.mjs'), file], {
      maxBuffer: 1 << 24,
    })
    return { code: 0, stdout }
  } catch (error) {
    return { code: error.code, stdout: error.stdout ?? '' }
  }
}

export default async function malformed({ check, track }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-malformed-'))
  const datasetPath = path.join(dir, 'data.ndjson')
  const { docs, bad, hostile } = malformedDataset(readNdjson(readFileSync(SAMPLE_DATASET, 'utf8')))
  writeFileSync(datasetPath, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  symlinkSync(SAMPLE_IMAGES_DIR, path.join(dir, 'images'))
  const server = track(startServer({ name: 'malformed', port: PORT, env: { CONTENT_DATASET_PATH: datasetPath } }))
  try {
    await check(
      'content:check: exit 0 on the sample, exit 1 naming each invalid document with its reason',
      async () => {
        assert.equal((await contentCheck(SAMPLE_DATASET)).code, 0)
        const { code, stdout } = await contentCheck(datasetPath)
        assert.equal(code, 1)
        const listed = [...stdout.matchAll(/^✕ (\S+) \(/gm)].map((match) => match[1])
        assert.deepEqual(listed.sort(), [...bad].sort())
        assert.match(stdout, /bad-dangling[^✕]*author: reference to a missing document "author-nobody"/)
        assert.match(stdout, /bad-links[^✕]*href: link must be http\(s\), mailto or a site-relative path/)
        assert.match(stdout, /bad-missing-title[^✕]*title: Invalid input/)
      },
    )

    await server.ready()
    // The prerendered pages hold the sample content: expire everything so each page renders this dataset.
    assert.equal((await webhook(server.base, { _id: 'siteSettings', _type: 'siteSettings' })).status, 200)
    const statuses = {}
    await check('every page, feed and list on the malformed dataset answers 200 or 404, never 500', async () => {
      const urls = [
        ...siteUrls(docs),
        ...hostile.articles.flatMap((slug) => [`/articles/${slug}`, `/articles/${slug}/opengraph-image`]),
        ...hostile.authors.flatMap((slug) => [
          `/authors/${slug}`,
          `/authors/${slug}/feed.xml`,
          `/authors/${slug}/opengraph-image`,
        ]),
        ...hostile.books.map((slug) => `/books/${slug}`),
        '/search?q=script',
        '/search?q=lorem+ipsum',
        '/search?q=circle',
        '/page/2',
        '/page/3',
      ]
      for (const url of new Set(urls)) statuses[url] = (await fetch(server.base + url)).status
      const wrong = Object.entries(statuses).filter(([, status]) => status !== 200 && status !== 404)
      assert.deepEqual(wrong, [])
      for (const url of [
        '/articles/hostile-markup',
        '/articles/hostile-huge',
        '/articles/circle-a',
        '/articles/circle-b',
        '/authors/hostile-author-markup',
        '/',
      ]) {
        assert.equal(statuses[url], 200, `${url} is valid content and renders`)
      }
      const notFound = Object.entries(statuses)
        .filter(([, status]) => status === 404)
        .map(([url]) => url)
      console.log(`    ${Object.keys(statuses).length} URLs; 404: ${notFound.join(' ')}`)
    })

    await check(
      'nothing injected runs in chromium: no dialog, no injected script, no javascript:/data: link',
      async () => {
        const browser = await launchChromium()
        try {
          const page = await browser.newPage()
          const dialogs = []
          page.on('dialog', (dialog) => (dialogs.push(`${page.url()}: ${dialog.message()}`), dialog.dismiss()))
          const pages = Object.entries(statuses)
            .filter(([url, status]) => status === 200 && !/feed\.xml|opengraph-image|sitemap|robots/.test(url))
            .map(([url]) => url)
          for (const url of pages) {
            await page.goto(server.base + url, { waitUntil: 'load' })
            const found = await page.evaluate(() => ({
              pwned: 'window.__pwned' in window || '__pwned' in window,
              links: [...document.querySelectorAll('a[href], area[href], form[action], iframe')]
                .map((el) => el.getAttribute('href') ?? el.getAttribute('action') ?? el.getAttribute('src') ?? 'iframe')
                .filter(
                  (href) => href === 'iframe' || /^\s*(javascript|data|vbscript):/i.test(href.replace(/[\t\n\r]/g, '')),
                ),
              handlers: [...document.querySelectorAll('*')]
                .filter((el) => [...el.attributes].some((attr) => /^on/i.test(attr.name)))
                .map((el) => el.outerHTML.slice(0, 80)),
            }))
            assert.equal(found.pwned, false, `${url}: an injected script ran`)
            assert.deepEqual(found.links, [], `${url}: hostile links or frames`)
            assert.deepEqual(found.handlers, [], `${url}: inline event handlers`)
          }
          await page.goto(server.base + '/articles/hostile-markup', { waitUntil: 'load' })
          assert.ok(
            (await page.locator('h1:visible').textContent()).includes('<script>window.__pwned=1'),
            'the markup is shown as text',
          )
          assert.deepEqual(dialogs, [])
          console.log(`    ${pages.length} pages loaded in chromium`)
        } finally {
          await browser.close()
        }
      },
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
