/**
 * Posts real WordPress and Ghost exports hold that once stopped a run or went wrong, through the command line:
 * a post published without a title, two posts sharing a slug (with each other or with an article already there), and
 * posts only some readers could see.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { SAMPLE_DATASET } from '@blog/sample-content'
import { miniWxr, readNdjson, runCli, tempDir, type Doc, type MiniPost } from './test/helpers.ts'

async function importPosts(posts: MiniPost[], ...flags: string[]) {
  const dir = tempDir()
  const file = path.join(dir, 'export.xml')
  writeFileSync(file, miniWxr(posts))
  const dataset = path.join(dir, 'data.ndjson')
  const run = await runCli([file, '--out', dataset, ...flags])
  const docs = readNdjson(dataset)
  const article = (id: string) => docs.find((doc) => doc._id === id)
  return { ...run, file, dataset, article }
}

describe('a post published without a title', () => {
  it('is imported titled from its first words, or from its date when it has no text, with a note', async () => {
    const words = 'Six easy miles along the towpath, then a long breakfast with the club at the lock café.'
    const run = await importPosts([
      { id: 1, slug: 'a-towpath-morning', title: '', html: `<p>${words}</p>` },
      { id: 2, slug: '', title: '', html: '<img src="https://mini.example/x.jpg">', date: '2014-03-02 08:00:00' },
    ])
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    const first = run.article('article-a-towpath-morning')
    expect(first?.title).toMatch(/^Six easy miles along the towpath, then a long .*…$/)
    expect(words.startsWith((first?.title as string).slice(0, -1))).toBe(true)
    // No post_name: the slug is made from the made-up title, as the Studio's Generate would.
    expect(run.article('article-post-of-2-march-2014')).toMatchObject({
      title: 'Post of 2 March 2014',
      slug: { current: 'post-of-2-march-2014' },
    })
    expect(run.out).toContain('export.xml, post 2 (no title)')
    expect(run.out).toContain(
      'note: the post has no title on the old site: titled "Post of 2 March 2014" from its date; give it a title in the Studio',
    )
    expect(run.out).toContain('2 posts imported, 0 skipped, 0 failed')
  })
})

describe('posts whose slug is taken', () => {
  const repeats = (id: number, year: number): MiniPost => ({
    id,
    slug: 'hill-repeats',
    title: `Hill repeats, ${year}`,
    html: `<p>The ${year} session.</p>`,
    link: `https://mini.example/${year}/hill-repeats/`,
  })
  const linking: MiniPost = {
    id: 4,
    slug: 'index-of-sessions',
    title: 'Index of sessions',
    html: '<p>See <a href="https://mini.example/2015/hill-repeats/">the 2015 one</a>.</p>',
  }

  it('get -2, then -3, as WordPress numbers a taken slug; each keeps its permalink as an old address', async () => {
    const run = await importPosts([repeats(1, 2014), repeats(2, 2015), repeats(3, 2016), linking])
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    const oldPaths = (id: string) => run.article(id)?.oldPaths
    expect(oldPaths('article-hill-repeats')).toEqual(['/2014/hill-repeats', '/?p=1'])
    expect(oldPaths('article-hill-repeats-2')).toEqual(['/2015/hill-repeats', '/?p=2'])
    expect(oldPaths('article-hill-repeats-3')).toEqual(['/2016/hill-repeats', '/?p=3'])
    expect(run.article('article-hill-repeats-2')).toMatchObject({
      title: 'Hill repeats, 2015',
      slug: { current: 'hill-repeats-2' },
    })
    expect(run.out).toContain(
      'note: the slug "hill-repeats" is taken by export.xml, post 1 "Hill repeats, 2014" in this run: imported as "hill-repeats-2"',
    )
    // A link to the second post's old permalink leads to the second article, not the first.
    const body = run.article('article-index-of-sessions')?.body as { markDefs: { reference?: { _ref: string } }[] }[]
    expect(body[0]?.markDefs[0]?.reference?._ref).toBe('article-hill-repeats-2')
  })

  it('keep their numbered slugs when the export is imported again', async () => {
    const first = await importPosts([repeats(1, 2014), repeats(2, 2015), repeats(3, 2016)])
    const again = await runCli([first.file, '--out', first.dataset])
    expect(again.code).toBe(0)
    expect(again.out).toMatch(/^0 created, 0 updated, \d+ unchanged; 3 posts imported/m)
    expect(readNdjson(first.dataset).filter((doc) => doc._type === 'article')).toHaveLength(3)
  })

  it('get -2 when an article already in the dataset has the slug; that article is left as it was', async () => {
    const base = readNdjson(SAMPLE_DATASET).find((doc) => doc._id === 'article-keep-easy-runs-easy') as Doc
    const run = await importPosts(
      [{ id: 1, slug: 'keep-easy-runs-easy', title: 'Keep easy runs easy', html: '<p>Mine.</p>' }],
      '--base',
      SAMPLE_DATASET,
    )
    expect(run.code).toBe(0)
    expect(run.article('article-keep-easy-runs-easy')).toEqual(base)
    expect(run.article('article-keep-easy-runs-easy-2')).toMatchObject({
      title: 'Keep easy runs easy',
      oldPaths: ['/keep-easy-runs-easy', '/?p=1'],
    })
    expect(run.out).toContain(
      'note: the slug "keep-easy-runs-easy" is taken by the article "Keep your easy runs easy" (article-keep-easy-runs-easy) already there',
    )
  })
})

describe('posts only some readers could see', () => {
  const ghostExport = (dir: string) => {
    const post = (id: string, visibility: string) => ({
      id,
      title: `For ${visibility}`,
      slug: `for-${visibility}`,
      html: '<p>Inside.</p>',
      status: 'published',
      type: 'post',
      visibility,
      published_at: '2024-05-02T07:30:00.000Z',
      author_id: 'u1',
    })
    const file = path.join(dir, 'ghost.json')
    const data = {
      posts: [post('p1', 'public'), post('p2', 'members'), post('p3', 'paid')],
      users: [{ id: 'u1', name: 'Nia Example', slug: 'nia' }],
    }
    writeFileSync(file, JSON.stringify({ db: [{ meta: { version: '5.80.0' }, data }] }))
    return file
  }
  const locked: MiniPost = { id: 1, slug: 'race-notes', title: 'Race notes', html: '<p>Hi.</p>', password: 'tempo' }

  it('are skipped with the reason: a password-protected WordPress post, Ghost posts for members or paying members', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'export.xml'), miniWxr([locked]))
    const out = path.join(dir, 'data.ndjson')
    const run = await runCli([path.join(dir, 'export.xml'), ghostExport(dir), '--out', out])
    expect(run.code).toBe(0)
    expect(run.out).toContain(
      'skipped: password-protected: only readers with the password could see it on the old site (--include-protected imports it)',
    )
    expect(run.out).toContain('skipped: members only: only members could read it on the old site')
    expect(run.out).toContain('skipped: members only: only paying members could read it on the old site')
    expect(run.out).toContain('posts: 1 imported, 3 skipped (1 password-protected, 2 members only), 0 failed')
    expect(readNdjson(out).map((doc) => doc._id)).toEqual(['author-nia-example', 'article-for-public'])
  })

  it('are imported, with a note, when --include-protected is given', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'export.xml'), miniWxr([locked]))
    const out = path.join(dir, 'data.ndjson')
    const run = await runCli([path.join(dir, 'export.xml'), ghostExport(dir), '--include-protected', '--out', out])
    expect(run.code).toBe(0)
    expect(run.out).toContain('posts: 4 imported, 0 skipped, 0 failed')
    expect(run.out).toContain('note: the post was password-protected on the old site; imported, it is public')
    expect(run.out).toContain('note: only paying members could read it on the old site; imported, it is public')
    const ids = readNdjson(out).map((doc) => doc._id)
    for (const id of ['article-race-notes', 'article-for-members', 'article-for-paid']) expect(ids).toContain(id)
  })
})
