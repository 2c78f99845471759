// The editor-to-reader loop in a real browser, on the system `npm start` runs (lake, Studio, blog), with a working
// dataset of its own. As an editor would: the desk opens with no login; a new author with an uploaded photo and a new
// article written from scratch (Generate slug, heading, link, cover, author) are published and served by the blog (the
// time from the Publish click to the new page is printed); a missing alt text blocks Publish with our message; a
// second tab sees the first tab's edit; the Presentation tool previews the unpublished draft, and a click on an
// outlined title, paragraph or bio there focuses its field (click-to-edit); a table, code, a divider, a video and a
// link card inserted in the body reach the blog; a changed bio reaches
// the article and author pages; the history panel lists the author's drafts and publishes; a renamed slug redirects
// (308); unpublishing answers 404; an article dated ahead is marked Scheduled in the editor's time zone (a tab set to
// Tokyo's) and says on Publish, and after it, when readers will see it.
// Debian's chromium through playwright-core; screenshots and the system's log go to packages/local-lake/e2e/screenshots
// (git-ignored). While writing a check, EDITOR_LOOP_ATTACH=<lake>,<studio>,<blog> ports runs it against a system
// already started with `npm start` (any working dataset), instead of starting one.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { LOCAL_EDITOR } from '../src/studio.ts'
import { launchChromium, publish as publishIn, saved as savedIn, startSystem, until as untilIn } from './system.mjs'

const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots')
mkdirSync(screenshots, { recursive: true })
// The lake also answers on the eight ports after its own (3631-3638).
const system = startSystem({
  ports: { lake: 3630, studio: 3653, blog: 3600 },
  distDir: '.test-builds/editor-loop',
  secret: 'editor-loop-secret',
  attach: process.env.EDITOR_LOOP_ATTACH?.split(',').map(Number),
})
const { studio, blog } = system
const until = (what, probe, ms) => untilIn(system, what, probe, ms)
const publish = (tab, shown) => publishIn(system, tab, shown)
const saved = (tab) => savedIn(system, tab)

const results = []
async function check(name, fn) {
  try {
    await fn()
    results.push(true)
    console.log(`  ✓ ${name}`)
  } catch (error) {
    results.push(false)
    console.log(
      `  ✕ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 5)
        .join('\n    ')}`,
    )
    // What the editor saw when it failed.
    await failedPage?.screenshot({ path: path.join(screenshots, `failed-${results.length}.png`) }).catch(() => {})
  }
}
let failedPage
function expect(condition, what) {
  if (!condition) throw new Error(`expected ${what}`)
}
const page = async (pathname) => (await fetch(`${blog}${pathname}`)).text()
/** The <img> tag with this alt text, if the page has one. */
const imageTag = (html, alt) => html.match(/<img [^>]*>/g)?.find((tag) => tag.includes(`alt="${alt}"`))
/** A picture no test has uploaded before (its colour comes from the clock), so the lake stores a new asset. */
const picture = (width, height, format) =>
  sharp({
    create: { width, height, channels: 3, background: { r: Date.now() % 256, g: 120, b: (Date.now() >> 8) % 256 } },
  })
    [format]()
    .toBuffer()

let browser
try {
  await system.ready()
  console.log(`editor loop: lake, Studio ${studio} and blog ${blog} up`)
  browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const editor = await context.newPage()
  failedPage = editor
  // Every image the Studio asks the lake to transform (list thumbnails, the upload's preview), with what came back.
  const transformed = []
  editor.on('response', (response) => {
    const url = new URL(response.url())
    if (!url.pathname.startsWith('/images/') || !(url.searchParams.has('w') || url.searchParams.has('h'))) return
    transformed.push(
      response
        .body()
        .then(async (bytes) => ({ url, status: response.status(), meta: await sharp(bytes).metadata() }))
        .catch((error) => ({ url, status: response.status(), error })),
    )
  })
  const stamp = Date.now() % 100000
  const authorName = `Ada Okafor ${stamp}`
  const articleTitleText = `Hill repeats for beginners ${stamp}`
  const messages = { altText: 'Add alt text: describe the image for readers who cannot see it.' }
  let authorSlug, authorUrl, articleSlug, articleUrl

  await check('the Studio opens on the desk with no login, as the local editor', async () => {
    await editor.goto(studio)
    for (const name of ['Articles', 'Authors', 'Books', 'Categories', 'Site settings'])
      await editor.getByRole('link', { name }).first().waitFor({ timeout: 60_000 })
    await editor.getByRole('button', { name: LOCAL_EDITOR.name }).first().waitFor()
    await editor.getByRole('link', { name: 'Articles' }).first().click()
    await editor.getByRole('link', { name: 'All articles' }).click()
    await editor
      .getByRole('link', { name: /easy runs easy/i })
      .first()
      .waitFor({ timeout: 30_000 })
    await editor.screenshot({ path: path.join(screenshots, 'desk.png') })
  })

  await check('a new author with a photo upload, published: the blog serves the profile with the photo', async () => {
    await editor.getByRole('link', { name: 'Authors' }).first().click()
    await editor.getByRole('link', { name: 'Author', exact: true }).click()
    await editor.getByRole('textbox', { name: 'Name' }).fill(authorName)
    await editor.getByRole('button', { name: 'Generate' }).click()
    await until(
      'the slug to be generated',
      async () => (await editor.getByRole('textbox', { name: 'Slug' }).inputValue()) !== '',
    )
    await editor
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'ada.png', mimeType: 'image/png', buffer: await picture(400, 400, 'png') })
    await editor.getByRole('img', { name: 'Preview of uploaded image' }).waitFor({ timeout: 30_000 })
    await editor.getByRole('textbox', { name: 'Alt text' }).fill('Portrait of Ada, smiling, against a teal wall')
    await editor.getByRole('textbox', { name: 'Short bio' }).fill('Ada coaches trail runners in the hills.')
    authorSlug = await editor.getByRole('textbox', { name: 'Slug' }).inputValue()
    authorUrl = editor.url()
    await publish(editor)
    await until('the author page', async () => (await fetch(`${blog}/authors/${authorSlug}`)).status === 200)
    const html = await page(`/authors/${authorSlug}`)
    expect(
      html.includes(authorName) && html.includes('Ada coaches trail runners in the hills.'),
      'the name and short bio on the profile',
    )
    const photo = imageTag(html, 'Portrait of Ada, smiling, against a teal wall')
    expect(
      photo && /-400x400\.png/.test(photo),
      `the uploaded photo, with the dimensions the lake measured, in ${photo}`,
    )
    expect(photo.includes('data:image/'), 'a blur placeholder from the LQIP the lake made')
    const src = /src="([^"]+)"/.exec(photo)?.[1]?.replaceAll('&amp;', '&')
    const served = await fetch(new URL(src, blog))
    expect(
      served.status === 200 && served.headers.get('content-type')?.startsWith('image/'),
      `the photo served (${served.status})`,
    )
  })

  await check('the Studio’s image thumbnails come back from the lake at the size they ask for', async () => {
    await until('a thumbnail request from the Studio', async () => transformed.length > 0, 15_000)
    const seen = await Promise.all(transformed)
    const asked = (url, name) => {
      const value = url.searchParams.get(name)
      return value === null ? undefined : Math.round(Number(value) * Number(url.searchParams.get('dpr') ?? 1))
    }
    // crop, fill and scale give exactly w x h; the other fits keep the shape, so the side asked for matches.
    const sized = ({ url, status, meta }) => {
      if (status !== 200 || !meta) return false
      const [w, h] = [asked(url, 'w'), asked(url, 'h')]
      if (w && h && ['crop', 'fill', 'scale'].includes(url.searchParams.get('fit')))
        return meta.width === w && meta.height === h
      return (
        (w === undefined || meta.width <= w) &&
        (h === undefined || meta.height <= h) &&
        (meta.width === w || meta.height === h)
      )
    }
    const summary = seen.map(
      ({ url, status, meta }) => `${url.search} -> ${status} ${meta ? `${meta.width}x${meta.height}` : ''}`,
    )
    const match = seen.find(sized)
    expect(match, `a thumbnail the size asked for, among ${summary.join('; ')}`)
    console.log(
      `    (${seen.length} transformed; e.g. ${match.url.search} -> ${match.meta.width}x${match.meta.height})`,
    )
  })

  await check(
    'a new article from scratch (Generate slug, heading, link, cover, author); a missing alt text blocks Publish with the editor’s message; then it publishes to the blog',
    async () => {
      await editor.getByRole('link', { name: 'Articles' }).first().click()
      await editor.getByRole('link', { name: 'All articles' }).click()
      await editor.getByRole('link', { name: 'Article', exact: true }).click()
      await editor.getByRole('textbox', { name: 'Title' }).fill(articleTitleText)
      await editor.getByRole('button', { name: 'Generate' }).click()
      await until(
        'the slug to be generated',
        async () => (await editor.getByRole('textbox', { name: 'Slug' }).inputValue()) !== '',
      )
      articleSlug = await editor.getByRole('textbox', { name: 'Slug' }).inputValue()
      await editor
        .getByRole('textbox', { name: 'Excerpt' })
        .fill('Short hills, long recoveries: a first session for runners new to hills.')
      await editor
        .locator('input[type=file]')
        .first()
        .setInputFiles({ name: 'hill.jpg', mimeType: 'image/jpeg', buffer: await picture(1200, 675, 'jpeg') })
      await editor.getByRole('img', { name: 'Preview of uploaded image' }).waitFor({ timeout: 30_000 })
      // The body: a heading, then a paragraph whose last words link to another article.
      const body = editor.getByRole('group').filter({ hasText: 'Body' }).getByRole('textbox')
      await body.click()
      await editor.keyboard.type('Why hills matter')
      // The style menu changes the block the toolbar believes has focus, and does nothing while it knows of none
      // (right after typing it may not yet: a CI run once published this heading as a paragraph). So pick Heading 2
      // until the editor draws the block as one (its label in the toolbar can lag behind).
      const heading = body.getByTestId('text-style--h2').filter({ hasText: 'Why hills matter' })
      await until(
        'the first block to become a Heading 2',
        async () => {
          if (await heading.count()) return true
          await body.getByText('Why hills matter').click()
          await editor
            .getByRole('button', { name: /^(No style|Normal)$/ })
            .first()
            .click({ timeout: 5_000 })
          await editor.getByRole('menuitem', { name: 'Heading 2' }).click({ timeout: 5_000 })
          // Keys sent while the menu is open go to the menu, not the body.
          await editor.getByRole('menu').waitFor({ state: 'hidden', timeout: 5_000 })
          return (await heading.count()) > 0
        },
        20_000,
      )
      await body.getByText('Why hills matter').click()
      await editor.keyboard.press('End')
      await editor.keyboard.press('Enter')
      await editor.keyboard.type('Start with our guide to easy runs')
      await body.getByText('Start with our guide to easy runs').waitFor()
      for (let i = 0; i < 'easy runs'.length; i++) await editor.keyboard.press('Shift+ArrowLeft')
      await editor.waitForTimeout(300)
      // The toolbar folds its annotations into a menu at this width.
      await editor.getByTestId('action-menu-auto-collapse-menu').getByTestId('action-menu-button').click()
      await editor.waitForTimeout(300)
      await editor.getByRole('menuitem', { name: 'Link', exact: true }).click({ timeout: 10_000 })
      await editor.getByRole('textbox', { name: 'URL' }).fill('/articles/keep-easy-runs-easy')
      await editor.keyboard.press('Escape')
      await editor.getByRole('tab', { name: 'People' }).click()
      const authorBox = editor.getByRole('combobox', { name: 'Author' })
      await authorBox.click()
      await authorBox.pressSequentially('Ada Okafor')
      await editor.getByRole('option').filter({ hasText: authorName }).first().click()
      await editor.getByRole('tab', { name: 'Content' }).click()
      await saved(editor)

      // No alt text on the cover yet: the Studio refuses to publish and says why, in our words.
      const publishButton = editor.getByRole('button', { name: 'Publish', exact: true })
      await until('Publish to be held back', () => publishButton.isDisabled(), 15_000)
      await editor.getByRole('button', { name: 'Validation', exact: true }).click()
      await editor.getByText(messages.altText).filter({ visible: true }).first().waitFor({ timeout: 15_000 })
      await editor.screenshot({ path: path.join(screenshots, 'missing-alt.png') })
      expect((await fetch(`${blog}/articles/${articleSlug}`)).status === 404, 'nothing on the blog yet')
      await editor.getByRole('button', { name: 'Close validation' }).click()

      await editor.getByRole('textbox', { name: 'Alt text' }).fill('A runner climbing a steep grassy hill at dawn')
      await until('Publish to be allowed', async () => !(await publishButton.isDisabled()), 15_000)
      articleUrl = editor.url()
      await editor.screenshot({ path: path.join(screenshots, 'article-editor.png') })
      const timing = await publish(editor, () =>
        fetch(`${blog}/articles/${articleSlug}`).then((answer) => answer.status === 200),
      )
      console.log(
        `    publish click to new page: ${timing.shown} ms (the Studio sent the publish action after ${timing.sent} ms)`,
      )
      const html = await page(`/articles/${articleSlug}`)
      expect(new RegExp(`<h1[^>]*>${articleTitleText}</h1>`).test(html), 'the title as the heading')
      expect(
        /<h2[^>]*>Why hills matter<\/h2>/.test(html),
        `the body heading, in ${/.{0,120}Why hills matter.{0,40}/s.exec(html)?.[0] ?? 'nothing: the text is missing'}`,
      )
      expect(/<a[^>]+href="\/articles\/keep-easy-runs-easy"[^>]*>easy runs<\/a>/.test(html), 'the link in the body')
      const cover = imageTag(html, 'A runner climbing a steep grassy hill at dawn')
      expect(
        cover && /-1200x675\.jpg/.test(cover) && cover.includes('data:image/'),
        `the cover with its alt text, dimensions and blur placeholder: ${cover}`,
      )
      expect(
        html.includes(`href="/authors/${authorSlug}"`) && html.includes('Ada coaches trail runners in the hills.'),
        'the author byline and card',
      )
      // The page answers as soon as the lake has the article; the home page once the webhook has expired its list.
      await until('the new article on the home page', async () => (await page('/')).includes(articleTitleText), 10_000)
    },
  )

  let reader
  const draftTitle = `${articleTitleText} (draft)`
  await check('a second tab on the same article sees the first tab’s edit', async () => {
    expect(articleUrl, 'the article from the check before')
    await editor.goto(articleUrl)
    const title = editor.getByRole('textbox', { name: 'Title' })
    await title.waitFor({ timeout: 30_000 })
    reader = await context.newPage()
    await reader.goto(articleUrl)
    await reader.getByRole('textbox', { name: 'Title' }).waitFor({ timeout: 30_000 })
    await title.click()
    await title.press('End')
    await title.pressSequentially(' (draft)', { delay: 20 })
    await until('the first tab to hold the edit', async () => (await title.inputValue()) === draftTitle)
    await until(
      'the second tab to show the edit',
      async () => (await reader.getByRole('textbox', { name: 'Title' }).inputValue()) === draftTitle,
    ).catch(async (error) => {
      throw new Error(
        `${error.message}: it shows "${await reader.getByRole('textbox', { name: 'Title' }).inputValue()}"`,
      )
    })
    await saved(editor)
    await reader.close()
  })

  await check(
    'the Presentation tool previews the unpublished draft (draft mode on the blog), while readers still get the published page',
    async () => {
      expect(articleUrl, 'the article from the checks before')
      await editor.goto(`${studio}/presentation?preview=${encodeURIComponent(`/articles/${articleSlug}`)}`)
      const preview = editor.frameLocator('iframe').first()
      await preview.getByText('Preview mode').first().waitFor({ timeout: 60_000 })
      await until(
        'the preview to show the draft title',
        async () => (await preview.locator('h1:visible').first().textContent()) === draftTitle,
      )
      // The document pane beside the preview edits the same draft, and the preview follows.
      const title = editor.getByRole('textbox', { name: 'Title' })
      await title.click()
      await title.press('End')
      await title.pressSequentially(' live', { delay: 20 })
      await until(
        'the preview to follow the edit',
        async () => (await preview.locator('h1:visible').first().textContent()) === `${draftTitle} live`,
        30_000,
      )
      await editor.screenshot({ path: path.join(screenshots, 'presentation.png') })
      expect(
        new RegExp(`<h1[^>]*>${articleTitleText}</h1>`).test(await page(`/articles/${articleSlug}`)),
        'readers still see the published title',
      )
      await saved(editor)
    },
  )

  await check(
    'click-to-edit in the Presentation tool: a hover outlines the title, a body paragraph and the author’s bio, and a click opens that field beside the preview; readers’ pages carry no data-sanity',
    async () => {
      expect(articleUrl && authorSlug, 'the article and author from the checks before')
      const preview = editor.frameLocator('iframe').first()
      const outline = preview.locator('sanity-visual-editing [data-hovered]')
      /** Hovers near the element's top left (clear of links in it), waits for the outline, clicks, and checks the field. */
      async function clickToEdit(target, field, focused, screenshot) {
        const corner = { position: { x: 4, y: 4 } }
        // The overlays start watching the page a moment after it shows; a pointer that was already there is seen
        // when it moves, so move it off and back until the outline shows.
        await until(
          `the outline on ${field}`,
          async () => {
            await editor.mouse.move(0, 0)
            await target.hover(corner)
            return outline
              .first()
              .waitFor({ timeout: 1_000 })
              .then(() => true)
          },
          20_000,
        )
        if (screenshot) await editor.screenshot({ path: path.join(screenshots, screenshot) })
        await target.click(corner)
        await until(`the Studio to open ${field}`, async () =>
          decodeURIComponent(new URL(editor.url()).pathname).includes(field),
        )
        await until(`${field} to take the focus`, focused, 15_000)
      }
      await editor.goto(`${studio}/presentation?preview=${encodeURIComponent(`/articles/${articleSlug}`)}`)
      await preview.getByText('Preview mode').first().waitFor({ timeout: 60_000 })
      await clickToEdit(
        preview.locator('h1:visible').first(),
        '/title',
        () => editor.getByRole('textbox', { name: 'Title' }).evaluate((input) => input === document.activeElement),
        'click-to-edit.png',
      )
      await clickToEdit(preview.getByText('Start with our guide to easy runs').first(), '/body[_key==', () =>
        editor.evaluate(
          () =>
            document.activeElement?.getAttribute('role') === 'textbox' &&
            document.activeElement.textContent.includes('Start with our guide to easy runs'),
        ),
      )
      await editor.goto(`${studio}/presentation?preview=${encodeURIComponent(`/authors/${authorSlug}`)}`)
      await preview.getByText('Preview mode').first().waitFor({ timeout: 60_000 })
      await clickToEdit(preview.getByText('Ada coaches trail runners in the hills.').first(), '/shortBio', () =>
        editor.getByRole('textbox', { name: 'Short bio' }).evaluate((input) => input === document.activeElement),
      )
      for (const pathname of [`/articles/${articleSlug}`, `/authors/${authorSlug}`, '/'])
        expect(!(await page(pathname)).includes('data-sanity'), `no data-sanity on ${pathname} for readers`)
    },
  )

  await check(
    'a table, code, a divider, a video, a link card and an uploaded recording inserted in the Studio are published to the blog as such',
    async () => {
      expect(articleUrl, 'the article from the checks before')
      await editor.goto(articleUrl)
      await editor.getByRole('textbox', { name: 'Title' }).waitFor({ timeout: 30_000 })
      const body = editor.getByRole('group').filter({ hasText: 'Body' }).getByRole('textbox').first()
      /** The caret at the end of the body's first paragraph, where the first block goes. */
      async function caretInBody() {
        await body.getByText('Start with our guide to easy runs').click()
        await editor.keyboard.press('End')
      }
      await caretInBody()
      const dialog = editor.getByRole('dialog')
      /**
       * Inserts a block after the focused one through the toolbar's menu, fills its dialog and closes it. `refocus`
       * puts the caret back when the body lost it: the Studio can focus the Title field once the document has loaded,
       * after the click in the body (a CI run timed out on the Table dialog with Title focused).
       */
      async function insert(name, fill, refocus) {
        // Each item's name also holds its icon's, so match the visible text. The menu can close under the pointer
        // when the form re-renders (a save landing), so open it and pick the item until the dialog shows.
        const item = editor
          .getByRole('menuitem')
          .filter({ hasText: new RegExp(`^${name}$`), visible: true })
          .first()
        await until(
          `the ${name} dialog`,
          async () => {
            if (await dialog.isVisible()) return true
            if (refocus && !(await body.evaluate((element) => element.contains(document.activeElement))))
              await refocus()
            if (!(await item.isVisible()))
              await editor
                .getByTestId('insert-menu-auto-collapse-menu')
                .locator('button:visible')
                .last()
                .click({ timeout: 5_000 })
            await item.click({ timeout: 5_000 })
            return dialog.waitFor({ timeout: 5_000 }).then(() => true)
          },
          30_000,
        )
        await fill()
        await dialog.getByRole('button', { name: 'Close dialog' }).click()
        await dialog.waitFor({ state: 'hidden' })
      }
      await insert(
        'Table',
        async () => {
          await dialog.getByRole('button', { name: 'Create Table' }).click()
          const cells = dialog.locator('input[type=text]')
          await cells.nth(3).waitFor()
          for (const [index, text] of ['Week', 'Hills', 'One', 'Six short repeats'].entries())
            await cells.nth(index).fill(text)
          await dialog.getByRole('textbox', { name: 'Caption' }).fill('A first month of hills')
        },
        caretInBody,
      )
      await insert('Code', async () => {
        await dialog.getByRole('combobox', { name: 'Language' }).selectOption('javascript')
        await dialog.getByRole('textbox', { name: 'Filename' }).fill('hills.js')
        await dialog.locator('.cm-content').click()
        // Typed keys would get brackets closed and lines indented by the editor; pasted text stays as it is.
        await editor.keyboard.insertText('let repeats = 6\n\tlet rest = repeats * 90')
      })
      await insert('Divider', async () => {})
      await insert('Video or post', async () => {
        await dialog.getByRole('textbox', { name: 'Address' }).fill('https://www.youtube.com/watch?v=aqz-KE-bpKQ')
        await dialog.getByRole('textbox', { name: 'Title' }).fill('Hill repeats, filmed')
      })
      await insert('Link card', async () => {
        await dialog.getByRole('textbox', { name: 'Address' }).fill('https://research.example/hills')
        await dialog.getByRole('textbox', { name: 'Title' }).fill('Why hills work')
      })
      await insert('Audio', async () => {
        await dialog
          .locator('input[type=file]')
          .first()
          .setInputFiles({
            name: 'coach-on-hills.mp3',
            mimeType: 'audio/mpeg',
            buffer: Buffer.from(`ID3 ${stamp} ${Date.now()}`),
          })
        await dialog.getByText('coach-on-hills.mp3').first().waitFor({ timeout: 30_000 })
        await dialog.getByRole('textbox', { name: 'Title' }).fill('A coach on hills')
      })
      await saved(editor)
      await editor.screenshot({ path: path.join(screenshots, 'body-blocks.png') })
      await publish(editor, async () => (await page(`/articles/${articleSlug}`)).includes('Why hills work'))
      const html = await page(`/articles/${articleSlug}`)
      expect(/<caption>A first month of hills<\/caption>/.test(html), 'the table with its caption')
      expect(
        /<th scope="col">Week<\/th>/.test(html) && html.includes('<td>Six short repeats</td>'),
        'its header and cells',
      )
      const code = /<pre[^>]*><code>(.*?)<\/code><\/pre>/s.exec(html)?.[1].replace(/<[^>]+>/g, '')
      expect(code === 'let repeats = 6\n\tlet rest = repeats * 90', `the code as written, not ${JSON.stringify(code)}`)
      expect(html.includes('hills.js') && html.includes('data-language="javascript"'), 'its file name and language')
      expect(/<hr class="divider"/.test(html), 'the divider')
      expect(html.includes('href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"'), 'the video, as a link until played')
      expect(html.includes('class="link-card" href="https://research.example/hills"'), 'the link card')
      const audio = /<audio [^>]*src="(\/media\/[0-9a-f]{40}\.mp3)"[^>]*aria-label="A coach on hills"/.exec(html)?.[1]
      expect(audio, 'the uploaded recording, served from /media')
      const served = await fetch(`${blog}${audio}`)
      expect(
        served.status === 200 && served.headers.get('content-type') === 'audio/mpeg',
        `the recording itself (${served.status} ${served.headers.get('content-type')})`,
      )
    },
  )

  await check('a changed author bio, published, shows on the article page and the author page', async () => {
    expect(authorUrl && articleUrl, 'the author and article from the checks before')
    await editor.goto(authorUrl)
    const bio = editor.getByRole('textbox', { name: 'Short bio' })
    await bio.waitFor({ timeout: 30_000 })
    await bio.fill('Ada coaches trail and fell runners in the Pennines.')
    await saved(editor)
    await publish(editor)
    await until('the author page to show the new bio', async () =>
      (await page(`/authors/${authorSlug}`)).includes('fell runners in the Pennines'),
    )
    await until('the article page to show the new bio', async () =>
      (await page(`/articles/${articleSlug}`)).includes('fell runners in the Pennines'),
    )
  })

  await check(
    'the history panel lists what happened to the author: draft created, published (the lake’s history API)',
    async () => {
      expect(authorUrl && editor.url() === authorUrl, 'the author open in the editor, from the check before')
      await editor.getByTestId('pane-context-menu-button').last().click()
      await editor.getByRole('menuitem', { name: 'History' }).click()
      // Created, published, its bio edited (a new draft), published again: newest first.
      await until(
        'the history to list both publishes',
        async () => (await editor.getByText('Published', { exact: true }).filter({ visible: true }).count()) >= 2,
      )
      // The second draft's creation folds under the publish that ended it (the Studio groups them).
      expect(
        (await editor.getByText('Draft created', { exact: true }).filter({ visible: true }).count()) >= 1,
        'the first draft created, in the history',
      )
      await editor.screenshot({ path: path.join(screenshots, 'history.png') })
    },
  )

  await check(
    'renaming the slug and publishing keeps the old URL working: 308 to the new one (the Studio’s own publish action)',
    async () => {
      expect(articleUrl, 'the article from the checks before')
      await editor.goto(articleUrl)
      const newSlug = `${articleSlug}-renamed`
      const slugInput = editor.getByRole('textbox', { name: 'Slug' })
      await slugInput.waitFor({ timeout: 30_000 })
      await slugInput.fill(newSlug)
      await saved(editor)
      await publish(editor)
      await until('the old URL to redirect', async () => {
        const answer = await fetch(`${blog}/articles/${articleSlug}`, { redirect: 'manual' })
        return answer.status === 308 && answer.headers.get('location')?.endsWith(`/articles/${newSlug}`)
      })
      const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(await page(`/articles/${newSlug}`))?.[1]
      expect(
        heading === `${draftTitle} live`,
        `the new URL to serve the article with the title published with it, not ${JSON.stringify(heading)}`,
      )
      articleSlug = newSlug
    },
  )

  await check(
    'unpublishing in the Studio takes the article off the blog: 404 and gone from the home page',
    async () => {
      expect(articleUrl && editor.url() === articleUrl, 'the article open in the editor, from the check before')
      expect((await fetch(`${blog}/articles/${articleSlug}`)).status === 200, 'the article on the blog before')
      // With nothing left in the draft, Unpublish is the published version's action.
      await editor
        .getByRole('button', { name: /^Published/ })
        .first()
        .click()
      await editor.getByRole('button', { name: 'Unpublish', exact: true }).click()
      // Studio 6 asks first: the confirmation dialog has its own Unpublish button.
      await editor
        .getByRole('dialog')
        .getByRole('button', { name: /Unpublish/ })
        .first()
        .click({ timeout: 15_000 })
      await until('the article to be gone', async () => (await fetch(`${blog}/articles/${articleSlug}`)).status === 404)
      await until('the home page to drop it', async () => !(await page('/')).includes(articleTitleText))
      await editor.screenshot({ path: path.join(screenshots, 'unpublished.png') })
    },
  )

  // Scheduling reads times in the editor's zone, the browser's: this tab's is Tokyo's (UTC+9 all year), never the
  // machine's. The articles are written through the lake's HTTP API, as a script would.
  const tokyo = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Tokyo' })
  const planner = await tokyo.newPage()
  const MINUTE = 60_000
  const goesLive = new Date(Math.ceil((Date.now() + 2 * 24 * 60 * MINUTE) / MINUTE) * MINUTE)
  // "5 Dec 2026, 03:00": how Tokyo reads the go-live time, to the minute.
  const inTokyo = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Tokyo',
  }).format(goesLive)
  const scheduled = { id: `scheduled-${stamp}`, title: `Taper week, scheduled ${stamp}`, slug: `taper-week-${stamp}` }
  const alreadyOut = { id: `already-out-${stamp}`, title: `Recovery runs, already out ${stamp}` }
  const articleList = () => planner.getByRole('link').filter({ hasText: /scheduled|already out/ })

  await check(
    'an article dated two days ahead: the list says Scheduled with Tokyo’s time, Publish says when readers will see it, and once published the editor is told so and the Scheduled badge shows',
    async () => {
      failedPage = planner
      const article = ({ id, title, slug }, publishedAt) => ({
        _id: id,
        _type: 'article',
        title,
        slug: { _type: 'slug', current: slug ?? id },
        publishedAt,
        author: { _type: 'reference', _ref: 'author-dana-whitfield' },
      })
      const written = await fetch(`${system.lake}/v2025-02-19/data/mutate/production`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          mutations: [
            { createOrReplace: article({ ...scheduled, id: `drafts.${scheduled.id}` }, goesLive.toISOString()) },
            { createOrReplace: article(alreadyOut, new Date(Date.now() - 2 * 24 * 60 * MINUTE).toISOString()) },
          ],
        }),
      })
      expect(written.ok, `the lake to write the two articles (${written.status})`)

      await planner.goto(studio)
      await planner.getByRole('link', { name: 'Articles' }).first().click({ timeout: 60_000 })
      await planner.getByRole('link', { name: 'All articles' }).click()
      const listed = articleList().filter({ hasText: scheduled.title })
      await listed.first().waitFor({ timeout: 30_000 })
      const line = await listed.first().textContent()
      expect(
        line.includes(`Scheduled · `) && line.includes(`${inTokyo} GMT+9`),
        `"Scheduled · … ${inTokyo} GMT+9" in the list, not ${JSON.stringify(line)}`,
      )
      const pastLine = await articleList()
        .filter({ hasText: alreadyOut.title })
        .first()
        .textContent({ timeout: 15_000 })
      expect(
        !pastLine.includes('Scheduled'),
        `the article already out listed with its date, not ${JSON.stringify(pastLine)}`,
      )

      await listed.first().click()
      await until(
        'the article to open',
        async () => (await planner.getByRole('textbox', { name: 'Title' }).inputValue()) === scheduled.title,
      )
      const publishButton = planner.getByRole('button', { name: `Publish (live ${inTokyo})`, exact: true })
      await publishButton.waitFor({ timeout: 30_000 })
      await until('Publish to be allowed', async () => !(await publishButton.isDisabled()), 30_000)
      await publishButton.hover()
      await planner
        .getByText(`Readers will see it on`)
        .filter({ hasText: `${inTokyo} GMT+9` })
        .first()
        .waitFor({ timeout: 10_000 })
      await planner.waitForTimeout(1500)
      await publishButton.click()
      await planner
        .getByText('Scheduled: readers will see it on')
        .filter({ hasText: `${inTokyo} GMT+9` })
        .first()
        .waitFor({ timeout: 15_000 })
      const badge = planner.getByText('Scheduled', { exact: true })
      await badge.first().waitFor({ timeout: 15_000 })
      await badge.first().hover()
      await planner
        .getByText(`Goes live`)
        .filter({ hasText: `${inTokyo} GMT+9` })
        .first()
        .waitFor({ timeout: 10_000 })
      await planner.screenshot({ path: path.join(screenshots, 'scheduled.png') })
    },
  )

  await check('an article already out has no Scheduled badge', async () => {
    await articleList().filter({ hasText: alreadyOut.title }).first().click()
    await until(
      'the article to open',
      async () => (await planner.getByRole('textbox', { name: 'Title' }).inputValue()) === alreadyOut.title,
    )
    // Badges render beside the actions, a moment after them: give them that moment before looking for none. Publish
    // keeps its own label here (nothing to publish, and no date ahead).
    await planner.getByRole('button', { name: 'Publish', exact: true }).waitFor({ timeout: 15_000 })
    await planner.waitForTimeout(2000)
    const badges = await planner.getByText('Scheduled', { exact: true }).filter({ visible: true }).count()
    expect(badges === 0, `no Scheduled badge, found ${badges}`)
  })

  await tokyo.close()
} catch (error) {
  results.push(false)
  console.log(`  ✕ setup\n    ${error.message}\n${system.log().split('\n').slice(-40).join('\n')}`)
} finally {
  await browser?.close()
  await system.stop()
  writeFileSync(path.join(screenshots, 'system.log'), system.log())
}

const failed = results.filter((ok) => !ok).length
console.log(`editor loop: ${results.length - failed} passed, ${failed} failed`)
if (failed) {
  console.log(system.log().split('\n').slice(-30).join('\n'))
  process.exit(1)
}
