/**
 * Pure conversions between the embedded sample dataset and what `sanity dataset import/export` speak.
 *
 * Embedded form (packages/sample-content/dataset): `sanity.imageAsset` documents with `path` and `url`
 * (`/media/<file>`), image fields holding `asset: {_ref}`, files in `images/`.
 * Import form: no asset documents; each image field holds `_sanityAsset: "image@file:///abs/path"` instead
 * of `asset`, and the importer uploads the file.
 * Export form (`sanity dataset export` tarball): the same placeholders with `file://./images/<file>`, plus
 * `assets.json` holding each asset's metadata keyed by `image-<sha1>`.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isPublishedId } from '@blog/schemas'

// The one NDJSON reader and writer (a bad line throws, with its number); the sample scripts take them from here.

const IMAGE_ASSET_TYPE = 'sanity.imageAsset'
const ASSET_FILE = /^([a-zA-Z0-9]+)-(\d+)x(\d+)\.([a-z0-9]+)$/
const MIME_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
}

/** `image-<sha1>-<w>x<h>-png` -> `<sha1>-<w>x<h>.png`, the name Sanity's export gives the file. */
export function assetFileName(assetId) {
  const match = /^image-([a-zA-Z0-9]+-\d+x\d+)-([a-z0-9]+)$/.exec(assetId)
  if (!match) throw new Error(`not an image asset id: ${assetId}`)
  return `${match[1]}.${match[2]}`
}

/** `<sha1>-<w>x<h>.png` -> `image-<sha1>-<w>x<h>-png`. */
export function assetIdFromFileName(fileName) {
  const match = ASSET_FILE.exec(fileName)
  if (!match) throw new Error(`not an exported image file name: ${fileName}`)
  const [, sha1, width, height, extension] = match
  return `image-${sha1}-${width}x${height}-${extension}`
}

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Rebuilds `value`, letting `visit` replace any object (children first are left to `visit` itself). */
function mapObjects(value, visit) {
  if (Array.isArray(value)) return value.map((item) => mapObjects(item, visit))
  if (!isRecord(value)) return value
  const replaced = visit(value)
  if (replaced !== undefined) return replaced
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, mapObjects(child, visit)]))
}

/**
 * Embedded dataset -> import form.
 * @param {object[]} docs documents of data.ndjson
 * @param {{datasetDir: string}} options absolute directory the asset `path`s are relative to
 */
export function toImportDocuments(docs, { datasetDir }) {
  const files = new Map()
  for (const doc of docs) {
    if (doc._type !== IMAGE_ASSET_TYPE) continue
    const relative = doc.path ?? `images/${assetFileName(doc._id)}`
    files.set(doc._id, path.resolve(datasetDir, relative))
  }
  const missing = new Set()
  const documents = docs
    .filter((doc) => doc._type !== IMAGE_ASSET_TYPE)
    .map((doc) =>
      mapObjects(doc, (node) => {
        const ref = isRecord(node.asset) ? node.asset._ref : undefined
        if (typeof ref !== 'string' || !ref.startsWith('image-')) return undefined
        const file = files.get(ref)
        if (!file) {
          missing.add(ref)
          return undefined
        }
        return Object.fromEntries(
          Object.entries(node).map(([key, child]) =>
            key === 'asset'
              ? ['_sanityAsset', `image@${pathToFileURL(file).href}`]
              : [key, mapObjects(child, () => undefined)],
          ),
        )
      }),
    )
  if (missing.size > 0)
    throw new Error(`image fields point at assets missing from the dataset: ${[...missing].join(', ')}`)
  return { documents, files: [...new Set(files.values())] }
}

/** A file placeholder from an export (`file://./images/x.png`) or an import (`file:///abs/images/x.png`). */
function placeholderFileName(placeholder) {
  const match = /^image@(file:\/\/.+)$/.exec(placeholder)
  if (!match) throw new Error(`unsupported asset placeholder: ${placeholder}`)
  const url = match[1]
  return path.posix.basename(url.startsWith('file://./') ? url.slice('file://./'.length) : fileURLToPath(url))
}

const orderedAssetDoc = (fields) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))

/**
 * Export form -> embedded dataset: asset references restored, one `sanity.imageAsset` document per file.
 * @param {object[]} docs documents of the exported data.ndjson
 * @param {Record<string, object>} assetMeta the exported assets.json
 * @returns {{documents: object[], images: string[]}} documents sorted by type and id; image file names to copy
 */
export function fromExportDocuments(docs, assetMeta = {}) {
  const images = new Set()
  const content = docs
    .filter((doc) => isPublishedContent(doc))
    .map((doc) =>
      mapObjects(doc, (node) => {
        if (typeof node._sanityAsset !== 'string') return undefined
        const fileName = placeholderFileName(node._sanityAsset)
        images.add(fileName)
        const entries = Object.entries(node).filter(([key]) => key !== '_sanityAsset')
        const at = entries.findIndex(([key]) => key !== '_type' && key !== '_key')
        const asset = ['asset', { _type: 'reference', _ref: assetIdFromFileName(fileName) }]
        entries.splice(at === -1 ? entries.length : at, 0, asset)
        return Object.fromEntries(entries.map(([key, child]) => [key, mapObjects(child, () => undefined)]))
      }),
    )
  const assets = [...images].map((fileName) => imageAssetDocument(fileName, assetMeta))
  const documents = [...content, ...assets].sort((a, b) => compare(a._type, b._type) || compare(a._id, b._id))
  return { documents, images: [...images].sort() }
}

function imageAssetDocument(fileName, assetMeta) {
  const [, sha1, width, height, extension] = ASSET_FILE.exec(fileName)
  const meta = assetMeta[`image-${sha1}`] ?? {}
  const w = Number(width)
  const h = Number(height)
  return orderedAssetDoc({
    _id: assetIdFromFileName(fileName),
    _type: IMAGE_ASSET_TYPE,
    _createdAt: meta._createdAt,
    _updatedAt: meta._updatedAt,
    _rev: meta._rev,
    assetId: sha1,
    sha1hash: meta.sha1hash ?? sha1,
    extension,
    mimeType: MIME_TYPES[extension] ?? `image/${extension}`,
    originalFilename: meta.originalFilename,
    path: `images/${fileName}`,
    url: `/media/${fileName}`,
    size: meta.size,
    metadata: meta.metadata ?? {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width: w, height: h, aspectRatio: w / h },
    },
    ...Object.fromEntries(Object.entries(meta).filter(([key]) => !KNOWN_ASSET_KEYS.has(key))),
  })
}

const KNOWN_ASSET_KEYS = new Set([
  '_createdAt',
  '_updatedAt',
  '_rev',
  'sha1hash',
  'originalFilename',
  'size',
  'metadata',
])

/** Drafts, versions, system documents and other asset kinds stay out of the sample dataset. */
function isPublishedContent(doc) {
  const id = String(doc._id ?? '')
  const type = String(doc._type ?? '')
  if (!isPublishedId(id) || id.startsWith('_.')) return false
  return !type.startsWith('sanity.') && !type.startsWith('system.')
}

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
