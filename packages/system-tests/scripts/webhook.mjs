#!/usr/bin/env node
// Sends a correctly signed Sanity-style webhook to a running site, for local publishing and tests:
//   npm run webhook -- <type> <slug> [--url http://localhost:3000] [--id <_id>] [--previous-slug <slug>]
//                      [--previous-refs id1,id2] [--dataset <data.ndjson>] [--secret <secret>]
// The document id is looked up by type and slug in the embedded dataset unless --id is given
// (needed for a deleted document).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { SAMPLE_DATASET } from '@blog/sample-content'

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
if (existsSync(path.join(repoDir, '.env'))) process.loadEnvFile(path.join(repoDir, '.env'))

function fail(message) {
  console.error(`webhook: ${message}`)
  process.exit(2)
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: process.env.SITE_URL || 'http://localhost:3000' },
    id: { type: 'string' },
    'previous-slug': { type: 'string' },
    'previous-refs': { type: 'string' },
    dataset: {
      type: 'string',
      default: process.env.CONTENT_DATASET_PATH || SAMPLE_DATASET,
    },
    secret: { type: 'string', default: process.env.SANITY_REVALIDATE_SECRET },
  },
})
const [type, slug] = positionals
if (!type) fail('usage: npm run webhook -- <type> <slug> [--url URL] [--id ID] [--previous-slug SLUG]')
if (!values.secret) fail('SANITY_REVALIDATE_SECRET is not set (in .env or the environment), and no --secret was given')

let id = values.id
if (!id && type === 'siteSettings') id = 'siteSettings'
if (!id) {
  if (!slug) fail(`a ${type} needs a slug (or --id)`)
  const line = readFileSync(values.dataset, 'utf8')
    .split('\n')
    .find(
      (text) =>
        text.includes(`"${slug}"`) && JSON.parse(text)?._type === type && JSON.parse(text)?.slug?.current === slug,
    )
  if (!line) fail(`no ${type} with slug "${slug}" in ${values.dataset}; pass --id for a deleted document`)
  id = JSON.parse(line)._id
}

const payload = {
  _id: id,
  _type: type,
  slug: slug ?? null,
  previousSlug: values['previous-slug'] ?? null,
  previousRefs: values['previous-refs'] ? values['previous-refs'].split(',') : [],
}
const body = JSON.stringify(payload)
const signature = await encodeSignatureHeader(body, Date.now(), values.secret)
const target = new URL('/api/revalidate', values.url)
let response
try {
  response = await fetch(target, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
  })
} catch (error) {
  fail(`could not reach ${target}: ${error.cause?.message ?? error.message}`)
}
const text = await response.text()
console.log(`${response.status} ${target.pathname} ${text}`)
process.exit(response.ok ? 0 : 1)
