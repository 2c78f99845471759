#!/usr/bin/env node
// `npm start`: the whole system on this machine, with no account and no network. The local lake on the working
// dataset (created from the sample dataset on first start), the Studio built and served, signed in as the local
// editor, and the blog built and served from the lake, refreshed by the lake's signed webhooks. Ctrl-C stops all.
// Flags: --reset (start again from the sample dataset), --dir <folder>; ports from LOCAL_LAKE_PORT (3030),
// STUDIO_PORT (3333) and PORT (3000).
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import {
  bin,
  blogEnv,
  printAddresses,
  readOptions,
  repoDir,
  serve,
  startLocalLake,
  step,
  stopAll,
  studioEnv,
  urls,
  ports,
  waitFor,
} from '../src/system.mjs'

const options = readOptions()
try {
  const { secret } = await startLocalLake(options)
  await step(
    'building the Studio',
    bin('turbo'),
    ['run', 'build', '--filter=@blog/studio', '--output-logs=errors-only'],
    { cwd: repoDir, env: studioEnv() },
  )
  // Served from a copy next to the working dataset: the next build into studio/dist (another npm start, the editor
  // loop, a benchmark, each with its own lake address) must not change the Studio this one serves.
  const studioDir = path.join(path.dirname(options.dir), 'studio-build')
  rmSync(studioDir, { recursive: true, force: true })
  cpSync(path.join(repoDir, 'studio/dist'), studioDir, { recursive: true })

  // Built now, from what the lake holds now, into its own folder: a build is never older than the content it serves.
  const env = {
    ...blogEnv({ ...options, secret }),
    NODE_ENV: 'production',
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-local',
  }
  // The app's build script (its prebuild drops the data cache of the last build: no result of an older dataset).
  await step('building the blog from the lake', 'npm', ['run', 'build', '--workspace', '@blog/web'], {
    cwd: repoDir,
    env,
  })

  serve('studio', bin('sanity'), ['preview', studioDir, '--port', String(ports.studio), '--host', 'localhost'], {
    cwd: path.join(repoDir, 'studio'),
    env: studioEnv(),
  })
  serve('blog', bin('next'), ['start', '-p', String(ports.blog)], { cwd: path.join(repoDir, 'apps/web'), env })
  await Promise.all([waitFor(`${urls.blog}/`, 60_000), waitFor(`${urls.studio}/`, 60_000)])
  printAddresses({ dir: options.dir, command: 'npm start' })
} catch (error) {
  console.error(`stack: ${error.message}`)
  await stopAll(1)
}
