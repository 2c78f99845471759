import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { anchorsOf, brokenLinks, findReadmes, headingSlug } from './links.mjs'

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

describe('the READMEs', () => {
  it('are found in the root and in the workspaces', () => {
    const readmes = findReadmes(repoDir).map((file) => path.relative(repoDir, file))
    expect(readmes).toEqual(expect.arrayContaining(['README.md', 'studio/README.md', 'packages/local-lake/README.md']))
  })

  it('link only to files and headings that exist', () => {
    expect(brokenLinks(findReadmes(repoDir), repoDir)).toEqual([])
  })
})

describe('the link check', () => {
  let dir
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'readme-links-'))
    mkdirSync(path.join(dir, 'docs'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('reports a missing file, a missing heading, and a broken link in a page a README links to', () => {
    writeFileSync(
      path.join(dir, 'README.md'),
      [
        '# Top',
        'See [the guide](docs/guide.md#setting-up), [gone](docs/gone.md), [here](#top) and [there](#nowhere).',
        'Not links: `[code](missing.md)`, [web](https://example.com/x.md), [mail](mailto:a@b.c).',
        '```',
        '[fenced](missing.md)',
        '```',
      ].join('\n'),
    )
    writeFileSync(path.join(dir, 'docs/guide.md'), '# Guide\n\n## Setting up\n\n[back](../README.md#gone)\n')
    expect(brokenLinks([path.join(dir, 'README.md')], dir)).toEqual([
      { file: 'README.md', line: 2, target: 'docs/gone.md', reason: 'no such file' },
      { file: 'README.md', line: 2, target: '#nowhere', reason: 'no such heading' },
      { file: path.join('docs', 'guide.md'), line: 5, target: '../README.md#gone', reason: 'no such heading' },
    ])
  })

  it('gives headings the anchors GitHub gives them', () => {
    expect(headingSlug('Publishing: `POST /api/revalidate`')).toBe('publishing-post-apirevalidate')
    expect(headingSlug('Versions, and why some are held back')).toBe('versions-and-why-some-are-held-back')
    expect(headingSlug('Connect your Sanity project')).toBe('connect-your-sanity-project')
    expect([...anchorsOf('# A\n## Tests\n## Tests\n```\n# not a heading\n```\n')]).toEqual(['a', 'tests', 'tests-1'])
  })
})
