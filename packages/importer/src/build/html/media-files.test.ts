import { lexicalToHtml } from '../../sources/lexical.ts'
import { convert, outline, schemaProblems } from './test-support.ts'

const UP = 'https://old.example/wp-content/uploads/2024/03'

describe('htmlToBody: audio and video', () => {
  it('reads a classic <audio> with <source>s: the first the blog plays, titled from its file name', () => {
    const result = convert(
      `<p>Listen: <audio controls><source src="${UP}/interview-with-a-coach.wma"><source src="${UP}/interview-with-a-coach.mp3" type="audio/mpeg">Your browser cannot play it.</audio></p>`,
    )
    expect(outline(result.body)).toEqual([{ text: 'Listen:' }, { audioFile: { title: 'Interview with a coach' } }])
    expect(result.files).toEqual([{ key: result.body[1]?._key, file: `${UP}/interview-with-a-coach.mp3` }])
    expect(result.notes).toEqual([
      `audio ${UP}/interview-with-a-coach.mp3 has no title: "Interview with a coach" used; check it in the Studio`,
    ])
    expect(schemaProblems(result.body)).toEqual([])
  })

  it('reads a classic <video>: title, captions track (not chapters), poster', () => {
    const result = convert(
      `<video title="Hill strides" poster="${UP}/strides.jpg" controls><source src="${UP}/strides.mp4">` +
        `<track kind="chapters" src="${UP}/chapters.vtt"><track kind="captions" srclang="en" src="${UP}/strides.vtt"></video>`,
    )
    expect(outline(result.body)).toEqual([{ videoFile: { title: 'Hill strides' } }])
    expect(result.files).toEqual([
      {
        key: result.body[0]?._key,
        file: `${UP}/strides.mp4`,
        captions: `${UP}/strides.vtt`,
        poster: `${UP}/strides.jpg`,
      },
    ])
    expect(result.notes).toEqual([])
  })

  it('reads the block editor’s wp:audio and wp:video with their captions', () => {
    const result = convert(
      `<!-- wp:audio {"id":7} --><figure class="wp-block-audio"><audio controls src="${UP}/warm-up.mp3"></audio>` +
        `<figcaption class="wp-element-caption">Warm-up, ten minutes</figcaption></figure><!-- /wp:audio -->` +
        `<!-- wp:video {"id":8} --><figure class="wp-block-video"><video controls src="${UP}/drills.mp4">` +
        `<track src="${UP}/drills.vtt" label="English" default></video><figcaption>Three drills</figcaption></figure><!-- /wp:video -->`,
    )
    expect(outline(result.body)).toEqual([
      { audioFile: { title: 'Warm-up, ten minutes', caption: 'Warm-up, ten minutes' } },
      { videoFile: { title: 'Three drills', caption: 'Three drills' } },
    ])
    expect(result.files.map(({ key: _key, ...files }) => files)).toEqual([
      { file: `${UP}/warm-up.mp3` },
      { file: `${UP}/drills.mp4`, captions: `${UP}/drills.vtt` },
    ])
  })

  it('reads [audio] and [video] shortcodes', () => {
    const result = convert(
      `<p>Episode:</p>[audio mp3="${UP}/episode-12.mp3"][/audio]\n[video width="640" mp4="${UP}/long-run.mp4" poster="${UP}/long-run.jpg"][/video]`,
    )
    expect(outline(result.body)).toEqual([
      { text: 'Episode:' },
      { audioFile: { title: 'Episode 12' } },
      { videoFile: { title: 'Long run' } },
    ])
    expect(result.files.map(({ key: _key, ...files }) => files)).toEqual([
      { file: `${UP}/episode-12.mp3` },
      { file: `${UP}/long-run.mp4`, poster: `${UP}/long-run.jpg` },
    ])
    expect(result.notes.some((note) => note.includes('shortcode'))).toBe(false)
  })

  it('reads Ghost’s audio and video cards, leaving their buttons and thumbnails behind', () => {
    const media = '__GHOST_URL__/content/media/2024/05'
    const result = convert(
      `<div class="kg-card kg-audio-card"><img src="${media}/cover.jpg" alt="audio-thumbnail" class="kg-audio-thumbnail">` +
        `<div class="kg-audio-player-container"><audio src="${media}/tempo.mp3" preload="metadata"></audio>` +
        `<div class="kg-audio-title">Tempo talk</div><div class="kg-audio-player"><button class="kg-audio-play-icon">Play</button>` +
        `<input type="range" class="kg-audio-seek-slider"></div></div></div>` +
        `<figure class="kg-card kg-video-card kg-card-hascaption" data-kg-thumbnail="${media}/fartlek_thumb.jpg">` +
        `<div class="kg-video-container"><video src="${media}/fartlek.mp4" poster="https://img.spacergif.org/v1/640x480/0a/spacer.png"></video>` +
        `<div class="kg-video-overlay"><button class="kg-video-large-play-icon">Play</button></div></div>` +
        `<figcaption>Fartlek in the park</figcaption></figure>`,
    )
    expect(outline(result.body)).toEqual([
      { audioFile: { title: 'Tempo talk' } },
      { videoFile: { title: 'Fartlek in the park', caption: 'Fartlek in the park' } },
    ])
    expect(result.images).toEqual([])
    expect(result.files.map(({ key: _key, ...files }) => files)).toEqual([
      // Site-relative, as Ghost's images are: the import reads them on the site's address.
      { file: '/content/media/2024/05/tempo.mp3' },
      { file: '/content/media/2024/05/fartlek.mp4', poster: '/content/media/2024/05/fartlek_thumb.jpg' },
    ])
    expect(result.notes).toEqual([])
  })

  it('reads Ghost’s Lexical audio and video nodes', () => {
    const lexical = JSON.stringify({
      root: {
        type: 'root',
        children: [
          { type: 'audio', src: '__GHOST_URL__/content/media/2024/05/cooldown.mp3', title: 'Cool-down' },
          {
            type: 'video',
            src: '__GHOST_URL__/content/media/2024/05/hills.mp4',
            caption: 'Hill session',
            thumbnailSrc: '__GHOST_URL__/content/media/2024/05/hills_thumb.jpg',
          },
        ],
      },
    })
    const { html, notes } = lexicalToHtml(lexical)
    expect(notes).toEqual([])
    const result = convert(html)
    expect(outline(result.body)).toEqual([
      { audioFile: { title: 'Cool-down' } },
      { videoFile: { title: 'Hill session', caption: 'Hill session' } },
    ])
    expect(result.files.map((files) => files.poster ?? files.file)).toEqual([
      '/content/media/2024/05/cooldown.mp3',
      '/content/media/2024/05/hills_thumb.jpg',
    ])
  })

  it('leaves out a player with no address it may keep, saying so', () => {
    const result = convert('<p>Before</p><video controls></video><audio src="javascript:alert(1)"></audio>')
    expect(outline(result.body)).toEqual([{ text: 'Before' }])
    expect(result.notes).toEqual([
      'a <video> without a playable address was left out',
      'an <audio> without a playable address was left out',
    ])
  })
})
