import path from 'node:path'
import { loadEnvConfig } from '@next/env'
import type { NextConfig } from 'next'

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

const securityHeaders = [
  { key: 'Content-Security-Policy', value: `frame-ancestors 'self' ${studioOrigin()}` },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
]

const nextConfig: NextConfig = {
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
  // Workspace packages ship TypeScript sources; @portabletext/*, @sanity/image-url, next-sanity and
  // @sanity/preview-url-secret are ESM-only.
  // next/jest reads this list too.
  transpilePackages: [
    '@blog/content',
    '@blog/schemas',
    '@portabletext/react',
    '@portabletext/toolkit',
    '@sanity/image-url',
    '@sanity/preview-url-secret',
    'next-sanity',
  ],
  // Every image goes through lib/image-loader.ts: Sanity's CDN resizes, local /media files are served as they are.
  images: { loader: 'custom', loaderFile: './lib/image-loader.ts', qualities: [75] },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: {
    root: path.join(__dirname, '../..'),
  },
}

export default nextConfig
