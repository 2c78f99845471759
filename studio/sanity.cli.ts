import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineCliConfig } from 'sanity/cli'
import { studioEnv } from './env'

// The repo keeps one .env at its root for every workspace, but the Sanity CLI only reads .env files
// in studio/. Loading the root file here (before any command runs) fills in what is still unset;
// variables from the shell or studio/.env win because loadEnvFile never overrides.
const rootEnvFile = fileURLToPath(new URL('../.env', import.meta.url))
if (existsSync(rootEnvFile)) process.loadEnvFile(rootEnvFile)

const { projectId, dataset } = studioEnv()

// `npm run typegen:check` writes a fresh copy elsewhere and compares it with the committed one.
const typesDir = process.env.TYPEGEN_OUT_DIR ?? '../packages/schemas/src/typegen'

export default defineCliConfig({
  api: { projectId, dataset },
  // A self-contained bundle: the built Studio works on any static host without Sanity's module CDN.
  deployment: { autoUpdates: false },
  // Types of the stored documents and of every defineQuery, checked against the zod schemas at compile time
  // (packages/schemas/src/typegen). Required fields are non-optional so required-ness is compared too.
  schemaExtraction: { path: '.sanity/typegen/schema.json', enforceRequiredFields: true },
  typegen: {
    path: '../packages/content/src/queries.ts',
    schema: '.sanity/typegen/schema.json',
    generates: `${typesDir}/sanity.types.ts`,
    // The content sources return unknown and zod parses it: nothing calls client.fetch for a typed result.
    overloadClientMethods: false,
  },
})
