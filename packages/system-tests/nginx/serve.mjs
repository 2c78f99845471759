#!/usr/bin/env node
// `npm run serve:nginx`: the recommended self-hosting setup, locally. Runs `next start` on the existing build
// (run `npm run build` first) and nginx's micro-cache in front of it (apps/web/deploy/nginx.conf). Ctrl-C stops both.
//   PORT (default 8080): where nginx listens; NEXT_PORT (default 3000): `next start`; HOST (default 127.0.0.1).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { NEXT_HOST } from '../e2e/harness.mjs'
import { startNginx } from './nginx.mjs'

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/web')
const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 8080)
const nextPort = Number(process.env.NEXT_PORT ?? 3000)

if (!existsSync(path.join(webDir, '.next/BUILD_ID'))) {
  console.error('serve:nginx: apps/web has no production build; run `npm run build` first')
  process.exit(1)
}

const next = spawn(
  path.join(webDir, '../../node_modules/.bin/next'),
  ['start', '-p', String(nextPort), '-H', NEXT_HOST],
  {
    cwd: webDir,
    stdio: 'inherit',
    detached: true,
  },
)
const prefix = mkdtempSync(path.join(tmpdir(), 'blog-nginx-'))
let nginx
try {
  nginx = startNginx({ prefix, values: { LISTEN: `${host}:${port}`, UPSTREAM: `127.0.0.1:${nextPort}` } })
} catch (error) {
  console.error(String(error.message ?? error))
  process.kill(-next.pid, 'SIGTERM')
  process.exit(1)
}
console.log(
  `serve:nginx: http://${host}:${port} (nginx micro-cache, config ${nginx.confPath}) → next start on 127.0.0.1:${nextPort}`,
)

const stop = () => {
  nginx.stop()
  rmSync(prefix, { recursive: true, force: true })
  try {
    process.kill(-next.pid, 'SIGTERM')
  } catch {}
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(0)))
next.on('exit', (code) => (nginx.stop(), process.exit(code ?? 1)))
nginx.child.on('exit', (code) => {
  console.error(`serve:nginx: nginx exited (${code}); see ${prefix}/error.log`)
  stop()
  process.exit(1)
})
