// Shared by the browser and HTTP test runners: named checks, and `next start` in its own process group.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
/** The app these suites test: its build (.next) and, under .test-builds, the private copies they serve. */
export const webDir = path.join(repoDir, 'apps/web')
/** This workspace's e2e folder (specs, screenshots). */
export const e2eDir = path.dirname(fileURLToPath(import.meta.url))
/** Where test and bench servers keep their private copies of the build (git-ignored; each suite empties its own). */
export const testBuildsDir = path.join(webDir, '.test-builds')
export const e2eWorkDir = path.join(testBuildsDir, 'e2e')

/**
 * The host every test and bench server listens on (`next start -H`): loopback only, named `localhost`. Next knows a
 * server by the name it was started with, but hands its proxy URLs with `localhost`; started with `-H 127.0.0.1`, every
 * rewrite of the proxy (each made-up URL's not-found page) was sent back to the server over HTTP, through the proxy
 * again (vercel/next.js#94745).
 */
export const NEXT_HOST = 'localhost'

/** The documents of an NDJSON dataset's text, one per line. */
export const readNdjson = (text) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))

/** A dataset file a test edits (a copy): its documents as they are now, and a writer of a whole list back to it. */
export function datasetFile(datasetPath) {
  return {
    docs: () => readNdjson(readFileSync(datasetPath, 'utf8')),
    save: (list) => writeFileSync(datasetPath, list.map((doc) => JSON.stringify(doc)).join('\n') + '\n'),
  }
}

/** Records named checks; a failing check prints its error and the run goes on. */
/** Posts `payload` to the site's revalidate route, signed with `secret` as Sanity signs its webhooks. */
export async function sendWebhook(base, payload, secret) {
  const body = JSON.stringify(payload)
  const response = await fetch(`${base}/api/revalidate`, {
    method: 'POST',
    body,
    headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret) },
  })
  return { status: response.status, body: await response.json() }
}

export function createChecks() {
  const results = []
  async function check(name, fn) {
    try {
      await fn()
      results.push({ name, ok: true })
      console.log(`  ✓ ${name}`)
    } catch (error) {
      results.push({ name, ok: false })
      console.log(
        `  ✕ ${name}\n    ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 6)
          .join('\n    ')}`,
      )
    }
  }
  const failed = () => results.filter((result) => !result.ok)
  return { check, results, failed }
}

/**
 * A private copy of the current build for one test server, in `workDir/name`, so its ISR writes (webhook edits,
 * malformed content, outage renders) never reach apps/web/.next, which `npm run start:blog` serves. The copy sits under
 * apps/web so the server resolves node_modules as the real app does; lib/, public/ and cache/ are linked.
 */
export function copyBuild(workDir, name, { buildLocked = false } = {}) {
  const started = performance.now()
  const base = path.join(workDir, 'base/.next')
  const tar = (from, to) =>
    `mkdir -p ${JSON.stringify(to)} && tar --exclude=./cache -C ${JSON.stringify(from)} -cf - . | tar -C ${JSON.stringify(to)} -xf -`
  if (!existsSync(path.join(base, 'BUILD_ID'))) {
    // One snapshot per run, taken under the lock builds hold, so never a half-written .next.
    rmSync(base, { recursive: true, force: true })
    const copy = tar(path.join(webDir, '.next'), base)
    // The bench scripts already run under this lock (their npm scripts take it): taking it again would wait for ever.
    const hasFlock = !buildLocked && spawnSync('flock', ['--version']).status === 0
    const result = hasFlock
      ? spawnSync('flock', ['/tmp/web-build.lock', 'sh', '-c', copy], { stdio: 'inherit' })
      : spawnSync('sh', ['-c', copy], { stdio: 'inherit' })
    if (result.status !== 0) throw new Error(`copying the build to ${base} failed (exit ${result.status})`)
    if (!existsSync(path.join(base, 'BUILD_ID')))
      throw new Error('apps/web/.next holds no complete build; run `npm run build` (or `npm run test:e2e`) first')
  }
  const dir = path.join(workDir, name)
  rmSync(dir, { recursive: true, force: true })
  const result = spawnSync('sh', ['-c', tar(base, path.join(dir, '.next'))], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`copying the build to ${dir} failed (exit ${result.status})`)
  console.log(`    (${name}: copied the build in ${((performance.now() - started) / 1000).toFixed(1)} s)`)
  for (const file of ['next.config.ts', 'package.json']) cpSync(path.join(webDir, file), path.join(dir, file))
  // next.config reads cache/handler.mjs (the Redis handler) from beside itself.
  for (const link of ['lib', 'public', 'cache']) symlinkSync(path.join(webDir, link), path.join(dir, link))
  return dir
}

/**
 * Starts a private copy of the production build (`name` under .test-builds/e2e) with `next start`. It runs in its own
 * process group: `next start` forks next-server, and only killing the group frees the port.
 */
export function startNext({ name, port, env }) {
  const child = spawn(path.join(repoDir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', NEXT_HOST], {
    cwd: copyBuild(e2eWorkDir, name),
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  return { child, log: () => log, stop }
}

/** Waits until `url` answers 2xx. */
export async function waitFor(url, ms = 30000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server did not answer ${url} within ${ms} ms`)
}
