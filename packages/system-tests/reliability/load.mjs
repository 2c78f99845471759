// `npm run test:load`: 60 s of wrk at 100 connections over the cached pages of the sample site, on a
// private copy of the current build. Passes with 0 errors and RSS growth after warm-up under 20%.
// Not in CI (a minute of load); installs Debian's wrk when missing, as .ci/run does for chromium.
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { siteUrls } from './checks/sample.mjs'
import { cleanWorkDir, readNdjson, startServer, workDir } from './lib.mjs'
import { SAMPLE_DATASET } from '@blog/sample-content'

const PORT = 3304
const seconds = Number(process.env.LOAD_SECONDS ?? 60)
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100)

if (spawnSync('wrk', ['--version']).error) {
  console.log('load: installing Debian wrk')
  const apt = ['sh', '-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null']
  const result =
    process.getuid?.() === 0
      ? spawnSync(apt[0], apt.slice(1), { stdio: 'inherit' })
      : spawnSync('sudo', apt, { stdio: 'inherit' })
  if (result.status !== 0) throw new Error('load: wrk is missing and could not be installed: apt-get install -y wrk')
}

/** Resident memory (kB) of every process in the server's process group (next start and next-server). */
function rssKb(pgid) {
  let total = 0
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {}
  }
  return total
}

function wrk(base, script, duration) {
  const out = execFileSync(
    'wrk',
    ['-t2', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '--latency', '-s', script, base],
    { encoding: 'utf8' },
  )
  const number = (pattern) => Number(pattern.exec(out)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  return {
    out,
    requests: number(/(\d+) requests in/),
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    p50: /^\s+50%\s+(\S+)/m.exec(out)?.[1],
    p99: /^\s+99%\s+(\S+)/m.exec(out)?.[1],
  }
}

/** The content query counter; retried once, as a pooled keep-alive socket may have been closed meanwhile. */
async function queries(base) {
  const read = async () => (await (await fetch(`${base}/api/health`)).json()).queries
  return read().catch(read)
}

// A snapshot left by an interrupted run may be an older build.
cleanWorkDir()
const urls = siteUrls(readNdjson(readFileSync(SAMPLE_DATASET, 'utf8'))).filter((url) => !url.startsWith('/search'))
const script = path.join(workDir, 'load.lua')
const server = startServer({ name: 'load', port: PORT, env: { CONTENT_DATASET_PATH: SAMPLE_DATASET } })
let failed = false
try {
  await server.ready()
  writeFileSync(
    script,
    `local paths = {${urls.map((url) => JSON.stringify(url)).join(', ')}}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(nil, paths[i])\nend\n`,
  )
  const queriesBefore = await queries(server.base)
  wrk(server.base, script, Math.min(15, seconds))
  const warm = rssKb(server.pid)
  const result = wrk(server.base, script, seconds)
  const after = rssKb(server.pid)
  const growth = (after - warm) / warm
  const queryCount = (await queries(server.base)) - queriesBefore
  console.log(
    `| run | requests | req/s | p50 | p99 | non-2xx/3xx | socket errors | RSS after warm-up | RSS after | growth | content queries |`,
  )
  console.log(`|---|---|---|---|---|---|---|---|---|---|---|`)
  console.log(
    `| ${seconds} s, ${connections} connections, ${urls.length} cached URLs | ${result.requests} | ${result.rps} | ${result.p50} | ${result.p99} | ${result.non2xx} | ${result.socketErrors} | ${(warm / 1024).toFixed(0)} MB | ${(after / 1024).toFixed(0)} MB | ${(growth * 100).toFixed(1)}% | ${queryCount} |`,
  )
  if (result.non2xx || result.socketErrors) {
    failed = true
    console.log(`load: ✕ ${result.non2xx + result.socketErrors} errors\n${result.out}`)
  } else console.log('load: ✓ 0 errors')
  if (growth >= 0.2) {
    failed = true
    console.log(`load: ✕ RSS grew ${(growth * 100).toFixed(1)}% after warm-up (limit 20%)`)
  } else console.log(`load: ✓ RSS growth ${(growth * 100).toFixed(1)}% < 20%`)
} catch (error) {
  failed = true
  console.error(error)
  console.error(server.log().split('\n').slice(-30).join('\n'))
} finally {
  server.stop()
  rmSync(script, { force: true })
  cleanWorkDir()
}
process.exit(failed ? 1 : 0)
