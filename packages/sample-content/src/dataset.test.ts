import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isValidIsbn, storedDocumentSchema } from '@blog/schemas'
import { SAMPLE_DATASET, SAMPLE_IMAGES_DIR, seededRandom } from './index.mjs'

type Doc = { _id: string; _type: string; [field: string]: unknown }
type Block = { _type: string; children?: { text: string }[]; markDefs?: { _type: string }[] }

const PACKAGE_ROOT = path.resolve(__dirname, '..')
// The workspace keeps it beside the repository, at ../shared/seed; BLOG_SEED_FILE points elsewhere, and a clone
// made outside the workspace (e.g. a CI checkout) falls back to /work/shared.
const SEED =
  [
    process.env.BLOG_SEED_FILE,
    path.resolve(__dirname, '../../../../shared/seed/sports-massage-for-runners.txt'),
    '/work/shared/seed/sports-massage-for-runners.txt',
  ].find((file): file is string => Boolean(file) && existsSync(file as string)) ?? ''
const NOW = Date.now()

const docs: Doc[] = readFileSync(SAMPLE_DATASET, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Doc)

const ofType = (type: string, list = docs) => list.filter((doc) => doc._type === type)
const isPublished = (doc: Doc) => Date.parse(String(doc.publishedAt)) <= NOW
const bodyOf = (doc: Doc) => (Array.isArray(doc.body) ? (doc.body as Block[]) : [])

function schemaFailures(list: unknown[]): string[] {
  return list.flatMap((doc) => {
    const result = storedDocumentSchema.safeParse(doc)
    if (result.success) return []
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    return [`${(doc as Doc)._id}: ${issues}`]
  })
}

function duplicateIds(list: Doc[]): string[] {
  const seen = new Set<string>()
  return list.map((doc) => doc._id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)))
}

/** Every `_ref` anywhere in a document, with where it sits. */
function danglingRefs(list: Doc[]): string[] {
  const ids = new Set(list.map((doc) => doc._id))
  const problems: string[] = []
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${at}[${i}]`))
    else if (value !== null && typeof value === 'object') {
      const ref = (value as { _ref?: unknown })._ref
      if (typeof ref === 'string' && !ids.has(ref)) problems.push(`${at} -> ${ref}`)
      for (const [key, child] of Object.entries(value)) walk(child, `${at}.${key}`)
    }
  }
  for (const doc of list) walk(doc, doc._id)
  return problems
}

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a'
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

type Asset = Doc & {
  path: string
  url: string
  size: number
  sha1hash: string
  metadata: { dimensions: { width: number; height: number }; lqip: string }
}

function assetProblems(assets: Asset[], datasetDir: string): string[] {
  return assets.flatMap((asset) => {
    const file = path.join(datasetDir, asset.path)
    if (!existsSync(file)) return [`${asset._id}: missing file ${asset.path}`]
    const bytes = readFileSync(file)
    const size = pngSize(bytes)
    const { width, height } = asset.metadata.dimensions
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const problems: string[] = []
    if (bytes.length !== asset.size) problems.push(`size ${bytes.length} != ${asset.size}`)
    if (sha1 !== asset.sha1hash) problems.push(`sha1 ${sha1} != ${asset.sha1hash}`)
    if (asset._id !== `image-${sha1}-${width}x${height}-png`) problems.push('id does not match hash and size')
    if (asset.url !== `/media/${path.basename(asset.path)}`) problems.push(`url ${asset.url}`)
    if (!size) problems.push('not a PNG')
    else if (size.width !== width || size.height !== height) problems.push(`PNG is ${size.width}x${size.height}`)
    const lqip = pngSize(Buffer.from(asset.metadata.lqip.replace(/^data:image\/png;base64,/, ''), 'base64'))
    if (lqip?.width !== 20) problems.push('lqip is not a 20px-wide PNG')
    return problems.map((problem) => `${asset._id}: ${problem}`)
  })
}

function wordCount(doc: Doc): number {
  const text = bodyOf(doc)
    .filter((block) => block._type === 'block')
    .map((block) => (block.children ?? []).map((span) => span.text).join(''))
    .join(' ')
  return text.split(/\s+/).filter(Boolean).length
}

/** The books carry ISBN-13s: the shared check digit rule, and thirteen digits (it also accepts ISBN-10s). */
function isValidIsbn13(isbn: string): boolean {
  return isbn.replace(/[-\s]/g, '').length === 13 && isValidIsbn(isbn)
}

/** Sentences of the seed post long enough that finding one in the dataset means it was copied. */
function copiedSentences(seedText: string, datasetText: string): string[] {
  const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()
  const haystack = normalise(datasetText)
  return seedText
    .split(/(?<=[.!?…])\s+|\n+/)
    .map(normalise)
    .filter((sentence) => sentence.length > 40 && haystack.includes(sentence))
}

describe('sample dataset', () => {
  it('lives where the package says it does, its images beside it', () => {
    expect(SAMPLE_DATASET).toBe(path.join(PACKAGE_ROOT, 'dataset', 'data.ndjson'))
    expect(SAMPLE_IMAGES_DIR).toBe(path.join(PACKAGE_ROOT, 'dataset', 'images'))
    expect(existsSync(SAMPLE_DATASET) && existsSync(SAMPLE_IMAGES_DIR)).toBe(true)
  })

  it('shares one seeded generator: the same seed gives the same numbers in [0, 1), another seed others', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed))
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
    expect(draw(7).every((n) => n >= 0 && n < 1)).toBe(true)
  })

  it('parses every document with storedDocumentSchema', () => {
    expect(schemaFailures(docs)).toEqual([])
  })

  it('has unique ids, sorted, and no drafts', () => {
    expect(duplicateIds(docs)).toEqual([])
    expect(docs.map((doc) => doc._id)).toEqual([...docs.map((doc) => doc._id)].sort())
    expect(docs.filter((doc) => doc._id.startsWith('drafts.')).map((doc) => doc._id)).toEqual([])
  })

  it('resolves every reference', () => {
    expect(danglingRefs(docs)).toEqual([])
  })

  it('has an image file with matching size, hash and dimensions for every asset', () => {
    const assets = ofType('sanity.imageAsset') as Asset[]
    expect(assets.length).toBeGreaterThan(0)
    expect(assetProblems(assets, path.dirname(SAMPLE_DATASET))).toEqual([])
  })

  it('has the expected number of each document type', () => {
    expect(ofType('article').filter(isPublished).length).toBeGreaterThanOrEqual(12)
    expect(ofType('article').filter((doc) => !isPublished(doc)).length).toBeGreaterThanOrEqual(1)
    expect(ofType('author')).toHaveLength(3)
    expect(ofType('book')).toHaveLength(4)
    expect(ofType('category')).toHaveLength(4)
    expect(ofType('siteSettings').map((doc) => doc._id)).toEqual(['siteSettings'])
  })

  it('gives every published article a body of at least 500 words', () => {
    const short = ofType('article')
      .filter(isPublished)
      .filter((doc) => wordCount(doc) < 500)
      .map((doc) => `${doc._id}: ${wordCount(doc)} words`)
    expect(short).toEqual([])
  })

  it('exercises every kind of rich body content', () => {
    const blocks = ofType('article').flatMap(bodyOf)
    const types = new Set(blocks.map((block) => block._type))
    expect(types.has('pullQuote') || types.has('callout')).toBe(true)
    expect(types.has('image')).toBe(true)
    expect(blocks.some((block) => (block.markDefs ?? []).some((mark) => mark._type === 'internalLink'))).toBe(true)
  })

  it('gives every book a valid ISBN-13', () => {
    const invalid = ofType('book').filter((doc) => typeof doc.isbn !== 'string' || !isValidIsbn13(doc.isbn))
    expect(invalid.map((doc) => `${doc._id}: ${String(doc.isbn)}`)).toEqual([])
  })

  const seedIt = existsSync(SEED) ? it : it.skip
  seedIt('copies no sentence from the seed post', () => {
    expect(copiedSentences(readFileSync(SEED, 'utf8'), readFileSync(SAMPLE_DATASET, 'utf8'))).toEqual([])
  })
})

// The checks above pass on good data; these make sure each one would notice bad data.
describe('dataset checks catch planted problems', () => {
  const article = ofType('article').find(isPublished) as Doc

  it('schema failures are reported by id', () => {
    expect(schemaFailures([{ ...article, title: '' }])).toEqual([expect.stringContaining(article._id)])
  })

  it('duplicates and dangling references are found', () => {
    expect(duplicateIds([article, article])).toEqual([article._id])
    expect(danglingRefs([{ ...article, author: { _type: 'reference', _ref: 'author-nobody' } }, ...docs])).toEqual([
      expect.stringContaining('author-nobody'),
    ])
  })

  it('asset mismatches are found', () => {
    const asset = ofType('sanity.imageAsset')[0] as Asset
    const wrong = {
      ...asset,
      size: asset.size + 1,
      metadata: { ...asset.metadata, dimensions: { width: 1, height: 1 } },
    }
    expect(assetProblems([wrong], path.dirname(SAMPLE_DATASET)).length).toBeGreaterThanOrEqual(2)
    expect(assetProblems([{ ...asset, path: 'images/missing.png' }], path.dirname(SAMPLE_DATASET))).toHaveLength(1)
  })

  it('short bodies, bad ISBNs and copied sentences are found', () => {
    expect(wordCount({ ...article, body: bodyOf(article).slice(0, 2) })).toBeLessThan(500)
    expect(isValidIsbn13('978-1-915432-07-1')).toBe(false)
    const seed = 'A short one. This sentence is comfortably longer than forty characters in total.'
    expect(
      copiedSentences(seed, `{"text":"this sentence is comfortably longer than forty characters in total."}`),
    ).toHaveLength(1)
  })
})
