// Where everything sits in a standalone folder: Next traces the repository from its root (turbopack.root in
// next.config.ts), so the app is at apps/web inside it and node_modules at its top, as in the repository.
import path from 'node:path'

/** The files of the standalone folder `root` built into `distDir` (the app's build folder name, `.next`). */
export function standaloneLayout(webDir, distDir = '.next', root = path.join(webDir, distDir, 'standalone')) {
  const app = path.join(root, 'apps/web')
  const dist = path.join(app, distDir)
  const modules = path.join(root, 'node_modules')
  return {
    root,
    app,
    server: path.join(app, 'server.js'),
    static: path.join(dist, 'static'),
    public: path.join(app, 'public'),
    lastGood: path.join(dist, 'last-good'),
    sampleSource: path.join(webDir, '../../packages/sample-content/dataset'),
    sample: path.join(root, 'packages/sample-content/dataset'),
    /** What a deploy cannot run without: the server, the build, its assets, the cache handlers and their packages. */
    required: [
      path.join(app, 'server.js'),
      path.join(dist, 'BUILD_ID'),
      path.join(dist, 'static'),
      path.join(app, 'public'),
      path.join(app, 'deploy/standalone/cache-handler.mjs'),
      path.join(app, 'deploy/standalone/use-cache-handler.mjs'),
      path.join(app, 'cache/handler.mjs'),
      path.join(app, 'cache/use-cache-handler.mjs'),
      path.join(app, 'cache/redis-client.mjs'),
      path.join(app, 'cache/tag-events.mjs'),
      path.join(app, 'cache/redis-url.mjs'),
      path.join(modules, 'redis/package.json'),
      path.join(modules, '@fortedigital/nextjs-cache-handler/package.json'),
      path.join(modules, 'next/dist/server/lib/incremental-cache/file-system-cache.js'),
      path.join(modules, 'next/dist/server/lib/cache-handlers/default.js'),
    ],
  }
}
