/**
 * Module hooks that let plain `node` (20.19+) run this package's TypeScript sources and the workspace
 * packages it imports (`@blog/schemas` exports `./src/index.ts`). swc only strips types, as in jest.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { transform } from '@swc/core'

const TS = /\.tsx?$/

/** Extensionless relative imports (`./rules`), as written for TypeScript's "Bundler" resolution. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('.') && context.parentURL && TS.test(context.parentURL) && !/\.[a-z]+$/i.test(specifier)) {
    for (const candidate of [`${specifier}.ts`, `${specifier}.tsx`, `${specifier}/index.ts`]) {
      const url = new URL(candidate, context.parentURL)
      if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true }
    }
  }
  return nextResolve(specifier, context)
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !TS.test(url)) return nextLoad(url, context)
  const source = await readFile(fileURLToPath(url), 'utf8')
  const { code } = await transform(source, {
    filename: fileURLToPath(url),
    jsc: { parser: { syntax: 'typescript', tsx: url.endsWith('x') }, target: 'es2022' },
    module: { type: 'es6' },
  })
  return { format: 'module', source: code, shortCircuit: true }
}
