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

export default defineCliConfig({
  api: { projectId, dataset },
  // A self-contained bundle: the built Studio works on any static host without Sanity's module CDN.
  deployment: { autoUpdates: false },
})
