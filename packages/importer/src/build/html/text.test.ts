import { convert, outline, plainTexts, schemaProblems } from './test-support.ts'

describe('htmlToBody: text blocks', () => {
  it('keeps h2 to h4, makes h1 an h2 (the title is the page h1) and h5/h6 an h4', () => {
    const { body, notes } = convert(
      '<h1>Race day</h1><h2>Warm-up</h2><h3>Drills</h3><h4>Strides</h4><h5>Shoes</h5><h6>Socks</h6>',
    )
    expect(outline(body)).toEqual([
      { style: 'h2', text: 'Race day' },
      { style: 'h2', text: 'Warm-up' },
      { style: 'h3', text: 'Drills' },
      { style: 'h4', text: 'Strides' },
      { style: 'h4', text: 'Shoes' },
      { style: 'h4', text: 'Socks' },
    ])
    expect(notes).toEqual([])
  })

  it('makes paragraphs, with the decorators the body offers', () => {
    const { body } = convert(
      '<p>Run <b>easy</b>, <strong>very</strong> <i>easy</i> and <em>slow</em>.</p>' +
        '<p><u>Under</u> <s>struck</s> <del>deleted</del> <strike>old</strike> <code>5:30/km</code> <b><i>both</i></b></p>',
    )
    expect(outline(body)).toEqual([
      { text: 'Run [easy](strong), [very](strong) [easy](em) and [slow](em).' },
      {
        text: '[Under](underline) [struck](strike-through) [deleted](strike-through) [old](strike-through) [5:30/km](code) [both](strong em)',
      },
    ])
    expect(schemaProblems(body)).toEqual([])
  })

  it('reads bold, italic, underline and strike-through written as inline styles (classic editor, pasted text)', () => {
    const { body } = convert(
      '<p><span style="text-decoration: underline;">Warm up</span> for <span style="font-weight: 700">ten</span> ' +
        '<span style="font-style:italic; text-decoration: line-through">twenty</span> minutes ' +
        '<span style="font-weight: 400">first</span>.</p>',
    )
    expect(outline(body)).toEqual([
      { text: '[Warm up](underline) for [ten](strong) [twenty](em strike-through) minutes first.' },
    ])
  })

  it('normalises whitespace: no empty blocks, no spaces at the edges, &nbsp; as a space, entities decoded', () => {
    const { body } = convert(
      '<p>  \n  Ten&nbsp;&nbsp;k   in\n  <b> 48 </b>minutes &amp; a bit &ndash; &#8220;pleased&#8221;&hellip;  </p>' +
        '<p>&nbsp;</p><p> <br> </p><div>\n</div><p>Cool&#x2d;down\u200b<br>  then stretch  </p>',
    )
    expect(outline(body)).toEqual([
      { text: 'Ten k in [48](strong) minutes & a bit – “pleased”…' },
      { text: 'Cool-down\nthen stretch' },
    ])
    for (const text of plainTexts(body)) expect(text).not.toMatch(/^\s|\s$| {2}|\u00a0| \n|\n /)
  })

  it('splits a paragraph at two line breaks in a row, as the page showed it', () => {
    const { body } = convert('<p>Monday: rest<br><br><b>Tuesday:</b> intervals<br>\n<br>Wednesday: easy</p>')
    expect(outline(body)).toEqual([
      { text: 'Monday: rest' },
      { text: '[Tuesday:](strong) intervals' },
      { text: 'Wednesday: easy' },
    ])
  })

  it('makes a paragraph of each div used as one and of text loose between blocks', () => {
    const { body } = convert('Loose intro<div>First</div><div>Second <i>line</i></div><h2>Plan</h2>after the heading')
    expect(outline(body)).toEqual([
      { text: 'Loose intro' },
      { text: 'First' },
      { text: 'Second [line](em)' },
      { style: 'h2', text: 'Plan' },
      { text: 'after the heading' },
    ])
  })

  it('keeps nested bullet and numbered lists with their levels', () => {
    const { body } = convert(
      '<ul>\n<li>Warm up\n<ol><li>Jog</li><li>Drills<ul><li>High knees</li></ul></li></ol></li>\n' +
        '<li><p>Main set</p><p>6 × 800 m</p></li></ul><ol><li>Cool down</li></ol>',
    )
    expect(outline(body)).toEqual([
      { listItem: 'bullet', level: 1, text: 'Warm up' },
      { listItem: 'number', level: 2, text: 'Jog' },
      { listItem: 'number', level: 2, text: 'Drills' },
      { listItem: 'bullet', level: 3, text: 'High knees' },
      { listItem: 'bullet', level: 1, text: 'Main set\n6 × 800 m' },
      { listItem: 'number', level: 1, text: 'Cool down' },
    ])
    expect(schemaProblems(body)).toEqual([])
  })

  it('makes quotes blockquote blocks, with the citation on its own line', () => {
    const { body } = convert(
      '<blockquote class="wp-block-quote">\n<p>Run the mile you are in.</p>\n<p>Then the next one.</p>\n' +
        '<cite>A marathoner</cite></blockquote><blockquote>Short and <em>sweet</em></blockquote>',
    )
    expect(outline(body)).toEqual([
      { style: 'blockquote', text: 'Run the mile you are in.\nThen the next one.\n— A marathoner' },
      { style: 'blockquote', text: 'Short and [sweet](em)' },
    ])
  })

  it('makes a code block of <pre>, every space, tab and blank line kept, the language from its class', () => {
    const { body, notes } = convert(
      '<pre class="wp-block-code"><code class="language-py">pace = distance / time\nif pace &lt; goal:\n\tslow_down()  \n\n\nrest()\n</code></pre>',
    )
    expect(outline(body)).toEqual([
      { code: { code: 'pace = distance / time\nif pace < goal:\n\tslow_down()  \n\n\nrest()\n', language: 'python' } },
    ])
    expect(notes).toEqual([])
  })

  it('keeps a verse block as lines of text, without the code mark', () => {
    const { body, notes } = convert(
      '<pre class="wp-block-verse">Mile one, the legs complain;\nmile ten, they sing.</pre>',
    )
    expect(outline(body)).toEqual([{ text: 'Mile one, the legs complain;\nmile ten, they sing.' }])
    expect(notes).toEqual([])
  })

  it('makes a table block of a table: plain-text cells, header row, captions, empty rows left out', () => {
    const { body, notes } = convert(
      '<figure class="wp-block-table"><table><caption>Week one</caption><thead><tr><th>Day</th><th>Run</th></tr></thead>' +
        '<tbody><tr><td>Mon</td><td><p>Rest</p></td></tr><tr><td>Tue</td><td><a href="/intervals">Intervals</a></td></tr>' +
        '<tr><td></td><td></td></tr></tbody></table><figcaption>Easy does it</figcaption></figure>',
    )
    expect(outline(body)).toEqual([
      {
        dataTable: {
          rows: [
            ['Day', 'Run'],
            ['Mon', 'Rest'],
            ['Tue', 'Intervals'],
          ],
          headerRow: true,
          caption: 'Week one – Easy does it',
        },
      },
    ])
    expect(notes).toEqual(['links and formatting in a table were kept as plain text: table cells hold text only'])
  })

  it('gives an empty body for empty or blank HTML', () => {
    expect(convert('').body).toEqual([])
    expect(convert('  <p> </p>\n<!-- wp:paragraph --><p></p><!-- /wp:paragraph -->').body).toEqual([])
  })
})
