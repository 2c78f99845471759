import type { Media } from '../../types.ts'
import { attachBodyImages } from '../parts.ts'
import { markdownToBody } from '../portable-text.ts'
import { lexicalToHtml } from '../../sources/lexical.ts'
import { convert, outline, schemaProblems } from './test-support.ts'

const VIDEO = 'https://www.youtube.com/watch?v=Xq1nV9bTtWc'

describe('tables, code, dividers, embeds and link cards', () => {
  it('reads classic WordPress: a table without a header, code shortcodes, <hr> and bare addresses on their own lines', () => {
    const html =
      'Splits:\n<table><tr><td>1 km</td><td colspan="2">4:50</td></tr><tr><td>2 km</td><td>4:45</td><td>fast</td></tr></table>\n' +
      '[code lang="js"]\nif (pace < 5) {\n\tcheer()\n}[/code]\n\n[sourcecode language="bash"]npm run race[/sourcecode]\n<hr />\n' +
      `Watch this:\n${VIDEO}\nand this page\n\nhttps://example.org/not-a-video\n\nhttps://vimeo.com/76979871`
    const { body, notes } = convert(html, { autoParagraphs: true, embedBareUrls: true })
    expect(outline(body)).toEqual([
      { text: 'Splits:' },
      {
        dataTable: {
          rows: [
            ['1 km', '4:50', ''],
            ['2 km', '4:45', 'fast'],
          ],
          headerRow: false,
        },
      },
      { code: { code: 'if (pace < 5) {\n\tcheer()\n}', language: 'javascript' } },
      { code: { code: 'npm run race', language: 'sh' } },
      { divider: { style: 'line' } },
      { text: 'Watch this:' },
      { embed: { url: VIDEO, title: 'YouTube video' } },
      { text: 'and this page' },
      { text: 'https://example.org/not-a-video' },
      { embed: { url: 'https://vimeo.com/76979871', title: 'Vimeo video' } },
    ])
    expect(notes).toEqual([])
    expect(schemaProblems(body)).toEqual([])
  })

  it('leaves a bare provider address as text where WordPress did not embed it (Ghost)', () => {
    expect(outline(convert(`<p>${VIDEO}</p>`).body)).toEqual([{ text: VIDEO }])
  })

  it('reads block-editor markup: embeds with captions, a loose player, preformatted text and a dotted separator', () => {
    const html =
      '<!-- wp:embed {"url":"https://twitter.com/runner/status/1234567890","type":"rich"} -->\n' +
      '<figure class="wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper">\n' +
      'https://twitter.com/runner/status/1234567890\n</div><figcaption>Race day</figcaption></figure>\n<!-- /wp:embed -->\n' +
      '<iframe src="https://player.vimeo.com/video/76979871" title="Hill session"></iframe>\n' +
      '<!-- wp:preformatted --><pre class="wp-block-preformatted">  Mon  rest\n  Tue  5 km</pre><!-- /wp:preformatted -->\n' +
      '<!-- wp:separator {"className":"is-style-dots"} --><hr class="wp-block-separator is-style-dots"/><!-- /wp:separator -->'
    const { body, notes } = convert(html)
    expect(outline(body)).toEqual([
      { embed: { url: 'https://twitter.com/runner/status/1234567890', title: 'Race day', caption: 'Race day' } },
      { embed: { url: 'https://player.vimeo.com/video/76979871', title: 'Hill session' } },
      { code: { code: '  Mon  rest\n  Tue  5 km' } },
      { divider: { style: 'dots' } },
    ])
    expect(notes).toEqual([])
    expect(schemaProblems(body)).toEqual([])
  })

  it('reads Ghost cards: embed, code with its caption, bookmark, divider', () => {
    const html =
      '<figure class="kg-card kg-embed-card kg-card-hascaption"><iframe src="https://www.youtube.com/embed/Xq1nV9bTtWc?feature=oembed" title="Strides explained"></iframe><figcaption>Watch the arms</figcaption></figure>' +
      '<figure class="kg-card kg-code-card"><pre><code class="language-yml">laps: 4\n  rest: 90</code></pre><figcaption>plan.yml</figcaption></figure>' +
      '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://coach.example.org/form"><div class="kg-bookmark-content">' +
      '<div class="kg-bookmark-title">Form drills</div><div class="kg-bookmark-description">Ten minutes.</div><div class="kg-bookmark-metadata">' +
      '<img class="kg-bookmark-icon" src="https://coach.example.org/icon.png"><span class="kg-bookmark-author">Coach Notes</span>' +
      '<span class="kg-bookmark-publisher">Ana</span></div></div></a></figure><hr>'
    const { body, images, notes } = convert(html)
    expect(outline(body)).toEqual([
      {
        embed: {
          url: 'https://www.youtube.com/embed/Xq1nV9bTtWc?feature=oembed',
          title: 'Strides explained',
          caption: 'Watch the arms',
        },
      },
      { code: { code: 'laps: 4\n  rest: 90', language: 'yaml' } },
      { text: 'plan.yml' },
      {
        linkCard: {
          url: 'https://coach.example.org/form',
          title: 'Form drills',
          description: 'Ten minutes.',
          publisher: 'Coach Notes',
        },
      },
      { divider: { style: 'line' } },
    ])
    expect(images).toEqual([])
    expect(notes).toEqual([])
    expect(schemaProblems(body)).toEqual([])
  })

  it('reads the same cards from Lexical, and keeps a bookmark only with a picture that could be stored', async () => {
    const root = {
      root: {
        type: 'root',
        children: [
          { type: 'embed', url: VIDEO, metadata: { title: 'Strides explained' }, caption: '' },
          { type: 'codeblock', code: 'x = 1\n\n  y = 2', language: 'python' },
          {
            type: 'bookmark',
            url: 'https://coach.example.org/form',
            metadata: { title: 'Form drills', publisher: 'Coach Notes', thumbnail: 'https://coach.example.org/t.jpg' },
          },
          { type: 'horizontalrule' },
        ],
      },
    }
    const { html, notes: lexicalNotes } = lexicalToHtml(JSON.stringify(root))
    const { body, images } = convert(html)
    expect(lexicalNotes).toEqual([])
    expect(outline(body)).toEqual([
      { embed: { url: VIDEO, title: 'Strides explained' } },
      { code: { code: 'x = 1\n\n  y = 2', language: 'python' } },
      { linkCard: { url: 'https://coach.example.org/form', title: 'Form drills', publisher: 'Coach Notes' } },
      { divider: { style: 'line' } },
    ])
    expect(images).toEqual([{ key: body[2]?._key, url: 'https://coach.example.org/t.jpg' }])

    const into = { documents: [], notes: [] as string[] }
    const stored: Media = { image: async () => ({ assetId: 'image-abc123-80x60-jpg' }), has: () => true }
    const withPicture = await attachBodyImages(body, images, stored, {}, into)
    expect(withPicture[2]).toEqual({
      ...body[2],
      thumbnail: { _type: 'image', asset: { _type: 'reference', _ref: 'image-abc123-80x60-jpg' }, alt: 'Form drills' },
    })
    expect(schemaProblems(withPicture)).toEqual([])
    const missing: Media = { image: async () => ({ missing: 'on another site' }), has: () => false }
    const without = await attachBodyImages(body, images, missing, {}, into)
    expect(without).toEqual(body)
    expect(into.notes).toEqual(['link card picture https://coach.example.org/t.jpg left out: on another site'])
  })

  it('reads Markdown: pipe tables, fenced code with its language, thematic breaks', () => {
    const markdown =
      '| Day | Run |\n|-----|-----|\n| Mon | **Rest** |\n| Tue | 5 km |\n\n```ts\nconst pace = 5\n\n  // easy\n```\n\n---\n\nDone.'
    const { body, notes } = markdownToBody(markdown, (n) => `k${n}`)
    expect(outline(body)).toEqual([
      {
        dataTable: {
          rows: [
            ['Day', 'Run'],
            ['Mon', 'Rest'],
            ['Tue', '5 km'],
          ],
          headerRow: true,
        },
      },
      { code: { code: 'const pace = 5\n\n  // easy', language: 'typescript' } },
      { divider: { style: 'line' } },
      { text: 'Done.' },
    ])
    expect(notes).toEqual(['links and formatting in a table were kept as plain text: table cells hold text only'])
    expect(schemaProblems(body)).toEqual([])
  })
})
