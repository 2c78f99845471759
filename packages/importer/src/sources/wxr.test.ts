import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ImportError } from '../errors.ts'
import type { SourceExport, SourcePost } from './types.ts'
import { readWxr } from './wxr.ts'

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures')
const EXPORT = path.join(FIXTURES, 'wordpress', 'export.xml')
const SITE = 'https://trailnotes.example.com'
const UPLOADS = `${SITE}/wp-content/uploads`

const MARA = { key: 'mara', name: 'Mara Quinn', email: 'mara@trailnotes.example.com' }
const TOBIAS = { key: 'tobias', name: 'Tobias Fenn', email: 'tobias@trailnotes.example.com' }

function tempFile(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'blog-wxr-')), name)
  writeFileSync(file, content)
  return file
}

/** A minimal WXR document around the given channel content. */
const wxr = (channel: string, prefix = 'wp') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:${prefix}="http://wordpress.org/export/1.2/">
<channel><title>Test</title><link>https://run.example.org</link>
${channel.replace(/\bwp:/g, `${prefix}:`)}
</channel></rss>`

const item = (id: number, fields: Record<string, string>, extra = '') => `<item>
<title><![CDATA[${fields.title ?? `Post ${id}`}]]></title>
<link>https://run.example.org/post-${id}/</link>
<dc:creator><![CDATA[${fields.creator ?? 'runner'}]]></dc:creator>
<guid isPermaLink="false">https://run.example.org/?p=${id}</guid>
<content:encoded><![CDATA[${fields.content ?? `<p>Body ${id}</p>`}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date><![CDATA[2024-01-01 10:00:00]]></wp:post_date>
<wp:post_date_gmt><![CDATA[2024-01-01 09:00:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[post-${id}]]></wp:post_name>
<wp:status><![CDATA[${fields.status ?? 'publish'}]]></wp:status>
<wp:post_type><![CDATA[${fields.type ?? 'post'}]]></wp:post_type>
${fields.url ? `<wp:attachment_url><![CDATA[${fields.url}]]></wp:attachment_url>` : ''}
${extra}
</item>`

const thumbnail = (id: number) =>
  `<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[${id}]]></wp:meta_value></wp:postmeta>`

describe('readWxr on a WordPress export', () => {
  let source: SourceExport
  const post = (id: string) => source.posts.find((p) => p.sourceId === id) as SourcePost
  beforeAll(async () => {
    source = await readWxr(EXPORT)
  })

  it('reads the site, its authors and its categories, nesting reported as the parent title', () => {
    expect(source).toMatchObject({ format: 'wxr', file: EXPORT, siteUrl: SITE })
    expect(source.authors).toEqual([MARA, TOBIAS])
    expect(source.categories).toEqual([
      { title: 'Training', slug: 'training', description: 'How we train through the year.' },
      { title: 'Hills', slug: 'hills', description: 'Hill sessions and how to pace them.', parent: 'Training' },
      { title: 'Long runs', slug: 'long-runs', parent: 'Training' },
      { title: 'Racing', slug: 'racing' },
      { title: 'Gear & kit', slug: 'gear', description: 'Shoes, layers and the rest.' },
    ])
  })

  it('imports only published posts, in file order', () => {
    expect(source.posts.map((p) => p.label)).toEqual([
      'export.xml, post 12 "Hill repeats"',
      'export.xml, post 15 "Why I run slow most days"',
      'export.xml, post 18 "Race day checklist"',
      'export.xml, post 21 "Café stops on long runs"',
    ])
  })

  it('maps every field of a block-editor post with a featured image', () => {
    const { body, ...rest } = post('12')
    expect(rest).toEqual({
      label: 'export.xml, post 12 "Hill repeats"',
      sourceId: '12',
      title: 'Hill repeats',
      slug: 'hill-repeats',
      publishedAt: '2024-03-04T07:15:00Z',
      categories: ['Hills'],
      tags: ['Intervals', 'Strength'],
      author: MARA,
      coverImage: {
        url: `${UPLOADS}/2024/03/hill.jpg`,
        alt: 'A gravel path climbing a green hill',
        caption: 'The climb behind the reservoir.',
      },
      html: { autoParagraphs: false, embedBareUrls: true },
      oldUrls: [`${SITE}/2024/03/hill-repeats/`, '/?p=12'],
      notes: [],
    })
    expect(body.kind).toBe('html')
    const html = body.kind === 'html' ? body.html : ''
    expect(html).toMatch(/^<!-- wp:paragraph -->\n<p>Hill repeats build strength/)
    expect(html).toContain('<h2 class="wp-block-heading">Finding the right hill</h2>')
    expect(html).toContain(`src="${UPLOADS}/2024/03/hill-300x225.jpg"`)
    expect(html).toContain('<!-- wp:gallery')
    expect(html).toMatch(/<\/figure>\n<!-- \/wp:gallery -->$/)
    expect(html).not.toContain('My calves noticed') // the comment is not part of the post
  })

  it('marks classic-editor posts for automatic paragraphs and takes the local date when there is no UTC one', () => {
    const slow = post('15')
    expect(slow.html).toEqual({ autoParagraphs: true, embedBareUrls: true })
    expect(slow.body).toEqual({ kind: 'html', html: expect.stringMatching(/^Most of my runs are slow\.[^<]*\n\nEasy/) })
    expect(slow.publishedAt).toBe('2024-03-18T06:30:00Z')
    expect(slow.notes).toEqual([
      'the export has no UTC date for this post; its local date 2024-03-18 06:30:00 was taken as UTC',
    ])
    expect(slow.excerpt).toBe('Easy days make the hard days work – and they’re the ones you enjoy.')
    expect(slow.author).toEqual(TOBIAS)
    expect(slow.categories).toEqual(['Training'])
    expect(slow.tags).toEqual(['Beginners'])
  })

  it('keeps a guid that is another address of the same site, and leaves out one on another host', () => {
    expect(post('15').oldUrls).toEqual([
      `${SITE}/2024/03/why-i-run-slow/`,
      '/?p=15',
      'http://www.trailnotes.example.com/old-blog/why-i-run-slow/',
    ])
    expect(post('21').oldUrls).toEqual([`${SITE}/2024/04/caf%c3%a9-stops-on-long-runs/`, '/?p=21'])
  })

  it('keeps shortcodes and links in the HTML for the converter', () => {
    const race = post('18')
    const html = race.body.kind === 'html' ? race.body.html : ''
    expect(html).toContain('[caption id="attachment_44" align="aligncenter" width="300"]')
    expect(html).toContain('[race_countdown date="2024-04-07" label="Until the start"]')
    expect(race.html).toEqual({ autoParagraphs: true, embedBareUrls: true })
    expect(race.tags).toEqual(['Beginners', 'Checklists'])
    const cafe = post('21')
    expect(cafe.body.kind === 'html' && cafe.body.html).toContain(`href="${SITE}/2024/04/race-day-checklist/"`)
  })

  it('takes a featured image whose file is missing from the uploads as the export names it', () => {
    expect(post('18').coverImage).toEqual({
      url: `${UPLOADS}/2023/11/finish-line.jpg`,
      alt: 'Runners crossing a finish line',
      caption: 'Ten seconds faster than last year.',
    })
    expect(existsSync(path.join(FIXTURES, 'wordpress/uploads/2023/11/finish-line.jpg'))).toBe(false)
    expect(existsSync(path.join(FIXTURES, 'wordpress/uploads/2024/03/hill.jpg'))).toBe(true)
    expect(existsSync(path.join(FIXTURES, 'wordpress/uploads/2024/03/hill-300x225.jpg'))).toBe(false)
  })

  it('decodes a percent-encoded slug and reports an author the export does not list', () => {
    const cafe = post('21')
    expect(cafe.slug).toBe('café-stops-on-long-runs')
    expect(cafe.author).toEqual({ key: 'sam', name: 'sam' })
    expect(cafe.notes).toEqual(['author "sam" is not among the export\'s authors; the login is used as the name'])
    expect(cafe.categories).toEqual(['Long runs']) // the post format "Aside" is not a category
    expect(cafe.html).toEqual({ autoParagraphs: false, embedBareUrls: true })
    expect(cafe.coverImage).toBeUndefined()
  })

  it('lists what is not imported with the reason', () => {
    expect(source.skipped).toEqual([
      { label: 'export.xml, post 30 "Notes on tempo runs"', reason: 'draft: not published on the old site' },
      {
        label: 'export.xml, post 31 "Training log for March"',
        reason: 'private: only logged-in editors could see it on the old site',
      },
      {
        label: 'export.xml, post 34 "Autumn race calendar"',
        reason: 'scheduled: not yet published on the old site',
      },
      { label: 'export.xml, page 32 "About & contact"', reason: 'a page, not a post' },
      {
        label: 'export.xml, 2 items (nav_menu_item ×1, wp_block ×1)',
        reason: 'parts of the WordPress site (menus, reusable blocks, templates, revisions), not posts',
      },
    ])
  })

  it('keeps attachments by id, not as skipped items', () => {
    expect(source.attachments).toEqual({
      '40': `${UPLOADS}/2024/03/hill.jpg`,
      '41': `${UPLOADS}/2024/03/shoes.png`,
      '42': `${UPLOADS}/2024/03/track.jpg`,
      '43': `${UPLOADS}/2023/11/finish-line.jpg`,
      '44': `${UPLOADS}/2024/04/path.jpg`,
    })
    expect(source.skipped.some((s) => /attachment|\.jpg|\.png/.test(s.label))).toBe(false)
  })
})

describe('readWxr on edge cases', () => {
  it('reads the namespaces by address, whatever prefix the file gives them', async () => {
    const source = await readWxr(tempFile('prefix.xml', wxr(item(5, {}), 'wordpress')))
    expect(source.posts.map((p) => [p.sourceId, p.slug, p.publishedAt])).toEqual([
      ['5', 'post-5', '2024-01-01T09:00:00Z'],
    ])
  })

  it('joins CDATA sections (WordPress splits "]]>" in a post across two) and decodes entities in plain text', async () => {
    const content = '<p>Code: a[b[0]]]]><![CDATA[> &amp; done</p>'
    const [post] = (await readWxr(tempFile('cdata.xml', wxr(item(5, { content }))))).posts
    expect(post?.body).toEqual({ kind: 'html', html: '<p>Code: a[b[0]]> &amp; done</p>' })
    const plain = wxr(item(6, {}).replace(/<title>.*<\/title>/, '<title>Hills &amp; &#8220;tempo&#8221;</title>'))
    expect((await readWxr(tempFile('plain.xml', plain))).posts[0]?.title).toBe('Hills & “tempo”')
  })

  it('titles a published post without a title from its first paragraph, else its date, and asks for a title', async () => {
    const content =
      '[caption id="attachment_3"]<img src="/x.jpg">[/caption]\n\n<p>Up the ridge at dawn with the club, then coffee in the square until noon.</p><p>Later.</p>'
    const untitled = wxr(item(7, { title: '', content }) + item(8, { title: ' ', content: '<img src="/y.jpg">' }))
    const source = await readWxr(tempFile('untitled.xml', untitled))
    expect(source.skipped).toEqual([])
    expect(source.posts.map(({ label, title, slug, notes }) => ({ label, title, slug, note: notes[0] }))).toEqual([
      {
        label: 'untitled.xml, post 7 (no title)',
        title: 'Up the ridge at dawn with the club, then coffee in the…',
        slug: 'post-7',
        note: 'the post has no title on the old site: titled "Up the ridge at dawn with the club, then coffee in the…" from its first words; give it a title in the Studio',
      },
      {
        label: 'untitled.xml, post 8 (no title)',
        title: 'Post of 1 January 2024',
        slug: 'post-8',
        note: 'the post has no title on the old site: titled "Post of 1 January 2024" from its date; give it a title in the Studio',
      },
    ])
  })

  it('skips a password-protected post with the reason, unless protected posts are included', async () => {
    const file = tempFile('locked.xml', wxr(item(5, {}, '<wp:post_password>secret</wp:post_password>') + item(6, {})))
    const source = await readWxr(file)
    expect(source.posts.map((post) => post.sourceId)).toEqual(['6'])
    expect(source.skipped).toEqual([
      {
        label: 'locked.xml, post 5 "Post 5"',
        reason:
          'password-protected: only readers with the password could see it on the old site (--include-protected imports it)',
      },
    ])
    const included = await readWxr(file, { includeProtected: true })
    expect(included.posts.map((post) => post.sourceId)).toEqual(['5', '6'])
    expect(included.skipped).toEqual([])
  })

  it('notes a featured image whose attachment is not in the export, and an included password-protected post', async () => {
    const extra = `${thumbnail(99)}<wp:post_password><![CDATA[secret]]></wp:post_password>`
    const [post] = (await readWxr(tempFile('thumb.xml', wxr(item(5, {}, extra))), { includeProtected: true })).posts
    expect(post?.coverImage).toBeUndefined()
    expect(post?.notes).toEqual([
      'author "runner" is not among the export\'s authors; the login is used as the name',
      'featured image left out: attachment 99 is not in the export',
      'the post was password-protected on the old site; imported, it is public',
    ])
  })

  it('takes categories from the posts when the export has no category list, and skips other post types', async () => {
    const categorised = item(
      5,
      {},
      '<category domain="category" nicename="food-drink"><![CDATA[Food &amp; drink]]></category>',
    )
    const source = await readWxr(
      tempFile(
        'filtered.xml',
        wxr(categorised + item(6, { type: 'product', title: 'Trail socks' }) + item(7, { status: 'trash' })),
      ),
    )
    expect(source.categories).toEqual([{ title: 'Food & drink', slug: 'food-drink' }])
    expect(source.posts[0]?.categories).toEqual(['Food & drink'])
    expect(source.skipped).toEqual([
      { label: 'filtered.xml, product 6 "Trail socks"', reason: 'a "product" item, not a post' },
      { label: 'filtered.xml, post 7 "Post 7"', reason: 'in the trash on the old site' },
    ])
  })

  it('reads a large export as a stream', async () => {
    const items: string[] = []
    for (let id = 1; id <= 2000; id++) {
      if (id % 4 === 0)
        items.push(item(id, { type: 'attachment', status: 'inherit', url: `https://run.example.org/img/${id}.jpg` }))
      else items.push(item(id, { content: `<p>${'Easy miles. '.repeat(40)}</p>` }, thumbnail(id + 1)))
    }
    const source = await readWxr(tempFile('big.xml', wxr(items.join('\n'))))
    expect(source.posts).toHaveLength(1500)
    expect(Object.keys(source.attachments ?? {})).toHaveLength(500)
    expect(source.skipped).toEqual([])
    expect(source.posts.filter((p) => p.coverImage)).toHaveLength(500) // those whose next item is an attachment
    expect(source.posts.at(-1)).toMatchObject({
      sourceId: '1999',
      coverImage: { url: 'https://run.example.org/img/2000.jpg' },
    })
  })
})

describe('readWxr on files it cannot read', () => {
  const fails = (file: string) => expect(readWxr(file)).rejects.toThrow(ImportError)

  it('reports a truncated export with the file, the place it stops and the item it stops in', async () => {
    const file = path.join(FIXTURES, 'bad', 'truncated-export.xml')
    await fails(file)
    await expect(readWxr(file)).rejects.toThrow(
      'truncated-export.xml, line 347, column 53: the file ends in the middle of <item> (line 336, "Race day checklist"): the export is incomplete; export it again',
    )
  })

  it('names the item when the file is cut after its id', async () => {
    const whole = wxr(item(5, { title: 'Tempo' }))
    const file = tempFile('cut.xml', whole.slice(0, whole.indexOf('<wp:post_name>')))
    await expect(readWxr(file)).rejects.toThrow(
      /^cut\.xml, line \d+, column \d+: the file ends in the middle of <item> \(line 6, post 5 "Tempo"\)/,
    )
  })

  it('reports malformed XML with the line and column', async () => {
    const file = tempFile('broken.xml', wxr(item(5, {}).replace('</wp:post_name>', '</wp:post_nam>')))
    await expect(readWxr(file)).rejects.toThrow(
      /^broken\.xml, line 16, column \d+: the XML is malformed in <item> \(line 6, post 5 "Post 5"\) \(unexpected close tag\)/,
    )
    const entity = tempFile('entity.xml', wxr('<wp:author><wp:author_login>a&nbsp;b</wp:author_login></wp:author>'))
    await expect(readWxr(entity)).rejects.toThrow(
      /^entity\.xml, line 6, column 35: the XML is malformed in <wp:author_login> \(line 6\) \(undefined entity\)/,
    )
  })

  it('says what a file is when it is not a WordPress export', async () => {
    await expect(
      readWxr(tempFile('feed.xml', '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')),
    ).rejects.toThrow(
      /^feed\.xml is an Atom feed \(its root element is <feed>\), not a WordPress export: expected a WordPress export \(WXR\)/,
    )
    await expect(
      readWxr(tempFile('rss.xml', '<rss version="2.0"><channel><title>x</title></channel></rss>')),
    ).rejects.toThrow(
      /^rss\.xml is an RSS feed, not a WordPress export: it does not declare the WordPress export namespace/,
    )
    await expect(readWxr(tempFile('note.xml', '<note><to>x</to></note>'))).rejects.toThrow(
      /^note\.xml is an XML file \(its root element is <note>\)/,
    )
    await expect(readWxr(tempFile('export.xml', '{"posts": []}'))).rejects.toThrow(/^export\.xml is JSON, not XML/)
    await expect(readWxr(tempFile('empty.xml', '\ufeff  \n'))).rejects.toThrow(/^empty\.xml is empty/)
    const noChannel = '<rss xmlns:wp="http://wordpress.org/export/1.2/"><title>x</title></rss>'
    await expect(readWxr(tempFile('bare.xml', noChannel))).rejects.toThrow(/^bare\.xml has <rss> but no <channel>/)
    await expect(readWxr(path.join(FIXTURES, 'bad', 'missing.xml'))).rejects.toThrow('missing.xml: no such file')
  })
})
