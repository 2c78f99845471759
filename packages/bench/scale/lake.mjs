// `npm run bench:lake -w @blog/bench [-- --articles 10000 --iterations 20]`: the local lake at scale, against the
// sample dataset (48 documents) in the same run. Measures, through @sanity/client as the Studio calls it: the
// Studio's article list (the desk's list query), opening a document (its draft and published pair), and one
// keystroke's edit action acknowledged durably (appended and fsynced). Prints medians, p95 and the ratios.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { lakeClient } from '@blog/local-lake/testing'
import { DatasetStore, startLake } from '@blog/local-lake'
import { percentile } from '../scripts/lib.mjs'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'
import { generateDataset } from '@blog/sample-content/generate'
import { parseNdjson, toNdjson } from '@blog/schemas'

const { values: args } = parseArgs({
  options: { articles: { type: 'string', default: '10000' }, iterations: { type: 'string', default: '20' } },
})
const articles = Number(args.articles)
const iterations = Number(args.iterations)
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(iterations) || iterations < 1) {
  throw new Error('--articles and --iterations must be positive whole numbers')
}

// The desk's list of articles, as the Studio asks for it (legacy search strategy, ordered, first page).
const LIST = '*[_type == "article"] | order(publishedAt desc) [0...50] {_id, _type, _originalId, title, publishedAt}'

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) }
}
async function time(fn) {
  const samples = []
  await fn() // warm-up
  for (let i = 0; i < iterations; i++) {
    const started = performance.now()
    await fn(i)
    samples.push(performance.now() - started)
  }
  return stats(samples)
}

async function measure(label, seedNdjson) {
  const seedDir = mkdtempSync(path.join(tmpdir(), 'bench-lake-seed-'))
  writeFileSync(path.join(seedDir, 'data.ndjson'), seedNdjson)
  const opened = performance.now()
  const store = DatasetStore.open(mkdtempSync(path.join(tmpdir(), 'bench-lake-')), { seedDir })
  const openMs = performance.now() - opened
  const lake = await startLake({ store, log: () => {} })
  const client = lakeClient(lake.url, { perspective: 'raw' })
  const documents = store.all().length
  const ids = store
    .all()
    .filter((doc) => doc._type === 'article')
    .map((doc) => doc._id)
  const id = ids[Math.floor(ids.length / 2)]
  try {
    const list = await time(() => client.fetch(LIST))
    const open = await time(() => client.getDocuments([id, `drafts.${id}`]))
    const keystroke = await time((i = 0) =>
      client.action({
        actionType: 'sanity.action.document.edit',
        draftId: `drafts.${id}`,
        publishedId: id,
        patch: { set: { title: `Edited ${i}` } },
      }),
    )
    return { label, documents, openMs, list, open, keystroke }
  } finally {
    await lake.close()
    store.close()
  }
}

const sample = readFileSync(path.join(SAMPLE_DATASET_DIR, 'data.ndjson'), 'utf8')
const big = toNdjson(generateDataset(parseNdjson(sample), { articles }))
const baseline = await measure('sample dataset', sample)
const scaled = await measure(`${articles.toLocaleString('en')} articles`, big)

const ms = (value) => `${value.toFixed(1)} ms`
console.log(`\nLocal lake, ${iterations} requests each after a warm-up, through @sanity/client (p50 / p95):\n`)
console.log('| Dataset | Documents | Open (replay + compact) | Article list | Open a document | Keystroke, fsynced |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const row of [baseline, scaled]) {
  console.log(
    `| ${row.label} | ${row.documents.toLocaleString('en')} | ${ms(row.openMs)} | ${ms(row.list.p50)} / ${ms(row.list.p95)} | ${ms(row.open.p50)} / ${ms(row.open.p95)} | ${ms(row.keystroke.p50)} / ${ms(row.keystroke.p95)} |`,
  )
}
const ratio = (key) => (scaled[key].p50 / baseline[key].p50).toFixed(1)
console.log(`\nScaled / sample (p50): list ${ratio('list')}x, open ${ratio('open')}x, keystroke ${ratio('keystroke')}x`)
console.log(
  `Targets at scale: list < 1000 ms (${scaled.list.p50 < 1000 ? 'met' : 'NOT met'}), open < 500 ms (${scaled.open.p50 < 500 ? 'met' : 'NOT met'}), keystroke < 50 ms (${scaled.keystroke.p50 < 50 ? 'met' : 'NOT met'})`,
)
