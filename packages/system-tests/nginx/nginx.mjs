// Fills in apps/web/deploy/nginx.conf and runs nginx in the foreground as a child process, with every file it writes
// (logs, temp files, cache, pid) under one prefix folder: no system configuration, no daemon.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The shipped config: beside the app it fronts. */
export const nginxTemplate = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../apps/web/deploy/nginx.conf',
)
export const nginxBin = process.env.NGINX_BIN ?? '/usr/sbin/nginx'

/** Replaces every @NAME@ placeholder of a template; a placeholder left without a value is an error. */
export function fillTemplate(template, values) {
  const text = template.replace(/@([A-Z_]+)@/g, (match, name) => {
    if (!(name in values)) throw new Error(`nginx template: no value for ${match}`)
    return String(values[name])
  })
  return text
}

/**
 * Writes `<prefix>/nginx.conf` from a template (deploy/nginx.conf by default) and starts nginx on it.
 * Returns the child and a stop() that ends it.
 */
export function startNginx({ prefix, values = {}, template = nginxTemplate, conf }) {
  mkdirSync(prefix, { recursive: true })
  chmodSync(prefix, 0o755)
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'cache']) {
    mkdirSync(path.join(prefix, dir), { recursive: true })
    // Started as root, nginx runs its workers as `nobody` (no `user` directive): they write the cache and temp files.
    if (process.getuid?.() === 0) chownSync(path.join(prefix, dir), 65534, 65534)
  }
  const confPath = path.join(prefix, 'nginx.conf')
  writeFileSync(confPath, conf ?? fillTemplate(readFileSync(template, 'utf8'), { PREFIX: prefix, ...values }))
  const args = [
    '-p',
    prefix,
    '-e',
    path.join(prefix, 'error.log'),
    '-c',
    confPath,
    '-g',
    `daemon off; pid ${path.join(prefix, 'nginx.pid')};`,
  ]
  const test = spawnSync(nginxBin, [...args.slice(0, 6), '-t', '-q', '-g', args[7]], { encoding: 'utf8' })
  if (test.error)
    throw new Error(`nginx: cannot run ${nginxBin} (${test.error.message}); install it with: apt-get install -y nginx`)
  if (test.status !== 0) throw new Error(`nginx: invalid configuration ${confPath}:\n${test.stderr}`)
  const child = spawn(nginxBin, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true })
  return {
    child,
    confPath,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
    },
  }
}
