// `npm run bench`: builds once, then measures in one run, on the same prerendered pages:
//   (a) nginx serving the prerendered HTML files (the ceiling)
//   (b) `next start` alone
//   (c) `next start` behind the nginx micro-cache of apps/web/deploy/nginx.conf (the recommended self-hosting setup)
//   (d) a bare Next.js page (packages/bench/baseline-app), the framework's floor, and the same page padded to the
//       blog's size: (d2) on a static route, like home, (d3) on a dynamic route, like articles and authors
// For `next start` setups it also reads the server's CPU time per request (/proc), steadier than req/s on a busy
// machine.
// plus the cold render of an article that was not prerendered. Writes results/latest.{json,md}.
// Flags: --no-build (reuse the current builds), --rounds N (default 3; the setups are measured in turn, N times),
// --seconds N (per round, default 4), --warmup N (default 2), --connections N (50).
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { startNginx } from '@blog/system-tests/nginx'
import {
  baselineDir,
  buildAll,
  combineRounds,
  datasetCopy,
  ensureWrkAndNginx,
  fmt,
  numberArg,
  get,
  hardware,
  prerenderedPages,
  resultsDir,
  savedResultsDir,
  startNext,
  waitFor,
  webDir,
  wrk,
} from './lib.mjs'
import { payloadBreakdown } from './payload.mjs'

const rounds = numberArg('rounds', 3)
const seconds = numberArg('seconds', 4)
const warmup = numberArg('warmup', 2)
const connections = numberArg('connections', 50)
const ports = { ceiling: 8201, microCache: 8202, web: 3201, baseline: 3202 }
const host = '127.0.0.1'
/** The bare page padded to the blog's size, on a static and a dynamic route (packages/bench/baseline-app/app/large). */
const BLOG_SIZED = [
  { key: 'd2', name: 'bare page, blog-sized', path: '/large' },
  { key: 'd3', name: 'bare page, blog-sized, dynamic route', path: '/large/a' },
]

const staticConf = (prefix, root) => `
worker_processes auto;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen ${host}:${ports.ceiling};
    root ${root};
    location = / { try_files /index.html =404; }
    location / { try_files $uri.html =404; }
  }
}
`

const stops = []
const logs = {}
const stopAll = () =>
  stops
    .splice(0)
    .reverse()
    .forEach((stop) => stop())
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopAll(), process.exit(130)))
process.on('exit', stopAll)

async function main() {
  ensureWrkAndNginx()
  buildAll()
  const pages = prerenderedPages()
  const tmp = mkdtempSync(path.join(tmpdir(), 'blog-bench-'))
  chmodSync(tmp, 0o755) // nginx workers (nobody, when started as root) reach their cache under it
  const dataset = datasetCopy()

  const web = startNext({ dir: webDir, port: ports.web, env: { CONTENT_DATASET_PATH: dataset } })
  stops.push(web.stop)
  logs['next start (blog)'] = web.log
  const baseline = startNext({ dir: baselineDir, port: ports.baseline })
  stops.push(baseline.stop)
  logs['next start (baseline)'] = baseline.log
  const ceiling = startNginx({
    prefix: path.join(tmp, 'ceiling'),
    conf: staticConf(path.join(tmp, 'ceiling'), path.join(webDir, '.next/server/app')),
  })
  stops.push(ceiling.stop)
  const microCache = startNginx({
    prefix: path.join(tmp, 'micro-cache'),
    values: { LISTEN: `${host}:${ports.microCache}`, UPSTREAM: `${host}:${ports.web}` },
  })
  stops.push(microCache.stop)
  await Promise.all([
    waitFor(`http://${host}:${ports.web}/`).catch((error) =>
      Promise.reject(new Error(`${error.message}\n${web.log()}`)),
    ),
    waitFor(`http://${host}:${ports.baseline}/`).catch((error) =>
      Promise.reject(new Error(`${error.message}\n${baseline.log()}`)),
    ),
    waitFor(`http://${host}:${ports.ceiling}/`),
    waitFor(`http://${host}:${ports.microCache}/`),
  ])

  const targets = [
    { key: 'a', name: 'nginx static HTML (ceiling)', port: ports.ceiling, pages },
    { key: 'b', name: 'next start', port: ports.web, pages, cpuMs: web.cpuMs },
    { key: 'c', name: 'nginx micro-cache → next start', port: ports.microCache, pages },
    {
      key: 'd',
      name: 'bare Next.js page (floor)',
      port: ports.baseline,
      pages: [{ name: 'bare page', path: '/' }],
      cpuMs: baseline.cpuMs,
    },
    ...BLOG_SIZED.map(({ key, name, path }) => ({
      key,
      name,
      port: ports.baseline,
      pages: [{ name, path }],
      cpuMs: baseline.cpuMs,
    })),
  ]
  // Every setup is measured in rounds, taken in turn, so a change in the machine's load (other work on a shared
  // machine) falls on all of them alike and their ratios hold; a setup's figures combine its rounds.
  const slots = targets.flatMap((target) =>
    target.pages.map((page) => ({ target, page, url: `http://${host}:${target.port}${page.path}`, results: [] })),
  )
  for (const slot of slots) {
    const response = await get(slot.url)
    const html = await response.text()
    if (response.status !== 200) throw new Error(`bench: ${slot.url} answered ${response.status}`)
    slot.htmlBytes = Buffer.byteLength(html)
    wrk(slot.url, { seconds: warmup, connections })
  }
  for (let round = 0; round < rounds; round++) {
    for (const slot of slots) {
      const cpuBefore = slot.target.cpuMs?.()
      const result = wrk(slot.url, { seconds, connections })
      if (cpuBefore !== undefined) result.cpuMs = slot.target.cpuMs() - cpuBefore
      slot.results.push(result)
      // The micro-cache must have answered from its cache, or (c) would measure something else.
      if (slot.target.key === 'c') {
        const check = await get(slot.url)
        await check.text()
        const status = check.headers.get('x-cache-status')
        if (!['HIT', 'UPDATING', 'STALE'].includes(status ?? ''))
          throw new Error(`bench: ${slot.url} after the run: X-Cache-Status ${status}, expected a cache hit`)
      }
    }
    console.log(`  round ${round + 1} of ${rounds} done`)
  }
  const runs = slots.map(({ target, page, htmlBytes, results }) => {
    const run = {
      target: target.key,
      setup: target.name,
      page: page.name,
      path: page.path,
      htmlBytes,
      ...combineRounds(results),
      roundsRps: results.map((result) => result.rps),
      // The server's CPU time per request over all rounds (ms); only for `next start` setups.
      cpuMsPerRequest: target.cpuMs
        ? results.reduce((sum, result) => sum + result.cpuMs, 0) / results.reduce((sum, r) => sum + r.requests, 0)
        : null,
    }
    console.log(
      `  (${target.key}) ${target.name.padEnd(32)} ${page.name.padEnd(9)} ${fmt(run.rps).padStart(8)} req/s  p50 ${fmt(run.p50, 2)} ms  p99 ${fmt(run.p99, 2)} ms  errors ${run.errors}${run.cpuMsPerRequest === null ? '' : `  server CPU ${fmt(run.cpuMsPerRequest, 3)} ms/request`}`,
    )
    return run
  })

  const cold = await coldRender(dataset, `http://${host}:${ports.web}`)
  // Sizes of every page type; wrk measures home, article and author.
  const composition = await htmlComposition(
    prerenderedPages(['articles', 'authors', 'books', 'categories']),
    `http://${host}:${ports.web}`,
    `http://${host}:${ports.baseline}/`,
  )
  stopAll()
  rmSync(tmp, { recursive: true, force: true })
  rmSync(path.dirname(dataset), { recursive: true, force: true })
  report({ runs, cold, composition, pages })
}

/** Adds three articles to the site's dataset copy while it runs, then times the first (cache-miss) and second request. */
async function coldRender(dataset, base) {
  const documents = readFileSync(dataset, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  const source = documents.find((doc) => doc._type === 'article' && new Date(doc.publishedAt) <= new Date())
  const added = [1, 2, 3].map((n) => ({
    ...source,
    _id: `bench-cold-${n}`,
    title: `${source.title} (bench copy ${n})`,
    slug: { _type: 'slug', current: `bench-cold-render-${n}` },
    previousSlugs: [],
  }))
  appendFileSync(dataset, added.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  const samples = []
  for (const doc of added) {
    const url = `${base}/articles/${doc.slug.current}`
    const time = async () => {
      const start = performance.now()
      const response = await get(url)
      await response.text()
      return { status: response.status, ms: performance.now() - start, cache: response.headers.get('x-nextjs-cache') }
    }
    const first = await time()
    const second = await time()
    if (first.status !== 200) throw new Error(`bench: cold render of ${url} answered ${first.status}`)
    samples.push({
      path: `/articles/${doc.slug.current}`,
      firstMs: first.ms,
      firstCache: first.cache,
      secondMs: second.ms,
      secondCache: second.cache,
    })
    console.log(
      `  cold render ${url}: first ${fmt(first.ms, 1)} ms (${first.cache ?? 'no x-nextjs-cache'}), then ${fmt(second.ms, 1)} ms (${second.cache})`,
    )
  }
  return samples
}

/** What the blog's HTML is made of next to the bare page's: total, the inline RSC payload, and gzipped sizes. */
async function htmlComposition(pages, base, baselineUrl) {
  const measure = async (name, url) => {
    const html = await (await get(url)).text()
    const payload = payloadBreakdown(html)
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].reduce(
      (sum, m) => sum + Buffer.byteLength(m[0]),
      0,
    )
    return {
      page: name,
      bytes: Buffer.byteLength(html),
      gzipBytes: gzipSync(html).length,
      rscPayloadBytes: payload.scripts,
      payload,
      jsonLdBytes: jsonLd,
    }
  }
  const rows = []
  for (const page of pages) rows.push(await measure(page.name, base + page.path))
  rows.push(await measure('bare page', baselineUrl))
  for (const { name, path } of BLOG_SIZED) rows.push(await measure(name, baselineUrl + path.slice(1)))
  return rows
}

function report({ runs, cold, composition, pages }) {
  const find = (target, page) => runs.find((run) => run.target === target && run.page === page)
  const floor = runs.find((run) => run.target === 'd')
  const sizedFloor = runs.find((run) => run.target === 'd2')
  const dynamicFloor = runs.find((run) => run.target === 'd3')
  // By CPU: the baseline's CPU per request over ours, so that 1 means as cheap, like the req/s ratios.
  const cpuRatio = (ours, theirs) => theirs.cpuMsPerRequest / ours.cpuMsPerRequest
  const ratios = pages.map((page) => {
    const [a, b, c] = ['a', 'b', 'c'].map((key) => find(key, page.name))
    return {
      page: page.name,
      path: page.path,
      cOverA: c.rps / a.rps,
      bOverD: b.rps / floor.rps,
      bOverSizedD: b.rps / sizedFloor.rps,
      bOverSizedDCpu: cpuRatio(b, sizedFloor),
      bOverDynamicD: b.rps / dynamicFloor.rps,
      bOverDynamicDCpu: cpuRatio(b, dynamicFloor),
      cP99: c.p99,
      cErrors: c.errors,
      microCacheTarget: c.rps / a.rps >= 0.5 && c.p99 < 50 && c.errors === 0,
      floorTarget: b.rps / floor.rps >= 0.9,
      sizedFloorTarget: b.rps / sizedFloor.rps >= 0.9,
    }
  })
  const coldMedian = [...cold.map((s) => s.firstMs)].sort((x, y) => x - y)[Math.floor(cold.length / 2)]
  const summary = {
    date: new Date().toISOString(),
    hardware: hardware(),
    settings: { rounds, seconds, warmup, connections, threads: 2 },
    runs,
    ratios,
    // What the bare page itself pays for being on a dynamic route (by req/s, and by CPU per request).
    floorCosts: {
      dynamicOverStatic: { rps: dynamicFloor.rps / sizedFloor.rps, cpu: cpuRatio(dynamicFloor, sizedFloor) },
    },
    coldRender: { medianFirstMs: coldMedian, samples: cold },
    htmlComposition: composition,
  }

  const lines = []
  lines.push(`# Bench: ${summary.date.slice(0, 16).replace('T', ' ')} UTC`, '')
  const hw = summary.hardware
  lines.push(
    `${hw.nproc} cores (${hw.cpu}), ${hw.ramGiB} GiB RAM; Node ${hw.node}, Next.js ${hw.next}, ${hw.nginx}, ${hw.wrk}.`,
  )
  lines.push(
    `wrk: ${connections} connections, 2 threads, ${rounds} rounds of ${seconds} s per setup, taken in turn (req/s: the rounds' mean; p50: their median; p99: the worst), after a ${warmup} s warm-up, on the same machine as the servers; no Accept-Encoding (every setup sends the same uncompressed HTML).`,
    '',
  )
  lines.push(
    '| Setup | Page | req/s | each round | p50 ms | p99 ms | errors | server CPU ms/request | HTML bytes |',
    '|---|---|---:|---|---:|---:|---:|---:|---:|',
  )
  for (const run of runs)
    lines.push(
      `| (${run.target}) ${run.setup} | ${run.page} \`${run.path}\` | ${fmt(run.rps)} | ${run.roundsRps.map((rps) => fmt(rps)).join(', ')} | ${fmt(run.p50, 2)} | ${fmt(run.p99, 2)} | ${run.errors} | ${run.cpuMsPerRequest === null ? '' : fmt(run.cpuMsPerRequest, 3)} | ${fmt(run.htmlBytes)} |`,
    )
  lines.push(
    '',
    '| Page | c/a (target ≥ 0.5, p99 < 50 ms, 0 errors) | b/d (target ≥ 0.9) | b / blog-sized bare page (target ≥ 0.9) |',
    '|---|---|---|---|',
  )
  for (const r of ratios) {
    lines.push(
      `| ${r.page} | ${fmt(r.cOverA, 2)}, p99 ${fmt(r.cP99, 1)} ms, ${r.cErrors} errors: ${r.microCacheTarget ? 'met' : 'not met'} | ${fmt(r.bOverD, 2)}: ${r.floorTarget ? 'met' : 'not met'} | ${fmt(r.bOverSizedD, 2)}: ${r.sizedFloorTarget ? 'met' : 'not met'} |`,
    )
  }
  lines.push(
    '',
    "The same against the bare page's other blog-sized forms, by req/s and by the server's CPU per request (the baseline's over ours: 1 is as cheap). Articles and authors are pages of a dynamic route; home is a static route.",
    '',
    '| Page | b / blog-sized bare page, by CPU | b / bare page on a dynamic route (d3) | by CPU |',
    '|---|---:|---:|---:|',
  )
  for (const r of ratios)
    lines.push(
      `| ${r.page} | ${fmt(r.bOverSizedDCpu, 2)} | ${fmt(r.bOverDynamicD, 2)} | ${fmt(r.bOverDynamicDCpu, 2)} |`,
    )
  const costs = summary.floorCosts
  lines.push(
    '',
    `What a dynamic route costs the bare page itself (d3 over d2): ${fmt(costs.dynamicOverStatic.rps, 2)} by req/s, ${fmt(costs.dynamicOverStatic.cpu, 2)} by CPU.`,
  )
  lines.push(
    '',
    `Cold render (an article added to the dataset at run time, first request = cache miss: queries + render + ISR write): median ${fmt(coldMedian, 1)} ms`,
  )
  for (const s of cold)
    lines.push(
      `- \`${s.path}\`: first ${fmt(s.firstMs, 1)} ms (x-nextjs-cache ${s.firstCache ?? 'none'}), second ${fmt(s.secondMs, 1)} ms (${s.secondCache ?? 'none'})`,
    )
  lines.push(
    '',
    'What the HTML is made of (b vs d): bytes sent per request, gzipped size, the inline RSC payload (`self.__next_f.push` scripts) and JSON-LD.',
    "The payload split (scripts/payload.mjs): the framework's rows (router tree, client references, chunk lists), the metadata tags, the rendered tree of the layout and page (what the HTML shows, again, for hydration and client navigation), and what wrapping the rows in scripts adds (JSON escaping).",
    '',
  )
  lines.push(
    '| Page | HTML bytes | gzipped | inline RSC payload | framework rows | metadata | rendered tree | script wrapping | JSON-LD |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  )
  for (const c of composition)
    lines.push(
      `| ${c.page} | ${fmt(c.bytes)} | ${fmt(c.gzipBytes)} | ${fmt(c.rscPayloadBytes)} | ${fmt(c.payload.framework)} | ${fmt(c.payload.metadata)} | ${fmt(c.payload.tree)} | ${fmt(c.payload.wrapping)} | ${fmt(c.jsonLdBytes)} |`,
    )
  const markdown = lines.join('\n') + '\n'

  mkdirSync(resultsDir, { recursive: true })
  const stamp = summary.date.replace(/[:.]/g, '-')
  writeFileSync(path.join(resultsDir, `bench-${stamp}.json`), JSON.stringify(summary, null, 2))
  writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(summary, null, 2))
  writeFileSync(path.join(resultsDir, 'latest.md'), markdown)
  if (savedResultsDir) writeFileSync(path.join(savedResultsDir, 'latest.md'), markdown)
  console.log('\n' + markdown)
  console.log(`bench: wrote ${path.relative(process.cwd(), path.join(resultsDir, 'latest.md'))} and latest.json`)
}

main().catch((error) => {
  console.error(String(error?.stack ?? error))
  for (const [name, log] of Object.entries(logs)) console.error(`--- ${name} (last lines)\n${log().slice(-3000)}`)
  stopAll()
  process.exit(1)
})
