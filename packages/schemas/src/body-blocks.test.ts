import { blockContentFieldSchema, embedTarget, portableTextSchema } from './index.ts'

const table = {
  _type: 'dataTable',
  _key: 't',
  table: {
    _type: 'table',
    rows: [
      { _type: 'tableRow', _key: 'r1', cells: ['Day', 'Run'] },
      { _type: 'tableRow', _key: 'r2', cells: ['Mon', 'Rest'] },
    ],
  },
  caption: 'A training week',
}
const code = { _type: 'code', _key: 'c', code: '  indented\n\tand tabbed', language: 'js', highlightedLines: [2] }
const divider = { _type: 'divider', _key: 'd' }
const embed = { _type: 'embed', _key: 'e', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'A hill session' }
const linkCard = { _type: 'linkCard', _key: 'l', url: 'https://example.org/hills', title: 'Hill study' }

describe('body blocks beyond text', () => {
  it('parse as stored and as read, whitespace in code kept exactly', () => {
    const body = [table, code, divider, embed, linkCard]
    expect(blockContentFieldSchema.parse(body)).toEqual(body)
    expect(portableTextSchema.parse(body)).toEqual(body)
  })

  it.each([
    ['a table without rows', { ...table, table: { rows: [] } }],
    ['empty code', { ...code, code: '' }],
    ['an unknown divider style', { ...divider, style: 'zigzag' }],
    ['an embed from a provider not on the list', { ...embed, url: 'https://example.com/video/1' }],
    ['an embed without a title', { ...embed, title: ' ' }],
    ['a link card to a non-http address', { ...linkCard, url: 'javascript:alert(1)' }],
  ])('refuse %s', (_, value) => {
    expect(portableTextSchema.safeParse([value]).success).toBe(false)
  })
})

describe('embedTarget', () => {
  it.each([
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'youtube',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    ],
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    [
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      'youtube',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    ],
    ['https://vimeo.com/76979871', 'vimeo', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
    ['https://player.vimeo.com/video/76979871', 'vimeo', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
    ['https://x.com/runner/status/1234567890', 'x', undefined],
    ['https://twitter.com/runner/status/1234567890', 'x', undefined],
    ['https://www.instagram.com/p/Cabc123/', 'instagram', undefined],
    ['https://bsky.app/profile/runner.bsky.social/post/3kabc', 'bluesky', undefined],
    ['https://www.tiktok.com/@runner/video/7123456789', 'tiktok', undefined],
  ])('knows %s', (url, provider, player) => {
    expect(embedTarget(url)).toEqual(player ? { provider, player } : { provider })
  })

  it.each([
    'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/channel/UC123',
    'https://vimeo.com/channels/staffpicks',
    'https://x.com/runner',
    'https://example.com/watch?v=dQw4w9WgXcQ',
    'not a url',
  ])('refuses %s', (url) => {
    expect(embedTarget(url)).toBeNull()
  })
})
