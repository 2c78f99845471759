import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { toNdjson } from '@blog/schemas'

const asset = {
  _id: 'image-abc123-800x600-png',
  _type: 'sanity.imageAsset',
  url: '/media/abc123-800x600.png',
  extension: 'png',
  mimeType: 'image/png',
  metadata: { dimensions: { width: 800, height: 600, aspectRatio: 800 / 600 }, lqip: 'data:image/png;base64,AAAA' },
}
const image = (alt: string) => ({ _type: 'image', asset: { _type: 'reference', _ref: asset._id }, alt })
const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })
const block = (key: string, text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  ...extra,
})

/** A small dataset covering every type; tests change copies of it to make broken cases. */
export function fixtureDocuments(): Record<string, unknown>[] {
  return [
    asset,
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'Fixture Blog',
      publicationName: 'Fixture Weekly',
      publicationUrl: 'https://fixture.example',
    },
    { _id: 'category-recovery', _type: 'category', title: 'Recovery', slug: { current: 'recovery' } },
    {
      _id: 'author-ada',
      _type: 'author',
      name: 'Ada Runner',
      slug: { current: 'ada-runner' },
      photo: image('Ada smiling'),
      shortBio: 'Coach and writer.',
      credentials: [{ _key: 'c1', title: 'BSc Sport Science', institution: 'Example University', year: 2001 }],
      specialties: ['Marathon training'],
    },
    {
      _id: 'book-easy-miles',
      _type: 'book',
      title: 'Easy Miles',
      slug: { current: 'easy-miles' },
      authors: [ref('author-ada', 'a1')],
      isbn: '9780306406157',
      publishedAt: '2024-05-01',
    },
    {
      _id: 'article-one',
      _type: 'article',
      title: 'Article One',
      slug: { current: 'article-one' },
      previousSlugs: ['old-one'],
      publishedAt: '2026-01-10T08:00:00Z',
      author: ref('author-ada'),
      categories: [ref('category-recovery', 'k1')],
      coverImage: image('A track at dawn'),
      body: [
        block('b1', 'Hello world'),
        {
          ...block('b2', 'See the book'),
          markDefs: [{ _type: 'internalLink', _key: 'm1', reference: ref('book-easy-miles') }],
          children: [{ _type: 'span', _key: 's', text: 'See the book', marks: ['m1'] }],
        },
      ],
    },
    {
      _id: 'article-two',
      _type: 'article',
      title: 'Article Two',
      slug: { current: 'article-two' },
      publishedAt: '2026-02-10T08:00:00Z',
      author: ref('author-ada'),
      relatedBooks: [ref('book-easy-miles', 'r1')],
      writtenFor: { name: 'Other Mag', url: 'https://other.example' },
      body: [block('b1', 'Second')],
    },
    {
      _id: 'article-future',
      _type: 'article',
      title: 'Future Article',
      slug: { current: 'future' },
      publishedAt: '2099-01-01T08:00:00Z',
      author: ref('author-ada'),
      body: [block('b1', 'Not yet')],
    },
    {
      _id: 'drafts.article-one',
      _type: 'article',
      title: 'Draft of One',
      slug: { current: 'article-one' },
      publishedAt: '2026-01-10T08:00:00Z',
      author: ref('author-ada'),
    },
    {
      _id: 'drafts.article-draft-only',
      _type: 'article',
      title: 'Never published',
      slug: { current: 'draft-only' },
      publishedAt: '2026-01-10T08:00:00Z',
      author: ref('author-ada'),
    },
    {
      _id: 'versions.r1.article-two',
      _type: 'article',
      title: 'Release version',
      slug: { current: 'article-two' },
      publishedAt: '2026-01-10T08:00:00Z',
      author: ref('author-ada'),
    },
  ]
}

/** Writes documents to a fresh temp NDJSON file and returns its path. */
export function writeDataset(documents: unknown[] = fixtureDocuments()): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'blog-content-')), 'data.ndjson')
  writeFileSync(file, toNdjson(documents))
  return file
}

/** A logger that records what it was told, for asserting on failure logs. */
export const FIXED_NOW = () => new Date('2026-11-01T00:00:00Z')
