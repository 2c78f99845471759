// Shared by the bench scripts: paths, starting and stopping servers, builds, wrk output parsing.
import { spawn, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyBuild, NEXT_HOST, testBuildsDir } from '@blog/system-tests/harness'
import { nginxBin } from '@blog/system-tests/nginx'
import { ensureTools } from './tools.mjs'
import { combineRounds, parseWrk } from './wrk.mjs'
import { groupCpuMs } from './cpu.mjs'
import { SAMPLE_DATASET, SAMPLE_IMAGES_DIR } from '@blog/sample-content'

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoDir = path.resolve(benchDir, '../..')
export const webDir = path.join(repoDir, 'apps/web')
export const baselineDir = path.join(benchDir, 'baseline-app')
/**
 * Where a run writes its results: packages/bench/results/runs (git-ignored), so a benchmark never changes a tracked
 * file. `--save` writes the Markdown summaries the README cites (packages/bench/results/*.md) as well: publishing a
 * result is a choice. BENCH_RESULTS_DIR moves a run's results elsewhere (CI uses a temporary folder).
 */
export const resultsDir = process.env.BENCH_RESULTS_DIR
  ? path.resolve(process.env.BENCH_RESULTS_DIR)
  : path.join(benchDir, 'results/runs')
/** The tracked summaries' folder, written only with --save. */
export const savedResultsDir = process.argv.includes('--save') ? path.join(benchDir, 'results') : null
export const nextBin = path.join(repoDir, 'node_modules/.bin/next')
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const benchBuildsDir = path.join(testBuildsDir, 'bench')

/** Runs a command quietly; its output is shown only when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    ...options,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.error) throw result.error
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`)
}

/** `next build` of the blog (with its prebuild step) and of the baseline app; `--no-build` reuses the blog's build. */
export function buildAll({ skip = process.argv.includes('--no-build') } = {}) {
  mkdirSync(path.join(baselineDir, 'public'), { recursive: true })
  const cover = readdirSync(SAMPLE_IMAGES_DIR).find((name) => name.endsWith('.png'))
  copyFileSync(path.join(SAMPLE_IMAGES_DIR, cover), path.join(baselineDir, 'public/cover.png'))
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  if (!skip) {
    console.log('bench: building apps/web')
    run('npm', ['run', 'build', '-w', '@blog/web'], { cwd: repoDir, env })
  }
  // The baseline app is built even with --no-build when it has no build yet (a fresh clone, CI) or its sources changed.
  if (!skip || baselineBuildIsStale()) {
    console.log('bench: building the baseline app')
    run(nextBin, ['build'], { cwd: baselineDir, env })
  }
  for (const dir of [webDir, baselineDir]) {
    if (!existsSync(path.join(dir, '.next/BUILD_ID')))
      throw new Error(`bench: no production build in ${dir}; run without --no-build`)
  }
}

/**
 * Whether the baseline app has no build, or one older than one of the sources it is built from (app/, its config and
 * image loader; not public/, which buildAll writes the cover into on every run).
 */
function baselineBuildIsStale() {
  const built = path.join(baselineDir, '.next/BUILD_ID')
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  const sources = [
    ...readdirSync(path.join(baselineDir, 'app'), { recursive: true }).map((name) => path.join('app', name)),
    'next.config.mjs',
    'image-loader.js',
  ]
  return sources.some((name) => statSync(path.join(baselineDir, name)).mtimeMs > builtAt)
}

/** A copy of the sample dataset (images linked), so the bench may add articles without touching the repo. */
export function datasetCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-bench-data-'))
  const file = path.join(dir, 'data.ndjson')
  copyFileSync(SAMPLE_DATASET, file)
  symlinkSync(SAMPLE_IMAGES_DIR, path.join(dir, 'images'))
  return file
}

/** `next start` in its own process group (next-server is a grandchild: only killing the group frees the port). */
export function startNext({ dir, port, env = {} }) {
  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env }
  for (const name of ['SANITY_PROJECT_ID', 'SANITY_DATASET']) delete childEnv[name]
  // The blog runs on a private copy of its build: what the bench renders (articles it adds) never reaches the build
  // that `npm start` serves.
  const cwd = dir === webDir ? benchCopy(port) : dir
  const child = spawn(nextBin, ['start', '-p', String(port), '-H', NEXT_HOST], {
    cwd,
    env: childEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  return { child, log: () => log, stop: () => killGroup(child), cpuMs: () => groupCpuMs(child.pid) }
}

let benchCopies = 0
function benchCopy(port) {
  if (benchCopies++ === 0) {
    rmSync(benchBuildsDir, { recursive: true, force: true })
    process.on('exit', () => rmSync(benchBuildsDir, { recursive: true, force: true }))
  }
  return copyBuild(benchBuildsDir, `next-${port}`, { buildLocked: true })
}

export function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {}
}

/** The p-th percentile (0 to 100) of ascending `sorted` samples, nearest rank. */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** fetch, retried once: a keep-alive socket the server closed while wrk ran makes the first try fail. */
export async function get(url, init) {
  try {
    return await fetch(url, init)
  } catch {
    return fetch(url, init)
  }
}

export async function waitFor(url, ms = 30000) {
  const deadline = Date.now() + ms
  let last
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error.message
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no answer from ${url} within ${ms} ms (${last})`)
}

/**
 * The prerendered pages the benchmarks measure, picked from the build output (the first of each kind by name), so the
 * nginx ceiling serves the same files. Skipped: a route's fallback shell (`[slug].html`, which Cache Components write)
 * and the placeholder that names nothing (a 404).
 */
export function prerenderedPages(kinds = ['articles', 'authors']) {
  const app = path.join(webDir, '.next/server/app')
  const first = (sub) => {
    const dir = path.join(app, sub)
    const name = existsSync(dir)
      ? readdirSync(dir)
          .filter((file) => file.endsWith('.html') && !file.startsWith('[') && !file.startsWith('no-such-page'))
          .sort()[0]
      : undefined
    if (!name) throw new Error(`bench: no prerendered HTML in ${dir}`)
    return `/${sub}/${name.slice(0, -'.html'.length)}`
  }
  if (!existsSync(path.join(app, 'index.html'))) throw new Error(`bench: no prerendered ${app}/index.html`)
  const names = { articles: 'article', authors: 'author', books: 'book', categories: 'category' }
  return [{ name: 'home', path: '/' }, ...kinds.map((kind) => ({ name: names[kind], path: first(kind) }))]
}

export { combineRounds, parseWrk }

/** What `npm run bench` and `bench:junk` run besides Node: checked (or installed) before they build anything. */
export function ensureWrkAndNginx() {
  ensureTools([
    { name: 'wrk', bin: 'wrk', debianPackage: 'wrk' },
    { name: 'nginx', bin: nginxBin, debianPackage: 'nginx' },
  ])
}

export function wrk(url, { seconds, connections = 50, threads = 2 }) {
  const result = spawnSync('wrk', [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', url], {
    encoding: 'utf8',
  })
  if (result.error)
    throw new Error(`bench: cannot run wrk (${result.error.message}); install it with: apt-get install -y wrk`)
  if (result.status !== 0) throw new Error(`wrk failed on ${url}:\n${result.stderr}`)
  return parseWrk(result.stdout)
}

export function hardware() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : ''
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown'
  const nginx = spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr?.trim().replace('nginx version: ', '')
  const wrkVersion = spawnSync('wrk', ['-v'], { encoding: 'utf8' }).stdout?.split('\n')[0]?.trim()
  const nextVersion = JSON.parse(readFileSync(path.join(repoDir, 'node_modules/next/package.json'), 'utf8')).version
  return {
    nproc: cpus().length,
    cpu: model,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    next: nextVersion,
    nginx,
    wrk: wrkVersion,
  }
}

/** The number after `--name` on the command line, or `fallback`. */
export function numberArg(name, fallback) {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? Number(process.argv[index + 1]) : fallback
}

export const fmt = (n, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a'
