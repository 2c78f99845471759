#!/usr/bin/env node
// `npm start`: the whole system on this machine, with no account and no network. The local lake on the working
// dataset (packages/local-lake/.data, created from the sample dataset on first start), the Studio (built, served)
// signed in as the local editor, and the blog built and served from the lake, refreshed by the lake's signed
// webhooks. Prints the three addresses; Ctrl-C stops everything.
// Flags: --reset (start again from the sample dataset), --dir <folder>; ports from LOCAL_LAKE_PORT (3030),
// STUDIO_PORT (3333) and PORT (3000).
import { spawn } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '@blog/content'
import { DatasetStore, localWebhookSecret, sendWebhooks, startLake } from '../src/index.ts'
import { SAMPLE_DATASET_DIR } from '@blog/sample-content'

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repoDir = path.resolve(packageDir, '../..')
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: path.join(packageDir, '.data/production') },
    reset: { type: 'boolean', default: false },
  },
})
const port = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback)
  if (Number.isInteger(value) && value > 0 && value <= 65535) return value
  console.error(`start: ${name} must be a port number, got "${process.env[name]}"`)
  process.exit(2)
}
const ports = { lake: port('LOCAL_LAKE_PORT', 3030), studio: port('STUDIO_PORT', 3333), blog: port('PORT', 3000) }
const urls = {
  lake: `http://127.0.0.1:${ports.lake}`,
  studio: `http://localhost:${ports.studio}`,
  blog: `http://localhost:${ports.blog}`,
}
const bin = (name) => path.join(repoDir, 'node_modules/.bin', name)

/** Resolves once `url` answers 2xx; fails after `ms`. */
async function waitFor(url, ms) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (answer) => answer.ok,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`)
}

const children = []
let stopping = false
async function stopAll(code = 0) {
  if (stopping) return
  stopping = true
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  await stopWebhooks?.()
  await lake?.close()
  store?.close()
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopAll(0))

/** Runs a step to completion, its output shown only when it fails. Asynchronous: the lake in this process answers
 * the blog's build while it runs. */
async function step(label, command, args, options) {
  const started = performance.now()
  console.log(`start: ${label} ...`)
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise((resolve) => child.on('exit', resolve))
  children.splice(children.indexOf(child), 1)
  if (code !== 0) {
    console.error(output)
    throw new Error(`${label} failed (exit ${code})`)
  }
  console.log(`start: ${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

/** A long-running part, in its own process group (next and sanity fork servers), its output prefixed. */
function serve(name, command, args, options) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) console.log(`${name}: ${line}`)
    })
  }
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`start: ${name} stopped (exit ${code}); stopping the rest`)
      void stopAll(1)
    }
  })
  return child
}

let store, lake, stopWebhooks
try {
  if (values.reset) {
    console.log('start: --reset: the working dataset starts again from the sample dataset')
    rmSync(values.dir, { recursive: true, force: true })
  }
  store = DatasetStore.open(values.dir, { seedDir: SAMPLE_DATASET_DIR })
  const trace = process.env.LOCAL_LAKE_VERBOSE
    ? (line) => console.log(`lake: ${new Date().toISOString().slice(11, 23)} ${line}`)
    : undefined
  lake = await startLake({
    store,
    port: ports.lake,
    corsOrigins: [urls.studio, `http://127.0.0.1:${ports.studio}`],
    trace,
  })
  const secret = process.env.SANITY_REVALIDATE_SECRET || localWebhookSecret(path.dirname(values.dir))
  stopWebhooks = sendWebhooks(store, [
    {
      url: `http://127.0.0.1:${ports.blog}/api/revalidate`,
      secret,
      filter: WEBHOOK_FILTER,
      projection: WEBHOOK_PROJECTION,
    },
  ])

  const studioEnv = {
    ...process.env,
    SANITY_STUDIO_PROJECT_ID: '',
    SANITY_STUDIO_LAKE_URL: urls.lake,
    SANITY_STUDIO_PREVIEW_URL: urls.blog,
  }
  await step(
    'building the Studio',
    bin('turbo'),
    ['run', 'build', '--filter=@blog/studio', '--output-logs=errors-only'],
    { cwd: repoDir, env: studioEnv },
  )
  // Served from a copy next to the working dataset: the next build into studio/dist (another npm start, the editor
  // loop, a benchmark, each with its own lake address) must not change the Studio this one serves.
  const studioDir = path.join(path.dirname(values.dir), 'studio-build')
  rmSync(studioDir, { recursive: true, force: true })
  cpSync(path.join(repoDir, 'studio/dist'), studioDir, { recursive: true })

  // The blog reads the lake exactly as production reads the Content Lake. It is built now, from what the lake
  // holds now, into its own folder: a build is never older than the content it serves.
  const blogEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-local',
    SANITY_PROJECT_ID: 'local',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: urls.lake,
    SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN || 'local-lake',
    SANITY_REVALIDATE_SECRET: secret,
    SANITY_STUDIO_URL: urls.studio,
    CONTENT_MEDIA_DIR: path.join(values.dir, 'images'),
  }
  const webDir = path.join(repoDir, 'apps/web')
  // The app's build script (its prebuild drops the data cache of the last build: no result of an older dataset).
  await step('building the blog from the lake', 'npm', ['run', 'build', '--workspace', '@blog/web'], {
    cwd: repoDir,
    env: blogEnv,
  })

  serve('studio', bin('sanity'), ['preview', studioDir, '--port', String(ports.studio), '--host', 'localhost'], {
    cwd: path.join(repoDir, 'studio'),
    env: studioEnv,
  })
  serve('blog', bin('next'), ['start', '-p', String(ports.blog)], { cwd: webDir, env: blogEnv })
  await Promise.all([waitFor(`${urls.blog}/`, 60_000), waitFor(`${urls.studio}/`, 60_000)])
  console.log(`
  Studio  ${urls.studio}   (signed in as the local editor; publishing refreshes the blog)
  Blog    ${urls.blog}
  Lake    ${urls.lake}   (working dataset: ${path.relative(process.cwd(), values.dir) || values.dir}; npm start -- --reset starts it again from the sample)

  Ctrl-C stops all three.`)
} catch (error) {
  console.error(`start: ${error.message}`)
  await stopAll(1)
}
