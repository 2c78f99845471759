import { readFileSync, existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { createContent, createEmbeddedSource, type Logger } from '@blog/content'
import { storedDocumentSchema } from '@blog/schemas'
import { validateDocument } from './apply/validate.ts'
import { readNdjson, runCli, SEED_FILE, tempDir, type Doc } from './test/helpers.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON documents, read field by field in assertions
type Json = any

const SLUG = 'benefits-of-sports-massage-for-runners'

describe('importing the seed post into a copy of the sample dataset', () => {
  let out: string
  let first: Awaited<ReturnType<typeof runCli>>
  let imported: Doc[]
  const byId = (id: string) => imported.find((doc) => doc._id === id) as Doc & Record<string, Json>

  beforeAll(async () => {
    out = path.join(tempDir(), 'data.ndjson')
    first = await runCli([SEED_FILE, '--date', '2019-04-02', '--base', SAMPLE_DATASET, '--out', out])
    const base = new Set(readNdjson(SAMPLE_DATASET).map((doc) => doc._id))
    imported = readNdjson(out).filter((doc) => !base.has(doc._id))
  })

  it('reports one article, one author and one book created', () => {
    expect(first.code).toBe(0)
    expect(first.err).toBe('')
    expect(first.out).toContain('3 created, 0 updated, 0 unchanged; 1 post imported, 0 skipped, 0 failed')
    expect(imported.map((doc) => `${doc._type} ${doc._id}`)).toEqual([
      'author author-jerry-del-priore',
      'book book-running-through-roadblocks',
      `article article-${SLUG}`,
    ])
  })

  it('finds the title on the second line and leaves the label above it out', () => {
    const article = byId(`article-${SLUG}`)
    expect(article.title).toBe('Benefits Of Sports Massage For Runners')
    expect(article.slug).toEqual({ _type: 'slug', current: SLUG })
    expect(first.out).toContain('line before the title left out: "sports massage for runners"')
    expect(article.body).toHaveLength(7)
    expect(article.body[0].children[0].text).toMatch(/^Pounding the unforgiven pavement/)
    expect(JSON.stringify(article.body)).not.toMatch(/\u00a0|Written by|Specialties/)
    expect(article.excerpt.length).toBeLessThanOrEqual(300)
    expect(article.publishedAt).toBe('2019-04-02T00:00:00Z')
    expect(article.writtenFor).toEqual({ _type: 'writtenFor', name: 'bodono' })
    expect(article.coverImage).toBeUndefined()
  })

  it('splits the bio into short bio, credentials, specialties and roles; no blog without a URL', () => {
    const author = byId('author-jerry-del-priore')
    expect(author.name).toBe('Jerry Del Priore')
    expect(author.credentials).toEqual([
      expect.objectContaining({
        _type: 'credential',
        title: 'Degree in Physical Education',
        institution: 'Brooklyn College',
        year: 1991,
      }),
      expect.objectContaining({ _type: 'credential', title: 'Certified personal trainer' }),
    ])
    expect(author.specialties).toEqual(['Baseball', 'Football', 'Hockey', 'Basketball writing'])
    expect(author.roles).toEqual(['Sports Writer-Reporter-Author', 'Food Writer/Blogger'])
    expect(author.shortBio.length).toBeLessThanOrEqual(400)
    expect(author.shortBio).toMatch(/^Jerry Del Priore has worked as a certified personal trainer/)
    expect(author.bio).toHaveLength(4)
    expect(author.blog).toBeUndefined()
    expect(author.photo).toBeUndefined()
  })

  it('links article -> author, article -> book and book -> author (the closing line\'s "Del Prior" is the same person)', () => {
    const article = byId(`article-${SLUG}`)
    const book = byId('book-running-through-roadblocks')
    expect(book.title).toBe('Running Through Roadblocks')
    expect(article.author).toEqual({ _type: 'reference', _ref: 'author-jerry-del-priore' })
    expect(article.relatedBooks).toEqual([expect.objectContaining({ _type: 'reference', _ref: book._id })])
    expect(book.authors).toEqual([expect.objectContaining({ _type: 'reference', _ref: 'author-jerry-del-priore' })])
  })

  it('every imported document passes the zod stored schema and the Studio rules', () => {
    const ids = new Set(readNdjson(out).map((doc) => doc._id))
    for (const doc of imported) {
      expect(storedDocumentSchema.safeParse(doc).success).toBe(true)
      expect(validateDocument(doc, (id) => ids.has(id))).toEqual([])
    }
  })

  it('copies the sample images next to the new dataset so /media/ keeps working', () => {
    const images = path.join(path.dirname(SAMPLE_DATASET), 'images')
    for (const file of readdirSync(images)) expect(existsSync(path.join(path.dirname(out), 'images', file))).toBe(true)
  })

  it('resolves through the embedded content source with byline, author page and book page', async () => {
    const lines: string[] = []
    const logger: Logger = { error: (message) => lines.push(message), warn: (message) => lines.push(message) }
    const content = createContent({
      source: createEmbeddedSource({ datasetPath: out, now: () => new Date('2026-01-01T00:00:00Z') }),
      logger,
    })

    const article = await content.getArticle(SLUG)
    expect(article?.author).toEqual(expect.objectContaining({ name: 'Jerry Del Priore', slug: 'jerry-del-priore' }))
    expect(article?.author?.books.map((b) => b.slug)).toEqual(['running-through-roadblocks'])
    expect(article?.relatedBooks.map((b) => b.slug)).toEqual(['running-through-roadblocks'])
    expect(article?.writtenFor).toEqual({ name: 'bodono', url: null })
    expect(article?.coverImage ?? null).toBeNull()

    const author = await content.getAuthor('jerry-del-priore')
    expect(author?.articles.map((a) => a.slug)).toEqual([SLUG])
    expect(author?.books.map((b) => b.slug)).toEqual(['running-through-roadblocks'])
    expect(author?.specialties).toContain('Hockey')

    const book = await content.getBook('running-through-roadblocks')
    expect(book?.authors.map((a) => a.slug)).toEqual(['jerry-del-priore'])
    expect(book?.articles.map((a) => a.slug)).toEqual([SLUG])

    expect((await content.listArticleSlugs()).map((row) => row.slug)).toContain(SLUG)
    expect(await content.getArticle('keep-easy-runs-easy')).not.toBeNull()
    expect(lines).toEqual([])
  })

  it('a second import changes nothing', async () => {
    const before = readFileSync(out)
    const second = await runCli([SEED_FILE, '--date', '2019-04-02', '--out', out])
    expect(second.code).toBe(0)
    expect(second.out).toContain('0 created, 0 updated, 3 unchanged; 1 post imported, 0 skipped, 0 failed')
    expect(second.out).toContain('is up to date; not rewritten')
    expect(readFileSync(out).equals(before)).toBe(true)
  })
})
