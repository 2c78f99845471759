// The editor-to-reader loop in a real browser, on the system `npm start` runs (lake, Studio, blog), with a working
// dataset of its own: the desk opens with no login, an article edited and published in the Studio shows on the
// blog (the time from the Publish click to the new page is printed), and a second tab sees the first tab's edit.
// Debian's chromium through playwright-core; screenshots and the system's log go to packages/local-lake/e2e/screenshots
// (git-ignored).
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoDir = path.resolve(here, '../../..')
const screenshots = path.join(here, 'screenshots')
// The lake also answers on the eight ports after its own (3631-3638).
const ports = { lake: 3630, studio: 3653, blog: 3600 }
const studio = `http://localhost:${ports.studio}`
const blog = `http://localhost:${ports.blog}`
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const dir = mkdtempSync(path.join(tmpdir(), 'editor-loop-'))
mkdirSync(screenshots, { recursive: true })

const results = []
async function check(name, fn) {
  try {
    await fn()
    results.push(true)
    console.log(`  ✓ ${name}`)
  } catch (error) {
    results.push(false)
    console.log(`  ✕ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 5).join('\n    ')}`)
  }
}
async function until(what, probe, ms = 30_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (system.exitCode !== null) throw new Error(`the system stopped (exit ${system.exitCode}) while waiting for ${what}`)
    if (await probe().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`)
}
function expect(condition, what) {
  if (!condition) throw new Error(`expected ${what}`)
}
const articleTitle = async (slug) => /<h1[^>]*>([^<]*)/.exec(await (await fetch(`${blog}/articles/${slug}`)).text())?.[1]

const system = spawn(process.execPath, [path.join(repoDir, 'packages/local-lake/bin/start.mjs'), '--dir', path.join(dir, 'production')], {
  cwd: repoDir,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    LOCAL_LAKE_PORT: String(ports.lake),
    STUDIO_PORT: String(ports.studio),
    PORT: String(ports.blog),
    NEXT_DIST_DIR: '.test-builds/editor-loop',
    SANITY_REVALIDATE_SECRET: 'editor-loop-secret',
  },
})
let log = ''
system.stdout.on('data', (chunk) => (log += chunk))
system.stderr.on('data', (chunk) => (log += chunk))
const stop = () => {
  try {
    process.kill(-system.pid, 'SIGINT')
  } catch {}
}
process.on('exit', stop)

let browser
try {
  await until('the system to start', async () => {
    if (system.exitCode !== null) throw new Error(`npm start's script exited with ${system.exitCode}`)
    return log.includes('Ctrl-C stops all three')
  }, 300_000)
  console.log(`editor loop: lake, Studio ${studio} and blog ${blog} up`)
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const editor = await context.newPage()
  const slug = 'keep-easy-runs-easy'
  const suffix = ` (edited ${Date.now() % 100000})`
  const original = await articleTitle(slug)

  await check('the Studio opens on the desk with no login, as the local editor', async () => {
    await editor.goto(studio)
    for (const name of ['Articles', 'Authors', 'Books', 'Categories', 'Site settings']) await editor.getByRole('link', { name }).first().waitFor({ timeout: 60_000 })
    await editor.getByRole('link', { name: 'Articles' }).first().click()
    await editor.getByRole('link', { name: 'All articles' }).click()
    await editor.getByRole('link', { name: /easy runs easy/i }).first().waitFor({ timeout: 30_000 })
    await editor.screenshot({ path: path.join(screenshots, 'desk.png') })
  })

  let reader
  await check('a second tab on the same article sees the first tab’s edit', async () => {
    await editor.getByRole('link', { name: /easy runs easy/i }).first().click()
    const title = editor.getByRole('textbox').first()
    await title.waitFor({ timeout: 30_000 })
    reader = await context.newPage()
    await reader.goto(editor.url())
    await reader.getByRole('textbox').first().waitFor({ timeout: 30_000 })
    await title.click()
    await title.press('End')
    await title.pressSequentially(suffix, { delay: 20 })
    await until('the first tab to hold the edit', async () => (await title.inputValue()) === `${original}${suffix}`).catch(async (error) => {
      throw new Error(`${error.message}: it holds ${JSON.stringify(await title.inputValue())}, expected ${JSON.stringify(`${original}${suffix}`)}`)
    })
    await until('the second tab to show the edit', async () => (await reader.getByRole('textbox').first().inputValue()) === `${original}${suffix}`).catch(async (error) => {
      throw new Error(`${error.message}: it shows "${await reader.getByRole('textbox').first().inputValue()}"`)
    })
    await editor.screenshot({ path: path.join(screenshots, 'article-editor.png') })
  })

  await check('Publish in the Studio puts the edit on the blog (signed webhook, precise revalidation)', async () => {
    await until('the edit to be saved', async () => (await editor.getByText('Saving', { exact: false }).count()) === 0, 15_000)
    // As an editor pauses before publishing: the Studio holds a Publish click until it has validated the last
    // keystrokes (a few seconds after fast typing), which is not what this measures.
    await editor.waitForTimeout(3000)
    // With a second tab open on the same document the Studio holds the publish for about six seconds (measured;
    // not explained yet, see the local lake issue): the time printed here is one editor's.
    await reader?.close()
    let sent = 0
    editor.on('request', (request) => {
      if (!sent && request.method() === 'POST' && request.url().includes('/data/actions/') && request.postData()?.includes('document.publish')) sent = performance.now()
    })
    const clicked = performance.now()
    log += `\n=== publish clicked ${new Date().toISOString().slice(11, 23)}\n`
    await editor.getByRole('button', { name: 'Publish', exact: true }).click()
    await until('the blog to show the published title', async () => (await articleTitle(slug)) === `${original}${suffix}`).catch(async (error) => {
      throw new Error(`${error.message}: it shows "${await articleTitle(slug)}"`)
    })
    const shown = performance.now()
    console.log(`    publish click to new page: ${Math.round(shown - clicked)} ms (the Studio sent the publish action after ${Math.round(sent - clicked)} ms)`)
    await editor.getByText('was published').first().waitFor({ timeout: 15_000 })
    await editor.screenshot({ path: path.join(screenshots, 'published.png') })
  })

  await check('renaming the slug and publishing keeps the old URL working: 308 to the new one (the Studio’s own publish action)', async () => {
    const newSlug = `easy-runs-stay-easy-${Date.now() % 100000}`
    const slugInput = editor.getByRole('textbox', { name: 'Slug' })
    await slugInput.fill(newSlug)
    await until('the slug to be saved', async () => (await editor.getByText('Saving', { exact: false }).count()) === 0, 15_000)
    await editor.getByRole('button', { name: 'Publish', exact: true }).click()
    await until('the old URL to redirect', async () => {
      const answer = await fetch(`${blog}/articles/${slug}`, { redirect: 'manual' })
      return answer.status === 308 && answer.headers.get('location')?.endsWith(`/articles/${newSlug}`)
    })
    expect((await articleTitle(newSlug)) === `${original}${suffix}`, 'the new URL serves the article')
  })

  await check('unpublishing in the Studio takes the article off the blog (404)', async () => {
    const current = await editor.getByRole('textbox', { name: 'Slug' }).inputValue()
    // With nothing left in the draft, Unpublish is the published version's action.
    await editor.getByRole('button', { name: /^Published/ }).first().click()
    await editor.getByRole('button', { name: 'Unpublish', exact: true }).click()
    // Studio 6 asks first: the confirmation dialog has its own Unpublish button.
    await editor.getByRole('dialog').getByRole('button', { name: /Unpublish/ }).first().click({ timeout: 15_000 })
    await until('the article to be gone', async () => (await fetch(`${blog}/articles/${current}`)).status === 404)
    await editor.screenshot({ path: path.join(screenshots, 'unpublished.png') })
  })
} catch (error) {
  results.push(false)
  console.log(`  ✕ setup\n    ${error.message}\n${log.split('\n').slice(-40).join('\n')}`)
} finally {
  await browser?.close()
  stop()
  if (system.exitCode === null) await new Promise((resolve) => (system.once('exit', resolve), setTimeout(resolve, 15_000).unref()))
  rmSync(dir, { recursive: true, force: true })
  writeFileSync(path.join(screenshots, 'system.log'), log)
}

const failed = results.filter((ok) => !ok).length
console.log(`editor loop: ${results.length - failed} passed, ${failed} failed`)
if (failed) {
  console.log(log.split('\n').slice(-30).join('\n'))
  process.exit(1)
}
