// `npm run bench:junk`: what made-up URLs (scanner traffic: /wp-login.php, /articles/<random>, ...) cost the blog,
// whose proxy answers them with the prerendered not-found page. In one run, on one private copy of the build:
//   (a) `next start` alone: a cached article (the baseline), one made-up URL repeated, then a new made-up URL per
//       request: req/s, p50, p99, the statuses answered; goal: unique made-up URLs at >= 0.5 of the article's req/s;
//   (b) around each run, what it left behind: the build copy's bytes and files, next-server's RSS, content queries;
//   (c) the article and unique made-up URLs again behind the nginx micro-cache of apps/web/deploy/nginx.conf, and
//       whether its cache folder grows.
// Writes results/runs/junk.{md,json}; --save also results/junk.md. A 5xx fails the run.
// Flags: --no-build (reuse the current build), --seconds N (default 10), --warmup N (default 2), --connections N (50).
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { startNginx } from '@blog/system-tests/nginx'
import {
  buildAll,
  ensureWrkAndNginx,
  fmt,
  numberArg,
  get,
  hardware,
  parseWrk,
  prerenderedPages,
  resultsDir,
  savedResultsDir,
  startNext,
  waitFor,
  webDir,
} from './lib.mjs'

const seconds = numberArg('seconds', 10)
const warmup = numberArg('warmup', 2)
const connections = numberArg('connections', 50)
const ports = { web: 3301, microCache: 8301 }
const host = '127.0.0.1'
const GOAL = 0.5
/** What a made-up URL may answer: the not-found page, or the proxy's 308 for a trailing slash (`/<random>/`). */
const JUNK_STATUSES = new Set([404, 308])
// The same made-up URL over and over: the not-found answer without the uniqueness, so what unique URLs add (a per-URL
// entry somewhere) shows as the difference between the two runs.
const REPEATED = '/articles/junk-repeated'
const KINDS = { article: 'cached article', repeated: 'one made-up URL, repeated', junk: 'unique made-up URLs' }
const SETUPS = [
  { key: 'web', name: 'next start', kinds: ['article', 'repeated', 'junk'] },
  { key: 'microCache', name: 'nginx micro-cache → next start', kinds: ['article', 'junk'] },
]

// Every wrk thread builds its own paths; the run and thread numbers in each keep them apart, so no URL is asked twice
// in the server's life (warm-ups included). The article runs go through the same script, so wrk does the same work
// per request (a Lua call, the status tally) on both sides of a ratio.
const LUA = `
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  run = tonumber(args[1])
  fixed = args[2]
  n = 0
  statuses = {}
  math.randomseed(run * 1000 + id)
end

local letters = "abcdefghijklmnopqrstuvwxyz0123456789"
local function word()
  local chars = {}
  for i = 1, math.random(4, 12) do
    local at = math.random(1, #letters)
    chars[i] = letters:sub(at, at)
  end
  return table.concat(chars)
end

local kinds = {
  function(key) return "/articles/junk-" .. key end,
  function(key) return "/authors/nobody-" .. key end,
  function(key) return "/categories/none-" .. key .. "/page/2" end,
  function(key, number) return "/page/" .. number end,
  function(key) return "/no/such/page-" .. key end,
  function(key) return "/wp-login.php?x=" .. key end,
  function(key) return "/old/2019/04/" .. word() .. "-" .. key end,
  function(key) return "/" .. word() .. "-" .. key .. "/" end,
}

function request()
  if fixed then return wrk.format(nil, fixed) end
  n = n + 1
  local key = run .. "-" .. id .. "-" .. n .. "-" .. math.random(0, 999999)
  local number = string.format("%.0f", (run * 100 + id) * 1e9 + n)
  return wrk.format(nil, kinds[n % #kinds + 1](key, number))
end

function response(status)
  statuses[status] = (statuses[status] or 0) + 1
end

function done()
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + count end
  end
  local parts = {}
  for status, count in pairs(total) do parts[#parts + 1] = string.format('"%d":%d', status, count) end
  io.write("statuses {" .. table.concat(parts, ",") .. "}\\n")
end
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

let luaScript
let wrkRuns = 0
/** One wrk run through the Lua script: unique made-up URLs, or `fixed` on every request. */
function load(base, { fixed, duration = seconds } = {}) {
  const run = ++wrkRuns
  const args = ['-t2', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '--latency', '-s', luaScript, base]
  const result = spawnSync('wrk', [...args, String(run), ...(fixed ? [fixed] : [])], { encoding: 'utf8' })
  if (result.error)
    throw new Error(`bench: cannot run wrk (${result.error.message}); install it with: apt-get install -y wrk`)
  if (result.status !== 0) throw new Error(`wrk failed on ${base}:\n${result.stderr}`)
  const tally = result.stdout.match(/^statuses (\{.*\})$/m)
  if (!tally) throw new Error(`bench: wrk printed no status tally:\n${result.stdout}`)
  const statuses = Object.fromEntries(Object.entries(JSON.parse(tally[1])).map(([s, n]) => [Number(s), n]))
  return { ...parseWrk(result.stdout), statuses }
}

/** Apparent size in bytes (as `du -sb`: directories and links count their own size, links are not followed). */
function folderSize(dir) {
  if (!existsSync(dir)) return null
  let bytes = lstatSync(dir).size
  let files = 0
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      try {
        bytes += lstatSync(full).size
      } catch {
        continue // nginx renames and removes its temporary files while we walk
      }
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) files++
    }
  }
  walk(dir)
  return { bytes, files }
}

const procStat = (pid) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

/**
 * The pid of next-server, whose RSS is the server's: Next 16's `next start` becomes next-server itself (it renames its
 * process); older versions fork it and only relay signals.
 */
function nextServerPid(startPid) {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return Number(procStat(pid)[1]) === startPid
      } catch {
        return false
      }
    })
  const server = [String(startPid), ...children].find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('next-server')
    } catch {
      return false
    }
  })
  if (!server) throw new Error(`bench: no next-server process at or under next start (pid ${startPid})`)
  return Number(server)
}

/**
 * A GET as wrk sends it, without Accept-Encoding: nginx keeps a copy per `Vary: Accept-Encoding` value, and fetch
 * always asks for gzip, so it would look up a copy wrk never filled.
 */
function plainGet(url) {
  return new Promise((resolve, reject) =>
    http
      .get(url, (response) => {
        response.resume()
        response.on('end', () => resolve(response))
      })
      .on('error', reject),
  )
}

const rssKb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? NaN)

/** Content reads since start (`/api/health`): a made-up URL must not cause one. */
async function contentQueries(base) {
  return (await (await get(`${base}/api/health`)).json()).queries
}

async function snapshot({ copyDir, serverPid, nginxCache }) {
  // The heap settles after a burst; reading RSS at the same distance from both ends of a run keeps them comparable.
  await sleep(1000)
  const count = (sub) => folderSize(path.join(copyDir, '.next', sub))?.files ?? null
  return {
    copy: folderSize(copyDir),
    routeCacheFiles: count('server/route-cache'),
    lastGoodFiles: count('last-good'),
    rssKb: rssKb(serverPid),
    queries: await contentQueries(`http://${host}:${ports.web}`),
    nginxCache: nginxCache ? folderSize(nginxCache) : null,
  }
}

async function main() {
  ensureWrkAndNginx()
  // buildAll would also build the baseline app, which this bench never serves: with --no-build only the blog's
  // build has to be there.
  if (!process.argv.includes('--no-build')) buildAll()
  else if (!existsSync(path.join(webDir, '.next/BUILD_ID')))
    throw new Error(`bench: no production build in ${webDir}; run without --no-build`)
  const article = prerenderedPages(['articles']).find((page) => page.name === 'article').path
  const tmp = mkdtempSync(path.join(tmpdir(), 'blog-bench-junk-'))
  stops.push(() => rmSync(tmp, { recursive: true, force: true }))
  chmodSync(tmp, 0o755) // nginx workers (nobody, when started as root) reach their cache under it
  luaScript = path.join(tmp, 'junk.lua')
  writeFileSync(luaScript, LUA)

  const web = startNext({ dir: webDir, port: ports.web, env: { CONTENT_DATASET_PATH: SAMPLE_DATASET } })
  stops.push(web.stop)
  logs['next start (blog)'] = web.log
  const nginxPrefix = path.join(tmp, 'micro-cache')
  const microCache = startNginx({
    prefix: nginxPrefix,
    values: { LISTEN: `${host}:${ports.microCache}`, UPSTREAM: `${host}:${ports.web}` },
  })
  stops.push(microCache.stop)
  const bases = { web: `http://${host}:${ports.web}`, microCache: `http://${host}:${ports.microCache}` }
  await Promise.all([
    waitFor(`${bases.web}/`).catch((error) => Promise.reject(new Error(`${error.message}\n${web.log()}`))),
    waitFor(`${bases.microCache}/`),
  ])
  const copyDir = readlinkSync(`/proc/${web.child.pid}/cwd`)
  const serverPid = nextServerPid(web.child.pid)

  const probes = {}
  for (const [name, urlPath, status] of [
    ['article', article, 200],
    ['junk', '/articles/junk-check', 404],
  ]) {
    const response = await get(bases.web + urlPath)
    probes[name] = {
      bytes: Buffer.byteLength(await response.text()),
      cacheControl: response.headers.get('cache-control'),
    }
    if (response.status !== status) throw new Error(`bench: ${urlPath} answered ${response.status}, expected ${status}`)
  }

  const runs = []
  for (const setup of SETUPS) {
    const base = bases[setup.key]
    const nginxCache = setup.key === 'microCache' ? `${nginxPrefix}/cache` : null
    for (const kind of setup.kinds) {
      const fixed = { article, repeated: REPEATED, junk: undefined }[kind]
      load(base, { fixed, duration: warmup })
      const before = await snapshot({ copyDir, serverPid, nginxCache })
      const result = load(base, { fixed })
      if (setup.key === 'microCache' && kind === 'article') {
        // The article side must be nginx answering from its cache, or the ratio would measure something else.
        const cache = (await plainGet(base + article)).headers['x-cache-status']
        if (!['HIT', 'UPDATING', 'STALE'].includes(cache ?? ''))
          throw new Error(`bench: ${article} after the run: X-Cache-Status ${cache}, expected a cache hit`)
      }
      const after = await snapshot({ copyDir, serverPid, nginxCache })
      const run = { setup: setup.key, kind, ...result, before, after }
      runs.push(run)
      console.log(
        `  ${setup.name.padEnd(30)} ${KINDS[kind].padEnd(26)} ${fmt(run.rps).padStart(8)} req/s  p50 ${fmt(run.p50, 2)} ms  p99 ${fmt(run.p99, 2)} ms  ${statusList(run.statuses)}`,
      )
    }
  }
  stopAll()
  report({ runs, article, probes })
}

const statusList = (statuses) =>
  Object.entries(statuses)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status} ×${fmt(count)}`)
    .join(', ')
const countWhere = (statuses, test) =>
  Object.entries(statuses).reduce((sum, [status, count]) => sum + (test(Number(status)) ? count : 0), 0)
const signed = (n, digits = 0) => (n > 0 ? '+' : '') + fmt(n, digits)
const perTenK = (delta, requests) => (delta * 10_000) / requests

/** What one run left behind, per 10,000 requests where that is the question. */
function growth({ requests, before, after }) {
  const nginx = after.nginxCache && {
    bytes: after.nginxCache.bytes - before.nginxCache.bytes,
    files: after.nginxCache.files - before.nginxCache.files,
  }
  return {
    requests,
    copyBytesPer10k: perTenK(after.copy.bytes - before.copy.bytes, requests),
    copyFiles: after.copy.files - before.copy.files,
    rssMiBPer10k: perTenK(after.rssKb - before.rssKb, requests) / 1024,
    queries: after.queries - before.queries,
    nginx,
  }
}

function assess(runs, setupKey) {
  const find = (kind) => runs.find((run) => run.setup === setupKey && run.kind === kind)
  const [article, repeated, junk] = ['article', 'repeated', 'junk'].map(find)
  const measured = [article, repeated, junk].filter(Boolean)
  return {
    setup: setupKey,
    ratio: junk.rps / article.rps,
    uniqueOverRepeated: repeated ? junk.rps / repeated.rps : null,
    fiveXx: measured.reduce((sum, run) => sum + countWhere(run.statuses, (s) => s >= 500), 0),
    unexpected:
      countWhere(article.statuses, (s) => s !== 200) +
      [repeated, junk]
        .filter(Boolean)
        .reduce((sum, run) => sum + countWhere(run.statuses, (s) => !JUNK_STATUSES.has(s)), 0),
    socketErrors: measured.reduce((sum, run) => sum + run.socketErrors, 0),
    junk: growth(junk),
    repeated: repeated ? growth(repeated) : null,
    article: growth(article),
  }
}

function verdict(a) {
  const name = SETUPS.find((setup) => setup.key === a.setup).name
  const clean = a.fiveXx === 0 && a.socketErrors === 0 && a.unexpected === 0
  const problems = `${a.fiveXx} 5xx, ${a.socketErrors} socket errors, ${a.unexpected} unexpected statuses`
  if (a.setup === 'web') {
    const met = clean && a.ratio >= GOAL && a.junk.copyFiles <= 0 && a.junk.queries === 0
    return (
      `${name}: junk/article ${fmt(a.ratio, 2)} (goal ≥ ${GOAL}), unique/repeated made-up URL ${fmt(a.uniqueOverRepeated, 2)}, ${problems}; ` +
      `${fmt(a.junk.requests)} unique URLs left ${signed(a.junk.copyFiles)} files and ${signed(a.junk.queries)} content queries; ` +
      `per 10,000: ${signed(a.junk.copyBytesPer10k)} B on disk, RSS ${signed(a.junk.rssMiBPer10k, 1)} MiB (one URL repeated: ${signed(a.repeated.rssMiBPer10k, 1)} MiB): ${met ? 'met' : 'NOT met'}`
    )
  }
  const grows = a.junk.nginx.files > 0 || a.junk.nginx.bytes > 0
  return (
    `${name}: junk/article ${fmt(a.ratio, 2)} (the article is a cache hit, every made-up URL goes on to Next), ${problems}; ` +
    `nginx cache ${signed(a.junk.nginx.files)} files, ${signed(a.junk.nginx.bytes)} B over the run: ${grows ? 'GROWS' : 'does not grow'}${clean ? '' : ' (NOT clean)'}`
  )
}

function report({ runs, article, probes }) {
  const assessed = SETUPS.map((setup) => assess(runs, setup.key))
  const summary = {
    date: new Date().toISOString(),
    hardware: hardware(),
    settings: { seconds, warmup, connections, threads: 2 },
    article,
    repeated: REPEATED,
    probes,
    runs,
    assessed: assessed.map((a) => ({ ...a, verdict: verdict(a) })),
  }

  const hw = summary.hardware
  const lines = [
    `# Made-up URLs: ${summary.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${hw.nproc} cores (${hw.cpu}), ${hw.ramGiB} GiB RAM; Node ${hw.node}, Next.js ${hw.next}, ${hw.nginx}, ${hw.wrk}.`,
    `wrk: ${connections} connections, 2 threads, ${seconds} s per run after a ${warmup} s warm-up, on the same machine as the servers. ` +
      `Article: \`${article}\` (${fmt(probes.article.bytes)} B of HTML). Unique made-up URLs: a new path per request, eight kinds in turn ` +
      `(\`/articles/junk-<n>\`, \`/authors/nobody-<n>\`, \`/categories/none-<n>/page/2\`, \`/page/<large n>\`, \`/no/such/page-<n>\`, ` +
      `\`/wp-login.php?x=<n>\`, \`/old/2019/04/<random>\`, \`/<random>/\`; the last answers the proxy's 308 to the path without the slash); ` +
      `the not-found page is ${fmt(probes.junk.bytes)} B, \`Cache-Control: ${probes.junk.cacheControl}\`. One made-up URL repeated: \`${REPEATED}\`.`,
    '',
    '| Setup | URLs | req/s | p50 ms | p99 ms | requests | statuses | socket errors |',
    '|---|---|---:|---:|---:|---:|---|---:|',
  ]
  const setupName = (key) => SETUPS.find((setup) => setup.key === key).name
  for (const run of runs)
    lines.push(
      `| ${setupName(run.setup)} | ${KINDS[run.kind]} | ${fmt(run.rps)} | ${fmt(run.p50, 2)} | ${fmt(run.p99, 2)} | ${fmt(run.requests)} | ${statusList(run.statuses)} | ${run.socketErrors} |`,
    )
  lines.push(
    '',
    "Before and after each measured run (per 10,000 = the change × 10,000 / the run's requests). RSS is next-server's; its heap grows for tens of thousands of requests whatever they ask, so read it against the other runs.",
    '',
    '| Setup | URLs | build copy bytes | per 10,000 | files | route-cache files | last-good files | RSS MiB | per 10,000 | content queries | nginx cache bytes (files) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  )
  const change = (x, y, digits = 0) => (x === null ? 'absent' : `${fmt(x, digits)} → ${fmt(y, digits)}`)
  for (const run of runs) {
    const { before, after } = run
    const g = growth(run)
    const nginx = before.nginxCache
      ? `${fmt(before.nginxCache.bytes)} (${before.nginxCache.files}) → ${fmt(after.nginxCache.bytes)} (${after.nginxCache.files})`
      : 'n/a'
    lines.push(
      `| ${setupName(run.setup)} | ${KINDS[run.kind]} | ${change(before.copy.bytes, after.copy.bytes)} | ${signed(g.copyBytesPer10k)} B | ${change(before.copy.files, after.copy.files)} | ${change(before.routeCacheFiles, after.routeCacheFiles)} | ${change(before.lastGoodFiles, after.lastGoodFiles)} | ${change(before.rssKb / 1024, after.rssKb / 1024, 1)} | ${signed(g.rssMiBPer10k, 1)} MiB | ${signed(g.queries)} | ${nginx} |`,
    )
  }
  lines.push('', ...summary.assessed.map((a) => `- ${a.verdict}`))
  const markdown = lines.join('\n') + '\n'

  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(path.join(resultsDir, 'junk.md'), markdown)
  writeFileSync(path.join(resultsDir, 'junk.json'), JSON.stringify(summary, null, 2))
  if (savedResultsDir) writeFileSync(path.join(savedResultsDir, 'junk.md'), markdown)
  console.log('\n' + markdown)
  console.log(`bench: wrote ${path.relative(process.cwd(), path.join(resultsDir, 'junk.md'))} and junk.json`)
  // A made-up URL must never break the server: a 5xx fails the run; a ratio under the goal is a finding, not a failure.
  if (assessed.some((a) => a.fiveXx > 0)) process.exitCode = 1
}

main().catch((error) => {
  console.error(String(error?.stack ?? error))
  for (const [name, log] of Object.entries(logs)) console.error(`--- ${name} (last lines)\n${log().slice(-3000)}`)
  stopAll()
  process.exit(1)
})
