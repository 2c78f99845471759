import { readFileSync } from 'node:fs'
import { parseNdjson, storedDocumentSchema } from '@blog/schemas'
import { generateDataset } from './generate-dataset.ts'
import { SAMPLE_DATASET } from './index.mjs'

const sample = parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8'))
const options = { articles: 60, authors: 4, books: 5, categories: 3 }

describe('generated dataset', () => {
  const docs = generateDataset(sample, options)

  it('has the documents asked for, besides the sample images', () => {
    const count = (type: string) => docs.filter((doc) => doc._type === type).length
    expect([count('article'), count('author'), count('book'), count('category')]).toEqual([60, 4, 5, 3])
  })

  it('is the same for the same seed and differs for another', () => {
    expect(generateDataset(sample, options)).toEqual(docs)
    expect(generateDataset(sample, { ...options, seed: 2 })).not.toEqual(docs)
  })

  it('holds unique ids, valid documents and references that resolve', () => {
    const ids = new Set(docs.map((doc) => doc._id))
    expect(ids.size).toBe(docs.length)
    const refs: string[] = []
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk)
      else if (typeof value === 'object' && value !== null) {
        const ref = (value as { _ref?: unknown })._ref
        if (typeof ref === 'string') refs.push(ref)
        Object.values(value).forEach(walk)
      }
    }
    walk(docs)
    expect(refs.filter((ref) => !ids.has(ref))).toEqual([])
    const invalid = docs.filter((doc) => !storedDocumentSchema.safeParse(doc).success).map((doc) => doc._id)
    expect(invalid).toEqual([])
  })
})
