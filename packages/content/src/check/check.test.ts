import { readFileSync } from 'node:fs'
import { parseNdjson } from '@blog/schemas'
import { checkDataset } from './check.ts'
import { main } from './cli.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON documents, read field by field in assertions
type Json = any

const sample = readFileSync(SAMPLE_DATASET, 'utf8')
const docs = parseNdjson(sample) as Record<string, Json>[]
// Without its old addresses: the copies below would otherwise all claim the same ones.
const article: Record<string, Json> = { ...docs.find((doc) => doc._type === 'article')!, oldPaths: undefined }
const author = docs.find((doc) => doc._type === 'author')!
const ndjson = (list: unknown[]) => list.map((doc) => (typeof doc === 'string' ? doc : JSON.stringify(doc))).join('\n')

describe('checkDataset', () => {
  it('finds nothing wrong with the sample dataset', () => {
    const result = checkDataset(sample)
    expect(result.problems).toEqual([])
    expect(result.documents).toBe(docs.length)
  })

  it('names each bad document with its reasons', () => {
    const broken = [
      ...docs,
      { ...article, _id: 'no-title', slug: { _type: 'slug', current: 'no-title' }, title: undefined },
      { ...article, _id: 'wrong-type', slug: { _type: 'slug', current: 'wrong-type' }, tags: 'not-a-list' },
      {
        ...article,
        _id: 'dangling',
        slug: { _type: 'slug', current: 'dangling' },
        author: { _type: 'reference', _ref: 'author-nobody' },
      },
      {
        ...article,
        _id: 'author-is-article',
        slug: { _type: 'slug', current: 'author-is-article' },
        author: { _type: 'reference', _ref: article._id },
      },
      {
        ...author,
        _id: 'self',
        slug: { _type: 'slug', current: 'self' },
        socialLinks: [],
        photo: { _type: 'image', alt: 'x', asset: { _type: 'reference', _ref: 'self' } },
      },
      { ...author, _id: author._id },
      '{"_id": "cut-off", ',
      { _id: 'movie-1', _type: 'movie' },
      { ...article, _id: 'old-url', slug: { _type: 'slug', current: 'old-url' }, oldPaths: ['https://old.example/a/'] },
      { ...article, _id: 'claims-a', slug: { _type: 'slug', current: 'claims-a' }, oldPaths: ['/?p=7'] },
      { ...article, _id: 'claims-b', slug: { _type: 'slug', current: 'claims-b' }, oldPaths: ['/b', '/?p=7'] },
    ]
    const { problems } = checkDataset(ndjson(broken))
    const reasons = Object.fromEntries(problems.map((problem) => [problem.id, problem.reasons.join(' | ')]))
    expect(Object.keys(reasons).sort()).toEqual(
      [
        'author-is-article',
        'claims-a',
        'claims-b',
        'dangling',
        `line ${docs.length + 7}`,
        'movie-1',
        'no-title',
        'old-url',
        'self',
        'wrong-type',
        author._id,
      ].sort(),
    )
    expect(reasons['no-title']).toMatch(/^title: /)
    expect(reasons['wrong-type']).toMatch(/tags: .*array/i)
    expect(reasons.dangling).toContain('author: reference to a missing document "author-nobody"')
    expect(reasons['author-is-article']).toContain(
      `author: references "${article._id}" of type article, expected author`,
    )
    expect(reasons.self).toContain(
      'photo.asset: references "self" of type author, expected sanity.imageAsset or sanity.fileAsset',
    )
    expect(reasons[author._id]).toContain(`duplicate _id "${author._id}"`)
    expect(reasons[`line ${docs.length + 7}`]).toMatch(/not a JSON document/)
    expect(reasons['movie-1']).toMatch(/^_type: /)
    expect(reasons['old-url']).toMatch(/^oldPaths\.0: old addresses are paths like/)
    expect(reasons['claims-a']).toBe('oldPaths[0]: "/?p=7" is also an old address of claims-b')
    expect(reasons['claims-b']).toBe('oldPaths[1]: "/?p=7" is also an old address of claims-a')
  })

  it('accepts old addresses in stored form, shared by an article and its draft', () => {
    const moved = { ...article, oldPaths: ['/old-site/hill-repeats', '/?p=987654'] }
    const others = docs.filter((doc) => doc._id !== article._id)
    const result = checkDataset(ndjson([...others, moved, { ...moved, _id: `drafts.${article._id}` }]))
    expect(result.problems).toEqual([])
  })
})

describe('content:check cli', () => {
  const io = () => {
    const lines: string[] = []
    return { lines, io: { cwd: '/', out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) } }
  }

  it('exits 0 on the sample dataset', () => {
    const { lines, io: streams } = io()
    expect(main([], SAMPLE_DATASET, streams)).toBe(0)
    expect(lines.at(-1)).toMatch(/all valid/)
  })

  it('exits 2 when the file cannot be read', () => {
    const { lines, io: streams } = io()
    expect(main(['/nonexistent/data.ndjson'], SAMPLE_DATASET, streams)).toBe(2)
    expect(lines[0]).toMatch(/cannot read/)
  })
})
