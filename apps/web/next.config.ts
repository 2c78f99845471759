import path from 'node:path'
import { loadEnvConfig } from '@next/env'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { redisUrl } from './cache/redis-url.mjs'

// One .env at the repository root serves every workspace; Next on its own only reads apps/web/.env*.
loadEnvConfig(path.join(__dirname, '../..'), process.env.NODE_ENV !== 'production')

/** Origins allowed to frame the site: itself, and the Studio (its Presentation tool previews pages in an iframe). */
function studioOrigin(): string {
  const raw = process.env.SANITY_STUDIO_URL?.trim() || 'http://localhost:3333'
  try {
    return new URL(raw).origin
  } catch {
    throw new Error(`SANITY_STUDIO_URL must be an absolute URL, got "${raw}"`)
  }
}

export const EMBED_PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

export function contentSecurityPolicy(): string {
  const dev = process.env.NODE_ENV === 'development'
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://cdn.sanity.io",
    // Audio, video and captions of the body's file blocks: /media here, Sanity's CDN for a project.
    "media-src 'self' https://cdn.sanity.io",
    "font-src 'self'",
    "connect-src 'self' https://*.api.sanity.io wss://*.api.sanity.io",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The video players an article may load when a reader presses play (EMBED_PLAYER_ORIGINS in @blog/schemas).
    `frame-src ${EMBED_PLAYER_ORIGINS.join(' ')}`,
    `frame-ancestors 'self' ${studioOrigin()}`,
  ].join('; ')
}

const securityHeaders = [
  // No nonces, so cached pages stay static: Next's inline bootstrap scripts need 'unsafe-inline' (the dev server's
  // React Refresh also needs eval). Images: the site, LQIP data URLs and Sanity's CDN.
  { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
]

// REDIS_URL's rule (cache/redis-url.mjs) is shared with the standalone server's handler wrappers; cache/handler.mjs
// is loaded only when it returns a URL.
export { redisUrl }

/** CONTENT_REVALIDATE_SECONDS, read here too: lib/env.ts is server-only and cannot load in the config. */
function revalidateSeconds(): number {
  const raw = process.env.CONTENT_REVALIDATE_SECONDS?.trim()
  const value = raw ? Number(raw) : 3600
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`CONTENT_REVALIDATE_SECONDS must be a positive whole number of seconds, got "${raw}"`)
  return value
}

/**
 * BLOG_OUTPUT=standalone at build time (`npm run build:standalone`): Next also writes a self-contained server,
 * `.next/standalone` (`node apps/web/server.js` inside it), which deploy/standalone/assemble.mjs completes. Opt-in,
 * because tracing and copying its node_modules slows every build, and the test and bench copies of `.next` would
 * carry it; `next start` serves either build.
 */
export function outputMode(env: Record<string, string | undefined> = process.env): 'standalone' | undefined {
  const raw = env.BLOG_OUTPUT?.trim()
  if (!raw) return undefined
  if (raw !== 'standalone') throw new Error(`BLOG_OUTPUT must be "standalone" or empty, got "${raw}"`)
  return raw
}

/**
 * The cache handlers, by phase. `next start` reads next.config at start, so the Redis handlers are registered only
 * when REDIS_URL is set, and never for the build. A standalone server runs on the config frozen at build time: it
 * always registers wrappers that pick Redis or Next's own caches when they load (deploy/standalone/*-handler.mjs).
 */
function cacheHandlers(phase: string): Pick<NextConfig, 'cacheHandler' | 'cacheHandlers'> {
  if (outputMode()) {
    return {
      cacheHandler: path.join(__dirname, 'deploy/standalone/cache-handler.mjs'),
      cacheHandlers: { default: path.join(__dirname, 'deploy/standalone/use-cache-handler.mjs') },
    }
  }
  if (phase === PHASE_PRODUCTION_BUILD || !redisUrl()) return {}
  return {
    // Several instances share one page cache in Redis (apps/web/cache/handler.mjs).
    cacheHandler: path.join(__dirname, 'cache/handler.mjs'),
    // The 'use cache' entries (content reads) in the same Redis, with their own handler.
    cacheHandlers: { default: path.join(__dirname, 'cache/use-cache-handler.mjs') },
  }
}

const nextConfig = (phase: string): NextConfig => ({
  // `npm start` builds the blog against the local lake into its own folder, so it never shares a build with the
  // embedded-dataset build that the tests and `npm run start:blog` use.
  distDir: process.env.NEXT_DIST_DIR?.trim() || '.next',
  output: outputMode(),
  // Several instances share both caches in Redis when REDIS_URL is set. The build always uses the default caches, so
  // one build serves with or without Redis.
  ...cacheHandlers(phase),
  // Content reads are cached with 'use cache' (lib/content.ts), pages are prerendered and refreshed per tag.
  cacheComponents: true,
  // The previous prefetch behaviour: links prefetch per route as before, no App Shell per route.
  partialPrefetching: false,
  cacheLife: {
    /** Every content read: refreshed after CONTENT_REVALIDATE_SECONDS, or at once by the webhook's tags. */
    content: { stale: 300, revalidate: revalidateSeconds(), expire: Math.max(revalidateSeconds() * 24, 86_400) },
    /** A slug or page that does not exist: its 404 is kept five minutes, so made-up URLs cannot pile up. */
    unknown: { stale: 300, revalidate: 300, expire: 300 },
  },
  async headers() {
    // An unnamed group, not `/:path*`: with a named parameter Next compiles every header value holding a `:` (the CSP
    // does) as a path pattern on each request, to substitute the parameter (about 0.05 ms per page on this machine).
    return [{ source: '/(.*)', headers: securityHeaders }]
  },
  // Workspace packages ship TypeScript sources. ESM-only dependencies need no entry: Next bundles them as they are,
  // and jest loads them through Node's require(esm) (--experimental-vm-modules in the test script).
  // Shiki is on Next's list of packages left outside the server bundle, reached through a symlink in .next/node_modules
  // that breaks once the build folder moves (deploys, test copies): bundled, it travels with the build.
  transpilePackages: ['@blog/content', '@blog/schemas', 'shiki'],
  // Every image goes through lib/image-loader.ts: Sanity's CDN resizes, local /media files are served as they are.
  // The widths stop at 1920: the widest picture is shown at 960 CSS pixels (an article's cover), 1920 at 2x. Next's
  // default 2048 and 3840 only lengthened every srcset (and the priority image's preload link) by two candidates.
  images: {
    loader: 'custom',
    loaderFile: './lib/image-loader.ts',
    qualities: [75],
    deviceSizes: [640, 750, 828, 1080, 1200, 1920],
  },
  poweredByHeader: false,
  // A trailing slash reaches the proxy, which hands it to the catch-all route: an old permalink (`/2019/04/02/x/`)
  // answers a 308 to its article in one step, and any other path a 308 to itself without the slash, as before.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  turbopack: {
    root: path.join(__dirname, '../..'),
  },
})

export default nextConfig
