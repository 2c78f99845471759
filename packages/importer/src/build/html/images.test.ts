import { convert, outline, schemaProblems } from './test-support.ts'

const SITE = 'https://old.example.com'

describe('htmlToBody: images', () => {
  it('makes a figure an image block with alt and caption, listed with its address', () => {
    const { body, images, notes } = convert(
      '<figure class="wp-block-image"><img src="/uploads/track.jpg" alt=" The  track "><figcaption> Lap <b>one</b> of\n twelve </figcaption></figure>',
    )
    expect(body).toEqual([{ _type: 'image', _key: expect.any(String), alt: 'The track', caption: 'Lap one of twelve' }])
    expect(images).toEqual([{ key: body[0]?._key, url: '/uploads/track.jpg' }])
    expect(notes).toEqual([])
    expect(schemaProblems(body)).toEqual([])
  })

  it('leaves alt out when the HTML has none (or an empty one) rather than inventing it', () => {
    const { body } = convert('<img src="a.jpg"><img src="b.jpg" alt="  ">')
    expect(body).toEqual([
      { _type: 'image', _key: expect.any(String) },
      { _type: 'image', _key: expect.any(String) },
    ])
  })

  it('moves an image inside a paragraph, list or heading to its own block after it', () => {
    const { body, images } = convert(
      '<p>Before <img src="1.jpg" alt="one"> between <a href="2.jpg"><img src="2-thumb.jpg" alt="two"></a> after</p>' +
        '<ul><li>Item <img src="3.jpg" alt="three"></li><li>Next</li></ul><h2>Head <img src="4.jpg" alt="four"></h2>',
    )
    expect(outline(body)).toEqual([
      { text: 'Before between after' },
      { image: { alt: 'one' } },
      { image: { alt: 'two' } },
      { listItem: 'bullet', level: 1, text: 'Item' },
      { listItem: 'bullet', level: 1, text: 'Next' },
      { image: { alt: 'three' } },
      { style: 'h2', text: 'Head' },
      { image: { alt: 'four' } },
    ])
    expect(images.map((image) => image.url)).toEqual(['1.jpg', '2.jpg', '3.jpg', '4.jpg'])
  })

  it('takes the largest srcset candidate, the real address behind lazy loading, and no data: placeholder', () => {
    const { images, body } = convert(
      '<img src="run-300.jpg" srcset="run-300.jpg 300w, run-1200.jpg 1200w, run-768.jpg 768w">' +
        '<img src="x1.png" srcset="x1.png, x2.png 2x">' +
        '<img src="data:image/gif;base64,R0lGOD" data-lazy-src="/lazy.jpg"><noscript><img src="/lazy.jpg"></noscript>' +
        '<noscript><img src="/only-in-noscript.jpg"></noscript>',
    )
    expect(images.map((image) => image.url)).toEqual(['run-1200.jpg', 'x2.png', '/lazy.jpg', '/only-in-noscript.jpg'])
    expect(body).toHaveLength(4)
  })

  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', 'image "data:image/png;base64,iVBORw0KGgo=" was left out'],
    ['javascript:alert(1)', 'image "javascript:alert(1)" was left out'],
    ['file:///C:/photos/run.jpg', 'image "file:///C:/photos/run.jpg" was left out'],
    ['//cdn.example.org/run.jpg', undefined],
  ])('only imports http(s) and relative image addresses: %s', (src, note) => {
    const { body, images, notes } = convert(`<p>Text</p><img src="${src}" alt="x">`)
    if (note) {
      expect(images).toEqual([])
      expect(body).toHaveLength(1)
      expect(notes).toEqual([`${note}: only http(s), site-relative and relative addresses can be imported`])
    } else {
      expect(images.map((image) => image.url)).toEqual(['https://cdn.example.org/run.jpg'])
    }
  })

  it('drops an image without any address with a note', () => {
    const { body, notes } = convert('<p>Hi</p><img alt="lost">')
    expect(body).toHaveLength(1)
    expect(notes).toEqual(['an image without an address (src) was left out'])
  })

  it('notes a link to another site around an image, which the body cannot keep', () => {
    const { notes } = convert(
      '<a href="https://shop.example.org/shoes"><img src="/shoe.jpg"></a><a href="/2019/04/post/shoe-2/"><img src="/shoe2.jpg"></a>',
      { siteUrl: SITE },
    )
    expect(notes).toEqual([
      'image /shoe.jpg linked to https://shop.example.org/shoes: the link was left out (body images are not links)',
    ])
  })

  it('turns a WordPress [caption] shortcode into an image with its caption, full size from the link', () => {
    const { body, images } = convert(
      '<p>Intro.</p>\n[caption id="attachment_41" align="aligncenter" width="300"]<a href="https://old.example.com/hill.jpg">' +
        '<img class="size-medium wp-image-41" src="https://old.example.com/hill-300x200.jpg" alt="Hill" width="300" height="200" />' +
        '</a> The hill behind the <em>reservoir</em>[/caption]\n[caption caption="Old style caption"]<img src="/old.jpg" alt="Old" />[/caption]',
    )
    expect(outline(body)).toEqual([
      { text: 'Intro.' },
      { image: { alt: 'Hill', caption: 'The hill behind the reservoir' } },
      { image: { alt: 'Old', caption: 'Old style caption' } },
    ])
    expect(images.map((image) => image.url)).toEqual(['https://old.example.com/hill.jpg', '/old.jpg'])
  })

  it('makes a block-editor gallery consecutive image blocks, its own caption a paragraph after them', () => {
    const { body, images } = convert(
      '<!-- wp:gallery --><figure class="wp-block-gallery has-nested-images"><!-- wp:image {"id":13} -->' +
        '<figure class="wp-block-image"><img src="/a.jpg" alt="Start"><figcaption>Start line</figcaption></figure><!-- /wp:image -->' +
        '<figure class="wp-block-image"><a href="/b-full.jpg"><img src="/b.jpg" alt="Finish"></a></figure>' +
        '<figcaption class="blocks-gallery-caption">Race <b>day</b></figcaption></figure><!-- /wp:gallery -->' +
        '<ul class="wp-block-gallery"><li class="blocks-gallery-item"><figure><img src="/c.jpg" alt="Medal"></figure></li></ul>',
    )
    expect(outline(body)).toEqual([
      { image: { alt: 'Start', caption: 'Start line' } },
      { image: { alt: 'Finish' } },
      { text: 'Race [day](strong)' },
      { image: { alt: 'Medal' } },
    ])
    expect(images.map((image) => image.url)).toEqual(['/a.jpg', '/b-full.jpg', '/c.jpg'])
  })

  it('expands [gallery ids="…"] from the attachments, with a note for each id it does not know', () => {
    const attachments = { '12': `${SITE}/uploads/a.jpg`, '13': `${SITE}/uploads/b "quoted".jpg` }
    const { body, images, notes } = convert('<p>Photos:</p>\n[gallery columns="2" ids="12, 13,99" link="file"]', {
      attachments,
    })
    expect(outline(body)).toEqual([{ text: 'Photos:' }, { image: {} }, { image: {} }])
    expect(images.map((image) => image.url)).toEqual([`${SITE}/uploads/a.jpg`, `${SITE}/uploads/b "quoted".jpg`])
    expect(notes).toEqual(['gallery image 99 was left out: the export has no attachment with that id'])
    expect(convert('[gallery]').notes).toEqual([
      'a [gallery] without ids was left out: it showed the images attached to the post; add them in the Studio',
    ])
  })

  it("reads Ghost's gallery card as consecutive image blocks", () => {
    const { body } = convert(
      '<figure class="kg-card kg-gallery-card kg-width-wide"><div class="kg-gallery-container"><div class="kg-gallery-row">' +
        '<div class="kg-gallery-image"><img src="/g1.jpg" alt="Lap one"></div><div class="kg-gallery-image"><img src="/g2.jpg" alt="Lap two"></div>' +
        '</div></div><figcaption>Track night</figcaption></figure>',
    )
    expect(outline(body)).toEqual([
      { image: { alt: 'Lap one' } },
      { image: { alt: 'Lap two' } },
      { text: 'Track night' },
    ])
  })

  it("reads Ghost's image cards, with __GHOST_URL__ as a site-relative address", () => {
    const { body, images } = convert(
      '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="__GHOST_URL__/content/images/2022/03/strides.jpg" ' +
        'alt="Strides" srcset="__GHOST_URL__/content/images/size/w600/2022/03/strides.jpg 600w, __GHOST_URL__/content/images/2022/03/strides.jpg 2000w">' +
        '<figcaption>Back straight</figcaption></figure>',
    )
    expect(outline(body)).toEqual([{ image: { alt: 'Strides', caption: 'Back straight' } }])
    expect(images.map((image) => image.url)).toEqual(['/content/images/2022/03/strides.jpg'])
  })
})
