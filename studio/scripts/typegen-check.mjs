// Fails when the committed TypeGen output is not what the Studio schema and the queries give now: generates a fresh
// copy under .sanity/ (sanity.cli.ts reads TYPEGEN_OUT_DIR) and compares it with the committed file.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_DIR, STUDIO_DIR, runSanity } from './sanity-target.mjs'

const committed = path.join(REPO_DIR, 'packages/schemas/src/typegen/sanity.types.ts')
const freshDir = '.sanity/typegen/check'
process.env.TYPEGEN_OUT_DIR = freshDir
runSanity(['schema', 'extract', '--force'])
runSanity(['typegen', 'generate'])

const fresh = path.join(STUDIO_DIR, freshDir, 'sanity.types.ts')
if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
  console.error(
    `${path.relative(REPO_DIR, committed)} is out of date with the Studio schema or the queries.\n` +
      `Run \`npm run typegen --workspace @blog/studio\` and commit the result (diff: \`diff ${committed} ${fresh}\`).`,
  )
  process.exit(1)
}
console.log(`${path.relative(REPO_DIR, committed)} is current.`)
