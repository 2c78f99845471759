import { markdownToPortableText, MarkupError } from '../scripts/sample-markdown.mjs'

const key = (position: string) => `k${position}`
const convert = (source: string, simple = false) =>
  markdownToPortableText(source, { where: 'doc body', key, image: (name: string) => `image-${name}`, simple })

describe("the sample's Markdown", () => {
  it('reads Markdown with @portabletext/markdown and adds callouts, pull quotes, named images and internal links', () => {
    const blocks = convert(
      [
        '## A heading',
        'Some **bold** and *italic* text, a [link](https://example.com) and an [article](article:keep-easy-runs-easy).',
        '- one',
        '- two',
        '> [!TIP]',
        '> **Bring your log**',
        '>',
        '> Plain text.',
        '',
        '""" A quote. -- Someone',
        '![Alt text|A caption](image:cover-01)',
      ].join('\n'),
    )
    expect(blocks.map((block) => block.listItem ?? block.style ?? block._type)).toEqual([
      'h2',
      'normal',
      'bullet',
      'bullet',
      'callout',
      'pullQuote',
      'image',
    ])
    expect(blocks[1]?.markDefs).toEqual([
      { _type: 'link', _key: expect.any(String), href: 'https://example.com' },
      {
        _type: 'internalLink',
        _key: expect.any(String),
        reference: { _type: 'reference', _ref: 'article-keep-easy-runs-easy' },
      },
    ])
    expect(blocks[4]).toMatchObject({ tone: 'tip', title: 'Bring your log', text: 'Plain text.' })
    expect(blocks[5]).toMatchObject({ quote: 'A quote.', attribution: 'Someone' })
    expect(blocks[6]).toMatchObject({ asset: { _ref: 'image-cover-01' }, alt: 'Alt text', caption: 'A caption' })
    const keys = JSON.stringify(blocks).match(/"_key":"[^"]+"/g) ?? []
    expect(new Set(keys).size).toBe(keys.length)
  })

  it.each([
    ['A *typo', /unparsed markup/],
    ['# A second h1', /use ##, ### or ####/],
    ['A [link](ftp://example.com)', /unsupported link target/],
    ['A [link](article:Not A Slug)', /unparsed markup|bad slug/],
    ['| a |\n|---|\n| 1 |', /tables are not part/],
    ['> [!DANGER]\n> Not a tone the body has', /callouts open with a line > \[!NOTE\|TIP\|WARNING\]/],
    ['> [!TIP]\n> **Only a title**', /callout text is plain text/],
  ])('stops the build on %j', (source, reason) => {
    expect(() => convert(source)).toThrow(MarkupError)
    expect(() => convert(source)).toThrow(reason)
  })

  it('keeps author bios to paragraphs, lists and external links', () => {
    expect(() => convert('See [this](article:keep-easy-runs-easy)', true)).toThrow('not allowed here')
    expect(() => convert('## Heading', true)).toThrow('not allowed here')
    expect(convert('A bio with [a site](https://example.com).', true)).toHaveLength(1)
  })
})
