import { validateDocument } from '../../apply/validate.ts'
import { htmlToBody } from './index.ts'
import { convert, FAKE_ASSET, outline, readFixture, schemaProblems, storable } from './test-support.ts'

const FIXTURES = ['classic-post.html', 'gutenberg-post.html', 'ghost-post.html']

function allKeys(body: ReturnType<typeof convert>['body']): string[] {
  return body.flatMap((item) =>
    item._type === 'block'
      ? [item._key, ...item.children.map((span) => span._key), ...(item.markDefs ?? []).map((def) => def._key)]
      : [item._key],
  )
}

describe('htmlToBody: keys and validation', () => {
  it.each(FIXTURES)('gives %s the same keys on every run, unique, from the key prefix', (fixture) => {
    const html = readFixture(fixture)
    const options = { keyPrefix: 'article-hill-repeats', siteUrl: 'https://old.example.com', autoParagraphs: true }
    const first = htmlToBody(html, options)
    expect(htmlToBody(html, options)).toEqual(first)
    const keys = allKeys(first.body)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{12}$/)
    const other = allKeys(htmlToBody(html, { ...options, keyPrefix: 'article-other' }).body)
    expect(other.filter((key) => keys.includes(key))).toEqual([])
  })

  it('points link marks at their own mark definitions after the keys are replaced', () => {
    const { body } = convert('<p><a href="/a">A</a> and <a href="/b"><b>B</b></a></p><p><a href="/a">A again</a></p>')
    const split = convert('<p><a href="/long">first<br><br>second</a></p>').body
    for (const block of [...body, ...split]) {
      if (block._type !== 'block') continue
      const defs = new Set((block.markDefs ?? []).map((def) => def._key))
      const used = block.children.flatMap((span) => span.marks ?? []).filter((mark) => mark !== 'strong')
      expect(new Set(used)).toEqual(defs)
    }
    expect(outline(body)).toEqual([{ text: '[A](link:/a) and [B](link:/b strong)' }, { text: '[A again](link:/a)' }])
    expect(outline(split)).toEqual([{ text: '[first](link:/long)' }, { text: '[second](link:/long)' }])
  })

  it('lists each image under the key of its block', () => {
    const { body, images } = convert(readFixture('gutenberg-post.html'))
    expect(images.map((image) => image.key)).toEqual(
      body.filter((item) => item._type === 'image').map((item) => item._key),
    )
    for (const item of body) if (item._type === 'image') expect(item).not.toHaveProperty('asset')
  })

  it.each(FIXTURES)('makes a body of %s that the stored schema and the Studio rules accept', (fixture) => {
    const { body } = convert(readFixture(fixture), { siteUrl: 'https://old.example.com', autoParagraphs: true })
    expect(body.length).toBeGreaterThan(3)
    expect(schemaProblems(body)).toEqual([])
    const article = {
      _id: 'article-hill-repeats',
      _type: 'article',
      title: 'Hill repeats',
      slug: { _type: 'slug', current: 'hill-repeats' },
      publishedAt: '2019-04-02T00:00:00Z',
      author: { _type: 'reference', _ref: 'author-jane-runner' },
      body: storable(body),
    }
    const stored = new Set(['author-jane-runner', FAKE_ASSET])
    expect(validateDocument(article, (id) => stored.has(id))).toEqual([])
  })

  it('reads a Ghost post', () => {
    const resolveLink = (href: string) => (href === '/tempo-runs/' ? 'article-tempo-runs' : undefined)
    const { body, images, notes } = convert(readFixture('ghost-post.html'), { resolveLink })
    expect(outline(body)).toEqual([
      {
        text: 'Strides are short, relaxed accelerations of about twenty seconds. Add four of them to the end of an easy run.',
      },
      { image: { alt: 'Runner on a track', caption: 'Strides on the back straight' } },
      { style: 'h2', text: 'Why strides help' },
      {
        text: 'They remind your legs what [fast](em) feels like, without the fatigue of a workout. See [tempo runs](internalLink:article-tempo-runs) for the next step.',
      },
      {
        linkCard: {
          url: 'https://example.org/running-form',
          title: 'Running form basics',
          description: 'A short guide.',
        },
      },
      { divider: { style: 'line' } },
      { text: 'Questions? [Write to me](link:mailto:coach@example.com).' },
    ])
    expect(images).toEqual([
      { key: body[1]?._key, url: '/content/images/2022/03/strides.jpg' },
      { key: body[4]?._key, url: 'https://example.org/thumb.jpg' },
    ])
    expect(notes).toEqual([])
  })
})
