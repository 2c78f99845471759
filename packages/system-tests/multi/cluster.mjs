// Starts the pieces of a local multi-instance setup on one machine: Debian's redis-server (own port, temp dir, no
// daemon, no persistence), `next start` instances on a private copy of the repo build sharing it (apps/web/cache/handler.mjs), and
// nginx in front of them as one upstream group. Used by start.mjs, two-instances.mjs and bench.mjs beside it.
// Every process runs in its own process group, so stop() frees the ports.
import { spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyBuild, NEXT_HOST, testBuildsDir } from '../e2e/harness.mjs'
import { SAMPLE_DATASET, SAMPLE_IMAGES_DIR } from '@blog/sample-content'

export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const webDir = path.join(repoDir, 'apps/web')

const started = []
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Exits with a clear message when a Debian package the setup needs is missing. */
export function requireBinary(name, debianPackage) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim()
  if (!found) {
    console.error(`multi: ${name} not found; install it with: apt-get install -y ${debianPackage}`)
    process.exit(1)
  }
  return found
}

export function requireBuild() {
  if (!existsSync(path.join(webDir, '.next/BUILD_ID'))) {
    console.error(
      'multi: apps/web has no production build; run `npm run build` first (every instance serves the same build)',
    )
    process.exit(1)
  }
}

/** A temp folder for this run, removed by stop(). */
export function tempDir(name) {
  const dir = mkdtempSync(path.join(tmpdir(), `blog-multi-${name}-`))
  chmodSync(dir, 0o755) // nginx workers run as another user when started by root
  started.push({ name: `rm ${dir}`, stop: () => rmSync(dir, { recursive: true, force: true }) })
  return dir
}

/** A copy of the sample dataset that every instance reads (CONTENT_DATASET_PATH), so a run may edit it. */
export function datasetCopy() {
  const dir = tempDir('dataset')
  const datasetPath = path.join(dir, 'data.ndjson')
  copyFileSync(SAMPLE_DATASET, datasetPath)
  symlinkSync(SAMPLE_IMAGES_DIR, path.join(dir, 'images'))
  return datasetPath
}

function spawnGroup(name, command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const proc = {
    name,
    child,
    log: () => log,
    exited: new Promise((resolve) => child.on('exit', resolve)),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid, signal)
      } catch {}
      await Promise.race([proc.exited, sleep(5000)])
    },
  }
  started.push(proc)
  return proc
}

async function waitForPort(port, ms, what) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await sleep(100)
  }
  throw new Error(`${what} did not listen on 127.0.0.1:${port} within ${ms} ms`)
}

export async function waitForHttp(url, ms = 30000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await sleep(200)
  }
  throw new Error(`no answer from ${url} within ${ms} ms`)
}

/** redis-server in the foreground on 127.0.0.1:<port>, nothing written to disk. */
export async function startRedis(port, dir = tempDir('redis')) {
  const bin = requireBinary('redis-server', 'redis-server')
  const redis = spawnGroup(`redis :${port}`, bin, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
    '--daemonize',
    'no',
    '--protected-mode',
    'yes',
  ])
  await waitForPort(port, 10000, 'redis-server')
  return { ...redis, url: `redis://127.0.0.1:${port}`, dir }
}

let buildCopy
/**
 * One private copy of the build for every instance this process starts (the same build, as in production): what
 * they render and revalidate never reaches apps/web/.next, which `npm run start:blog` serves.
 */
function instanceDir() {
  if (!buildCopy) {
    const workDir = path.join(testBuildsDir, `multi-${process.pid}`)
    process.on('exit', () => rmSync(workDir, { recursive: true, force: true }))
    buildCopy = copyBuild(workDir, 'instances')
  }
  return buildCopy
}

/** `next start` on a copy of the repo build; `env` adds REDIS_URL, CONTENT_DATASET_PATH and the like. */
export function startInstance(port, env = {}) {
  const merged = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }
  for (const name of ['SANITY_PROJECT_ID', 'SANITY_DATASET']) delete merged[name]
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete merged[name]
  const instance = spawnGroup(
    `next :${port}`,
    path.join(repoDir, 'node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', NEXT_HOST],
    { cwd: instanceDir(), env: merged },
  )
  return {
    ...instance,
    port,
    base: `http://127.0.0.1:${port}`,
    ready: () => waitForHttp(`http://127.0.0.1:${port}/api/health`),
  }
}

/** nginx (Debian's) on 127.0.0.1:<port> in front of the given instance ports, from apps/web/deploy/nginx-upstream.conf. */
export async function startNginx(port, upstreamPorts) {
  const bin = requireBinary('nginx', 'nginx')
  const prefix = tempDir('nginx')
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, sub))
  const template = readFileSync(path.join(webDir, 'deploy/nginx-upstream.conf'), 'utf8')
  const conf = template
    .replaceAll('@PREFIX@', prefix)
    .replaceAll('@LISTEN@', `127.0.0.1:${port}`)
    .replaceAll(
      '@SERVERS@',
      upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n'),
    )
  const confPath = path.join(prefix, 'nginx.conf')
  writeFileSync(confPath, conf)
  const nginx = spawnGroup(`nginx :${port}`, bin, [
    '-p',
    prefix,
    '-c',
    confPath,
    '-e',
    path.join(prefix, 'error.log'),
    '-g',
    'daemon off;',
  ])
  try {
    await waitForPort(port, 10000, 'nginx')
  } catch (error) {
    throw new Error(`${error.message}\n${nginx.log()}`)
  }
  return { ...nginx, base: `http://127.0.0.1:${port}` }
}

/** Stops everything started so far, newest first. */
export async function stopAll() {
  while (started.length) await started.pop().stop()
}
