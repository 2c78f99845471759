// Exports the published documents of the Sanity project from the root .env back into the sample dataset.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseNdjson, toNdjson } from '@blog/schemas'
import { fromExportDocuments } from './dataset-convert.mjs'
import { SAMPLE_DATASET, SAMPLE_DATASET_DIR, SAMPLE_IMAGES_DIR } from '@blog/sample-content'
import { loadTarget, runSanity } from './sanity-target.mjs'

const { projectId, dataset, token } = loadTarget()
const tmp = mkdtempSync(path.join(tmpdir(), 'sample-export-'))
try {
  const archive = path.join(tmp, 'export.tar.gz')
  runSanity(['dataset', 'export', dataset, archive, '--project-id', projectId, '--no-drafts', '--overwrite'], { token })
  execFileSync('tar', ['-xzf', archive, '-C', tmp])
  // The tarball holds one folder, named after the dataset and the export time.
  const root = readdirSync(tmp, { withFileTypes: true }).find((entry) => entry.isDirectory())
  if (!root) throw new Error('the export archive holds no folder')
  const exportDir = path.join(tmp, root.name)
  const assetsFile = path.join(exportDir, 'assets.json')
  const assetMeta = existsSync(assetsFile) ? JSON.parse(readFileSync(assetsFile, 'utf8')) : {}

  const { documents, images } = fromExportDocuments(
    parseNdjson(readFileSync(path.join(exportDir, 'data.ndjson'), 'utf8')),
    assetMeta,
  )
  const imagesDir = SAMPLE_IMAGES_DIR
  mkdirSync(imagesDir, { recursive: true })
  for (const image of images) copyFileSync(path.join(exportDir, 'images', image), path.join(imagesDir, image))
  writeFileSync(SAMPLE_DATASET, toNdjson(documents))

  const stale = readdirSync(imagesDir).filter((file) => !images.includes(file))
  console.log(`Wrote ${documents.length} documents and ${images.length} images to ${SAMPLE_DATASET_DIR}.`)
  if (stale.length > 0)
    console.log(`No document uses these images any more; delete them if that is right:\n${stale.join('\n')}`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
