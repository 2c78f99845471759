import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseNdjson, toNdjson } from '@blog/schemas'
import { assetFileName, assetIdFromFileName, fromExportDocuments, toImportDocuments } from './dataset-convert.mjs'
import { SAMPLE_DATASET, SAMPLE_DATASET_DIR } from '@blog/sample-content'

const DATASET_DIR = '/data/sample'
const SHA = '0123456789abcdef0123456789abcdef01234567'
const ASSET_ID = `image-${SHA}-1200x675-png`
const FILE = `${SHA}-1200x675.png`

const assetDoc = {
  _id: ASSET_ID,
  _type: 'sanity.imageAsset',
  _createdAt: '2025-01-06T09:00:00Z',
  _updatedAt: '2025-01-06T09:00:00Z',
  _rev: 'rev1',
  assetId: SHA,
  sha1hash: SHA,
  extension: 'png',
  mimeType: 'image/png',
  originalFilename: 'cover.png',
  path: `images/${FILE}`,
  url: `/media/${FILE}`,
  size: 6310,
  metadata: {
    _type: 'sanity.imageMetadata',
    dimensions: { _type: 'sanity.imageDimensions', width: 1200, height: 675, aspectRatio: 1200 / 675 },
    lqip: 'data:image/png;base64,AAAA',
  },
}
const ref = { _type: 'reference', _ref: ASSET_ID }
const article = {
  _id: 'article-a',
  _type: 'article',
  title: 'A',
  coverImage: {
    _type: 'image',
    asset: ref,
    alt: 'Cover',
    hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.5, width: 1, height: 1 },
  },
  body: [
    { _type: 'block', _key: 'b1', markDefs: [], children: [{ _type: 'span', _key: 's1', text: 'Hi', marks: [] }] },
    { _type: 'image', _key: 'i1', asset: ref, alt: 'Inline', caption: 'A caption' },
  ],
  seo: { _type: 'seo', image: { _type: 'image', asset: ref, alt: 'Share' } },
}
const category = { _id: 'category-a', _type: 'category', title: 'A', slug: { _type: 'slug', current: 'a' } }
const embedded = [article, category, assetDoc]

// What `sanity dataset export` leaves in a tarball (see @sanity/export): placeholders relative to the archive,
// `_sanityAsset` first, and assets.json with the asset documents minus the props it rebuilds from the file.
const EXPORT_OMITS = ['_id', '_type', 'assetId', 'extension', 'mimeType', 'path', 'uploadId', 'url']
function simulateExport(importDocs, assetDocs) {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.map(rewrite)
    if (!value || typeof value !== 'object') return value
    const entries = Object.entries(value).map(([key, child]) => [key, rewrite(child)])
    const placeholder = entries.find(([key]) => key === '_sanityAsset')
    if (!placeholder) return Object.fromEntries(entries)
    const local = `image@file://./images/${path.basename(fileURLToPath(placeholder[1].slice('image@'.length)))}`
    return Object.fromEntries([['_sanityAsset', local], ...entries.filter(([key]) => key !== '_sanityAsset')])
  }
  const assets = Object.fromEntries(
    assetDocs.map((doc) => [
      `image-${doc.sha1hash}`,
      Object.fromEntries(Object.entries(doc).filter(([key]) => !EXPORT_OMITS.includes(key))),
    ]),
  )
  return { docs: parseNdjson(toNdjson(importDocs.map(rewrite))), assets }
}

describe('toImportDocuments', () => {
  const { documents, files } = toImportDocuments(embedded, { datasetDir: DATASET_DIR })

  it('drops the asset documents and lists the files to upload', () => {
    expect(documents.map((doc) => doc._id)).toEqual(['article-a', 'category-a'])
    expect(files).toEqual([`${DATASET_DIR}/images/${FILE}`])
  })

  it('replaces every image asset reference with an absolute file placeholder, keeping alt, hotspot and keys', () => {
    const placeholder = `image@file://${DATASET_DIR}/images/${FILE}`
    const [converted] = documents
    expect(converted.coverImage).toEqual({
      _type: 'image',
      _sanityAsset: placeholder,
      alt: 'Cover',
      hotspot: article.coverImage.hotspot,
    })
    expect(converted.body[1]).toEqual({
      _type: 'image',
      _key: 'i1',
      _sanityAsset: placeholder,
      alt: 'Inline',
      caption: 'A caption',
    })
    expect(converted.seo.image._sanityAsset).toBe(placeholder)
    expect(JSON.stringify(documents)).not.toContain('"asset"')
  })

  it('refuses an image whose asset document is missing', () => {
    expect(() => toImportDocuments([article], { datasetDir: DATASET_DIR })).toThrow(ASSET_ID)
  })
})

describe('fromExportDocuments', () => {
  it('round-trips: embedded -> import -> export -> embedded gives back the same documents', () => {
    const { documents } = toImportDocuments(embedded, { datasetDir: DATASET_DIR })
    const { docs, assets } = simulateExport(documents, [assetDoc])
    const back = fromExportDocuments(docs, assets)
    expect(back.images).toEqual([FILE])
    expect(toNdjson(back.documents)).toBe(toNdjson([article, category, assetDoc]))
  })

  it('leaves out drafts, versions and system documents', () => {
    const docs = [
      category,
      { ...category, _id: 'drafts.category-a' },
      { ...category, _id: 'versions.r1.category-a' },
      { _id: '_.groups.x', _type: 'system.group' },
    ]
    expect(fromExportDocuments(docs).documents.map((doc) => doc._id)).toEqual(['category-a'])
  })

  it('builds asset metadata from the file name when assets.json has none', () => {
    const docs = [{ ...category, image: { _sanityAsset: `image@file://./images/${FILE}`, _type: 'image', alt: 'x' } }]
    const [, asset] = fromExportDocuments(docs).documents
    expect(asset).toMatchObject({ _id: ASSET_ID, url: `/media/${FILE}`, path: `images/${FILE}`, mimeType: 'image/png' })
    expect(asset.metadata.dimensions).toEqual({
      _type: 'sanity.imageDimensions',
      width: 1200,
      height: 675,
      aspectRatio: 1200 / 675,
    })
  })
})

it('asset ids and exported file names convert both ways', () => {
  expect(assetFileName(ASSET_ID)).toBe(FILE)
  expect(assetIdFromFileName(FILE)).toBe(ASSET_ID)
  expect(() => assetFileName('file-abc-pdf')).toThrow()
})

const sampleFile = SAMPLE_DATASET
const maybe = existsSync(sampleFile) ? it : it.skip

maybe('the sample dataset round-trips byte for byte, and every image file it needs exists', () => {
  const text = readFileSync(sampleFile, 'utf8')
  const original = parseNdjson(text)
  const { documents, files } = toImportDocuments(original, { datasetDir: SAMPLE_DATASET_DIR })
  expect(files.filter((file) => !existsSync(file))).toEqual([])
  const { docs, assets } = simulateExport(
    documents,
    original.filter((doc) => doc._type === 'sanity.imageAsset'),
  )
  const back = fromExportDocuments(docs, assets)
  // Assets no document uses are not exported, so compare against the used ones.
  const used = new Set(back.images.map(assetIdFromFileName))
  expect(toNdjson(back.documents)).toBe(
    toNdjson(original.filter((doc) => doc._type !== 'sanity.imageAsset' || used.has(doc._id))),
  )
})
