import path from 'node:path'
import { loadEnvConfig } from '@next/env'
import type { NextConfig } from 'next'

// One .env at the repository root serves every workspace; Next on its own only reads apps/web/.env*.
loadEnvConfig(path.join(__dirname, '../..'), process.env.NODE_ENV !== 'production')

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript sources; @portabletext/* and @sanity/image-url are ESM-only.
  // next/jest reads this list too.
  transpilePackages: [
    '@blog/content',
    '@blog/schemas',
    '@portabletext/react',
    '@portabletext/toolkit',
    '@sanity/image-url',
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: {
    root: path.join(__dirname, '../..'),
  },
}

export default nextConfig
