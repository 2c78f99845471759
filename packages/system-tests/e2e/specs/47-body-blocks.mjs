// An article holding one of each body block beyond text (table, code, divider, video, social post, link card, an
// uploaded recording and video file), added to the dataset and published by a signed webhook: readers without
// JavaScript get every one as visible content,
// the HTML is valid, the video loads nothing from its provider until a reader presses play, and then only the
// privacy-enhanced player. The dataset is put back afterwards.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { sendWebhook } from '../harness.mjs'
import { htmlErrors } from './45-valid-html.mjs'

const SLUG = 'every-kind-of-block'
const CODE = 'function paceOf(km, minutes) {\n\treturn   minutes / km\n}'

/** An uploaded file as a dataset folder keeps it: its bytes in files/<sha1>.<ext> and its asset document. */
function fileAsset(dir, bytes, extension, mimeType) {
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  mkdirSync(path.join(dir, 'files'), { recursive: true })
  writeFileSync(path.join(dir, 'files', `${sha1}.${extension}`), bytes)
  const _id = `file-${sha1}-${extension}`
  return {
    doc: {
      _id,
      _type: 'sanity.fileAsset',
      path: `files/${sha1}.${extension}`,
      url: `/files/${sha1}.${extension}`,
      extension,
      mimeType,
      size: bytes.length,
    },
    field: { _type: 'file', asset: { _type: 'reference', _ref: _id } },
    url: `/media/${sha1}.${extension}`,
  }
}

/** @param {import('../run.mjs').E2EContext & Record<string, any>} t */
export default async function bodyBlocks({ base, browser, check, documents, datasetPath, secret }) {
  const author = documents.find((doc) => doc._type === 'author')
  const dir = path.dirname(datasetPath)
  const recording = fileAsset(dir, Buffer.from('ID3 a short recording, for the test'), 'mp3', 'audio/mpeg')
  const film = fileAsset(dir, Buffer.from('a short film, for the test'), 'mp4', 'video/mp4')
  const captions = fileAsset(dir, Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nUp the hill\n'), 'vtt', 'text/vtt')
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
      {
        _type: 'audioFile',
        _key: 'a',
        file: recording.field,
        title: 'A coach on hills',
        transcript: 'Short hills, long recoveries.',
      },
      { _type: 'videoFile', _key: 'f', file: film.field, title: 'Up the hill', captions: captions.field },
    ],
  }
  const original = readFileSync(datasetPath, 'utf8')
  const publish = async () => {
    const answer = await sendWebhook(base, { _id: article._id, _type: 'article', slug: SLUG }, secret)
    assert.equal(answer.status, 200, 'the webhook is accepted')
  }
  const added = [recording.doc, film.doc, captions.doc, article].map((doc) => JSON.stringify(doc)).join('\n')
  writeFileSync(datasetPath, `${original.trimEnd()}\n${added}\n`)
  await publish()

  try {
    await check(
      'without JavaScript every block is visible content: table, code as written, links to the video and post, the card, a recording with its transcript and a video file with captions (served by range)',
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
          const audio = page.locator('audio[aria-label="A coach on hills"]')
          assert.equal(await audio.getAttribute('src'), recording.url)
          assert.equal(await audio.getAttribute('preload'), 'none', 'the recording loads nothing until played')
          await page.getByText('Transcript').click()
          assert.ok(
            await page.getByText('Short hills, long recoveries.').isVisible(),
            'the transcript opens without script',
          )
          const movie = page.locator('video[aria-label="Up the hill"]')
          assert.equal(await movie.getAttribute('src'), film.url)
          assert.equal(await movie.locator('track[kind=captions]').getAttribute('src'), captions.url)
          const served = await fetch(base + recording.url, { headers: { range: 'bytes=0-2' } })
          assert.deepEqual(
            [served.status, served.headers.get('content-type'), await served.text()],
            [206, 'audio/mpeg', 'ID3'],
          )
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
    rmSync(path.join(dir, 'files'), { recursive: true, force: true })
    await publish()
  }
}
