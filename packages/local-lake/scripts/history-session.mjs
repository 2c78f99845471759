// A long editing session, scripted, to measure what it leaves in history.ndjson: one editor types into an
// article's excerpt (a keystroke every 0.3 s, a two-minute pause every 150 keystrokes, a publish every 600), on a
// simulated clock, then the lake is opened again 100 days later. Prints the file's size after the session and
// after the reopen, how long the reopen and the first history read took.
// Usage: node packages/local-lake/scripts/history-session.mjs [src folder of the lake to measure] [keystrokes]
import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

const here = path.dirname(fileURLToPath(import.meta.url))
const src = path.resolve(process.argv[2] ?? path.join(here, '../src'))
const keystrokes = Number(process.argv[3] ?? 3000)
const { DatasetStore } = await import(path.join(src, 'store.ts'))
const { applyActions } = await import(path.join(src, 'actions.ts'))

let now = Date.parse('2026-01-05T09:00:00Z')
const RealDate = Date
globalThis.Date = class extends RealDate {
  constructor(...args) {
    if (args.length > 0) super(...args)
    else super(now)
  }
  static now() {
    return now
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'history-session-'))
const id = 'article-keep-easy-runs-easy'
const draftId = `drafts.${id}`
let store = DatasetStore.open(dir, { seedDir: SAMPLE_DATASET_DIR })
const words = 'Easy runs build the base that every hard session stands on, so keep them truly easy. '
let excerpt = ''
for (let key = 1; key <= keystrokes; key += 1) {
  excerpt = (excerpt + words[key % words.length]).slice(-400)
  applyActions(store, [
    { actionType: 'sanity.action.document.edit', draftId, publishedId: id, patch: { set: { excerpt } } },
  ])
  now += key % 150 === 0 ? 120_000 : 300
  if (key % 600 === 0) applyActions(store, [{ actionType: 'sanity.action.document.publish', draftId, publishedId: id }])
}
const file = path.join(dir, 'history.ndjson')
const afterSession = statSync(file).size
store.close()
now += 100 * 86_400_000
const started = performance.now()
store = DatasetStore.open(dir)
const openMs = performance.now() - started
// The history panel's first request reads the whole file (the lake before squashing read it only then).
const read = performance.now()
const entries = store.history.touching([id, draftId]).length
const firstReadMs = performance.now() - read
store.close()
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`
console.log(
  JSON.stringify({
    src: path.relative(process.cwd(), src),
    keystrokes,
    publishes: Math.floor(keystrokes / 600),
    afterSession: mib(afterSession),
    after100Days: mib(statSync(file).size),
    entries,
    reopenMs: Math.round(openMs),
    firstHistoryReadMs: Math.round(firstReadMs),
  }),
)
