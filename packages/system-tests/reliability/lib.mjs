// Shared helpers of the reliability runner: copies of the build, `next start` processes, signed webhooks.
import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

import { copyBuild, repoDir, testBuildsDir, waitFor, webDir } from '../e2e/harness.mjs'

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
  const child = spawn(path.join(repoDir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
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

export const readNdjson = (text) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
export const published = (docs, type) =>
  docs.filter((doc) => doc._type === type && !(doc.publishedAt && new Date(doc.publishedAt) > new Date()))
export const cleanWorkDir = () => existsSync(workDir) && rmSync(workDir, { recursive: true, force: true })
