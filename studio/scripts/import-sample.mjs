// Imports the sample dataset into the Sanity project from the root .env, replacing documents with the same ids.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseNdjson, toNdjson } from '@blog/schemas'
import { toImportDocuments } from './dataset-convert.mjs'
import { SAMPLE_DATASET, SAMPLE_DATASET_DIR } from '@blog/sample-content'
import { loadTarget, runSanity } from './sanity-target.mjs'

const { projectId, dataset, token } = loadTarget()
const source = SAMPLE_DATASET
if (!existsSync(source)) {
  console.error(`No sample dataset at ${source}.`)
  process.exit(1)
}

const { documents, files } = toImportDocuments(parseNdjson(readFileSync(source, 'utf8')), {
  datasetDir: SAMPLE_DATASET_DIR,
})
const missing = files.filter((file) => !existsSync(file))
if (missing.length > 0) {
  console.error(`Image files missing from the sample dataset:\n${missing.join('\n')}`)
  process.exit(1)
}

const tmp = mkdtempSync(path.join(tmpdir(), 'sample-import-'))
try {
  const file = path.join(tmp, 'data.ndjson')
  writeFileSync(file, toNdjson(documents))
  console.log(`Importing ${documents.length} documents and ${files.length} images into ${projectId}/${dataset}…`)
  runSanity(['dataset', 'import', file, '--dataset', dataset, '--project-id', projectId, '--replace'], { token })
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
