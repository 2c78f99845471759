import { convert, outline, readFixture } from './test-support.ts'

describe('htmlToBody: WordPress', () => {
  it('ignores block-editor comments, with or without attributes', () => {
    const { body, notes } = convert(
      '<!-- wp:paragraph {"align":"center"} -->\n<p class="has-text-align-center">Easy week.</p>\n<!-- /wp:paragraph -->\n' +
        '<!-- wp:image {"id":12,"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><img src="/w.jpg" alt="W"/></figure>\n<!-- /wp:image -->\n' +
        '<!-- wp:separator --><hr class="wp-block-separator"/><!-- /wp:separator --><!-- wp:more --><!--more--><!-- /wp:more -->',
    )
    expect(outline(body)).toEqual([{ text: 'Easy week.' }, { image: { alt: 'W' } }, { divider: { style: 'line' } }])
    expect(notes).toEqual([])
  })

  it('keeps other shortcodes as text, with a note naming each once', () => {
    const { body, notes } = convert(
      '<p>[youtube https://youtu.be/abc]</p>' +
        '<p>[foo] and [foo bar="1"/] and [contact-form-7 id="5" title="Contact"]</p>',
    )
    expect(outline(body)).toEqual([
      { text: '[youtube https://youtu.be/abc]' },
      { text: '[foo] and [foo bar="1"/] and [contact-form-7 id="5" title="Contact"]' },
    ])
    expect(notes).toEqual([
      'shortcode [youtube] kept as text',
      'shortcode [foo] kept as text',
      'shortcode [contact-form-7] kept as text',
    ])
  })

  it('writes an escaped [[shortcode]] as WordPress shows it, and does not take code or Markdown links for shortcodes', () => {
    const { body, notes } = convert(
      '<p>Type [[gallery]] to show photos.</p><p>A [link](https://example.org) pasted from Markdown.</p>' +
        '<p><code>splits[i]</code></p><pre>laps[n] = time</pre>',
    )
    expect(outline(body)).toEqual([
      { text: 'Type [gallery] to show photos.' },
      { text: 'A [link](https://example.org) pasted from Markdown.' },
      { text: '[splits[i]](code)' },
      { code: { code: 'laps[n] = time' } },
    ])
    expect(notes).toEqual([])
  })

  it('makes paragraphs of classic posts: blank line = paragraph, newline = line break, blocks left alone', () => {
    const html =
      'First paragraph,\nsecond line.\n\n\nSecond <b>paragraph</b>.\n<h2>Heading</h2>\nAfter the heading\n' +
      '<ul>\n\t<li>one\nstill one</li>\n\t<li>two</li>\n</ul>\n<blockquote>Quoted\n\nand more</blockquote>\n' +
      '<pre>  keep\n\n  this</pre>\n<figure><img src="/f.jpg" alt="F"></figure>\nThe end.'
    const { body } = convert(html, { autoParagraphs: true })
    expect(outline(body)).toEqual([
      { text: 'First paragraph,\nsecond line.' },
      { text: 'Second [paragraph](strong).' },
      { style: 'h2', text: 'Heading' },
      { text: 'After the heading' },
      { listItem: 'bullet', level: 1, text: 'one\nstill one' },
      { listItem: 'bullet', level: 1, text: 'two' },
      { style: 'blockquote', text: 'Quoted' },
      { style: 'blockquote', text: 'and more' },
      { code: { code: '  keep\n\n  this' } },
      { image: { alt: 'F' } },
      { text: 'The end.' },
    ])
  })

  it('makes paragraphs by default only when the HTML has no block tags at all', () => {
    expect(outline(convert('One <i>line</i>\nand two.\n\nNext.').body)).toEqual([
      { text: 'One [line](em)\nand two.' },
      { text: 'Next.' },
    ])
    expect(outline(convert('<p>One\nline.</p>\n\n<p>Two.</p>').body)).toEqual([{ text: 'One line.' }, { text: 'Two.' }])
    expect(outline(convert('<p>One\nline.</p>', { autoParagraphs: true }).body)).toEqual([{ text: 'One\nline.' }])
    expect(outline(convert('Line one<br />\nLine two<br>\n\nNext', { autoParagraphs: true }).body)).toEqual([
      { text: 'Line one\nLine two' },
      { text: 'Next' },
    ])
  })

  it('keeps an embed of another kind of address as a link to what it showed, with a note', () => {
    const { body, notes } = convert(
      '<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">\n' +
        'https://www.youtube.com/watch?v=abc\n</div><figcaption>Race start</figcaption></figure>',
    )
    expect(outline(body)).toEqual([
      { text: '[https://www.youtube.com/watch?v=abc](link:https://www.youtube.com/watch?v=abc)' },
      { text: 'Race start' },
    ])
    expect(notes).toEqual([
      'an embed (https://www.youtube.com/watch?v=abc) was kept as a link: it is not a provider the body can embed',
    ])
  })

  it('reads a classic-editor post', () => {
    const resolveLink = (href: string) => (href.includes('easy-runs') ? 'article-easy-runs' : undefined)
    const { body, images, notes } = convert(readFixture('classic-post.html'), {
      autoParagraphs: true,
      siteUrl: 'https://old.example.com',
      resolveLink,
    })
    expect(outline(body)).toEqual([
      {
        text: 'Hill repeats are the cheapest speed work there is: all you need is a slope and a [little](strong) patience.',
      },
      {
        text: 'Find a hill that takes about a minute to climb at a hard effort.\nJog back down slowly – the descent is your rest.',
      },
      { style: 'h2', text: 'How many repeats?' },
      { text: 'Start with four or five. Add one each week until you reach ten.' },
      { image: { alt: 'A runner climbing a steep road', caption: 'The long hill behind the reservoir' } },
      { listItem: 'bullet', level: 1, text: 'Keep your chest up.' },
      { listItem: 'bullet', level: 1, text: 'Drive with your arms.' },
      {
        text: 'Read my [post on easy runs](internalLink:article-easy-runs) or the [about page](link:/about/) for more.',
      },
      { text: '[contact-form to="coach@example.com"]' },
    ])
    expect(images.map((image) => image.url)).toEqual(['https://old.example.com/wp-content/uploads/2019/04/hill.jpg'])
    expect(notes).toEqual(['shortcode [contact-form] kept as text'])
  })

  it('reads a block-editor post', () => {
    const { body, images, notes } = convert(readFixture('gutenberg-post.html'))
    expect(outline(body)).toEqual([
      {
        text: 'A long run is not a race. Slow down, talk to your running partner, and let your legs learn to go for longer.',
      },
      { style: 'h3', text: 'What to bring' },
      { listItem: 'number', level: 1, text: 'Water, or money for a shop on the way' },
      { listItem: 'number', level: 1, text: 'Something to eat after an hour' },
      { listItem: 'number', level: 2, text: 'Gels' },
      { listItem: 'number', level: 2, text: 'Dates' },
      { image: { alt: 'Trail through the pines', caption: 'The pine trail at mile eight' } },
      { style: 'blockquote', text: 'The first hour should feel too easy.\n— My old coach' },
      { image: { alt: 'Muddy shoes' } },
      { image: { caption: 'Home again' } },
      { code: { code: 'easy pace = race pace + 90 s/km' } },
      { text: '[https://www.youtube.com/watch?v=abc123](link:https://www.youtube.com/watch?v=abc123)' },
    ])
    expect(images.map((image) => image.url.replace('https://old.example.com/wp-content/uploads/2021/06/', ''))).toEqual(
      ['trail.jpg', 'shoes.jpg', 'finish.jpg'],
    )
    expect(notes).toEqual([
      'an embed (https://www.youtube.com/watch?v=abc123) was kept as a link: it is not a provider the body can embed',
    ])
  })
})
