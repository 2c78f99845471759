// Shared helpers of the reliability runner: copies of the build, `next start` processes, signed webhooks.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

import { copyBuild, NEXT_HOST, repoDir, testBuildsDir, waitFor, webDir } from '../e2e/harness.mjs'

export { repoDir, webDir }
export const workDir = path.join(testBuildsDir, 'reliability')

/** Fake secret values: servers run with them, and no response or static file may contain them. */
export const FAKE_SECRETS = {
  SANITY_API_READ_TOKEN: 'skReliabilityFakeReadToken7c1e0a',
  SANITY_API_WRITE_TOKEN: 'skReliabilityFakeWriteToken93b2f4',
  SANITY_REVALIDATE_SECRET: 'reliability-fake-webhook-secret-51d8',
}

/** `next start` on a copy of the build, in its own process group (next forks next-server). */
export function startServer({ name, port, env: extra = {}, unset = [] }) {
  const dir = copyBuild(workDir, name)
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), ...FAKE_SECRETS, ...extra }
  for (const key of ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_API_HOST', ...unset])
    if (!(key in extra)) delete env[key]
  const child = spawn(path.join(repoDir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', NEXT_HOST], {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const base = `http://127.0.0.1:${port}`
  return {
    base,
    dir,
    pid: child.pid,
    log: () => log,
    ready: () => waitFor(`${base}/api/health`),
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
    },
  }
}

export { waitFor } from '../e2e/harness.mjs'

/** POSTs a correctly signed Sanity-style webhook, signed now or at `signedAt` (ms); `signature` resends a captured one. */
export async function webhook(
  base,
  payload,
  secret = FAKE_SECRETS.SANITY_REVALIDATE_SECRET,
  { signedAt = Date.now(), signature: captured } = {},
) {
  const body = JSON.stringify(payload)
  const signature = captured ?? (await encodeSignatureHeader(body, signedAt, secret))
  const response = await fetch(`${base}/api/revalidate`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
  })
  return { status: response.status, body: await response.text(), signature }
}

export { readNdjson } from '../e2e/harness.mjs'
export const published = (docs, type) =>
  docs.filter((doc) => doc._type === type && !(doc.publishedAt && new Date(doc.publishedAt) > new Date()))
export const cleanWorkDir = () => existsSync(workDir) && rmSync(workDir, { recursive: true, force: true })

/** Files and bytes under `dir` (0 and 0 when it does not exist). */
export function folderSize(dir) {
  let files = 0
  let bytes = 0
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        files += 1
        bytes += statSync(full).size
      }
    }
  }
  if (existsSync(dir)) walk(dir)
  return { files, bytes }
}

/**
 * `count` made-up URLs, each different, the way scanners and broken links send them: unknown slugs under every route,
 * pages past the end, old-looking addresses, probes for other software. Deterministic, so a failure can be replayed.
 */
export function madeUpUrl(i) {
  const kinds = [
    () => `/articles/junk-${i}`,
    () => `/authors/nobody-${i}/feed.xml`,
    () => `/books/none-${i}`,
    () => `/categories/none-${i}/page/2`,
    () => `/page/${1000 + i}`,
    () => `/no/such/page-${i}`,
    () => `/old/2019/04/post-${i}`,
    () => `/wp-login.php?attempt=${i}`,
    () => `/?p=${900000 + i}`,
    () => `/probe-${i}/`,
  ]
  return kinds[i % kinds.length]()
}

/** Sends `count` made-up URLs to `base`, `concurrency` at a time; returns how many got each status. */
export async function sendMadeUpUrls(base, count, { concurrency = 16 } = {}) {
  const statuses = new Map()
  let next = 0
  const worker = async () => {
    while (next < count) {
      const response = await fetch(base + madeUpUrl(next++), { redirect: 'manual' }).catch(() => null)
      const status = response?.status ?? 'connection error'
      await response?.arrayBuffer()
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return Object.fromEntries(statuses)
}
