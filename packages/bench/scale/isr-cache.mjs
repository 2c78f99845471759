#!/usr/bin/env node
/**
 * Does a bot asking for random slugs grow the ISR and data caches? Starts `next start` on the existing build of
 * apps/web, requests N unknown slugs under each dynamic route, and compares the files (and bytes) under
 * .next/server/app and .next/cache/fetch-cache before and after. Exits 1 if either grew.
 *
 *   flock /tmp/web-build.lock node packages/bench/scale/isr-cache.mjs [--requests 200] [--port 3401] [--build]
 *
 * Run it under the build lock: it serves .next, which a concurrent build would replace.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const web = path.join(repo, 'apps/web')
const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    port: { type: 'string', default: '3401' },
    build: { type: 'boolean', default: false },
  },
})
const requests = Number(args.requests)
if (!Number.isInteger(requests) || requests < 1)
  throw new Error(`--requests must be a positive integer, got ${args.requests}`)

if (args.build) {
  const result = spawnSync('npm', ['run', 'build', '-w', '@blog/web'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error('next build failed')
}
if (!existsSync(path.join(web, '.next/BUILD_ID'))) throw new Error('No build in apps/web/.next: run with --build')

function tree(dir) {
  let files = 0
  let bytes = 0
  if (!existsSync(dir)) return { files, bytes }
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size
  }
  return { files, bytes }
}
const snapshot = () => ({
  app: tree(path.join(web, '.next/server/app')),
  fetch: tree(path.join(web, '.next/cache/fetch-cache')),
})

const port = Number(args.port)
const base = `http://127.0.0.1:${port}`
const server = spawn(path.join(repo, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
  cwd: web,
  detached: true,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', REDIS_URL: '' },
})
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {}
}
process.on('exit', stop)

try {
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${base}/`)).ok) break
    } catch {}
    if (tries > 150) throw new Error('next start did not answer within 30 s')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const routes = ['/articles/', '/authors/', '/books/', '/categories/', '/articles/', '/authors/']
  // Warm-up: each route's first unknown slug may create the one shared, empty '(uncached)' entry (apps/web/lib/content.ts)
  // that carries the page's tags; what must not happen is growth with the number of slugs.
  for (const route of routes)
    await (await fetch(`${base}${route}warm-up-${Math.random().toString(36).slice(2)}`)).arrayBuffer()
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const before = snapshot()
  const statuses = new Map()
  const started = performance.now()
  for (let i = 0; i < requests; i++) {
    const url = `${base}${routes[i % routes.length]}bot-${Math.random().toString(36).slice(2)}-${i}`
    const response = await fetch(url, { redirect: 'manual' })
    await response.arrayBuffer()
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
  }
  const seconds = (performance.now() - started) / 1000
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const after = snapshot()
  const rows = [
    ['.next/server/app', before.app, after.app],
    ['.next/cache/fetch-cache', before.fetch, after.fetch],
  ]
  console.log(
    `${requests} requests for unknown slugs in ${seconds.toFixed(1)} s; statuses: ${JSON.stringify(Object.fromEntries(statuses))}`,
  )
  console.log('| directory | files before | files after | bytes before | bytes after |')
  console.log('|---|---:|---:|---:|---:|')
  for (const [name, a, b] of rows) console.log(`| ${name} | ${a.files} | ${b.files} | ${a.bytes} | ${b.bytes} |`)
  const grew = rows.some(([, a, b]) => b.files > a.files)
  const not404 = [...statuses.keys()].some((status) => status !== 404)
  if (grew) console.error('FAIL: unknown slugs added cache entries')
  if (not404) console.error('FAIL: an unknown slug did not answer 404')
  process.exitCode = grew || not404 ? 1 : 0
} finally {
  stop()
}
