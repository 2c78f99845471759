import {
  articleDocumentSchema,
  articleSchema,
  authorDocumentSchema,
  bookDocumentSchema,
  categoryDocumentSchema,
  imageAssetDocumentSchema,
  portableTextSchema,
  siteSettingsDocumentSchema,
  storedDocumentSchema,
} from './index.ts'

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })
const imageField = { _type: 'image', asset: ref('image-abc-800x600-png'), alt: 'A runner' }
const block = {
  _type: 'block',
  _key: 'b1',
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: 's1', text: 'Hi', marks: [] }],
}

const validArticle = {
  _id: 'article-a',
  _type: 'article',
  title: 'A',
  slug: { _type: 'slug', current: 'a' },
  previousSlugs: ['old-a'],
  excerpt: 'Short.',
  coverImage: imageField,
  body: [
    block,
    { ...block, _key: 'b2', markDefs: [{ _type: 'internalLink', _key: 'm', reference: ref('book-b') }] },
    { ...imageField, _key: 'i', caption: 'Caption' },
    { _type: 'callout', _key: 'c', tone: 'tip', text: 'Stretch.' },
    { _type: 'pullQuote', _key: 'q', quote: 'Run easy.', attribution: 'Coach' },
  ],
  publishedAt: '2026-01-10T08:00:00Z',
  categories: [ref('category-c', 'k')],
  tags: ['recovery'],
  author: ref('author-a'),
  relatedBooks: [ref('book-b', 'k2')],
  writtenFor: { name: 'Other Mag', url: 'https://other.example' },
}

const validAuthor = {
  _id: 'author-a',
  _type: 'author',
  name: 'Ada',
  slug: { current: 'ada' },
  photo: imageField,
  shortBio: 'Coach.',
  bio: [block],
  credentials: [{ _type: 'credential', _key: 'c', title: 'BSc', institution: 'Uni', year: 1991 }],
  roles: ['Coach'],
  specialties: ['Hills'],
  website: 'https://ada.example',
  blog: 'https://ada.example/blog',
  socialLinks: [{ _type: 'link', _key: 'l', label: 'Mastodon', url: 'https://social.example/@ada' }],
}

const validBook = {
  _id: 'book-b',
  _type: 'book',
  title: 'B',
  slug: { current: 'b' },
  subtitle: 'Sub',
  cover: imageField,
  description: 'About it.',
  authors: [ref('author-a', 'a')],
  publishedAt: '2024-05-01',
  isbn: '978-0-306-40615-7',
  links: [{ _type: 'link', _key: 'l', label: 'Buy', url: 'https://shop.example' }],
}

const validAsset = {
  _id: 'image-abc-800x600-png',
  _type: 'sanity.imageAsset',
  url: '/media/abc-800x600.png',
  extension: 'png',
  mimeType: 'image/png',
  metadata: { dimensions: { width: 800, height: 600, aspectRatio: 1.333 }, lqip: 'data:image/png;base64,AA' },
}

describe('stored document schemas accept valid documents', () => {
  it.each([
    ['article', articleDocumentSchema, validArticle],
    ['author', authorDocumentSchema, validAuthor],
    ['book', bookDocumentSchema, validBook],
    ['category', categoryDocumentSchema, { _id: 'category-c', _type: 'category', title: 'C', slug: { current: 'c' } }],
    [
      'siteSettings',
      siteSettingsDocumentSchema,
      { _id: 'siteSettings', _type: 'siteSettings', title: 'T', publicationName: 'P' },
    ],
    ['image asset', imageAssetDocumentSchema, validAsset],
  ] as const)('%s', (_name, schema, doc) => {
    expect(schema.safeParse(doc).error?.issues).toBeUndefined()
    expect(storedDocumentSchema.safeParse(doc).success).toBe(true)
  })
})

function issuesOf(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }
  },
  doc: unknown,
) {
  const result = schema.safeParse(doc)
  expect(result.success).toBe(false)
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('stored document schemas reject broken documents', () => {
  it('article without title, with a bad slug, or without author', () => {
    expect(issuesOf(articleDocumentSchema, { ...validArticle, title: '' })).toEqual([expect.stringMatching(/^title:/)])
    expect(issuesOf(articleDocumentSchema, { ...validArticle, slug: { current: 'Bad Slug' } })).toEqual([
      'slug.current: slug must be lowercase words joined by hyphens',
    ])
    const { author: _author, ...noAuthor } = validArticle
    expect(issuesOf(articleDocumentSchema, noAuthor)).toEqual([expect.stringMatching(/^author:/)])
  })

  it('image without alt text', () => {
    expect(issuesOf(articleDocumentSchema, { ...validArticle, coverImage: { ...imageField, alt: ' ' } })).toEqual([
      'coverImage.alt: images need alt text',
    ])
  })

  it('body link with a javascript: URL', () => {
    const body = [{ ...block, markDefs: [{ _type: 'link', _key: 'x', href: 'javascript:alert(1)' }] }]
    expect(issuesOf(articleDocumentSchema, { ...validArticle, body })).toEqual([
      'body.0.markDefs.0.href: link must be http(s), mailto or a site-relative path',
    ])
  })

  it('excerpt longer than 300 characters and a publish date that is not a date', () => {
    expect(issuesOf(articleDocumentSchema, { ...validArticle, excerpt: 'x'.repeat(301) })).toEqual([
      expect.stringMatching(/^excerpt:/),
    ])
    expect(issuesOf(articleDocumentSchema, { ...validArticle, publishedAt: 'yesterday' })).toEqual([
      expect.stringMatching(/^publishedAt:/),
    ])
  })

  it('book with a bad ISBN or no author', () => {
    expect(issuesOf(bookDocumentSchema, { ...validBook, isbn: '9780306406158' })).toEqual([
      'isbn: ISBN must be a valid ISBN-10 or ISBN-13',
    ])
    expect(issuesOf(bookDocumentSchema, { ...validBook, authors: [] })).toEqual([
      'authors: a book needs at least one author',
    ])
  })

  it('author with a relative website and a credential without title', () => {
    expect(issuesOf(authorDocumentSchema, { ...validAuthor, website: '/me' })).toEqual([
      'website: must be an absolute http(s) URL',
    ])
    expect(issuesOf(authorDocumentSchema, { ...validAuthor, credentials: [{ _key: 'c', title: '' }] })).toEqual([
      expect.stringMatching(/^credentials\.0\.title:/),
    ])
  })

  it('array items without _key', () => {
    expect(issuesOf(articleDocumentSchema, { ...validArticle, categories: [ref('category-c')] })).toEqual([
      expect.stringMatching(/^categories\.0\._key:/),
    ])
  })

  it('unknown document type', () => {
    expect(storedDocumentSchema.safeParse({ _id: 'x', _type: 'movie' }).success).toBe(false)
  })
})

describe('query result schemas', () => {
  const resolvedImage = {
    alt: 'A runner',
    asset: {
      _id: 'image-abc-800x600-png',
      url: '/media/abc.png',
      metadata: { dimensions: { width: 800, height: 600, aspectRatio: 1.33 } },
    },
  }

  it('portable text result resolves internal links to {_type, slug} or null', () => {
    const body = [
      {
        ...block,
        markDefs: [
          { _type: 'internalLink', _key: 'm', to: { _type: 'book', slug: 'b' } },
          { _type: 'internalLink', _key: 'n', to: null },
        ],
      },
      { _type: 'image', _key: 'i', ...resolvedImage, caption: null },
    ]
    expect(portableTextSchema.safeParse(body).success).toBe(true)
    expect(
      portableTextSchema.safeParse([
        { ...block, markDefs: [{ _type: 'internalLink', _key: 'm', to: { _type: 'movie', slug: 'b' } }] },
      ]).success,
    ).toBe(false)
    expect(portableTextSchema.safeParse([{ _type: 'video', _key: 'v' }]).success).toBe(false)
  })

  it('article result uses string slugs, not slug objects', () => {
    const result = {
      _id: 'article-a',
      title: 'A',
      slug: 'a',
      publishedAt: '2026-01-10T08:00:00Z',
      author: null,
      body: [block],
      relatedBooks: [],
    }
    expect(articleSchema.safeParse(result).success).toBe(true)
    expect(articleSchema.safeParse({ ...result, slug: { current: 'a' } }).success).toBe(false)
    expect(articleSchema.safeParse({ ...result, coverImage: { ...resolvedImage, alt: '' } }).success).toBe(false)
  })
})
