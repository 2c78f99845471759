/** Shared by the schema tests: the compiled Studio schema, the sample dataset and small valid fixtures. */
import { readFileSync } from 'node:fs'
import { createSchema, type SanityDocument } from 'sanity'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { schemaTypes } from './index.ts'
import { pluginTypes } from './objects/plugin-types.ts'

export const studioSchema = createSchema({ name: 'default', types: [...schemaTypes, ...pluginTypes] })

/** The sample dataset's documents (it is committed: a missing file fails the tests that read it). */
export function readSampleDocuments(): SanityDocument[] {
  return readFileSync(SAMPLE_DATASET, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SanityDocument)
}

const system = { _createdAt: '2025-01-01T00:00:00Z', _updatedAt: '2025-01-01T00:00:00Z', _rev: 'r1' }
export const ASSET_ID = 'image-0123456789abcdef0123456789abcdef01234567-1200x675-png'
export const FILE_IDS = {
  audio: 'file-89abcdef0123456789abcdef0123456789abcdef-mp3',
  video: 'file-89abcdef0123456789abcdef0123456789abcdef-mp4',
  captions: 'file-89abcdef0123456789abcdef0123456789abcdef-vtt',
}
const file = (id: string) => ({ _type: 'file', asset: { _type: 'reference', _ref: id } })
const image = (alt: string) => ({ _type: 'image', asset: { _type: 'reference', _ref: ASSET_ID }, alt })
const block = (key: string, text: string, extra: object = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  ...extra,
})

export const fixtures = {
  author: {
    ...system,
    _id: 'author-ada',
    _type: 'author',
    name: 'Ada Runner',
    slug: { _type: 'slug', current: 'ada-runner' },
    photo: image('Ada smiling at the finish line'),
    shortBio: 'Coach and writer.',
    bio: [
      block('b1', 'Ada coaches runners.', {
        markDefs: [{ _type: 'link', _key: 'l1', href: 'https://example.com' }],
        children: [{ _type: 'span', _key: 'b1s', text: 'Ada coaches runners.', marks: ['l1'] }],
      }),
    ],
    credentials: [
      { _type: 'credential', _key: 'c1', title: 'Certified coach', institution: 'Coaching Board', year: 2015 },
    ],
    roles: ['Running coach'],
    specialties: ['Endurance'],
    website: 'https://ada.example',
    socialLinks: [{ _type: 'link', _key: 's1', label: 'Mastodon', url: 'https://social.example/@ada' }],
  },
  category: {
    ...system,
    _id: 'category-training',
    _type: 'category',
    title: 'Training',
    slug: { _type: 'slug', current: 'training' },
    description: 'Plans and sessions.',
  },
  book: {
    ...system,
    _id: 'book-base',
    _type: 'book',
    title: 'The Base',
    slug: { _type: 'slug', current: 'the-base' },
    cover: image('A blue book cover'),
    authors: [{ _type: 'reference', _ref: 'author-ada', _key: 'a1' }],
    publishedAt: '2024-03-01',
    isbn: '978-0-306-40615-7',
    links: [{ _type: 'link', _key: 'k1', label: 'Publisher', url: 'https://books.example/base' }],
  },
  article: {
    ...system,
    _id: 'article-easy-runs',
    _type: 'article',
    title: 'Keep easy runs easy',
    slug: { _type: 'slug', current: 'keep-easy-runs-easy' },
    previousSlugs: ['easy-runs'],
    oldPaths: ['/2019/04/easy-runs', '/?p=123'],
    excerpt: 'Why slow miles make you fast.',
    coverImage: image('Two runners on a trail'),
    publishedAt: '2025-03-01T08:00:00Z',
    author: { _type: 'reference', _ref: 'author-ada' },
    categories: [{ _type: 'reference', _ref: 'category-training', _key: 'c1' }],
    tags: ['easy runs'],
    relatedBooks: [{ _type: 'reference', _ref: 'book-base', _key: 'r1' }],
    writtenFor: { _type: 'writtenFor', name: 'Trail Monthly', url: 'https://trail.example' },
    seo: { _type: 'seo', title: 'Easy runs', description: 'Slow miles.', noIndex: false },
    body: [
      block('p1', 'Run slowly.', {
        markDefs: [
          { _type: 'link', _key: 'm1', href: '/about' },
          { _type: 'internalLink', _key: 'm2', reference: { _type: 'reference', _ref: 'book-base' } },
        ],
        children: [
          { _type: 'span', _key: 'p1a', text: 'Run ', marks: ['m1', 'strong'] },
          { _type: 'span', _key: 'p1b', text: 'slowly.', marks: ['m2'] },
        ],
      }),
      block('h1', 'Why', { style: 'h2' }),
      block('li1', 'Talk while you run', { listItem: 'bullet', level: 1 }),
      { ...image('A heart-rate chart'), _key: 'i1', caption: 'Heart rate stays low.' },
      { _type: 'callout', _key: 'co1', tone: 'tip', title: 'Try this', text: 'Breathe through your nose.' },
      { _type: 'pullQuote', _key: 'pq1', quote: 'Slow down to speed up.', attribution: 'Ada' },
      {
        _type: 'audioFile',
        _key: 'au1',
        file: file(FILE_IDS.audio),
        title: 'Ada on easy pace',
        transcript: 'Slow down.',
      },
      {
        _type: 'videoFile',
        _key: 'vi1',
        file: file(FILE_IDS.video),
        title: 'An easy run, filmed',
        captions: file(FILE_IDS.captions),
        poster: image('Ada running on a trail'),
      },
    ],
  },
  siteSettings: {
    ...system,
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: 'The Long Run',
    publicationName: 'The Long Run',
    publicationUrl: 'https://longrun.example',
    logo: image('The Long Run logo'),
    navigation: [{ _type: 'link', _key: 'n1', label: 'Home', url: '/' }],
  },
} satisfies Record<string, SanityDocument>

export type FixtureType = keyof typeof fixtures
