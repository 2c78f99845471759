/** What the sample-data scripts share: which project and dataset to talk to, and how to run the CLI. */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const STUDIO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const REPO_DIR = path.resolve(STUDIO_DIR, '..')

/** Same sources as the Studio: the shell, then studio/.env, then the repo's root .env (never overriding). */
export function loadTarget() {
  for (const file of [path.join(STUDIO_DIR, '.env'), path.join(REPO_DIR, '.env')]) {
    if (existsSync(file)) process.loadEnvFile(file)
  }
  const env = process.env
  const projectId = env.SANITY_STUDIO_PROJECT_ID || env.SANITY_PROJECT_ID
  const dataset = env.SANITY_STUDIO_DATASET || env.SANITY_DATASET
  if (!projectId || projectId === 'placeholder' || !dataset) {
    console.error(
      'Missing Sanity project settings. Set SANITY_STUDIO_PROJECT_ID and SANITY_STUDIO_DATASET (or SANITY_PROJECT_ID and\n' +
        'SANITY_DATASET) in the root .env, then run this again. See studio/README.md, "Connect your Sanity project".',
    )
    process.exit(1)
  }
  return { projectId, dataset, token: env.SANITY_API_WRITE_TOKEN || undefined }
}

/** Runs the Studio's own `sanity` CLI; a token, when given, replaces the CLI login. Exits when it fails. */
export function runSanity(args, { token } = {}) {
  const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('sanity/package.json')), 'bin/sanity')
  const env = { ...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1' }
  if (token) Object.assign(env, { SANITY_AUTH_TOKEN: token, SANITY_IMPORT_TOKEN: token })
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: STUDIO_DIR, env, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`sanity ${args[0]} ${args[1] ?? ''} failed (exit code ${result.status ?? result.signal}).`)
    process.exit(1)
  }
}
