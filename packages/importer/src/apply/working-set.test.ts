import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ArticleDocument, AuthorDocument } from '@blog/schemas'
import { readNdjson, runCli, tempDir } from '../test/helpers.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { mergeDocument, WorkingSet } from './working-set.ts'

const NOW = '2026-01-15T12:00:00.000Z'
const article: ArticleDocument = {
  _id: 'article-x',
  _type: 'article',
  title: 'New title',
  slug: { _type: 'slug', current: 'x' },
  publishedAt: '2024-01-01T00:00:00Z',
  author: { _type: 'reference', _ref: 'author-ada' },
}
const author: AuthorDocument = {
  _id: 'author-ada',
  _type: 'author',
  name: 'Ada',
  slug: { _type: 'slug', current: 'ada' },
  shortBio: 'From the post.',
  roles: ['Coach'],
}

describe('mergeDocument', () => {
  it('creates a missing document with both timestamps', () => {
    expect(mergeDocument(article, undefined, NOW)).toEqual({
      status: 'created',
      document: { ...article, _createdAt: NOW, _updatedAt: NOW },
    })
  })

  it('lets the post win on an article but keeps what editors added (cover, categories)', () => {
    const existing = {
      ...article,
      title: 'Old title',
      coverImage: { _type: 'image', alt: 'x' },
      _createdAt: '2025-01-01T00:00:00Z',
      _rev: 'r1',
    }
    const { document, status } = mergeDocument(article, existing, NOW)
    expect(status).toBe('updated')
    expect(document).toEqual({
      ...article,
      coverImage: existing.coverImage,
      _createdAt: '2025-01-01T00:00:00Z',
      _updatedAt: NOW,
    })
  })

  it("only completes an existing author: empty fields are filled, an editor's values stay", () => {
    const existing = {
      _id: 'author-ada',
      _type: 'author',
      name: 'Ada Runner',
      slug: { _type: 'slug', current: 'ada' },
      shortBio: 'Written by an editor.',
      roles: [],
    }
    const { document, status } = mergeDocument(author, existing, NOW)
    expect(status).toBe('updated')
    expect(document).toEqual({ ...existing, roles: ['Coach'], _updatedAt: NOW })
  })

  it('reports unchanged when nothing but system fields differ, and returns the stored document untouched', () => {
    const existing = { ...article, _createdAt: '2025-01-01T00:00:00Z', _updatedAt: '2025-01-02T00:00:00Z', _rev: 'abc' }
    const result = mergeDocument(article, existing, NOW)
    expect(result.status).toBe('unchanged')
    expect(result.document).toBe(existing)
  })
})

describe('WorkingSet', () => {
  const set = new WorkingSet([
    ...readNdjson(SAMPLE_DATASET),
    { _id: 'drafts.author-zed', _type: 'author', name: 'Zed Zulu' },
  ])

  it('finds authors by tolerant name and books by title, ignoring drafts', () => {
    expect(set.findAuthor('DANA  WHITFIELD')?._id).toBe('author-dana-whitfield')
    expect(set.findAuthor('Tomas Lindquist')?._id).toBe('author-tomas-lindqvist')
    expect(set.findAuthor('Zed Zulu')).toBeUndefined()
    expect(set.findBook('small steps long roads')?._id).toBe('book-small-steps-long-roads')
  })
})

describe('re-importing a changed post', () => {
  it('updates the article in place (same id, created date kept) instead of adding another', async () => {
    const dir = tempDir()
    const post = path.join(dir, 'post.md')
    const out = path.join(dir, 'data.ndjson')
    const write = (title: string) =>
      writeFileSync(post, `---\ntitle: ${title}\nslug: steady\ndate: 2024-05-01\nauthor: Ada Runner\n---\n\nBody.\n`)
    write('Steady')
    await runCli([post, '--out', out], { now: () => new Date('2026-01-01T00:00:00Z') })
    write('Steady does it')
    const second = await runCli([post, '--out', out], { now: () => new Date('2026-02-01T00:00:00Z') })
    expect(second.out).toContain('0 created, 1 updated, 1 unchanged;')
    const articles = readNdjson(out).filter((doc) => doc._type === 'article')
    expect(articles).toEqual([
      expect.objectContaining({
        _id: 'article-steady',
        title: 'Steady does it',
        _createdAt: '2026-01-01T00:00:00.000Z',
        _updatedAt: '2026-02-01T00:00:00.000Z',
      }),
    ])
  })
})
