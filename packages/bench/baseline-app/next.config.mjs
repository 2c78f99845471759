// The framework's floor for the bench: a bare Next.js page with the same primitives as the blog (Link, Image with a
// custom loader, static text), on the same hoisted `next`.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

const config = {
  images: { loader: 'custom', loaderFile: './image-loader.js', qualities: [75] },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: path.join(here, '../../..') },
}

export default config
