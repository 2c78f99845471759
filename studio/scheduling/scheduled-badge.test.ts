import type { DocumentBadgeComponent, DocumentBadgeProps } from 'sanity'
import { articleBadges, ScheduledBadge } from './scheduled-badge'

const DAY = 24 * 60 * 60 * 1000
const dated = (offset: number) => ({ _id: 'article-1', publishedAt: new Date(Date.now() + offset).toISOString() })
const props = (published: object | null, draft: object | null) =>
  ({ id: 'article-1', type: 'article', published, draft }) as unknown as DocumentBadgeProps

describe('the Scheduled badge', () => {
  it('shows on a published article dated ahead, with the go-live time as its tooltip', () => {
    const badge = ScheduledBadge(props(dated(2 * DAY), null))
    expect(badge).toMatchObject({ label: 'Scheduled', color: 'primary' })
    expect(badge?.title).toMatch(/^Goes live \w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \S+$/)
  })

  it('follows the published version, which readers get, over an unpublished draft', () => {
    expect(ScheduledBadge(props(dated(-DAY), dated(2 * DAY)))).toBeNull()
    expect(ScheduledBadge(props(dated(2 * DAY), dated(-DAY)))).toMatchObject({ label: 'Scheduled' })
  })

  it('falls back to the draft of an article never published', () => {
    expect(ScheduledBadge(props(null, dated(2 * DAY)))).toMatchObject({ label: 'Scheduled' })
    expect(ScheduledBadge(props(null, dated(-DAY)))).toBeNull()
  })

  it('stays off an article dated in the past or with no date', () => {
    expect(ScheduledBadge(props(dated(-2 * DAY), null))).toBeNull()
    expect(ScheduledBadge(props({ _id: 'article-1' }, null))).toBeNull()
    expect(ScheduledBadge(props(null, null))).toBeNull()
  })
})

describe('articleBadges', () => {
  const studioBadge = (() => null) as DocumentBadgeComponent

  it('adds the badge to articles after the Studio’s own, and to nothing else', () => {
    expect(articleBadges([studioBadge], { schemaType: 'article' } as never)).toEqual([studioBadge, ScheduledBadge])
    expect(articleBadges([studioBadge], { schemaType: 'author' } as never)).toEqual([studioBadge])
  })
})
