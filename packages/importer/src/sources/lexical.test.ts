import { ImportError } from '../errors.ts'
import { lexicalToHtml } from './lexical.ts'

type Node = Record<string, unknown>
const text = (value: string, format = 0): Node => ({ type: 'extended-text', text: value, format })
const el = (type: string, children: Node[], fields: Node = {}): Node => ({ type, children, ...fields })
const doc = (...children: Node[]) => JSON.stringify({ root: el('root', children) })
const html = (...children: Node[]) => lexicalToHtml(doc(...children)).html

describe('lexicalToHtml', () => {
  it('turns format bit flags into nested inline tags and escapes text', () => {
    expect(html(el('paragraph', [text('bold', 1), text(' & '), text('italic', 2), text(' <b>', 0)]))).toBe(
      '<p><strong>bold</strong> &amp; <em>italic</em> &lt;b&gt;</p>',
    )
    expect(html(el('paragraph', [text('all', 1 | 2 | 4 | 8 | 16)]))).toBe(
      '<p><strong><em><s><u><code>all</code></u></s></em></strong></p>',
    )
    expect(html(el('paragraph', [{ type: 'text', text: 'core text node', format: 4 }]))).toBe(
      '<p><s>core text node</s></p>',
    )
  })

  it('converts headings, quotes, line breaks and rules; empty paragraphs are dropped', () => {
    expect(
      html(
        el('heading', [text('Two')], { tag: 'h2' }),
        el('extended-heading', [text('Three')], { tag: 'h3' }),
        el('heading', [text('Odd')], { tag: 'h9' }),
        el('quote', [text('Said')]),
        el('aside', [text('Aside')]),
        el('paragraph', []),
        el('paragraph', [text('one'), { type: 'linebreak' }, text('two')]),
        { type: 'horizontalrule' },
      ),
    ).toBe(
      '<h2>Two</h2><h3>Three</h3><h2>Odd</h2><blockquote><p>Said</p></blockquote><blockquote><p>Aside</p></blockquote>' +
        '<p>one<br>two</p><hr>',
    )
  })

  it('converts lists, with nested lists inside the item before them and a start number', () => {
    const item = (...children: Node[]) => el('listitem', children)
    const nested = el('list', [item(text('a')), item(text('b'))], { listType: 'bullet', tag: 'ul' })
    expect(
      html(el('list', [item(text('one')), item(nested), item(text('two'))], { listType: 'number', start: 3 })),
    ).toBe('<ol start="3"><li>one<ul><li>a</li><li>b</li></ul></li><li>two</li></ol>')
    expect(html(el('list', [item(text('x'))], { listType: 'check' }))).toBe('<ul><li>x</li></ul>')
  })

  it('converts links with their address escaped', () => {
    expect(html(el('paragraph', [el('link', [text('drills')], { url: '/tag/drills/?a=1&b=2' })]))).toBe(
      '<p><a href="/tag/drills/?a=1&amp;b=2">drills</a></p>',
    )
  })

  it('converts image cards (Ghost alt or Lexical altText, caption, link) and galleries', () => {
    expect(
      html({ type: 'image', src: '__GHOST_URL__/content/images/2024/05/x.jpg', alt: 'A "path"', caption: 'Dawn' }),
    ).toBe(
      '<figure><img src="__GHOST_URL__/content/images/2024/05/x.jpg" alt="A &quot;path&quot;"><figcaption>Dawn</figcaption></figure>',
    )
    expect(html({ type: 'image', src: '/x.jpg', altText: 'Track', href: 'https://run.example.org' })).toBe(
      '<figure><a href="https://run.example.org"><img src="/x.jpg" alt="Track"></a></figure>',
    )
    expect(html({ type: 'gallery', images: [{ src: '/a.jpg', alt: 'A' }, { src: '/b.jpg' }] })).toBe(
      '<figure><img src="/a.jpg" alt="A"></figure><figure><img src="/b.jpg" alt=""></figure>',
    )
  })

  it('keeps code blocks escaped and HTML cards as they are', () => {
    expect(html({ type: 'codeblock', code: 'if (a < b) run()', language: 'js' })).toBe(
      '<pre><code class="language-js">if (a &lt; b) run()</code></pre>',
    )
    expect(html({ type: 'html', html: '<table><tr><td>5 km</td></tr></table>' })).toBe(
      '<table><tr><td>5 km</td></tr></table>',
    )
  })

  it('notes unknown cards once each, keeping their text as a paragraph when they have some', () => {
    const result = lexicalToHtml(
      doc(
        { type: 'callout', calloutText: '<p><span>Rest <b>days</b> count.</span></p>', calloutEmoji: '💡' },
        { type: 'toggle', heading: 'Why?', content: '<p>Because.</p>' },
        el('mystery-element', [text('inner')]),
      ),
    )
    expect(result.html).toBe('<p>Rest days count.</p><p>Why? Because.</p><p>inner</p>')
    expect(result.notes).toEqual([
      'Ghost card "callout" is not converted: its text is kept as a paragraph',
      'Ghost card "toggle" is not converted: its text is kept as a paragraph',
      'Ghost card "mystery-element" is not converted: its text is kept as a paragraph',
    ])
  })

  it('accepts the root node bare, and rejects what is not Lexical', () => {
    expect(lexicalToHtml(JSON.stringify(el('root', [el('paragraph', [text('Hi')])]))).html).toBe('<p>Hi</p>')
    expect(() => lexicalToHtml('{"root": ')).toThrow(new ImportError('its Lexical content is not valid JSON'))
    expect(() => lexicalToHtml('{"blocks": []}')).toThrow(new ImportError('its Lexical content has no root node'))
  })
})
