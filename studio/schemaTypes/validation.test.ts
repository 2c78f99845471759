/**
 * Runs the Studio's real validation (`validateDocument` from 'sanity', the function the Studio and
 * `sanity documents validate` use) against the compiled schema, with a stub client instead of a project.
 */
import { validateDocument, type SanityClient, type SanityDocument, type Workspace } from 'sanity'
import { storedDocumentSchemas, type StoredDocumentType } from '@blog/schemas'
import { MESSAGES, requiredMessage } from './rules'
import { ASSET_ID, FILE_IDS, fixtures, readSampleDocuments, studioSchema } from './test-support'

const sample = readSampleDocuments()
const knownIds = new Set([
  ASSET_ID,
  ...Object.values(FILE_IDS),
  ...Object.values(fixtures).map((doc) => doc._id),
  ...sample.map((doc) => doc._id),
])

// Only slug uniqueness asks the client anything; every slug counts as unique here.
const client = { fetch: async () => true, withConfig: () => client, config: () => ({}) } as unknown as SanityClient
const workspace = { schema: studioSchema, getClient: () => client } as unknown as Workspace

type Segment = string | number | { _key: string }
const pathString = (path: Segment[]) =>
  path
    .map((s, i) => (typeof s === 'object' ? `[${s._key}]` : typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${s}`))
    .join('')

/**
 * Validation markers as `path: message`, the way an editor sees them next to the field.
 * `studio` is what editors get; `cli` (as in `sanity documents validate`) also warns about unknown fields,
 * but turns the rules of object fields (slug, image) into warnings with Sanity's generic wording.
 */
async function validate(doc: object, environment: 'studio' | 'cli') {
  const markers = await validateDocument({
    document: doc as SanityDocument,
    workspace,
    environment,
    getDocumentExists: async ({ id }) => knownIds.has(id),
  })
  return markers.map(
    (m) => `${m.level === 'error' ? '' : `${m.level} `}${pathString(m.path as Segment[])}: ${m.message}`,
  )
}

const zodAccepts = (doc: { _type: string }) =>
  storedDocumentSchemas[doc._type as StoredDocumentType].safeParse(doc).success

type Doc = Record<string, unknown>
type ArticleFixture = typeof fixtures.article
/** The first link annotation of the fixture body (`/about`). */
const bodyLink = (doc: ArticleFixture) => (doc.body[0] as { markDefs: { href: string }[] }).markDefs[0]!
const clone = <T>(value: T): T => structuredClone(value)
/** A body block of the fixture, by its key. */
const bodyBlock = (doc: ArticleFixture, key: string) => doc.body.find((block) => block._key === key) as Doc
const article = (change: (doc: Doc & ArticleFixture) => void) => {
  const doc = clone(fixtures.article)
  change(doc)
  return doc
}

describe('valid documents', () => {
  it.each(Object.keys(fixtures) as (keyof typeof fixtures)[])(
    'the %s fixture has no errors or warnings',
    async (type) => {
      expect(await validate(fixtures[type], 'cli')).toEqual([])
    },
  )

  it('accepts mailto, relative and fragment links', async () => {
    const doc = article((d) => {
      bodyLink(d).href = 'mailto:ada@example.com'
    })
    const siteSettings = clone(fixtures.siteSettings)
    siteSettings.navigation.push({ _type: 'link', _key: 'n2', label: 'Top', url: '#top' })
    expect(await validate(doc, 'cli')).toEqual([])
    expect(await validate(siteSettings, 'cli')).toEqual([])
  })
})

describe('broken documents get a message an editor understands', () => {
  const cases: [string, Doc, string | string[]][] = [
    ['missing title', article((d) => void delete (d as Doc).title), `title: ${requiredMessage('title')}`],
    ['blank title', article((d) => void (d.title = '   ')), `title: ${requiredMessage('title')}`],
    // Sanity's slug type adds its own marker on `current` once the slug is required.
    [
      'missing slug',
      article((d) => void delete (d as Doc).slug),
      [`slug: ${MESSAGES.slugRequired}`, 'slug.current: Required'],
    ],
    ['badly formed slug', article((d) => void (d.slug.current = 'Keep Easy')), `slug: ${MESSAGES.slugFormat}`],
    [
      'badly formed previous slug',
      article((d) => void (d.previousSlugs = ['Old Slug'])),
      `previousSlugs[0]: ${MESSAGES.slugFormat}`,
    ],
    [
      'old address given as a full URL',
      article((d) => void (d.oldPaths = ['https://old.example/2019/04/easy-runs/'])),
      `oldPaths[0]: ${MESSAGES.oldPath} Write it as /2019/04/easy-runs`,
    ],
    [
      'old address that is not a path',
      article((d) => void (d.oldPaths = ['easy runs'])),
      `oldPaths[0]: ${MESSAGES.oldPath}`,
    ],
    ['missing author', article((d) => void delete (d as Doc).author), `author: ${MESSAGES.author}`],
    [
      'missing publish date',
      article((d) => void delete (d as Doc).publishedAt),
      `publishedAt: ${MESSAGES.publishedAt}`,
    ],
    ['too-long excerpt', article((d) => void (d.excerpt = 'x'.repeat(301))), `excerpt: ${MESSAGES.excerpt}`],
    [
      'cover without alt text',
      article((d) => void delete (d.coverImage as Doc).alt),
      `coverImage.alt: ${MESSAGES.altText}`,
    ],
    [
      'cover with alt text but no image',
      article((d) => void delete (d.coverImage as Doc).asset),
      `coverImage: ${MESSAGES.imageMissing}`,
    ],
    [
      'body image without alt text',
      article((d) => void delete (d.body[3] as Doc).alt),
      `body[i1].alt: ${MESSAGES.altText}`,
    ],
    [
      'body audio without a file',
      article((d) => void delete bodyBlock(d, 'au1').file),
      'body[au1].file: Upload the audio file.',
    ],
    [
      'body video whose upload was removed',
      article((d) => void (bodyBlock(d, 'vi1').file = { _type: 'file' })),
      'body[vi1].file: Upload the video file.',
    ],
    [
      'body video whose captions upload was removed',
      article((d) => void (bodyBlock(d, 'vi1').captions = { _type: 'file' })),
      'body[vi1].captions: Upload the .vtt file, or remove the captions.',
    ],
    [
      'body video without a title',
      article((d) => void delete bodyBlock(d, 'vi1').title),
      `body[vi1].title: ${requiredMessage('title')}`,
    ],
    [
      'javascript: link in the body',
      article((d) => void (bodyLink(d).href = 'javascript:alert(1)')),
      `body[p1].markDefs[m1].href: ${MESSAGES.href}`,
    ],
    [
      'too-long SEO description',
      article((d) => void (d.seo.description = 'x'.repeat(161))),
      `seo.description: ${MESSAGES.seoDescription}`,
    ],
    [
      'written-for URL that is not http(s)',
      article((d) => void (d.writtenFor.url = 'ftp://trail.example')),
      `writtenFor.url: ${MESSAGES.httpUrl}`,
    ],
    ['bad ISBN', { ...clone(fixtures.book), isbn: '978-0-306-40615-8' }, `isbn: ${MESSAGES.isbn}`],
    ['book without authors', { ...clone(fixtures.book), authors: [] }, `authors: ${MESSAGES.bookAuthors}`],
    ['too-long short bio', { ...clone(fixtures.author), shortBio: 'x'.repeat(401) }, `shortBio: ${MESSAGES.shortBio}`],
    [
      'javascript: social link',
      {
        ...clone(fixtures.author),
        socialLinks: [{ _type: 'link', _key: 's1', label: 'Bad', url: 'javascript:alert(1)' }],
      },
      `socialLinks[s1].url: ${MESSAGES.href}`,
    ],
    [
      'missing publication name',
      { ...clone(fixtures.siteSettings), publicationName: undefined },
      `publicationName: ${requiredMessage('publication name')}`,
    ],
  ]

  it.each(cases)('%s', async (_name, doc, expected) => {
    expect(await validate(doc, 'studio')).toEqual([expected].flat())
  })

  it.each(cases)('zod rejects it too: %s', (_name, doc) => {
    expect(zodAccepts(doc as { _type: string })).toBe(false)
  })

  // Valid, so zod keeps it; the Studio warns, since the blog's own page answers first and the redirect never does.
  it('an old address that is a page of the blog itself: a warning', async () => {
    const doc = article((d) => void (d.oldPaths = ['/2019/04/easy-runs', '/articles/easy-runs', '/search']))
    expect(zodAccepts(doc)).toBe(true)
    expect(await validate(doc, 'studio')).toEqual([
      `warning oldPaths[1]: ${MESSAGES.oldPathShadowed}`,
      `warning oldPaths[2]: ${MESSAGES.oldPathShadowed}`,
    ])
  })

  // A repeated address still redirects, so zod lets it pass; the Studio and the importer ask for it once.
  it('the same old address twice', async () => {
    const doc = article((d) => void (d.oldPaths = ['/2019/04/easy-runs', '/?p=123', '/2019/04/easy-runs']))
    expect(await validate(doc, 'studio')).toEqual([
      `oldPaths[0]: ${MESSAGES.oldPathRepeated}`,
      `oldPaths[2]: ${MESSAGES.oldPathRepeated}`,
    ])
  })
})

describe('sample dataset', () => {
  const documents = sample.filter((doc) => doc._type !== 'sanity.imageAsset')
  it('has documents to validate', () => expect(documents.length).toBeGreaterThan(20))
  it.each(documents.map((doc) => [doc._id, doc] as const))(
    '%s passes the Studio validation with no errors or warnings',
    async (_id, doc) => {
      expect(await validate(doc, 'cli')).toEqual([])
    },
  )
})
