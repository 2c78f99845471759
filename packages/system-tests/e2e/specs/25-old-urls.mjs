// Old addresses of imported articles (`oldPaths`): a permalink of the old site, with or without its trailing slash,
// and WordPress's `/?p=<id>` answer one 308 to the article; an unknown path stays the site's 404.
import assert from 'node:assert/strict'

/** @param {import('../run.mjs').E2EContext & Record<string, any>} t */
export default async function oldUrls({ base, browser, check, queries, documents }) {
  const now = new Date()
  const imported = documents.find(
    (doc) =>
      doc._type === 'article' &&
      new Date(doc.publishedAt) <= now &&
      doc.oldPaths?.some((old) => !old.includes('?')) &&
      doc.oldPaths?.some((old) => old.startsWith('/?p=')),
  )
  assert.ok(imported, 'the sample dataset has an article with an old permalink and a /?p= link')
  const permalink = imported.oldPaths.find((old) => !old.includes('?'))
  const idLink = imported.oldPaths.find((old) => old.startsWith('/?p='))
  const target = `/articles/${imported.slug.current}`

  await check('an old permalink (with and without its slash) and /?p=<id> answer one 308 to the article', async () => {
    for (const url of [permalink, `${permalink}/`, idLink, `${idLink}&utm_source=feed`]) {
      const response = await fetch(base + url, { redirect: 'manual' })
      assert.equal(response.status, 308, url)
      // Next sends the Location header twice on the first (uncached) render; both carry the same target.
      const locations = new Set(
        response.headers
          .get('location')
          .split(', ')
          .map((value) => new URL(value, base).pathname),
      )
      assert.deepEqual([...locations], [target], url)
    }
    // The redirects are cached like pages: asked again, they run no content query.
    const before = await queries()
    for (const url of [permalink, `${permalink}/`, idLink])
      assert.equal((await fetch(base + url, { redirect: 'manual' })).status, 308, url)
    assert.equal(await queries(), before)
  })

  await check('in the browser, an old permalink and /?p=<id> land on the article (first response a 308)', async () => {
    const page = await browser.newPage()
    for (const url of [`${permalink}/`, idLink]) {
      const response = await page.goto(base + url)
      assert.equal(new URL(page.url()).pathname, target, url)
      assert.equal(response.status(), 200, url)
      assert.equal((await page.locator('h1:visible').textContent()).trim(), imported.title, url)
      const first = await response.request().redirectedFrom()?.response()
      assert.equal(first?.status(), 308, `${url}: the first response`)
      assert.equal(first.url(), base + url)
    }
    await page.close()
  })

  await check(
    'a path no article had is still the site’s 404; the home page with other queries is the home page',
    async () => {
      const page = await browser.newPage()
      const response = await page.goto(`${base}${permalink}-not-this-one`)
      assert.equal(response.status(), 404)
      assert.equal((await page.locator('h1:visible').textContent()).trim(), 'Page not found')
      await page.close()
      assert.equal((await fetch(`${base}/?p=999999`)).status, 404)
      const home = await fetch(`${base}/?utm_source=feed`)
      assert.equal(home.status, 200)
      assert.match(home.headers.get('x-nextjs-cache') ?? 'prerendered', /HIT|prerendered/i)
    },
  )
}
