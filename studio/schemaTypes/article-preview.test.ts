import { article } from './documents/article'

const DAY = 24 * 60 * 60 * 1000
const subtitle = (publishedAt: unknown) =>
  article.preview!.prepare!({ title: 'Hill repeats', author: 'Ada Okafor', publishedAt, media: undefined }).subtitle

describe('the article list', () => {
  it('tells a scheduled article apart, with the time it goes live', () => {
    expect(subtitle(new Date(Date.now() + 2 * DAY).toISOString())).toMatch(
      /^Ada Okafor · Scheduled · \w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \S+$/,
    )
  })

  it('shows the plain date of an article readers can see, and says when there is none', () => {
    expect(subtitle('2025-06-17T07:30:00Z')).toBe('Ada Okafor · 17 Jun 2025')
    expect(subtitle(undefined)).toBe('Ada Okafor · No date')
    expect(subtitle('not a date')).toBe('Ada Okafor · No date')
  })
})
