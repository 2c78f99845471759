#!/usr/bin/env node
/**
 * `npm run import -- <files or folders> [options]`. The importer is TypeScript, like every workspace package; Node
 * 22.18+ strips the types itself (its sources use only erasable syntax and `.ts` import paths): no build step.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
// The shell wins over the root .env, as in the Studio scripts.
if (existsSync(path.join(repo, '.env'))) process.loadEnvFile(path.join(repo, '.env'))

const { main } = await import('../src/cli.ts')

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.env.INIT_CWD || process.cwd(),
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  ...(process.stdout.isTTY
    ? { tty: { write: (text) => process.stdout.write(text), columns: process.stdout.columns } }
    : {}),
})
