#!/usr/bin/env node
// Completes the standalone server `next build` wrote with BLOG_OUTPUT=standalone (`npm run build:standalone` runs
// both): Next traces the server's code and node_modules into `.next/standalone` but leaves out what a CDN could serve
// (`.next/static`, `public/`), and what the app reads at run time through paths it computes (the embedded dataset, the
// last good results). After this the folder is the whole deploy: copy it anywhere and run `node apps/web/server.js`.
//   node apps/web/deploy/standalone/assemble.mjs [--dist .next]   (NEXT_DIST_DIR is the default for --dist)
//   node apps/web/deploy/standalone/assemble.mjs --check <folder>   only checks a copied folder holds what it needs
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { standaloneLayout } from './layout.mjs'

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.NEXT_DIST_DIR?.trim() || '.next' },
    check: { type: 'string' },
  },
})
const layout = standaloneLayout(webDir, values.dist, values.check && path.resolve(values.check))

function exitIfIncomplete() {
  const missing = layout.required.filter((file) => !existsSync(file))
  if (!missing.length) return
  console.error(`assemble: the standalone folder ${layout.root} lacks:\n  ${missing.join('\n  ')}`)
  process.exit(1)
}
if (values.check) {
  exitIfIncomplete()
  console.log(`assemble: ${layout.root} holds everything a deploy needs`)
  process.exit(0)
}

if (!existsSync(layout.server)) {
  console.error(
    `assemble: no standalone server at ${layout.server}; build with BLOG_OUTPUT=standalone (npm run build:standalone)`,
  )
  process.exit(1)
}

const copy = (from, to, what) => {
  if (!existsSync(from)) return console.log(`assemble: no ${what} (${from}), nothing to copy`)
  mkdirSync(path.dirname(to), { recursive: true })
  cpSync(from, to, { recursive: true, dereference: true })
  console.log(`assemble: ${what} → ${path.relative(layout.root, to)}`)
}
copy(path.join(webDir, values.dist, 'static'), layout.static, 'client assets')
copy(path.join(webDir, 'public'), layout.public, 'public files')
copy(path.join(webDir, values.dist, 'last-good'), layout.lastGood, 'last good results')
// The embedded source's default dataset, where the server looks for it (lib/env.ts: ../../packages/sample-content
// from the app's folder). A Sanity project or CONTENT_DATASET_PATH at run time makes it unused.
copy(layout.sampleSource, layout.sample, 'sample dataset (the embedded source)')

exitIfIncomplete()
const size = readdirSync(layout.root).join(', ')
console.log(
  `assemble: ${layout.root} is complete (${size}); run it with: node ${path.relative(layout.root, layout.server)}`,
)
