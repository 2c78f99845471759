// An article holding one of each body block beyond text (table, code, divider, video, social post, link card), added
// to the dataset and published by a signed webhook: readers without JavaScript get every one as visible content,
// the HTML is valid, the video loads nothing from its provider until a reader presses play, and then only the
// privacy-enhanced player. The dataset is put back afterwards.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { htmlErrors } from './45-valid-html.mjs'

const SLUG = 'every-kind-of-block'
const CODE = 'function paceOf(km, minutes) {\n\treturn   minutes / km\n}'

/** @param {import('../run.mjs').E2EContext & Record<string, any>} t */
export default async function bodyBlocks({ base, browser, check, documents, datasetPath, secret }) {
  const author = documents.find((doc) => doc._type === 'author')
  const article = {
    _id: 'e2e-every-kind-of-block',
    _type: 'article',
    title: 'Every kind of block',
    slug: { _type: 'slug', current: SLUG },
    publishedAt: new Date(Date.now() - 60_000).toISOString(),
    author: { _type: 'reference', _ref: author._id },
    body: [
      {
        _type: 'dataTable',
        _key: 't',
        caption: 'A base week',
        table: {
          _type: 'table',
          rows: [
            { _type: 'tableRow', _key: 'h', cells: ['Day', 'Session'] },
            { _type: 'tableRow', _key: 'm', cells: ['Monday', 'Rest'] },
            { _type: 'tableRow', _key: 't', cells: ['Tuesday', 'Forty minutes easy'] },
          ],
        },
      },
      { _type: 'code', _key: 'c', code: CODE, language: 'javascript', filename: 'pace.js', highlightedLines: [2] },
      { _type: 'divider', _key: 'd' },
      { _type: 'embed', _key: 'v', url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ', title: 'An easy run, filmed' },
      { _type: 'embed', _key: 'p', url: 'https://bsky.app/profile/runner.example/post/3kexample', title: 'A note' },
      {
        _type: 'linkCard',
        _key: 'l',
        url: 'https://research.example/base',
        title: 'What a base is for',
        description: 'A longer read on aerobic base.',
        publisher: 'Research Example',
      },
    ],
  }
  const original = readFileSync(datasetPath, 'utf8')
  const publish = async () => {
    const body = JSON.stringify({ _id: article._id, _type: 'article', slug: SLUG })
    const response = await fetch(`${base}/api/revalidate`, {
      method: 'POST',
      body,
      headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret) },
    })
    assert.equal(response.status, 200, 'the webhook is accepted')
  }
  writeFileSync(datasetPath, `${original.trimEnd()}\n${JSON.stringify(article)}\n`)
  await publish()

  try {
    await check(
      'without JavaScript every block is visible content: table, code as written, links to the video and post, the card',
      async () => {
        const context = await browser.newContext({ javaScriptEnabled: false })
        const page = await context.newPage()
        try {
          const response = await page.goto(`${base}/articles/${SLUG}`)
          assert.equal(response.status(), 200)
          const table = page.getByRole('table', { name: 'A base week' })
          assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['Day', 'Session'])
          assert.ok(await table.getByRole('cell', { name: 'Forty minutes easy' }).isVisible())
          assert.equal(await page.locator('pre code').textContent(), CODE, 'the code, every tab and space kept')
          assert.ok(await page.locator('pre code .line--marked').isVisible(), 'the highlighted line')
          assert.ok(await page.locator('hr.divider').count(), 'the divider')
          const video = page.getByRole('link', { name: /An easy run, filmed/ })
          assert.ok(await video.isVisible())
          assert.equal(await video.getAttribute('href'), 'https://www.youtube.com/watch?v=aqz-KE-bpKQ')
          assert.ok(await page.getByRole('link', { name: /A note.*View the post on Bluesky/ }).isVisible())
          const card = page.getByRole('link', { name: /What a base is for/ })
          assert.ok(await card.isVisible())
          assert.match(await card.textContent(), /A longer read on aerobic base\..*Research Example/)
          assert.equal(await page.locator('iframe').count(), 0, 'no player before anyone asks')
        } finally {
          await context.close()
        }
      },
    )

    await check('the page is valid HTML (W3C Nu checker)', async () => {
      assert.deepEqual(await htmlErrors(base, [`/articles/${SLUG}`]), [])
    })

    await check(
      'the video asks nothing of its provider until a click, then loads only the privacy-enhanced player',
      async () => {
        const context = await browser.newContext()
        const page = await context.newPage()
        const elsewhere = []
        // Nothing leaves this machine: requests to other hosts are recorded and refused.
        await page.route(
          (url) => url.origin !== base,
          (route) => {
            elsewhere.push(route.request().url())
            return route.abort()
          },
        )
        try {
          await page.goto(`${base}/articles/${SLUG}`)
          await page.waitForLoadState('networkidle')
          assert.deepEqual(elsewhere, [], 'no request to another host before the click')
          await page.getByRole('link', { name: /An easy run, filmed/ }).click()
          const player = page.locator('iframe[title="An easy run, filmed"]')
          await player.waitFor({ state: 'attached', timeout: 10_000 })
          assert.equal(
            await player.getAttribute('src'),
            'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1',
          )
          assert.equal(page.url(), `${base}/articles/${SLUG}`, 'the click stayed on the page')
        } finally {
          await context.close()
        }
      },
    )
  } finally {
    writeFileSync(datasetPath, original)
    await publish()
  }
}
