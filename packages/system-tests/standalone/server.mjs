// The standalone server (`npm run build:standalone`) as a deploy runs it: the folder copied out of the repository, so
// nothing can resolve back into its node_modules, and `node apps/web/server.js` started inside the copy.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NEXT_HOST, repoDir, webDir } from '../e2e/harness.mjs'

/** The app inside a standalone folder: Next traces from the repository root, so it keeps the repository's layout. */
const layoutOf = (root) => ({ root, app: path.join(root, 'apps/web'), server: path.join(root, 'apps/web/server.js') })

/** Builds the standalone server under the lock every build of the blog takes (the e2e build's .next is replaced). */
export function buildStandalone() {
  const hasFlock = spawnSync('flock', ['--version']).status === 0
  const command = ['npm', 'run', 'build:standalone']
  const result = hasFlock
    ? spawnSync('flock', ['/tmp/web-build.lock', ...command], { cwd: repoDir, stdio: 'inherit' })
    : spawnSync(command[0], command.slice(1), { cwd: repoDir, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`npm run build:standalone failed (exit ${result.status})`)
}

/** Copies the assembled folder to a temp folder outside the repository; checks it holds what a deploy needs. */
export function copyStandalone() {
  const built = layoutOf(path.join(webDir, '.next/standalone'))
  if (!existsSync(built.server))
    throw new Error(`no standalone server at ${built.server}; run npm run build:standalone`)
  const root = mkdtempSync(path.join(tmpdir(), 'blog-standalone-'))
  const remove = () => rmSync(root, { recursive: true, force: true })
  // cp -a keeps the folder as a deploy would copy it (modes, and any symlink Next left inside it).
  const copied = spawnSync('cp', ['-a', `${built.root}/.`, root], { stdio: 'inherit' })
  // The app's own list of what a deploy needs: the server, its assets, the cache handlers and their packages.
  const assemble = path.join(webDir, 'deploy/standalone/assemble.mjs')
  const checked = spawnSync(process.execPath, [assemble, '--check', root], { stdio: 'inherit' })
  if (copied.status !== 0 || checked.status !== 0) {
    remove()
    throw new Error(`the copy of ${built.root} is not a complete standalone server`)
  }
  return { layout: layoutOf(root), remove }
}

/**
 * `node server.js` in the copy, in its own process group. Only what a deploy's environment would hold is passed on:
 * PATH, and `env` (no NODE_PATH, no npm variables pointing into the repository).
 */
export function startStandalone(layout, { port, env = {} }) {
  const child = spawn(process.execPath, [layout.server], {
    cwd: layout.app,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port), HOSTNAME: NEXT_HOST, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const exited = new Promise((resolve) => child.on('exit', resolve))
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    log: () => log,
    stop: async () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
    },
  }
}
