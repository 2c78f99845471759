// Reliability checks on `next start` (no build of its own: run after `next build`, e.g. after `npm run test:e2e`).
// Each check group gets its own server on a private copy of the build: embedded sample (headers, secrets,
// fuzzing), the local lake behind a proxy that fails (outage), and a malformed dataset.
//   npm run test:reliability [-- sample outage malformed]   (sample, outage, malformed pick groups)
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { cleanWorkDir, webDir } from './lib.mjs'

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// A build in progress elsewhere holds /tmp/web-build.lock; lib.mjs copies .next under that lock.
if (!existsSync(path.join(webDir, '.next'))) {
  console.error('reliability: apps/web has no production build; run `npm run build` (or `npm run test:e2e`) first')
  process.exit(1)
}
if (!existsSync(chromiumPath)) {
  console.error(
    `reliability: no chromium at ${chromiumPath}; install it with: apt-get install -y chromium (or set CHROMIUM_PATH)`,
  )
  process.exit(1)
}

// A snapshot left by an interrupted run may be an older build.
cleanWorkDir()
const results = []
async function check(name, fn) {
  const started = performance.now()
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`  ✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  } catch (error) {
    results.push({ name, ok: false })
    console.log(
      `  ✕ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 8)
        .join('\n    ')}`,
    )
  }
}

/**
 * A requirement the code does not meet yet, recorded rather than hidden: its failure is printed with the
 * reason and does not fail the run; if it starts passing, the run fails until the marker is removed.
 */
check.knownGap = async (name, reason, fn) => {
  try {
    await fn()
    results.push({ name, ok: false })
    console.log(`  ✕ ${name}\n    passes now: turn this known gap into a plain check`)
  } catch (error) {
    results.push({ name, ok: true, gap: true })
    console.log(`  ⚠ known gap: ${name}\n    ${reason}\n    ${String(error?.message ?? error).split('\n')[0]}`)
  }
}

const groups = ['sample', 'outage', 'malformed']
const only = process.argv.slice(2)
const started = performance.now()
for (const group of groups.filter((name) => only.length === 0 || only.includes(name))) {
  console.log(`reliability: ${group}`)
  const run = (await import(pathToFileURL(path.join(import.meta.dirname, `checks/${group}.mjs`)).href)).default
  const servers = []
  const failedBefore = results.filter((result) => !result.ok).length
  try {
    await run({ check, track: (server) => (servers.push(server), server) })
  } catch (error) {
    results.push({ name: `${group}: setup`, ok: false })
    console.log(
      `  ✕ ${group}: setup\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 8)
        .join('\n    ')}`,
    )
  } finally {
    const failedNow = results.filter((result) => !result.ok).length > failedBefore
    for (const server of servers) {
      if (failedNow)
        console.log(`  server log (${group}), last lines:\n${server.log().split('\n').slice(-25).join('\n')}`)
      server.stop()
    }
  }
}
cleanWorkDir()

const failed = results.filter((result) => !result.ok)
const gaps = results.filter((result) => result.gap).length
console.log(
  `reliability: ${results.length - failed.length - gaps} passed, ${failed.length} failed, ${gaps} known gaps in ${((performance.now() - started) / 1000).toFixed(0)} s`,
)
if (failed.length) process.exit(1)
