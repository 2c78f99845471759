import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readNdjson, runCli, SEED_FILE, tempDir } from './test/helpers.ts'
import { SAMPLE_DATASET } from '@blog/sample-content'

/** A folder of posts as they come from old sites: one good, the rest broken in a different way each. */
function postsFolder() {
  const dir = path.join(tempDir(), 'posts')
  mkdirSync(dir)
  const files: Record<string, string | Buffer> = {
    'empty.txt': '',
    'blank.md': ' \n\u00a0\n\n',
    'latin1.txt': Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x0a]),
    'bad-yaml.md': '---\ntitle: [unclosed\n---\n\nBody.\n',
    'unclosed.md': '---\ntitle: No end\n\nBody.\n',
    'wrong-types.md': '---\ntitle: 42\ntags: {a: 1}\n---\n\nBody.\n',
    'no-author.md': '---\ntitle: Nobody wrote this\ndate: 2024-01-01\n---\n\nA body without a byline.\n',
    'bad-date.md': '---\ntitle: Bad date\ndate: 5th of May\nauthor: Ada Runner\n---\n\nBody.\n',
    'good.md': '---\ntitle: A good one\ndate: 2024-02-01\nauthor: Ada Runner\n---\n\nA body that *works*.\n',
    'notes.csv': 'not,a,post\n',
  }
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  return dir
}

describe('bad files are reported with the reason and the rest continue', () => {
  it('imports the good files, reports each bad one, exits 1', async () => {
    const dir = postsFolder()
    const out = path.join(path.dirname(dir), 'out.ndjson')
    const result = await runCli([dir, path.join(dir, 'notes.csv'), path.join(dir, 'missing.md'), '--out', out])
    expect(result.code).toBe(1)
    const reported = result.out
      .split('\n')
      .filter((line) => line.startsWith('['))
      .map((line) => path.basename(line.replace(/^\[\d+\/\d+\] /, '')))
    expect(reported.sort()).toEqual(
      [
        'bad-date.md',
        'bad-yaml.md',
        'blank.md',
        'empty.txt',
        'good.md',
        'latin1.txt',
        'missing.md',
        'no-author.md',
        'notes.csv',
        'unclosed.md',
        'wrong-types.md',
      ].sort(),
    )
    const reasons = result.err.split('\n').map((line) => line.trim())
    expect(reasons).toEqual(
      expect.arrayContaining([
        'failed: no such file or folder',
        'failed: not something the importer reads: .txt and .md posts, folders of them, a WordPress export (.xml) or a Ghost export (.json)',
        'failed: the file is empty',
        'failed: not UTF-8 text (save it as UTF-8 and try again)',
        expect.stringMatching(/^failed: front matter is not valid YAML: /),
        'failed: front matter starts with "---" but has no closing "---" line',
        expect.stringMatching(/^failed: front matter: title: .*; tags: /),
        'failed: no author: the post needs a byline "Written by <name>" or front matter "author: <name>"',
        expect.stringMatching(/^failed: front matter date "5th of May" is not a date/),
      ]),
    )
    expect(reasons.filter((line) => line.startsWith('failed:'))).toHaveLength(10)
    expect(result.out).toContain('2 created, 0 updated, 0 unchanged; 1 post imported, 0 skipped, 10 failed')
    expect(readNdjson(out).map((doc) => doc._id)).toEqual(['author-ada-runner', 'article-a-good-one'])
  })

  it("repairs a front matter slug that is not one, as it does an export's, and says so", async () => {
    const dir = tempDir()
    const file = path.join(dir, 'bad-slug.md')
    writeFileSync(file, '---\ntitle: Bad slug\nslug: Not A Slug\ndate: 2024-01-01\nauthor: Ada Runner\n---\n\nBody.\n')
    const result = await runCli([file, '--out', path.join(dir, 'out.ndjson')])
    expect(result.code).toBe(0)
    expect(result.out).toContain(
      'note: the slug "Not A Slug" is not lowercase words joined by hyphens: imported as "not-a-slug"',
    )
    expect(readNdjson(path.join(dir, 'out.ndjson')).map((doc) => doc._id)).toEqual([
      'author-ada-runner',
      'article-not-a-slug',
    ])
  })

  it('asks for --date when a post has no date, naming the file', async () => {
    const result = await runCli([SEED_FILE, '--dry-run'])
    expect(result.code).toBe(1)
    expect(result.out).toContain(`[1/1] ${SEED_FILE}`)
    expect(result.err).toContain(
      'failed: no publish date: pass --date YYYY-MM-DD, or add "date: YYYY-MM-DD" to the front matter',
    )
  })

  it('rejects two posts with the same slug in one run', async () => {
    const dir = tempDir()
    for (const name of ['a.md', 'b.md'])
      writeFileSync(path.join(dir, name), '---\ntitle: Same\nauthor: Ada Runner\n---\n\nText.\n')
    const result = await runCli([dir, '--dry-run', '--date', '2024-01-01'])
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/a\.md in this run has the same slug \(article-same\)/)
  })
})

describe('writing', () => {
  it('writes nothing on --dry-run', async () => {
    const out = path.join(tempDir(), 'data.ndjson')
    const result = await runCli([
      SEED_FILE,
      '--date',
      '2019-04-02',
      '--base',
      SAMPLE_DATASET,
      '--out',
      out,
      '--dry-run',
    ])
    expect(result.code).toBe(0)
    expect(result.out).toContain('3 created, 0 updated, 0 unchanged; 1 post imported, 0 skipped, 0 failed')
    expect(result.out).toContain('Dry run: nothing was written.')
    expect(existsSync(out)).toBe(false)
    expect(existsSync(path.join(path.dirname(out), 'images'))).toBe(false)
  })

  it('explains missing or conflicting options', async () => {
    expect((await runCli([])).err).toMatch(/^Name at least one post, folder or export\./)
    expect((await runCli([SEED_FILE])).err).toMatch(
      /^Choose where to write: --out <file\.ndjson>, --to-sanity, or --dry-run\./,
    )
    expect((await runCli([SEED_FILE, '--to-sanity', '--out', 'x.ndjson'])).err).toMatch(/^--to-sanity writes to Sanity/)
    expect((await runCli([SEED_FILE, '--base', SAMPLE_DATASET])).err).toMatch(/^--base needs --out/)
    const badDate = await runCli([SEED_FILE, '--dry-run', '--date', 'yesterday'])
    expect(badDate.code).toBe(2)
    expect(badDate.err).toMatch(/^--date "yesterday" is not a date/)
    expect((await runCli(['--help'])).out).toMatch(
      /^Usage: npm run import -- <files, folders or exports\.\.\.> \[options\]/,
    )
  })

  it('stops before importing when the base dataset has a broken line', async () => {
    const dir = tempDir()
    const base = path.join(dir, 'base.ndjson')
    writeFileSync(base, '{"_id":"a","_type":"category"}\n{broken\n')
    const result = await runCli([
      SEED_FILE,
      '--date',
      '2019-04-02',
      '--base',
      base,
      '--out',
      path.join(dir, 'out.ndjson'),
    ])
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/base\.ndjson:2 is not valid JSON/)
    expect(existsSync(path.join(dir, 'out.ndjson'))).toBe(false)
  })
})
