import { formatGoLive, formatGoLiveShort, goLiveWording, scheduledFor } from './go-live'

const now = new Date('2026-12-03T18:00:00.000Z')

describe('scheduledFor', () => {
  it('gives the go-live moment of an article dated after now', () => {
    expect(scheduledFor('2026-12-05T18:00:00Z', now)).toEqual(new Date('2026-12-05T18:00:00Z'))
    expect(scheduledFor('2026-12-03T18:00:00.001Z', now)).toEqual(new Date('2026-12-03T18:00:00.001Z'))
    // A date without a time (older imports) is midnight UTC.
    expect(scheduledFor('2030-01-15', now)).toEqual(new Date('2030-01-15T00:00:00Z'))
  })

  it('is null for an article dated in the past or exactly now: readers see it already', () => {
    expect(scheduledFor('2026-12-01T09:00:00Z', now)).toBeNull()
    expect(scheduledFor('2026-12-03T17:59:59.999Z', now)).toBeNull()
    expect(scheduledFor('2026-12-03T18:00:00.000Z', now)).toBeNull()
  })

  it('is null for a missing or invalid date', () => {
    for (const value of [undefined, null, '', '  ', 1_900_000_000_000, 'soon', '2026-13-45T00:00:00Z'])
      expect(scheduledFor(value, now)).toBeNull()
  })
})

describe('formatting the go-live moment', () => {
  const at = new Date('2026-12-07T20:00:00Z')

  it('reads in the zone given, with its name; the day follows the zone', () => {
    expect(formatGoLive(at, 'Asia/Tokyo')).toBe('Tue, 8 Dec 2026, 05:00 GMT+9')
    expect(formatGoLive(at, 'Europe/Berlin')).toBe('Mon, 7 Dec 2026, 21:00 CET')
    expect(formatGoLive(new Date('2026-07-01T08:00:00Z'), 'Europe/Berlin')).toBe('Wed, 1 Jul 2026, 10:00 CEST')
    expect(formatGoLiveShort(at, 'Asia/Tokyo')).toBe('8 Dec 2026, 05:00')
  })

  it('reads in the zone of the machine it runs on (the editor’s browser) when none is given', () => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone
    expect(formatGoLive(at)).toBe(formatGoLive(at, own))
    expect(formatGoLiveShort(at)).toBe(formatGoLiveShort(at, own))
  })

  it('words the badge, the list, the publish button and the message after publishing', () => {
    expect(goLiveWording(at, 'Asia/Tokyo')).toEqual({
      badge: 'Scheduled',
      badgeTitle: 'Goes live Tue, 8 Dec 2026, 05:00 GMT+9',
      listSubtitle: 'Scheduled · Tue, 8 Dec 2026, 05:00 GMT+9',
      publishLabel: 'Publish (live 8 Dec 2026, 05:00)',
      publishTitle: 'Readers will see it on Tue, 8 Dec 2026, 05:00 GMT+9',
      published: 'Scheduled: readers will see it on Tue, 8 Dec 2026, 05:00 GMT+9',
    })
  })
})
