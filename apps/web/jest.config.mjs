import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

export default createJestConfig({
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/test/node-globals.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/e2e/', '/.next/'],
  // .mjs files (@blog/sample-content) are ES modules as they are: Node loads them through require(esm), untransformed.
  transformIgnorePatterns: ['\\.mjs$'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // `server-only` throws outside a React server bundle; in unit tests it is a no-op.
    '^server-only$': '<rootDir>/test/empty-module.js',
    // next.config's images.loaderFile, which Next's bundler substitutes for the default loader.
    '^next/dist/shared/lib/image-loader$': '<rootDir>/lib/image-loader.ts',
  },
})
