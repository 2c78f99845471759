// Shared by the browser and HTTP test runners: named checks, and `next start` in its own process group.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoDir = path.resolve(webDir, '../..')

/** Records named checks; a failing check prints its error and the run goes on. */
export function createChecks() {
  const results = []
  async function check(name, fn) {
    try {
      await fn()
      results.push({ name, ok: true })
      console.log(`  ✓ ${name}`)
    } catch (error) {
      results.push({ name, ok: false })
      console.log(`  ✕ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`)
    }
  }
  const failed = () => results.filter((result) => !result.ok)
  return { check, results, failed }
}

/**
 * Starts the production build with `next start`. It runs in its own process group: `next start`
 * forks next-server, and only killing the group frees the port.
 */
export function startNext({ port, env }) {
  const child = spawn(path.join(repoDir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: webDir,
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
