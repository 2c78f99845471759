// Smoke checks of the foundation: cached pages, status codes, click-through navigation, no-JS reading.
import assert from 'node:assert/strict'

/** @param {import('../run.mjs').E2EContext} t */
export default async function smoke({ base, browser, check, queries, renamed, scheduled }) {
  await check('cached pages answer 200 without running a content query', async () => {
    const before = await queries()
    for (const url of ['/', `/articles/${renamed.slug.current}`]) {
      const response = await fetch(base + url)
      assert.equal(response.status, 200, url)
      assert.match(response.headers.get('x-nextjs-cache') ?? 'prerendered', /HIT|prerendered/i, url)
    }
    assert.equal(await queries(), before)
  })

  await check(
    'a missing page is a 404, a previous slug is a 308 to the current one, a scheduled article is hidden',
    async () => {
      assert.equal((await fetch(`${base}/articles/no-such-article`)).status, 404)
      assert.equal((await fetch(`${base}/books/no-such-book`)).status, 404)
      const redirect = await fetch(`${base}/articles/${renamed.previousSlugs[0]}`, { redirect: 'manual' })
      assert.equal(redirect.status, 308)
      // Next sends the Location header twice on the first (uncached) render; both carry the same target.
      const targets = new Set(
        redirect.headers
          .get('location')
          .split(', ')
          .map((value) => new URL(value, base).pathname),
      )
      assert.deepEqual([...targets], [`/articles/${renamed.slug.current}`])
      if (scheduled) assert.equal((await fetch(`${base}/articles/${scheduled.slug.current}`)).status, 404)
    },
  )

  await check('home -> article -> author -> book by clicking links, with images and no console errors', async () => {
    const page = await browser.newPage()
    const problems = []
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`))
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on(
      'response',
      (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
    )

    await page.goto(base + '/')
    const firstArticle = page.locator('.article-card__title a').first()
    const title = (await firstArticle.textContent()).trim()
    await firstArticle.click()
    await page.waitForURL(/\/articles\//)
    assert.equal((await page.locator('h1:visible').textContent()).trim(), title)
    // After a client navigation the page shows before its cover has finished loading: wait for it, boundedly.
    const loaded = await page
      .waitForFunction(
        () => {
          const img = document.querySelector('img.article__cover')
          return img !== null && img.complete && img.naturalWidth > 0
        },
        undefined,
        { timeout: 10_000 },
      )
      .then(
        () => true,
        () => false,
      )
    assert.ok(loaded, 'cover image loaded')

    const authorLink = page.locator('.article__header .byline a[rel="author"]')
    const authorName = (await authorLink.textContent()).trim()
    await authorLink.click()
    await page.waitForURL(/\/authors\//)
    assert.equal((await page.locator('h1:visible').textContent()).trim(), authorName)

    const bookLink = page.locator('.book-card__title a').first()
    const bookTitle = (await bookLink.textContent()).trim()
    await bookLink.click()
    await page.waitForURL(/\/books\//)
    assert.equal((await page.locator('h1:visible').textContent()).trim(), bookTitle)
    assert.ok(await page.getByRole('link', { name: authorName }).first().isVisible(), 'book page links its author')
    await page.goto(`${base}/articles/${renamed.previousSlugs[0]}`)
    assert.equal(new URL(page.url()).pathname, `/articles/${renamed.slug.current}`, 'old slug lands on the new one')
    assert.deepEqual(problems, [])
    await page.close()
  })

  await check('pages read fine with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${base}/articles/${renamed.slug.current}`)
    assert.equal((await page.locator('h1:visible').textContent()).trim(), renamed.title)
    assert.ok((await page.locator('.prose p').count()) > 3, 'body paragraphs rendered on the server')
    await context.close()
  })
}
