#!/usr/bin/env node
// `npm run content:check [path]`: runs cli.ts on plain Node, which strips the TypeScript types itself.
import { SAMPLE_DATASET } from '@blog/sample-content'

const { main } = await import('./cli.ts')

process.exitCode = main(process.argv.slice(2), SAMPLE_DATASET, {
  cwd: process.env.INIT_CWD || process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
})
