// The system `npm start` runs (lake, Studio, blog), started for a browser suite or a benchmark with its own ports,
// working dataset and build folder, and what both do with it in chromium: wait for something, publish and time it.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * Starts `npm start` (packages/stack/bin/start.mjs) in its own process group on a fresh working dataset. With
 * `attach` (lake, Studio and blog ports of a system already running) it starts nothing and only points there.
 */
export function startSystem({ ports, distDir, secret, attach }) {
  if (attach) ports = { lake: attach[0], studio: attach[1], blog: attach[2] }
  const urls = {
    studio: `http://localhost:${ports.studio}`,
    blog: `http://localhost:${ports.blog}`,
    lake: `http://127.0.0.1:${ports.lake}`,
  }
  let log = ''
  if (attach) {
    return {
      ...urls,
      exitCode: () => null,
      log: () => log,
      note: (line) => (log += `${line}\n`),
      ready: async () => {},
      stop: async () => {},
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'local-system-'))
  const child = spawn(
    process.execPath,
    [path.join(repoDir, 'packages/stack/bin/start.mjs'), '--dir', path.join(dir, 'production')],
    {
      cwd: repoDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        LOCAL_LAKE_PORT: String(ports.lake),
        STUDIO_PORT: String(ports.studio),
        PORT: String(ports.blog),
        NEXT_DIST_DIR: distDir,
        SANITY_REVALIDATE_SECRET: secret,
      },
    },
  )
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGINT')
    } catch {}
  }
  process.on('exit', kill)
  const system = {
    ...urls,
    exitCode: () => child.exitCode,
    log: () => log,
    note: (line) => (log += `${line}\n`),
    ready: () => until(system, 'the system to start', async () => log.includes('Ctrl-C stops all three'), 300_000),
    async stop() {
      kill()
      if (child.exitCode === null)
        await new Promise((resolve) => (child.once('exit', resolve), setTimeout(resolve, 15_000).unref()))
      rmSync(dir, { recursive: true, force: true })
    },
  }
  return system
}

/** Polls `probe` until it is true, failing fast if the system stopped. */
export async function until(system, what, probe, ms = 30_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (system.exitCode() !== null)
      throw new Error(`the system stopped (exit ${system.exitCode()}) while waiting for ${what}`)
    if (await probe().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`)
}

export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/** Waits until the Studio tab has saved the last edit (its footer stops saying "Saving…"). */
export const saved = (system, tab) =>
  until(
    system,
    'the edit to be saved',
    async () => (await tab.getByText('Saving', { exact: false }).count()) === 0,
    15_000,
  )

/**
 * Clicks Publish as an editor does, after a pause (the Studio holds a click until it has validated the last
 * keystrokes), and waits for the Studio to confirm. With `shown`, also times the click to `shown()` being true
 * (the blog serving the change). Returns milliseconds from the click: to the publish request, and to shown.
 */
export async function publish(system, tab, shown, { pause = 1500 } = {}) {
  await tab.waitForTimeout(pause)
  let sent = 0
  const onRequest = (request) => {
    if (
      !sent &&
      request.method() === 'POST' &&
      request.url().includes('/data/actions/') &&
      request.postData()?.includes('document.publish')
    )
      sent = performance.now()
  }
  tab.on('request', onRequest)
  const clicked = performance.now()
  system.note(`=== publish clicked ${new Date().toISOString().slice(11, 23)}`)
  await tab.getByRole('button', { name: 'Publish', exact: true }).click()
  let shownAt = clicked
  if (shown) {
    await until(system, 'the blog to show the published document', shown)
    shownAt = performance.now()
  }
  await tab.getByText('was published').first().waitFor({ timeout: 15_000 })
  tab.off('request', onRequest)
  return { sent: Math.round(sent - clicked), shown: Math.round(shownAt - clicked) }
}
