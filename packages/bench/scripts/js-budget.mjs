// `npm run bench:js`: the gzipped JavaScript each page loads in Debian chromium, against the bare Next.js page of
// packages/bench/baseline-app. Fails when a page loads more than the bare page + 5 kB, or when a Sanity client or
// visual-editing chunk loads outside draft mode. Flags: --no-build (reuse the current builds).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '@blog/local-lake/e2e/system'
import {
  baselineDir,
  buildAll,
  chromiumPath,
  datasetCopy,
  fmt,
  prerenderedPages,
  resultsDir,
  savedResultsDir,
  startNext,
  waitFor,
  webDir,
} from './lib.mjs'

export const budgetOverBaseline = 5 * 1024
// Strings only the browser builds of @sanity/client, @sanity/comlink and @sanity/visual-editing carry.
const sanityMarkers = /visual-editing\/|@sanity\/comlink|apicdn\.sanity\.io|api\.sanity\.io\/v|@sanity\/client/
const ports = { web: 3203, baseline: 3204 }
const host = '127.0.0.1'

const stops = []
const stopAll = () =>
  stops
    .splice(0)
    .reverse()
    .forEach((stop) => stop())
process.on('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopAll(), process.exit(130)))

/** Loads a page, waits for the network to settle, and sums the scripts it fetched (body gzipped at level 9). */
async function measure(browser, url) {
  const page = await browser.newPage()
  const scripts = new Map()
  const pending = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    pending.push(
      response.body().then(
        (body) =>
          scripts.set(response.url(), {
            bytes: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
            sanity: sanityMarkers.test(body.toString('utf8')),
          }),
        () => {},
      ),
    )
  })
  const response = await page.goto(url, { waitUntil: 'networkidle' })
  if (response?.status() !== 200) throw new Error(`bench:js: ${url} answered ${response?.status()}`)
  await Promise.all(pending)
  const inline = await page.$$eval('script:not([src])', (nodes) =>
    nodes.reduce((sum, node) => sum + (node.textContent?.length ?? 0), 0),
  )
  await page.close()
  const list = [...scripts.entries()].map(([src, info]) => ({ src: new URL(src).pathname, ...info }))
  return {
    files: list.length,
    bytes: list.reduce((sum, s) => sum + s.bytes, 0),
    gzip: list.reduce((sum, s) => sum + s.gzip, 0),
    inlineChars: inline,
    sanityChunks: list.filter((s) => s.sanity).map((s) => s.src),
    scripts: list,
  }
}

async function main() {
  if (!existsSync(chromiumPath))
    throw new Error(`bench:js: no chromium at ${chromiumPath}; apt-get install -y chromium (or set CHROMIUM_PATH)`)
  buildAll()
  const dataset = datasetCopy()
  const web = startNext({ dir: webDir, port: ports.web, env: { CONTENT_DATASET_PATH: dataset } })
  stops.push(web.stop)
  const baseline = startNext({ dir: baselineDir, port: ports.baseline })
  stops.push(baseline.stop)
  await Promise.all([waitFor(`http://${host}:${ports.web}/`), waitFor(`http://${host}:${ports.baseline}/`)])

  const browser = await launchChromium()
  stops.push(() => browser.close().catch(() => {}))
  const floor = await measure(browser, `http://${host}:${ports.baseline}/`)
  const rows = [{ name: 'bare page (baseline)', path: '/', ...floor, ok: true, reasons: [] }]
  for (const page of prerenderedPages(['articles', 'authors', 'books'])) {
    const result = await measure(browser, `http://${host}:${ports.web}${page.path}`)
    const reasons = []
    if (result.gzip > floor.gzip + budgetOverBaseline)
      reasons.push(`${fmt(result.gzip)} B gzipped > baseline ${fmt(floor.gzip)} B + ${fmt(budgetOverBaseline)} B`)
    if (result.sanityChunks.length)
      reasons.push(`Sanity client / visual-editing code outside draft mode: ${result.sanityChunks.join(', ')}`)
    rows.push({ ...page, ...result, ok: reasons.length === 0, reasons })
  }
  await browser.close()
  stopAll()
  rmSync(path.dirname(dataset), { recursive: true, force: true })

  const lines = [
    `# Client JavaScript budget: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Script files each page loads in chromium (bodies gzipped at level 9); budget: the bare Next.js page + ${fmt(budgetOverBaseline)} B, and no Sanity client or visual-editing chunk outside draft mode. Inline scripts (the RSC payload in the HTML) are counted with the HTML, shown here for reference.`,
    '',
    '| Page | Path | Scripts | Raw bytes | Gzipped bytes | Over baseline | Inline script chars | Sanity chunks | Result |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
  ]
  for (const row of rows) {
    const over = row.gzip - floor.gzip
    lines.push(
      `| ${row.name} | \`${row.path}\` | ${row.files} | ${fmt(row.bytes)} | ${fmt(row.gzip)} | ${row === rows[0] ? '' : (over >= 0 ? '+' : '') + fmt(over)} | ${fmt(row.inlineChars)} | ${row.sanityChunks.length} | ${row === rows[0] ? 'baseline' : row.ok ? 'ok' : 'FAIL: ' + row.reasons.join('; ')} |`,
    )
  }
  lines.push(
    '',
    'Scripts loaded (gzipped bytes):',
    '',
    ...rows.map(
      (row) => `- ${row.name}: ${row.scripts.map((sc) => `${path.basename(sc.src)} ${fmt(sc.gzip)}`).join(', ')}`,
    ),
  )
  // The markers must still find the visual-editing code in the build, or "0 Sanity chunks" would prove nothing.
  const built = readdirSync(path.join(webDir, '.next/static/chunks')).filter(
    (name) =>
      name.endsWith('.js') && sanityMarkers.test(readFileSync(path.join(webDir, '.next/static/chunks', name), 'utf8')),
  )
  lines.push(
    '',
    `Chunks of the build that carry Sanity client / visual-editing code (loaded only in draft mode): ${built.join(', ') || 'none found'}`,
  )
  if (!built.length)
    rows.push({
      name: 'marker check',
      ok: false,
      reasons: ['no chunk of the build matches the Sanity markers: update sanityMarkers'],
    })
  const markdown = lines.join('\n') + '\n'
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(path.join(resultsDir, 'js-budget.md'), markdown)
  if (savedResultsDir) writeFileSync(path.join(savedResultsDir, 'js-budget.md'), markdown)
  writeFileSync(
    path.join(resultsDir, 'js-budget.json'),
    JSON.stringify({ date: new Date().toISOString(), budgetOverBaseline, rows }, null, 2),
  )
  console.log(markdown)
  const failed = rows.filter((row) => !row.ok)
  if (failed.length) {
    console.error(`bench:js: ${failed.length} page(s) over budget`)
    process.exitCode = 1
  } else console.log('bench:js: every page within budget')
}

main().catch((error) => {
  console.error(String(error?.stack ?? error))
  stopAll()
  process.exit(1)
})
