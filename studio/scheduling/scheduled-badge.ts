import type { DocumentBadgeComponent, DocumentBadgesResolver } from 'sanity'
import { goLiveWording, scheduledFor } from './go-live'

/**
 * "Scheduled" on an article readers cannot see yet: the published version decides (it is what the site shows), or
 * the draft when the article was never published.
 */
export const ScheduledBadge: DocumentBadgeComponent = ({ published, draft }) => {
  const at = scheduledFor((published ?? draft)?.publishedAt, new Date())
  if (!at) return null
  const { badge, badgeTitle } = goLiveWording(at)
  return { label: badge, title: badgeTitle, color: 'primary' }
}
ScheduledBadge.displayName = 'ArticleScheduledBadge'

/** Articles get the Scheduled badge after the Studio's own. */
export const articleBadges: DocumentBadgesResolver = (previous, { schemaType }) =>
  schemaType === 'article' ? [...previous, ScheduledBadge] : previous
