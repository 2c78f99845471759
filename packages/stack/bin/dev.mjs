#!/usr/bin/env node
// `npm run dev`: the whole system in development. The local lake on the working dataset (as `npm start`), the
// Studio's dev server (`sanity dev`) and the blog's (`next dev`) reading the lake, the lake's signed webhook wired to
// the blog; both apps reload on save. Nothing is built first. Ctrl-C stops all.
// Flags and ports as `npm start`: --reset, --dir <folder>, LOCAL_LAKE_PORT, STUDIO_PORT, PORT.
import path from 'node:path'
import {
  bin,
  blogEnv,
  ports,
  printAddresses,
  readOptions,
  repoDir,
  serve,
  startLocalLake,
  stopAll,
  studioEnv,
  urls,
  waitFor,
} from '../src/system.mjs'

const options = readOptions()
try {
  const { secret } = await startLocalLake(options)
  serve('studio', bin('sanity'), ['dev', '--port', String(ports.studio), '--host', 'localhost'], {
    cwd: path.join(repoDir, 'studio'),
    env: { ...studioEnv(), DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1' },
  })
  // The folder `npm start` builds into (dev writes under <distDir>/dev), never the build `npm run start:blog` serves,
  // whose last good results must stay the sample's.
  serve('blog', bin('next'), ['dev', '-p', String(ports.blog)], {
    cwd: path.join(repoDir, 'apps/web'),
    env: { ...blogEnv({ ...options, secret }), NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-local' },
  })
  // next dev compiles a page on its first request: this one warms the home page too.
  await Promise.all([waitFor(`${urls.blog}/`, 180_000), waitFor(`${urls.studio}/`, 180_000)])
  printAddresses({ dir: options.dir, command: 'npm run dev' })
} catch (error) {
  console.error(`stack: ${error.message}`)
  await stopAll(1)
}
