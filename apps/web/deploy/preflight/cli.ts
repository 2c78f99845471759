// `npm run preflight [-- --env-file <file>]`: checks the environment the blog will run with before it takes traffic,
// and says what is wrong in plain words; exits 1 when anything is. Reads the process environment, then the file given
// (the compose recipe's blog.env), then the repository's root .env, as next.config.ts does; the first value set wins.
import path from 'node:path'
import { parseArgs } from 'node:util'
// CommonJS: Node hands its exports over as the default export.
import nextEnv from '@next/env'
import { preflight } from './checks.ts'

const { values } = parseArgs({ options: { 'env-file': { type: 'string' } } })
if (values['env-file']) process.loadEnvFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), values['env-file']))
nextEnv.loadEnvConfig(path.join(import.meta.dirname, '../../../..'), false, { info: () => {}, error: console.error })

console.log('preflight: checking the environment the blog will run with')
const results = await preflight(process.env)
for (const result of results) console.log(`  ${result.ok ? '✓' : '✕'} ${result.name}: ${result.message}`)
const problems = results.filter((result) => !result.ok).length
console.log(problems ? `preflight: ${problems} to fix before the blog takes traffic` : 'preflight: ready for traffic')
process.exit(problems ? 1 : 0)
