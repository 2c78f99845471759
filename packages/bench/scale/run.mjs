#!/usr/bin/env node
/**
 * `npm run bench:scale -w @blog/bench [-- options]`: generates a large dataset from the sample one, times the
 * embedded source's queries on it with and without its indexes (p50/p95), and optionally times `next build`
 * of apps/web on it (under the shared build lock).
 *
 *   --articles 10000 --authors 200 --books 500 --categories 40   dataset size
 *   --iterations 30     timed runs per query and variant (after one warm-up run)
 *   --out DIR           where the dataset goes (default: a fresh temp dir); images link to the sample's
 *   --build             also run `next build` with CONTENT_DATASET_PATH on the dataset (PRERENDER_ARTICLES and PRERENDER_PAGES from env, default 100)
 *   --json FILE         also write the figures as JSON
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { percentile } from '../scripts/lib.mjs'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'
import { generateDataset } from '@blog/sample-content/generate'
import { parseNdjson, toNdjson } from '@blog/schemas'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../../..')

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    authors: { type: 'string', default: '200' },
    books: { type: 'string', default: '500' },
    categories: { type: 'string', default: '40' },
    iterations: { type: 'string', default: '30' },
    out: { type: 'string' },
    build: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
})
const number = (name) => {
  const value = Number(args[name])
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got ${args[name]}`)
  return value
}

const { createEmbeddedSource } = await import(path.join(repo, 'packages/content/src/sources/embedded.ts'))
const queries = await import(path.join(repo, 'packages/content/src/queries.ts'))

const outDir = args.out ? path.resolve(args.out) : mkdtempSync(path.join(tmpdir(), 'blog-scale-'))
mkdirSync(outDir, { recursive: true })
const datasetPath = path.join(outDir, 'data.ndjson')
const now = new Date()

let started = performance.now()
const docs = generateDataset(parseNdjson(readFileSync(path.join(SAMPLE_DATASET_DIR, 'data.ndjson'), 'utf8')), {
  articles: number('articles'),
  authors: number('authors'),
  books: number('books'),
  categories: number('categories'),
  now,
})
writeFileSync(datasetPath, toNdjson(docs))
rmSync(path.join(outDir, 'images'), { force: true, recursive: true })
symlinkSync(path.join(SAMPLE_DATASET_DIR, 'images'), path.join(outDir, 'images'))
const count = (type) => docs.filter((doc) => doc._type === type).length
console.log(
  `dataset ${datasetPath}: ${docs.length} documents (${count('article')} articles, ${count('author')} authors, ` +
    `${count('book')} books, ${count('category')} categories, ${count('sanity.imageAsset')} image assets) ` +
    `in ${Math.round(performance.now() - started)} ms`,
)

const slugsOf = (type) => docs.filter((doc) => doc._type === type).map((doc) => doc.slug.current)
const articleSlugs = slugsOf('article')
const authorSlugs = slugsOf('author')
const categorySlugs = slugsOf('category')
const terms = ['tempo', 'recovery', 'easy', 'marathon', 'sleep', 'hamstring']
const iterations = number('iterations')
// Deterministic spread of parameters over the dataset.
const nth = (list, i) => list[(i * 7919) % list.length]

const cases = [
  { name: 'list: home page', run: (s) => s.fetch(queries.articlePageQuery, { start: 0, end: 10 }) },
  { name: 'list: page 400', run: (s) => s.fetch(queries.articlePageQuery, { start: 3990, end: 4000 }) },
  { name: 'slug: article', run: (s, i) => s.fetch(queries.articleQuery, { slug: nth(articleSlugs, i) }) },
  { name: 'slug: unknown article', run: (s, i) => s.fetch(queries.articleQuery, { slug: `no-such-${i}` }) },
  { name: 'author: with articles', run: (s, i) => s.fetch(queries.authorQuery, { slug: nth(authorSlugs, i) }) },
  {
    name: 'author: article page',
    run: (s, i) => s.fetch(queries.authorArticlePageQuery, { slug: nth(authorSlugs, i), start: 0, end: 10 }),
  },
  {
    name: 'category: article page',
    run: (s, i) => s.fetch(queries.categoryPageQuery, { slug: nth(categorySlugs, i), start: 0, end: 10 }),
  },
  {
    name: 'related: article',
    run: (s, i) => s.fetch(queries.relatedArticlesQuery, { slug: nth(articleSlugs, i), pool: 12 }),
  },
  { name: 'slugs: all articles', run: (s) => s.fetch(queries.articleSlugsQuery) },
  {
    name: 'search: two words',
    run: (s, i, variant) => {
      const words = [nth(terms, i), nth(terms, i + 1)].map((word) => `${word}*`)
      return variant === 'indexed'
        ? s.searchArticles(
            words.map((word) => word.slice(0, -1)),
            { limit: 20, hitsQuery: queries.searchHitsByIdQuery },
          )
        : s.fetch(queries.searchQuery, { pattern: words.join(' '), limit: 20 })
    },
  },
]

const results = []
for (const variant of ['plain', 'indexed']) {
  const source = createEmbeddedSource({ datasetPath, indexes: variant === 'indexed', now: () => now })
  started = performance.now()
  await source.fetch(queries.articleCountQuery)
  const load = performance.now() - started
  for (const { name, run } of cases) {
    started = performance.now()
    await run(source, 0, variant) // warm-up: builds the indexes a query needs
    const first = performance.now() - started
    const times = []
    for (let i = 1; i <= iterations; i++) {
      started = performance.now()
      await run(source, i, variant)
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    results.push({ variant, name, first, p50: percentile(times, 50), p95: percentile(times, 95), load })
    process.stdout.write('.')
  }
}
console.log('\n')

const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(0))
console.log(
  `Embedded source at ${count('article')} articles, ${iterations} runs each (ms; "first" = first run, builds lazy indexes)\n`,
)
console.log('| query | plain p50 | plain p95 | indexed p50 | indexed p95 | indexed first | speed-up (p50) |')
console.log('|---|---:|---:|---:|---:|---:|---:|')
for (const { name } of cases) {
  const plain = results.find((row) => row.variant === 'plain' && row.name === name)
  const fast = results.find((row) => row.variant === 'indexed' && row.name === name)
  console.log(
    `| ${name} | ${ms(plain.p50)} | ${ms(plain.p95)} | ${ms(fast.p50)} | ${ms(fast.p95)} | ${ms(fast.first)} | ${(plain.p50 / fast.p50).toFixed(1)}x |`,
  )
}
console.log(`\nDataset load (parse ${docs.length} documents): ${ms(results[0].load)} ms`)

let build
if (args.build) {
  const prerender = process.env.PRERENDER_ARTICLES ?? '100'
  const prerenderPages = process.env.PRERENDER_PAGES ?? '100'
  console.log(
    `\nnext build of apps/web on the dataset (PRERENDER_ARTICLES=${prerender}, PRERENDER_PAGES=${prerenderPages}), under flock /tmp/web-build.lock ...`,
  )
  const env = {
    ...process.env,
    CONTENT_DATASET_PATH: datasetPath,
    PRERENDER_ARTICLES: prerender,
    PRERENDER_PAGES: prerenderPages,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  started = performance.now()
  const result = spawnSync('flock', ['/tmp/web-build.lock', 'npm', 'run', 'build', '-w', '@blog/web'], {
    cwd: repo,
    env,
    stdio: 'inherit',
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`)
  build = { seconds, prerender: Number(prerender) }
  console.log(`\nbuild wall time (including waiting for the lock): ${seconds.toFixed(1)} s`)
}

if (args.json)
  writeFileSync(
    args.json,
    JSON.stringify({ date: now.toISOString(), articles: count('article'), iterations, results, build }, null, 2),
  )
