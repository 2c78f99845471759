import { readFileSync } from 'node:fs'
import path from 'node:path'
import { buildArticle } from './build/article.ts'
import { readDataset } from './write/dataset.ts'
import { parsePost, type ParsedPost } from './sources/parse-post.ts'
import { sourcePostOf } from './sources/post-file.ts'
import type { Media } from './types.ts'
import { markdownToBody } from './build/portable-text.ts'
import { FIXTURES } from './test/helpers.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { validateDocument } from './apply/validate.ts'
import { WorkingSet } from './apply/working-set.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON documents, read field by field in assertions
type Json = any

type Block = {
  _type: string
  style?: string
  listItem?: string
  level?: number
  markDefs?: { _key: string; href: string }[]
  children: { text: string; marks: string[] }[]
}

const fixture = (name: string) => {
  const file = path.join(FIXTURES, name)
  return parsePost(file, readFileSync(file, 'utf8'))
}
const NO_MEDIA: Media = { image: async () => ({ missing: 'images are not imported in this run' }), has: () => false }
/** A parsed file through the one builder, as an import of it with `--date` would build it. */
function buildDocuments(post: ParsedPost, target: WorkingSet, { date }: { date?: string } = {}) {
  const source = sourcePostOf(post)
  const dated = source.publishedAt || !date ? source : { ...source, publishedAt: date }
  return buildArticle(dated, { source: { categories: [] }, lookup: target, media: NO_MEDIA })
}
const text = (block: Block) => block.children.map((span) => span.text).join('')
const keys = (n: number) => `k${n}`

describe('Markdown with front matter (full-syntax.md)', () => {
  const post = fixture('full-syntax.md')
  let documents: Awaited<ReturnType<typeof buildDocuments>>['documents']
  let notes: string[]
  let author: Record<string, Json>
  let book: Record<string, Json>
  let article: Record<string, Json>
  let body: Block[]
  beforeAll(async () => {
    ;({ documents, notes } = await buildDocuments(post, new WorkingSet([])))
    ;[author, book, article] = documents as unknown as [
      Record<string, Json>,
      Record<string, Json>,
      Record<string, Json>,
    ]
    body = article.body as Block[]
  })
  const find = (content: string) =>
    body.find((block) => block._type === 'block' && text(block).includes(content)) as Block

  it('takes title, slug, date, author, tags, excerpt and publication from the front matter', () => {
    expect(article).toEqual(
      expect.objectContaining({
        _id: 'article-hill-repeats-explained',
        title: 'Hill repeats, explained',
        slug: { _type: 'slug', current: 'hill-repeats-explained' },
        publishedAt: '2024-03-05T00:00:00Z',
        tags: ['hills', 'strength', 'interval training'],
        excerpt: 'Short, steep and honest: how to run hill repeats without wrecking the week.',
        writtenFor: { _type: 'writtenFor', name: 'Trail Monthly' },
        author: { _type: 'reference', _ref: 'author-ada-runner' },
      }),
    )
  })

  it('maps headings onto h2-h4: "#" becomes h2 (the page title is the h1), h5 becomes h4', () => {
    const headings = body.filter((b) => b.style?.startsWith('h')).map((b) => `${b.style} ${text(b)}`)
    expect(headings).toEqual([
      'h2 Why hills work',
      'h2 The session',
      'h3 What to watch',
      'h4 Further reading',
      'h4 A small heading',
    ])
  })

  it('keeps numbered and bulleted lists with their nesting', () => {
    const items = body.filter((b) => b.listItem).map((b) => `${b.listItem}:${b.level} ${text(b)}`)
    expect(items.slice(0, 5)).toEqual([
      'number:1 Warm up for 15 minutes.',
      'number:1 Run up hard for 60 seconds.',
      'bullet:2 Walk back down.',
      'bullet:2 Repeat six times.',
      'number:1 Cool down.',
    ])
    expect(items).toContain('bullet:1 Keep your posture tall.')
  })

  it('keeps emphasis, strong, inline code and strike-through as decorators', () => {
    const marked = body.flatMap((b) => (b._type === 'block' ? b.children : [])).filter((s) => s.marks.length)
    const marksOf = (t: string) => marked.find((span) => span.text === t)?.marks
    expect(marksOf('patience')).toEqual(['em'])
    expect(marksOf('calves, glutes and hamstrings')).toEqual(['strong'])
    expect(marksOf('posture')?.sort()).toEqual(['em', 'strong'])
    expect(marksOf('cadence')).toEqual(['code'])
    expect(marksOf('plan')).toEqual(['strike-through'])
  })

  it('turns links into link annotations (http, mailto, relative, bare URLs); other schemes stay text with a note', () => {
    const block = find('See the coaching notes')
    expect(block.markDefs?.map((def) => def.href)).toEqual([
      'https://coach.example/hills',
      'mailto:editor@example.com',
      '/articles',
      'https://trails.example/hill-guide',
    ])
    const linked = block.children.filter((span) => span.marks.length).map((span) => span.text)
    expect(linked).toEqual(['the coaching notes', 'the editor', 'our archive', 'https://trails.example/hill-guide'])
    expect(text(block)).toContain('The old PDF stays plain text.')
    expect(notes).toContain(
      'link to "ftp://files.example/hills.pdf" kept as text: links must be http(s), mailto or start with /',
    )
  })

  it('joins wrapped lines, keeps quotes and alerts, and leaves out what the body cannot hold', () => {
    expect(text(find('Running uphill'))).toContain('kind to the joints')
    expect(find('Slow down to speed up.').style).toBe('blockquote')
    expect(body).toContainEqual(
      expect.objectContaining({
        _type: 'callout',
        tone: 'tip',
        text: 'Pick a hill that takes about a minute to climb.',
      }),
    )
    expect(body).toContainEqual(expect.objectContaining({ _type: 'code', code: '6 x 60s uphill, walk down' }))
    expect(body).toContainEqual(expect.objectContaining({ _type: 'divider', style: 'line' }))
    expect(notes).toContain('image https://images.example/hill.jpg left out: images are not imported in this run')
    expect(body.some((item) => (item as { _type: string })._type === 'image')).toBe(false)
    expect(JSON.stringify(body)).not.toMatch(/Written by|---|Specialties/)
  })

  it('reads the byline, bio and closing line after the body', () => {
    expect(author).toEqual(
      expect.objectContaining({
        name: 'Ada Runner',
        roles: ['Running coach'],
        specialties: ['Trail running', 'Hill repeats', 'Recovery'],
        blog: 'https://ada.example/blog',
        credentials: [
          expect.objectContaining({
            title: 'M.S. in Exercise Science',
            institution: 'Lakeside University',
            year: 2012,
          }),
        ],
      }),
    )
    expect(book).toEqual(expect.objectContaining({ _id: 'book-the-long-climb', title: 'The Long Climb' }))
    expect(article.relatedBooks).toEqual([expect.objectContaining({ _ref: 'book-the-long-climb' })])
  })

  it('produces documents that validate, with the same keys on every run', async () => {
    const ids = new Set(documents.map((doc) => doc._id))
    for (const doc of documents) expect(validateDocument(doc, (id) => ids.has(id))).toEqual([])
    expect((await buildDocuments(fixture('full-syntax.md'), new WorkingSet([]))).documents).toEqual(documents)
  })
})

describe('Markdown without front matter (heading-title.md)', () => {
  const target = new WorkingSet(readDataset(SAMPLE_DATASET).documents)

  it('takes the title from the "#" heading and leaves it out of the body', async () => {
    const post = fixture('heading-title.md')
    expect(post.title).toBe('A massage before race day?')
    const { documents } = await buildDocuments(post, target, { date: '2024-01-10T00:00:00Z' })
    const article = documents.at(-1) as Record<string, Json>
    expect(article.slug.current).toBe('a-massage-before-race-day')
    expect(JSON.stringify(article.body)).not.toContain('race day?')
    expect(article.body.filter((b: Block) => b.listItem === 'bullet')).toHaveLength(2)
  })

  it('matches the byline to an author already in the dataset despite the accent', async () => {
    const { documents } = await buildDocuments(fixture('heading-title.md'), target, { date: '2024-01-10T00:00:00Z' })
    expect(documents.map((doc) => doc._id)).toEqual(['author-priya-raman', 'article-a-massage-before-race-day'])
    expect((documents.at(-1) as Record<string, Json>).author._ref).toBe('author-priya-raman')
  })
})

describe('the builder every source shares', () => {
  it('cleans a front matter title and drops repeated tags, as it does for exports', async () => {
    const post = parsePost(
      'tidy.md',
      '---\ntitle: "Hill\u00a0repeats,  explained "\ndate: 2024-01-01\nauthor: Ada Runner\ntags: [hills, " hills", Hills, strength]\n---\n\nText.\n',
    )
    const { documents } = await buildDocuments(post, new WorkingSet([]))
    const article = documents.at(-1) as Record<string, Json>
    expect(article.title).toBe('Hill repeats, explained')
    expect(article.tags).toEqual(['hills', 'Hills', 'strength'])
  })
})

describe('markdownToBody', () => {
  it('reads every callout of the sample articles as the sample dataset holds it, written in their dialect', () => {
    const callouts = readDataset(SAMPLE_DATASET)
      .documents.flatMap((doc) => ((doc as { body?: unknown[] }).body ?? []) as Record<string, string>[])
      .filter((block) => block._type === 'callout')
    expect(callouts.length).toBeGreaterThan(10)
    for (const { tone = '', title, text: calloutText = '' } of callouts) {
      const lines = [`> [!${tone.toUpperCase()}]`, ...(title ? [`> **${title}**`, '>'] : [])]
      lines.push(...calloutText.split('\n').map((line) => (line ? `> ${line}` : '>')))
      const { _key: _ignored, ...read } = markdownToBody(lines.join('\n'), keys).body[0] as Record<string, string>
      expect(read).toEqual({ _type: 'callout', tone, ...(title ? { title } : {}), text: calloutText })
    }
  })

  it('reads a callout whose first paragraph is all bold as its title, the dialect of the sample articles', () => {
    const titled = markdownToBody('> [!WARNING]\n> **Know the red flags**\n>\n> Stop if it hurts.', keys).body
    expect(titled).toEqual([
      {
        _type: 'callout',
        _key: expect.any(String),
        tone: 'warning',
        title: 'Know the red flags',
        text: 'Stop if it hurts.',
      },
    ])
    const untitled = markdownToBody('> [!NOTE]\n> **Bold** start of a plain note.', keys).body
    expect(untitled).toEqual([expect.objectContaining({ tone: 'note', text: 'Bold start of a plain note.' })])
    expect(untitled[0]).not.toHaveProperty('title')
  })

  it('gives deterministic keys from the key function', () => {
    const { body } = markdownToBody('Hello *there*', keys)
    expect(body).toEqual([
      {
        _type: 'block',
        _key: 'k0',
        style: 'normal',
        markDefs: [],
        children: [
          { _type: 'span', _key: 'k1', text: 'Hello ', marks: [] },
          { _type: 'span', _key: 'k2', text: 'there', marks: ['em'] },
        ],
      },
    ])
  })
})

describe('post layouts', () => {
  const parse = (name: string, source: string) => parsePost(name, source)

  it('reads a byline right under the title as the start of the body, not the bio', () => {
    const post = parse('top.txt', 'Easy Miles\n\nBy Ada Runner\n\nRun slowly.\n\nThen run slowly again.\n')
    expect(post).toEqual(expect.objectContaining({ title: 'Easy Miles', authorName: 'Ada Runner', bio: [] }))
    expect(post.body).toEqual({ kind: 'text', paragraphs: ['Run slowly.', 'Then run slowly again.'] })
  })

  it('drops a first "#" heading that repeats the front matter title', () => {
    const post = parse('repeat.md', '---\ntitle: Easy Miles\n---\n\n# Easy miles\n\nRun slowly.\n')
    expect(post.body).toEqual({ kind: 'markdown', markdown: 'Run slowly.' })
  })

  it('falls back to the file name when no line reads as a title', () => {
    const post = parse('/posts/slow-and-steady.txt', 'This is a sentence. And another one.\n')
    expect(post.title).toBe('Slow and steady')
    expect(post.notes).toEqual(['no title line found; title taken from the file name: "Slow and steady"'])
  })
})
