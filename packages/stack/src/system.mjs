// What `npm start` and `npm run dev` share: the options, ports and addresses, the local lake with the blog's webhook
// wired, the environment each app reads the lake with, and the child processes one Ctrl-C stops.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '@blog/content'
import { DatasetStore, localWebhookSecret, sendWebhooks, startLake } from '@blog/local-lake'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const bin = (name) => path.join(repoDir, 'node_modules/.bin', name)

/** The flags both commands take; --dir is relative to where npm was run (npm runs the script in this package). */
export function readOptions() {
  const { values } = parseArgs({
    options: {
      // The working dataset `npm run lake` uses too (git-ignored there), so the two see the same content.
      dir: { type: 'string', default: path.join(repoDir, 'packages/local-lake/.data/production') },
      reset: { type: 'boolean', default: false },
    },
  })
  return { ...values, dir: path.resolve(process.env.INIT_CWD || process.cwd(), values.dir) }
}

function port(name, fallback) {
  const value = Number(process.env[name] ?? fallback)
  if (Number.isInteger(value) && value > 0 && value <= 65535) return value
  console.error(`stack: ${name} must be a port number, got "${process.env[name]}"`)
  process.exit(2)
}
export const ports = {
  lake: port('LOCAL_LAKE_PORT', 3030),
  studio: port('STUDIO_PORT', 3333),
  blog: port('PORT', 3000),
}
export const urls = {
  lake: `http://127.0.0.1:${ports.lake}`,
  studio: `http://localhost:${ports.studio}`,
  blog: `http://localhost:${ports.blog}`,
}

/** The Studio on the local lake: its own project id is emptied so it never reaches a Sanity project. */
export const studioEnv = () => ({
  ...process.env,
  SANITY_STUDIO_PROJECT_ID: '',
  SANITY_STUDIO_LAKE_URL: urls.lake,
  SANITY_STUDIO_PREVIEW_URL: urls.blog,
})

/** The blog reads the lake through its Sanity source, exactly as production reads the Content Lake. */
export const blogEnv = ({ dir, secret }) => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  SANITY_PROJECT_ID: 'local',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: urls.lake,
  SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN || 'local-lake',
  SANITY_REVALIDATE_SECRET: secret,
  SANITY_STUDIO_URL: urls.studio,
  CONTENT_MEDIA_DIR: path.join(dir, 'images'),
})

const children = []
let stopping = false
let stopLake = async () => {}

/** Stops every child process group, then the lake, and exits. */
export async function stopAll(code = 0) {
  if (stopping) return
  stopping = true
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  await stopLake()
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopAll(0))

/** Opens the working dataset (from the sample on first start or with --reset), serves it and wires the webhook. */
export async function startLocalLake({ dir, reset }) {
  if (reset) {
    console.log('stack: --reset: the working dataset starts again from the sample dataset')
    rmSync(dir, { recursive: true, force: true })
  }
  const store = DatasetStore.open(dir, { seedDir: SAMPLE_DATASET_DIR })
  const trace = process.env.LOCAL_LAKE_VERBOSE
    ? (line) => console.log(`lake: ${new Date().toISOString().slice(11, 23)} ${line}`)
    : undefined
  const lake = await startLake({
    store,
    port: ports.lake,
    corsOrigins: [urls.studio, `http://127.0.0.1:${ports.studio}`],
    trace,
  })
  const secret = process.env.SANITY_REVALIDATE_SECRET || localWebhookSecret(path.dirname(dir))
  const stopWebhooks = sendWebhooks(store, [
    {
      url: `http://127.0.0.1:${ports.blog}/api/revalidate`,
      secret,
      filter: WEBHOOK_FILTER,
      projection: WEBHOOK_PROJECTION,
    },
  ])
  stopLake = async () => {
    await stopWebhooks?.()
    await lake.close()
    store.close()
  }
  return { secret }
}

function spawnGroup(command, args, options) {
  // Its own process group: next and sanity fork servers, and stopAll must reach them too.
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  return child
}

/** Runs a step to completion, its output shown only when it fails; the lake in this process answers meanwhile. */
export async function step(label, command, args, options) {
  const started = performance.now()
  console.log(`stack: ${label} ...`)
  const child = spawnGroup(command, args, options)
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise((resolve) => child.on('exit', resolve))
  children.splice(children.indexOf(child), 1)
  if (code !== 0) {
    console.error(output)
    throw new Error(`${label} failed (exit ${code})`)
  }
  console.log(`stack: ${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

/** A long-running part, its output prefixed with its name; when it stops, everything stops. */
export function serve(name, command, args, options) {
  const child = spawnGroup(command, args, options)
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) console.log(`${name}: ${line}`)
    })
  }
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`stack: ${name} stopped (exit ${code}); stopping the rest`)
      void stopAll(1)
    }
  })
}

/** Resolves once `url` answers 2xx; fails after `ms`. */
export async function waitFor(url, ms) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (answer) => answer.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`)
}

/** The closing lines: where each part answers. */
export function printAddresses({ dir, command }) {
  console.log(`
  Studio  ${urls.studio}   (signed in as the local editor; publishing refreshes the blog)
  Blog    ${urls.blog}
  Lake    ${urls.lake}   (working dataset: ${path.relative(process.env.INIT_CWD || process.cwd(), dir) || dir}; ${command} -- --reset starts it again from the sample)

  Ctrl-C stops all three.`)
}
