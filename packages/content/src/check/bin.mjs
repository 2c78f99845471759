#!/usr/bin/env node
// `npm run content:check [path]`: runs cli.ts on plain Node, which strips the TypeScript types itself.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const { main } = await import('./cli.ts')

process.exitCode = main(process.argv.slice(2), path.join(repo, 'packages/sample-content/dataset/data.ndjson'), {
  cwd: process.env.INIT_CWD || process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
})
