/**
 * Moving a whole blog in, end to end through the command line: a WordPress export and a Ghost export with their media
 * folders, and a Markdown folder with images beside the posts, into a copy of the sample dataset.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { storedDocumentSchema } from '@blog/schemas'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { FIXTURES, miniWxr, readNdjson, runCli, tempDir, type Doc } from './test/helpers.ts'

const WXR = path.join(FIXTURES, 'wordpress/export.xml')
const UPLOADS = path.join(FIXTURES, 'wordpress/uploads')
const GHOST = path.join(FIXTURES, 'ghost/export.json')
const GHOST_IMAGES = path.join(FIXTURES, 'ghost/images')
const MARKDOWN = path.join(FIXTURES, 'markdown-site/posts')
const MARKDOWN_STATIC = path.join(FIXTURES, 'markdown-site/static')

const byId = (docs: Doc[]) => new Map(docs.map((doc) => [doc._id, doc]))
type Block = { _type: string; style?: string; children?: { text: string }[]; markDefs?: Record<string, unknown>[] }
const text = (block: Block) => (block.children ?? []).map((span) => span.text).join('')
const images = (body: unknown) =>
  (body as Block[]).filter((item) => item._type === 'image') as Record<string, unknown>[]

async function importInto(args: string[]) {
  const dir = tempDir()
  const out = path.join(dir, 'data.ndjson')
  const result = await runCli([...args, '--base', SAMPLE_DATASET, '--out', out])
  return { ...result, file: out, dir, docs: byId(readNdjson(out)) }
}

describe('a WordPress export (WXR) with its uploads folder', () => {
  let run: Awaited<ReturnType<typeof importInto>>
  beforeAll(async () => {
    run = await importInto([WXR, '--media', UPLOADS])
  })

  it('imports the published posts and reports every other item with its reason, exit 0', () => {
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    expect(run.out).toContain('posts: 4 imported, 5 skipped')
    for (const reason of [
      'skipped: draft: not published on the old site',
      'skipped: private: only logged-in editors could see it on the old site',
      'skipped: a page, not a post',
    ])
      expect(run.out).toContain(reason)
    expect(run.docs.has('article-notes-on-tempo-runs')).toBe(false)
  })

  it('maps a post onto the article: title, slug, date, excerpt, categories, tags, author, cover, old addresses', () => {
    const article = run.docs.get('article-hill-repeats') as Doc
    expect(article).toEqual(
      expect.objectContaining({
        title: 'Hill repeats',
        slug: { _type: 'slug', current: 'hill-repeats' },
        publishedAt: '2024-03-04T07:15:00Z',
        tags: ['Intervals', 'Strength'],
        author: { _type: 'reference', _ref: 'author-mara-quinn' },
        oldPaths: ['/2024/03/hill-repeats', '/?p=12'],
        categories: [expect.objectContaining({ _ref: 'category-hills' })],
        coverImage: expect.objectContaining({ alt: 'A gravel path climbing a green hill' }),
      }),
    )
    expect(article.excerpt).toMatch(/^Hill repeats build strength/)
    expect(run.docs.get('category-hills')).toEqual(
      expect.objectContaining({ _type: 'category', title: 'Hills', slug: { _type: 'slug', current: 'hills' } }),
    )
    expect(run.docs.get('author-mara-quinn')).toEqual(expect.objectContaining({ name: 'Mara Quinn' }))
  })

  it('converts the body: headings, lists, quotes, captioned images and a gallery, each image an asset', () => {
    const body = (run.docs.get('article-hill-repeats') as Doc).body as Block[]
    expect(body.filter((b) => b.style?.startsWith('h')).map((b) => `${b.style} ${text(b)}`)).toEqual([
      'h2 Finding the right hill',
      'h3 A first session',
    ])
    expect(body.filter((b) => (b as { listItem?: string }).listItem === 'number')).toHaveLength(3)
    expect(body.some((b) => b.style === 'blockquote')).toBe(true)
    const pictures = images(body)
    expect(pictures.map((p) => p.alt)).toEqual([
      'A gravel path climbing a green hill',
      'Two pairs of trail shoes',
      'An empty running track in the rain',
    ])
    expect(pictures[0]?.caption).toBe('The climb behind the reservoir.')
    for (const picture of pictures) {
      const ref = (picture.asset as { _ref: string })._ref
      const asset = run.docs.get(ref) as Doc
      expect(asset._type).toBe('sanity.imageAsset')
      const file = path.join(run.dir, 'images', path.basename(asset.url as string))
      expect(existsSync(file)).toBe(true)
    }
  })

  it('makes links between imported posts internal references, and reports a missing image and kept shortcodes', () => {
    const body = (run.docs.get('article-cafe-stops-on-long-runs') as Doc).body as Block[]
    const refs = body.flatMap((b) => b.markDefs ?? []).filter((m) => m._type === 'internalLink')
    expect(refs.map((m) => (m.reference as { _ref: string })._ref).sort()).toEqual([
      'article-hill-repeats',
      'article-race-day-checklist',
    ])
    expect(run.out).toContain('note: shortcode [race_countdown] kept as text')
    expect(run.out).toMatch(/note: cover image \S+finish-line\.jpg left out: not in the media folder/)
    expect((run.docs.get('article-race-day-checklist') as Doc).coverImage).toBeUndefined()
  })

  it('writes only documents the site and the Studio accept, each image file once', () => {
    for (const doc of run.docs.values()) expect(storedDocumentSchema.safeParse(doc).success).toBe(true)
    const files = readdirSync(path.join(run.dir, 'images'))
    expect(new Set(files).size).toBe(files.length)
  })

  it('links to a post that comes later in the export (weak references, so order never matters)', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'forward.xml')
    writeFileSync(
      file,
      miniWxr([
        {
          id: 1,
          slug: 'first',
          title: 'First',
          html: '<p>Read <a href="https://mini.example/second/">the next one</a>.</p>',
        },
        { id: 2, slug: 'second', title: 'Second', html: '<p>Back to <a href="/?p=1">the first</a>.</p>' },
      ]),
    )
    const out = path.join(dir, 'data.ndjson')
    const result = await runCli([file, '--out', out])
    expect(result.code).toBe(0)
    const docs = byId(readNdjson(out))
    const link = (id: string) => ((docs.get(id) as Doc).body as Block[])[0]?.markDefs?.[0]
    expect(link('article-first')).toMatchObject({
      _type: 'internalLink',
      reference: { _ref: 'article-second', _weak: true },
    })
    expect(link('article-second')).toMatchObject({
      _type: 'internalLink',
      reference: { _ref: 'article-first', _weak: true },
    })
  })

  it('a second run updates nothing and does not rewrite the dataset', async () => {
    const before = readFileSync(run.file)
    const modified = statSync(run.file).mtimeMs
    const again = await runCli([WXR, '--media', UPLOADS, '--out', run.file])
    expect(again.code).toBe(0)
    expect(again.out).toMatch(/^0 created, 0 updated, \d+ unchanged; 4 posts imported, 5 skipped, 0 failed$/m)
    expect(again.out).toContain('is up to date; not rewritten')
    expect(readFileSync(run.file).equals(before)).toBe(true)
    expect(statSync(run.file).mtimeMs).toBe(modified)
  })
})

describe('a Ghost export with its content/images folder', () => {
  let run: Awaited<ReturnType<typeof importInto>>
  beforeAll(async () => {
    run = await importInto([GHOST, '--media', GHOST_IMAGES])
  })

  it('imports published posts with authors (bio, photo, website), tags as categories and feature images', () => {
    expect(run.code).toBe(0)
    expect(run.out).toContain('posts: 3 imported, 6 skipped')
    expect(run.docs.has('article-fuel-for-long-runs')).toBe(false) // for members only
    const author = run.docs.get('author-nell-harrow') as Doc
    expect(author).toEqual(
      expect.objectContaining({ name: 'Nell Harrow', website: expect.stringMatching(/^https:\/\//) }),
    )
    expect(author.shortBio).toEqual(expect.any(String))
    expect((author.photo as { asset: { _ref: string } }).asset._ref).toMatch(/^image-/)
    const article = run.docs.get('article-strides-after-easy-runs') as Doc
    expect(article.oldPaths).toEqual(['/strides-after-easy-runs'])
    expect(article.categories).toEqual([expect.objectContaining({ _ref: 'category-drills' })])
    expect((article.coverImage as { alt: string }).alt).toEqual(expect.any(String))
    expect(run.out).toContain('note: internal tag "#featured-home" left out')
  })
})

describe('a Markdown folder with images beside the posts', () => {
  it('reads categories, aliases, url, draft and cover from front matter and imports relative images', async () => {
    const run = await importInto([MARKDOWN, '--media', MARKDOWN_STATIC])
    expect(run.code).toBe(0)
    expect(run.out).toContain('skipped: a draft (front matter "draft: true")')
    const article = run.docs.get('article-hill-sprints-for-busy-weeks') as Doc
    expect(article.oldPaths).toEqual(['/2023/05/hill-sprints', '/archive/hill-sprints.html', '/2023/hill-sprints'])
    expect(article.categories).toEqual([
      expect.objectContaining({ _ref: 'category-training' }),
      expect.objectContaining({ _ref: 'category-hills' }),
    ])
    expect((article.coverImage as { alt: string }).alt).toBe('A short steep hill in morning light')
    expect(images(article.body).map((p) => [p.alt, p.caption])).toEqual([
      ['New shoes on the start line', 'Light shoes help on short climbs'],
      ['The lane behind the school', undefined],
    ])
    expect(run.out).toMatch(/note: image images\/missing\.jpg left out/)
    expect(run.out).toContain(
      'note: old address "/articles/hill-sprints/" left out: the blog answers /articles/hill-sprints with a page of its own',
    )
    expect((run.docs.get('article-easy-weeks-between-blocks') as Doc).oldPaths).toEqual(['/easy-weeks'])
  })
})

describe('progress and summary', () => {
  it('on a terminal: one bar rewritten in place, and only the posts with something to say are listed', async () => {
    const written: string[] = []
    const run = await runCli([WXR, '--media', UPLOADS, '--dry-run'], { tty: { write: (text) => written.push(text) } })
    const bars = written.filter((text) => text.includes('/9 '))
    expect(bars).toHaveLength(9)
    expect(bars.at(-1)).toMatch(/^\r\x1b\[2K\[#{30}\] 9\/9 /)
    expect(run.out).not.toContain('export.xml, post 12 "Hill repeats"') // imported cleanly: only in the bar
    expect(run.out).toContain('export.xml, post 18 "Race day checklist"') // has notes
    expect(run.out).toMatch(/^ {2}document +created +updated +unchanged$/m)
    expect(run.out).toMatch(/^ {2}article +4 +0 +0$/m)
    expect(run.out).toMatch(/^ {2}image +4 +0 +0$/m)
    expect(run.out).toContain(
      'posts: 4 imported, 5 skipped (1 draft, 1 private, 1 scheduled, 1 a page, 1 parts of the WordPress site), 0 failed',
    )
    expect(run.out).toContain('images: 4 to store, 0 already there, 1 missing (see the notes)')
  })

  it('elsewhere: every post with its documents, one line each', async () => {
    const run = await runCli([WXR, '--media', UPLOADS, '--dry-run'])
    expect(run.out).toContain('[1/9] export.xml, post 12 "Hill repeats"\n  created   author  author-mara-quinn')
  })
})

describe('bad input', () => {
  it('a truncated export fails with its file and line; the other sources are still imported, nothing half-written', async () => {
    const run = await importInto([path.join(FIXTURES, 'bad/truncated-export.xml'), GHOST, '--media', GHOST_IMAGES])
    expect(run.code).toBe(1)
    expect(run.err).toMatch(
      /failed: truncated-export\.xml, line \d+, column \d+: the file ends in the middle of <item>/,
    )
    expect([...run.docs.values()].some((doc) => doc._id === 'article-race-day-checklist')).toBe(false)
    expect(run.docs.has('article-strides-after-easy-runs')).toBe(true)
  })

  it('a JSON export of another tool is named as such', async () => {
    const run = await runCli([path.join(FIXTURES, 'bad/wordpress-rest.json'), '--dry-run'])
    expect(run.code).toBe(1)
    expect(run.err).toMatch(/wordpress-rest\.json.*not a Ghost export/)
  })

  it('nothing from an export can put script into a page', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'hostile.xml')
    const html = [
      '<p>Before <script>alert(1)</script> after <a href="javascript:alert(2)">click</a>',
      ' <a href="JaVaScRiPt:alert(3)">x</a> <a href="data:text/html,<b>x</b>">y</a></p>',
      '<img src="javascript:alert(4)" onerror="alert(5)" alt="x">',
      '<iframe src="https://evil.example/"></iframe><p onclick="alert(6)">Clean text</p>',
      '<style>body{display:none}</style><svg><script>alert(7)</script></svg>',
    ].join('')
    writeFileSync(file, miniWxr([{ id: 1, slug: 'looks-harmless', title: 'Looks harmless', html }]))
    const out = path.join(dir, 'data.ndjson')
    const run = await runCli([file, '--media', UPLOADS, '--out', out])
    expect(run.code).toBe(0)
    const written = readFileSync(out, 'utf8')
    expect(written).not.toMatch(/javascript:|<script|onerror|onclick|alert\(|data:text\/html|evil\.example/i)
    expect(written).toContain('Clean text')
  })

  it('an image whose file name has malformed percent-encoding is still imported, named from the file', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'uploads'))
    writeFileSync(path.join(dir, 'uploads', 'hill%E0%A4%A.jpg'), readFileSync(path.join(UPLOADS, '2024/03/hill.jpg')))
    const html = '<p>A body.</p><img src="https://mini.example/wp-content/uploads/hill%E0%A4%A.jpg">'
    writeFileSync(path.join(dir, 'odd.xml'), miniWxr([{ id: 1, slug: 'odd-names', title: 'Odd names', html }]))
    const out = path.join(dir, 'out', 'data.ndjson')
    const run = await runCli([path.join(dir, 'odd.xml'), '--media', path.join(dir, 'uploads'), '--out', out])
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    const article = byId(readNdjson(out)).get('article-odd-names') as Doc
    expect(images(article.body).map((p) => p.alt)).toEqual(['hill%E0%A4%A'])
  })

  it('--media that is not a folder is a usage error', async () => {
    const run = await runCli([WXR, '--media', path.join(FIXTURES, 'nowhere'), '--dry-run'])
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/^--media .*nowhere: no such folder/)
  })

  it('a dry run converts and checks everything and writes no file and no image', async () => {
    const dir = tempDir()
    const out = path.join(dir, 'data.ndjson')
    const run = await runCli([WXR, GHOST, '--media', UPLOADS, '--out', out, '--dry-run'])
    expect(run.out).toContain('Dry run: nothing was written.')
    expect(existsSync(out)).toBe(false)
    expect(existsSync(path.join(dir, 'images'))).toBe(false)
  })
})
