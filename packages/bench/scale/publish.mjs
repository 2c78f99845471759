// `npm run bench:publish -w @blog/bench [-- --runs 10 --pause 1500]`: the time from an editor's Publish click in the real Studio
// (chromium) to the blog serving the change, on the system `npm start` runs (local lake, Studio, blog; its own
// ports, working dataset and build). Baseline in the same run: the same publish sent straight to the lake's actions
// API, no Studio, which leaves the lake, its signed webhook, the blog's revalidation and one render. Prints the median,
// min and max of each and the ratio. --pause is how long the editor waits between the saved edit and the click: the
// Studio sends the publish only once it has validated the current revision, which takes it a while after an edit.
import { parseArgs } from 'node:util'
import { lakeClient } from '@blog/local-lake/testing'
import { launchChromium, publish, saved, startSystem, until } from '@blog/local-lake/e2e/system'
import { percentile } from '../scripts/lib.mjs'

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, pause: { type: 'string', default: '1500' } },
})
const runs = Number(args.runs)
const pause = Number(args.pause)
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(pause) || pause < 0)
  throw new Error('--runs and --pause must be whole numbers (runs at least 1)')

const id = 'article-keep-easy-runs-easy'
const slug = 'keep-easy-runs-easy'
const system = startSystem({
  ports: { lake: 3830, studio: 3853, blog: 3800 },
  distDir: '.test-builds/bench-publish',
  secret: 'bench-publish-secret',
})
const heading = async () =>
  /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await fetch(`${system.blog}/articles/${slug}`)).text())?.[1]
const shows = (title) => async () => (await heading()) === title
const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return { median: percentile(sorted, 50), min: sorted[0], max: sorted.at(-1) }
}

let browser
try {
  await system.ready()
  const client = lakeClient(system.lake)
  const original = await heading()

  // Baseline: an edit, then the publish action straight to the lake; timed from the publish request.
  const api = []
  for (let run = 0; run <= runs; run++) {
    const title = `${original} · API ${run}`
    await client.action({
      actionType: 'sanity.action.document.edit',
      draftId: `drafts.${id}`,
      publishedId: id,
      patch: { set: { title } },
    })
    const started = performance.now()
    await client.action({ actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id })
    await until(system, 'the blog to show the API publish', shows(title))
    if (run > 0) api.push(performance.now() - started) // run 0 warms up
  }

  // The Studio: type a new title, wait until it is saved, click Publish; timed from the click.
  browser = await launchChromium()
  const tab = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage()
  await tab.goto(`${system.studio}/intent/edit/id=${id};type=article/`)
  const titleBox = tab.getByRole('textbox', { name: 'Title' })
  await titleBox.waitFor({ timeout: 60_000 })
  const studio = []
  const sent = []
  for (let run = 0; run <= runs; run++) {
    const title = `${original} · Studio ${run}`
    await titleBox.fill(title)
    await saved(system, tab)
    const timing = await publish(system, tab, shows(title), { pause })
    if (run > 0) {
      studio.push(timing.shown)
      sent.push(timing.sent)
    }
  }

  const [a, s, r] = [stats(api), stats(studio), stats(sent)]
  const ms = (value) => `${Math.round(value)} ms`
  console.log(
    `\nPublish to page, ${runs} runs each after a warm-up (article "${slug}", sample dataset; the editor pauses ${pause} ms before clicking):\n`,
  )
  console.log('| Path | Median | Min | Max |')
  console.log('|---|---:|---:|---:|')
  console.log(`| Studio: Publish click -> blog serves the new title | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} |`)
  console.log(
    `| (of which: click -> the Studio sends the publish action) | ${ms(r.median)} | ${ms(r.min)} | ${ms(r.max)} |`,
  )
  console.log(
    `| Baseline: publish action to the lake -> blog serves it | ${ms(a.median)} | ${ms(a.min)} | ${ms(a.max)} |`,
  )
  console.log(
    `\nStudio / baseline (median): ${(s.median / a.median).toFixed(2)}x. Goal: Studio median under 1000 ms (${s.median < 1000 ? 'met' : 'NOT met'}).`,
  )
} catch (error) {
  console.error(`bench:publish: ${error.message}\n${system.log().split('\n').slice(-30).join('\n')}`)
  process.exitCode = 1
} finally {
  await browser?.close()
  await system.stop()
}
