// When a post dated in the future goes live, and the words editors read about it. The site shows an article from
// its publishedAt on, so publishing one dated ahead schedules it. Times read in the editor's own zone (the browser's)
// unless a zone is given; the zone's name is always part of the full form, so nobody has to guess.

const DAY_AND_TIME = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
} as const satisfies Intl.DateTimeFormatOptions

/** The moment an article dated `publishedAt` goes live, if that is still after `now`; null when it is live already or has no valid date. */
export function scheduledFor(publishedAt: unknown, now: Date): Date | null {
  if (typeof publishedAt !== 'string' || publishedAt.trim() === '') return null
  const at = new Date(publishedAt)
  // An invalid date is NaN, which is never after now.
  return at.getTime() > now.getTime() ? at : null
}

/** "Mon, 7 Dec 2026, 09:00 CET": in `timeZone`, or the editor's own when none is given. */
export function formatGoLive(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    ...DAY_AND_TIME,
    weekday: 'short',
    timeZoneName: 'short',
    timeZone,
  }).format(at)
}

/** "7 Dec 2026, 09:00", short enough for a button (its tooltip gives the full form). */
export function formatGoLiveShort(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { ...DAY_AND_TIME, timeZone }).format(at)
}

/** Everything the Studio says about an article going live at `at`. */
export function goLiveWording(at: Date, timeZone?: string) {
  const when = formatGoLive(at, timeZone)
  return {
    badge: 'Scheduled',
    badgeTitle: `Goes live ${when}`,
    listSubtitle: `Scheduled · ${when}`,
    publishLabel: `Publish (live ${formatGoLiveShort(at, timeZone)})`,
    publishTitle: `Readers will see it on ${when}`,
    published: `Scheduled: readers will see it on ${when}`,
  }
}
