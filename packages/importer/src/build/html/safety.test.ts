import { convert, outline, schemaProblems } from './test-support.ts'

/** Every string in the output that is an address: link hrefs and image URLs. */
function addresses(result: ReturnType<typeof convert>): string[] {
  const found: string[] = result.images.map((image) => image.url)
  for (const { file, captions, poster } of result.files)
    found.push(file, ...[captions, poster].filter((a) => a !== undefined))
  for (const item of result.body)
    if (item._type === 'block') for (const def of item.markDefs ?? []) if (def._type === 'link') found.push(def.href)
  return found
}

describe('htmlToBody: what must not get through', () => {
  it('leaves out scripts, styles, embeds and forms, each with a note', () => {
    const { body, notes } = convert(
      '<p>Before</p><script>alert(1)</script><script src="https://tracker.example/t.js"></script><style>p{color:red}</style>' +
        '<iframe src="https://www.youtube.com/embed/abc"></iframe><object data="/movie.swf"></object><embed src="/clip.swf">' +
        '<form action="/subscribe"><label>Email <input name="email"></label><button>Join</button></form>' +
        '<video src="javascript:alert(1)"></video><p>After</p>',
    )
    expect(outline(body)).toEqual([{ text: 'Before' }, { text: 'After' }])
    expect(notes).toEqual([
      'a <video> without a playable address was left out',
      'a <script> was left out',
      'a <script> (https://tracker.example/t.js) was left out',
      'a <style> was left out',
      'an <iframe> (https://www.youtube.com/embed/abc) was left out: embeds are not imported',
      'an <object> (/movie.swf) was left out: embeds are not imported',
      'an <embed> (/clip.swf) was left out: embeds are not imported',
      'a <form> was left out: forms are not imported',
    ])
  })

  it('leaves out event-handler attributes with a note, once per kind', () => {
    const { body, notes } = convert(
      '<p onclick="steal()">Tap <b onmouseover="x()">here</b></p><img src="/a.jpg" alt="A" onerror="steal()"><p onClick="y()">Again</p>',
    )
    expect(outline(body)).toEqual([{ text: 'Tap [here](strong)' }, { image: { alt: 'A' } }, { text: 'Again' }])
    expect(notes).toEqual([
      'an onclick attribute was left out',
      'an onmouseover attribute was left out',
      'an onerror attribute was left out',
    ])
  })

  it('lets no dangerous address through, whatever the markup', () => {
    const html = [
      '<a href="javascript:alert(1)">a</a>',
      '<a href="JaVaScRiPt:alert(1)">b</a>',
      '<a href="&#106;avascript:alert(1)">c</a>',
      '<a href=" javascript&colon;alert(1)">d</a>',
      '<a href="java&#x09;script:alert(1)">e</a>',
      '<a href="data:text/html,<script>alert(1)</script>">f</a>',
      '<a href="vbscript:msgbox">g</a>',
      '<a href="//evil.example/x">h</a>',
      '<a href="\\\\evil.example/x">i</a>',
      '<img src="javascript:alert(1)"><img src="data:image/svg+xml,<svg onload=alert(1)>">',
      '<img srcset="javascript:alert(1) 2x, /ok.jpg 1x">',
      '<img src="/\\evil.example/x.jpg"><img src="vbscript:x">',
      '<svg><a xlink:href="javascript:alert(1)">j</a></svg><math><a href="javascript:alert(1)">k</a></math>',
      '[caption]<img src="javascript:alert(1)">x[/caption]',
      '<a href="https://ok.example/"><img src="https://ok.example/x.jpg" onerror="alert(1)"></a>',
      '<video src="javascript:alert(1)" poster="data:image/png,x"><track src="vbscript:x"></video>',
      '<audio><source src="data:audio/mp3,x"><source src="/ok.mp3"></audio>[video mp4="javascript:x" poster="/\\evil.example/p.jpg"]',
    ].join('\n')
    const result = convert(html, { attachments: { 1: 'javascript:alert(1)' } })
    const found = addresses(result)
    for (const address of found) expect(address).toMatch(/^(https?:\/\/[^/\\]|\/[^/\\]|#|mailto:|[\w.-]+\/)/)
    expect(found.join(' ')).not.toMatch(/script|data:/i)
    expect(found).toContain('/ok.jpg')
    expect(found).toContain('/ok.mp3')
    expect(schemaProblems(result.body)).toEqual([])
  })

  it('says each thing once', () => {
    const { notes } = convert('<iframe src="/x"></iframe><iframe src="/x"></iframe><p>[foo] [foo] [foo]</p>')
    expect(notes).toEqual(['shortcode [foo] kept as text', 'an <iframe> (/x) was left out: embeds are not imported'])
  })
})
