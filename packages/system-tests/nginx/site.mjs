#!/usr/bin/env node
// The production site config (apps/web/deploy/nginx-site.conf) filled in: for a host (`npm run nginx:site -- …`
// prints it), for the compose recipe, and for the standalone test, which runs it.
//   npm run nginx:site -- --site https://blog.example.com --studio studio.example.com --server 10.0.0.2:3000 \
//     --server 10.0.0.3:3000 --studio-root /srv/studio --cert /etc/ssl/blog.pem --key /etc/ssl/blog.key \
//     [--prefix /var/cache/nginx/blog] [--http 80] [--https 443] > /etc/nginx/blog.conf
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { fillTemplate, startNginx } from './nginx.mjs'

export const siteTemplate = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../apps/web/deploy/nginx-site.conf',
)

/** A host name, given as it is or as an origin (SITE_URL, SANITY_STUDIO_URL). */
const hostOf = (value) => (value?.includes('://') ? new URL(value).hostname : value)

/**
 * The values of the template's placeholders, from named options; each blog instance becomes one `server` line.
 * `site` and `studio` take a host name or the origin it is the host of.
 */
export function siteValues({ site, studio, servers, studioRoot, cert, key, prefix, http = '80', https = '443' }) {
  const missing = Object.entries({ site, studio, 'studio-root': studioRoot, cert, key, prefix })
    .filter(([, value]) => !value)
    .map(([name]) => name)
  if (!servers?.length) missing.push('server')
  if (missing.length) throw new Error(`nginx site: missing ${missing.map((name) => `--${name}`).join(', ')}`)
  return {
    PREFIX: prefix,
    HTTP_LISTEN: http,
    HTTPS_LISTEN: https,
    SITE_HOST: hostOf(site),
    STUDIO_HOST: hostOf(studio),
    STUDIO_ROOT: studioRoot,
    SERVERS: servers.map((server) => `    server ${server} max_fails=1 fail_timeout=2s;`).join('\n'),
    TLS_CERT: cert,
    TLS_KEY: key,
  }
}

export const siteConfig = (options) => fillTemplate(readFileSync(siteTemplate, 'utf8'), siteValues(options))

/** Starts nginx on the filled site config, with its prefix as the writable folder. */
export const startSite = (options) => startNginx({ prefix: options.prefix, conf: siteConfig(options) })

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      studio: { type: 'string' },
      server: { type: 'string', multiple: true },
      'studio-root': { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
      prefix: { type: 'string', default: '/var/cache/nginx/blog' },
      http: { type: 'string', default: '80' },
      https: { type: 'string', default: '443' },
    },
  })
  try {
    process.stdout.write(siteConfig({ ...values, servers: values.server, studioRoot: values['studio-root'] }))
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
