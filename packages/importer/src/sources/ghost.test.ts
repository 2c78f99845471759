import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ImportError } from '../errors.ts'
import { readGhost } from './ghost.ts'
import type { SourceExport, SourcePost } from './types.ts'

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures')
const EXPORT = path.join(FIXTURES, 'ghost', 'export.json')
const IMAGES = '__GHOST_URL__/content/images/2024/05'

const NELL = {
  key: 'nell',
  name: 'Nell Harrow',
  email: 'nell@runningnotes.example.com',
  bio: "Runs before work, mostly on canal paths. Coaches a beginners' group on Thursdays.",
  website: 'https://nellruns.example.org',
  image: { url: `${IMAGES}/nell.png` },
}
const IDRIS = {
  key: 'idris',
  name: 'Idris Vale',
  email: 'idris@runningnotes.example.com',
  bio: "Trail runner, slow cook, keeper of the club's stopwatch.",
  website: 'https://idris.example.net',
  image: { url: `${IMAGES}/idris.jpg` },
}

function tempFile(name: string, content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'blog-ghost-')), name)
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return file
}

describe('readGhost on a Ghost 5 export', () => {
  let source: SourceExport
  const post = (slug: string) => source.posts.find((p) => p.slug === slug) as SourcePost
  beforeAll(async () => {
    source = await readGhost(EXPORT)
  })

  it('reads users as authors and public tags as categories', () => {
    expect(source).toMatchObject({ format: 'ghost', file: EXPORT })
    expect(source.siteUrl).toBeUndefined() // Ghost exports do not carry the site address
    expect(source.authors).toEqual([NELL, IDRIS])
    expect(source.categories).toEqual([
      { title: 'Training', slug: 'training', description: 'Sessions, plans and easy weeks.' },
      { title: 'Drills', slug: 'drills' },
      { title: 'Nutrition', slug: 'nutrition', description: 'What to eat, and when.' },
      { title: 'Racing', slug: 'racing' },
    ])
  })

  it('maps every field of a post with HTML, two authors and an internal tag', () => {
    expect(post('easy-miles-honest-pace')).toEqual({
      label: 'export.json, post 6630a2a0c4e5b2001a3b0101 "Easy miles, honest pace"',
      sourceId: '6630a2a0c4e5b2001a3b0101',
      title: 'Easy miles, honest pace',
      slug: 'easy-miles-honest-pace',
      publishedAt: '2024-05-02T07:30:00Z',
      body: { kind: 'html', html: expect.stringMatching(/^<p>Most of the week should feel easy\..*kg-image-card/) },
      excerpt: 'Slow most days, and the fast days get better.',
      categories: ['Training'],
      tags: [],
      author: NELL,
      coverImage: {
        url: `${IMAGES}/trail.jpg`,
        alt: 'A muddy trail between hedges',
        caption: 'The lane past the farm, after rain. Photo: club archive',
      },
      html: { autoParagraphs: false },
      oldUrls: ['/easy-miles-honest-pace/'],
      notes: ['also written by Idris Vale: only the first author is kept', 'internal tag "#featured-home" left out'],
    })
  })

  it('converts a Lexical-only post and takes the image alt and caption from the post itself', () => {
    const strides = post('strides-after-easy-runs')
    expect(strides.body).toEqual({ kind: 'html', html: expect.any(String) })
    const html = strides.body.kind === 'html' ? strides.body.html : ''
    expect(html).toContain(
      '<p>Strides are short, <em>relaxed</em> bursts of speed after an <strong>easy run</strong>.</p>',
    )
    expect(html).toContain('<li>Build up to quick, not flat out.<ul><li>Stay tall.</li>')
    expect(html).toContain(`<img src="${IMAGES}/strides.jpg" alt="A runner mid-stride on a flat path">`)
    expect(html).toContain('<a href="__GHOST_URL__/tag/drills/">our drills page</a>')
    expect(strides).toMatchObject({
      author: IDRIS,
      categories: ['Drills'],
      coverImage: {
        url: `${IMAGES}/strides.jpg`,
        alt: 'A runner mid-stride on a flat path',
        caption: 'Relaxed at speed.',
      },
      notes: ['Ghost card "callout" is not converted: its text is kept as a paragraph'],
    })
    expect(strides.excerpt).toBeUndefined()
  })

  it('imports a members-only post when asked to: its same-site canonical address is an old address too', async () => {
    const included = await readGhost(EXPORT, { includeProtected: true })
    const fuel = included.posts.find((p) => p.slug === 'fuel-for-long-runs')
    expect(fuel).toMatchObject({
      oldUrls: ['/fuel-for-long-runs/', '/fuel-on-long-runs/'],
      categories: ['Nutrition', 'Training'],
      publishedAt: '2024-05-16T06:45:00Z',
      notes: ['only members could read it on the old site; imported, it is public'],
    })
    expect(fuel?.coverImage).toEqual({ url: `${IMAGES}/fuel.jpg` })
    expect(included.skipped).toHaveLength(source.skipped.length - 1)
  })

  it('reads a Mobiledoc post that is only Markdown, and leaves out a canonical address on another site', () => {
    expect(post('cadence-briefly')).toMatchObject({
      body: { kind: 'markdown', markdown: expect.stringMatching(/^Count your steps for \*\*thirty seconds\*\*/) },
      publishedAt: '2021-06-10T18:00:00Z',
      oldUrls: ['/cadence-briefly/'],
      notes: [
        'canonical address https://medium.example.com/@nell/cadence-briefly is on another site: not kept as an old address',
      ],
    })
    expect(post('cadence-briefly').html).toBeUndefined()
  })

  it('lists members-only posts, drafts, scheduled posts, pages, newsletters and unconvertible posts with the reason', () => {
    expect(source.posts.map((p) => p.slug)).toEqual([
      'easy-miles-honest-pace',
      'strides-after-easy-runs',
      'cadence-briefly',
    ])
    expect(source.skipped).toEqual([
      {
        label: 'export.json, post 6630a2a0c4e5b2001a3b0103 "Fuel for long runs"',
        reason: 'members only: only members could read it on the old site (--include-protected imports it)',
      },
      {
        label: 'export.json, post 6630a2a0c4e5b2001a3b0104 "Winter layers"',
        reason: 'draft: not published on the old site',
      },
      {
        label: 'export.json, post 6630a2a0c4e5b2001a3b0105 "Spring race plan"',
        reason: 'scheduled: not yet published on the old site',
      },
      { label: 'export.json, page 6630a2a0c4e5b2001a3b0106 "About this blog"', reason: 'a page, not a post' },
      {
        label: 'export.json, post 6630a2a0c4e5b2001a3b0108 "Frosty towpath"',
        reason: 'only Mobiledoc content (Ghost’s editor format before Lexical) and no HTML, which is not converted',
      },
      {
        label: 'export.json, post 6630a2a0c4e5b2001a3b0109 "Run club newsletter: June"',
        reason: 'sent as an email newsletter only, never published on the site',
      },
    ])
  })
})

describe('readGhost on other shapes of export', () => {
  const bare = {
    meta: { exported_on: 1609459200000, version: '4.48.0', url: 'https://runningnotes.example.com/' },
    data: {
      posts: [
        {
          id: 1,
          title: 'Old style',
          slug: 'old-style',
          html: '<p>Hi</p>',
          page: false,
          status: 'published',
          published_at: 1609459200000,
          author_id: 7,
          canonical_url: 'https://www.runningnotes.example.com/2021/01/old-style/',
        },
        { id: 2, title: 'Old page', slug: 'old-page', html: '<p>Page</p>', page: true, status: 'published' },
        { id: 3, title: 'Broken', slug: 'broken', lexical: '{"root": ', status: 'published', type: 'post' },
        {
          id: 4,
          title: '  ',
          slug: 'untitled',
          html: '<h2>Trail notes</h2><p>x</p>',
          status: 'published',
          type: 'post',
        },
        {
          id: 5,
          title: 'Ghostwritten',
          slug: 'ghostwritten',
          html: '<p>x</p>',
          status: 'published',
          type: 'post',
          published_at: '2021-02-03 04:05:06',
        },
        { id: 6, title: 'Paid', html: '<p>x</p>', status: 'published', type: 'post', visibility: 'paid' },
        {
          id: 7,
          title: 'Tiers',
          html: '<p>x</p>',
          status: 'published',
          type: 'post',
          visibility: 'tiers',
          author_id: 7,
        },
        {
          id: 8,
          title: '',
          html: '<figure class="kg-image-card"><img src="/content/images/a.jpg"></figure>',
          status: 'published',
          type: 'post',
          published_at: '2014-03-02T10:00:00.000Z',
        },
      ],
      users: [{ id: 7, name: 'Old Author', slug: 'old-author' }],
      posts_authors: [{ post_id: 5, author_id: 99, sort_order: 0 }],
    },
  }

  it('reads a bare { meta, data } export: site address, page flag, legacy author and epoch dates', async () => {
    const source = await readGhost(tempFile('ghost-4.json', bare))
    expect(source.siteUrl).toBe('https://runningnotes.example.com')
    expect(source.posts[0]).toMatchObject({
      sourceId: '1',
      publishedAt: '2021-01-01T00:00:00Z',
      author: { key: 'old-author', name: 'Old Author' },
      oldUrls: ['/old-style/', 'https://www.runningnotes.example.com/2021/01/old-style/'],
      notes: [],
    })
    expect(source.posts[2]).toMatchObject({
      sourceId: '5',
      publishedAt: '2021-02-03T04:05:06Z',
      notes: ["author 99 is not among the export's users"],
    })
    expect(source.posts[2]?.author).toBeUndefined()
    expect(source.skipped).toEqual([
      { label: 'ghost-4.json, page 2 "Old page"', reason: 'a page, not a post' },
      { label: 'ghost-4.json, post 3 "Broken"', reason: 'its Lexical content is not valid JSON' },
      {
        label: 'ghost-4.json, post 6 "Paid"',
        reason: 'members only: only paying members could read it on the old site (--include-protected imports it)',
      },
      {
        label: 'ghost-4.json, post 7 "Tiers"',
        reason:
          'members only: only members of some tiers could read it on the old site (--include-protected imports it)',
      },
    ])
  })

  it('titles a post without a title from its first text, else its date, and asks for a title', async () => {
    const source = await readGhost(tempFile('ghost-4.json', bare))
    const untitled = source.posts.filter((p) => p.label.endsWith('(no title)'))
    expect(untitled.map(({ label, title, slug, notes }) => ({ label, title, slug, note: notes[0] }))).toEqual([
      {
        label: 'ghost-4.json, post 4 (no title)',
        title: 'Trail notes',
        slug: 'untitled',
        note: 'the post has no title on the old site: titled "Trail notes" from its first words; give it a title in the Studio',
      },
      {
        label: 'ghost-4.json, post 8 (no title)',
        title: 'Post of 2 March 2014',
        note: 'the post has no title on the old site: titled "Post of 2 March 2014" from its date; give it a title in the Studio',
      },
    ])
  })

  it('reads paid and tiers posts when protected posts are included', async () => {
    const source = await readGhost(tempFile('ghost-4.json', bare), { includeProtected: true })
    expect(source.skipped.map((item) => item.label)).toEqual([
      'ghost-4.json, page 2 "Old page"',
      'ghost-4.json, post 3 "Broken"',
    ])
    expect(source.posts.map((p) => [p.title, p.notes[0]])).toEqual(
      expect.arrayContaining([
        ['Paid', 'only paying members could read it on the old site; imported, it is public'],
        ['Tiers', 'only members of some tiers could read it on the old site; imported, it is public'],
      ]),
    )
  })

  it('reads the first database of a { db: [...] } export', async () => {
    const source = await readGhost(tempFile('db.json', { db: [bare] }))
    expect(source.posts.map((p) => p.slug)).toEqual(['old-style', 'untitled', 'ghostwritten', undefined])
  })
})

describe('readGhost on files it cannot read', () => {
  it('reports invalid JSON with the line and column', async () => {
    const file = tempFile('broken.json', '{\n  "db": [\n    { "meta": x }\n  ]\n}\n')
    await expect(readGhost(file)).rejects.toThrow(ImportError)
    await expect(readGhost(file)).rejects.toThrow(
      /^broken\.json, line 3, column 15: not valid JSON \(Unexpected token 'x'\)/,
    )
    await expect(readGhost(tempFile('comma.json', '{"db": [],}'))).rejects.toThrow(
      /^comma\.json, line 1, column 11: not valid JSON \(Expected double-quoted property name\)/,
    )
  })

  it('reports a truncated export', async () => {
    const whole = JSON.stringify({ db: [bareMeta()] }, null, 2)
    await expect(readGhost(tempFile('cut.json', whole.slice(0, 60)))).rejects.toThrow(
      /^cut\.json, line \d+, column \d+: the file ends before the JSON does: the export is incomplete; export it again$/,
    )
  })

  it('says what a JSON file holds when it is not a Ghost export', async () => {
    await expect(readGhost(path.join(FIXTURES, 'bad', 'wordpress-rest.json'))).rejects.toThrow(
      /^wordpress-rest\.json is not a Ghost export: found a JSON list of 2 items \(it looks like a WordPress REST API dump\), with keys id, date, date_gmt, /,
    )
    await expect(readGhost(tempFile('empty-object.json', {}))).rejects.toThrow(
      /^empty-object\.json is not a Ghost export: found an empty JSON object; expected a Ghost export/,
    )
    const jekyll = { site: { title: 'Runs' }, posts: [{ title: 'A', date: '2020-01-01', content: 'x' }] }
    await expect(readGhost(tempFile('jekyll.json', jekyll))).rejects.toThrow(
      /^jekyll\.json is not a Ghost export: found JSON with the keys site, posts;/,
    )
    await expect(readGhost(tempFile('no-posts.json', { db: [{ meta: {}, data: { users: [] } }] }))).rejects.toThrow(
      /^no-posts\.json is not a Ghost export: found its "data" has the keys users but no "posts"/,
    )
    await expect(readGhost(tempFile('number.json', '42'))).rejects.toThrow(/found a single JSON number/)
    await expect(readGhost(tempFile('blank.json', ' \n'))).rejects.toThrow(/^blank\.json is empty/)
    await expect(readGhost(path.join(FIXTURES, 'bad', 'missing.json'))).rejects.toThrow('missing.json: no such file')
  })
})

function bareMeta() {
  return { meta: { exported_on: 1, version: '5.0.0' }, data: { posts: [{ id: 'a', title: 'T', html: '<p>x</p>' }] } }
}
