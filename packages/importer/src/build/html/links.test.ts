import { convert, outline, schemaProblems } from './test-support.ts'

const SITE = 'https://old.example.com'

describe('htmlToBody: links', () => {
  it('keeps http(s), mailto, site-relative and fragment links', () => {
    const { body, notes } = convert(
      '<p><a href="https://example.org/shoes">Shoes</a>, <a href="http://example.org">plain http</a>, ' +
        '<a href="mailto:coach@example.com">mail</a>, <a href="/training-plans/">plans</a>, <a href="#faq">FAQ</a></p>',
    )
    expect(outline(body)).toEqual([
      {
        text:
          '[Shoes](link:https://example.org/shoes), [plain http](link:http://example.org), ' +
          '[mail](link:mailto:coach@example.com), [plans](link:/training-plans/), [FAQ](link:#faq)',
      },
    ])
    expect(notes).toEqual([])
    expect(schemaProblems(body)).toEqual([])
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(document.cookie)',
    'java\nscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'tel:+15551234',
    '/\\evil.example/x',
  ])('keeps the text of a link to %j, without the link, with a note', (href) => {
    const { body, notes } = convert(`<p>Click <a href="${href.replace(/"/g, '&quot;')}">here</a> now</p>`)
    expect(outline(body)).toEqual([{ text: 'Click here now' }])
    expect(notes).toEqual([
      expect.stringMatching(/^link to ".*" kept as text: links must be http\(s\), mailto or start with \/$/),
    ])
  })

  it('reads scheme-relative links as https and "?p=12" from the site root; other relative links lose the link', () => {
    const { body, notes } = convert(
      '<p><a href="//example.org/5k">5k</a> <a href="?p=12">old post</a> <a href="hill-repeats/">hills</a> <a href="#">top</a> <a>anchor</a></p>',
    )
    expect(outline(body)).toEqual([
      { text: '[5k](link:https://example.org/5k) [old post](link:/?p=12) hills top anchor' },
    ])
    expect(notes).toEqual(['link to "hill-repeats/" kept as text: links must be http(s), mailto or start with /'])
  })

  it("makes links to posts of the same import internal links, asking resolveLink about the site's own links only", () => {
    const asked: string[] = []
    const resolveLink = (href: string) => {
      asked.push(href)
      return href.includes('easy-runs') ? 'article-easy-runs' : undefined
    }
    const { body, notes } = convert(
      `<p><a href="${SITE}/2019/03/easy-runs/">easy runs</a>, <a href="/2019/03/easy-runs/">again</a>, ` +
        `<a href="https://www.old.example.com/about/">about</a>, <a href="https://example.org/easy-runs/">elsewhere</a></p>`,
      { siteUrl: SITE, resolveLink },
    )
    expect(outline(body)).toEqual([
      {
        text:
          '[easy runs](internalLink:article-easy-runs), [again](internalLink:article-easy-runs), ' +
          '[about](link:https://www.old.example.com/about/), [elsewhere](link:https://example.org/easy-runs/)',
      },
    ])
    expect(asked).toEqual([`${SITE}/2019/03/easy-runs/`, '/2019/03/easy-runs/', 'https://www.old.example.com/about/'])
    expect(notes).toEqual([
      'link to https://www.old.example.com/about/ points at the old site and is not a post of this import: kept as it is',
    ])
    const block = body[0]
    expect(block?._type === 'block' && block.markDefs?.[0]).toEqual({
      _type: 'internalLink',
      _key: expect.any(String),
      reference: { _type: 'reference', _ref: 'article-easy-runs', _weak: true },
    })
    expect(schemaProblems(body)).toEqual([])
  })

  it('keeps links in headings, list items and quotes, and marks inside links', () => {
    const { body } = convert(
      '<h2><a href="/races">Races</a></h2><ul><li>See <a href="/plans"><b>plans</b></a></li></ul>' +
        '<blockquote><a href="https://example.org/q">Quoted</a></blockquote>',
    )
    expect(outline(body)).toEqual([
      { style: 'h2', text: '[Races](link:/races)' },
      { listItem: 'bullet', level: 1, text: 'See [plans](link:/plans strong)' },
      { style: 'blockquote', text: '[Quoted](link:https://example.org/q)' },
    ])
  })

  it("turns Ghost's __GHOST_URL__ into site-relative links", () => {
    const { body } = convert('<p><a href="__GHOST_URL__/tempo-runs/">tempo</a></p>')
    expect(outline(body)).toEqual([{ text: '[tempo](link:/tempo-runs/)' }])
  })
})
