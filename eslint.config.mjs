// ESLint for the whole workspace (flat config). Next's core-web-vitals and TypeScript rules (React, hooks, imports,
// accessibility), Prettier's formatting left to Prettier, and the house style's import boundaries.
import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

const CONTENT_ACCESS = 'components/ and app/ never fetch: read content through apps/web/lib (types are fine).'

// What pages and components may not import: a content source, a client, a query, groq.
const NO_SOURCE = [
  { name: '@blog/content', message: CONTENT_ACCESS, allowTypeImports: true },
  { name: '@sanity/client', message: CONTENT_ACCESS, allowTypeImports: true },
  { name: 'groq-js', message: CONTENT_ACCESS },
  { name: 'groq', message: CONTENT_ACCESS },
  { name: '@blog/content/testing', message: 'Test helpers never ship.' },
]
// Every subpath of the content package too: components take their rules from @blog/schemas or apps/web/lib.
const NO_CONTENT_SUBPATH = { group: ['@blog/content/*'], message: CONTENT_ACCESS, allowTypeImports: true }
const NOT_UNDER_LIB_CONTENT = {
  group: ['**/lib/content-source', '**/lib/slug-gate', '**/lib/preview'],
  message: 'Pages read content through the cached functions of lib/content.ts, never the source under them.',
}

export default defineConfig([
  globalIgnores([
    '**/node_modules/**',
    '**/.next/**',
    '**/.next-local/**',
    'apps/web/.test-builds/**',
    '**/dist/**',
    '**/.turbo/**',
    '**/.sanity/**',
    '**/coverage/**',
    'packages/local-lake/.data/**',
    '**/next-env.d.ts',
  ]),
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    settings: { next: { rootDir: 'apps/web/' } },
    rules: {
      // A leading underscore marks what is deliberately unused: the rest of a destructured object, a skipped argument.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Type-aware where it pays: a promise nobody awaits or catches (an unhandled rejection stops a Node process), and
    // a promise handed to something that ignores it (an async request listener). These rules need type information,
    // so they cover the TypeScript files each workspace's tsconfig includes.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Tests that load a module afresh after jest.mock / jest.isolateModules must use require(): an import is hoisted
    // above the mocks and cached.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/web/app/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: NO_SOURCE, patterns: [NO_CONTENT_SUBPATH, NOT_UNDER_LIB_CONTENT] },
      ],
    },
  },
  {
    files: ['apps/web/components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: NO_SOURCE,
          patterns: [
            NO_CONTENT_SUBPATH,
            NOT_UNDER_LIB_CONTENT,
            {
              group: ['**/lib/content'],
              message: 'Components never fetch: the page reads content and passes it down.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/lib/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@blog/content/testing', message: 'Test helpers never ship.' },
            { name: '@blog/local-lake/testing', message: 'Test helpers never ship.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/**', '**/studio/**', '@blog/web', '@blog/studio'],
              message: 'Packages never import the app or the Studio.',
            },
          ],
        },
      ],
    },
  },
  {
    // The importer converts HTML with the Studio's own compiled block content type (block-tools needs it), never a copy.
    files: ['packages/importer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@blog/studio/compiled-schema$)(@blog/(web|studio)(/|$)|(.*/)?(apps|studio)/)',
              message: 'Packages never import the app or the Studio (the importer: only @blog/studio/compiled-schema).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/schemas/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@blog/*', '**/packages/**', '**/apps/**', '**/studio/**'],
              message: '@blog/schemas imports nothing of ours: every other package builds on it.',
            },
          ],
        },
      ],
    },
  },
])
