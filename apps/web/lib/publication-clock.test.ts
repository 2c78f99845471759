import { delayUntilSweep, LONGEST_TIMER_MS, lifetimeUntilPublication, SWEEP_GRACE_MS } from './publication-clock'

const at = (iso: string) => Date.parse(iso)
const HOUR = 3600

describe('how long a cached answer may live when articles are scheduled', () => {
  const start = at('2026-12-07T08:00:00Z')

  it('keeps the profile when nothing is scheduled', () => {
    expect(lifetimeUntilPublication(null, start, HOUR)).toBeNull()
  })

  it('ends at the next publication, counted from when the read started, rounded up to whole seconds', () => {
    expect(lifetimeUntilPublication(at('2026-12-07T08:00:30Z'), start, HOUR)).toBe(30)
    expect(lifetimeUntilPublication(at('2026-12-07T08:00:30.200Z'), start, HOUR)).toBe(31)
    expect(lifetimeUntilPublication(at('2026-12-07T08:59:59Z'), start, HOUR)).toBe(HOUR - 1)
  })

  it('keeps the profile when the next publication is further away than the profile lives anyway', () => {
    expect(lifetimeUntilPublication(at('2026-12-07T09:00:00Z'), start, HOUR)).toBeNull()
    expect(lifetimeUntilPublication(at('2027-06-01T09:00:00Z'), start, HOUR)).toBeNull()
  })

  it('with many scheduled, the book names the earliest and that is the one that counts', () => {
    // The address book's nextPublishedAt is the earliest (tested in @blog/content); later ones are cut off by it.
    const earliest = Math.min(at('2026-12-07T08:50:00Z'), at('2026-12-07T08:10:00Z'), at('2026-12-07T08:30:00Z'))
    expect(lifetimeUntilPublication(earliest, start, HOUR)).toBe(600)
  })

  it('the clock passing the time while a render runs: an answer read before it still ends at it', () => {
    const publication = at('2026-12-07T08:00:02Z')
    const readStartedAt = at('2026-12-07T08:00:00Z')
    // The read ends after the publication; its lifetime still counts from the start, so it ends at the time.
    expect(lifetimeUntilPublication(publication, readStartedAt, HOUR)).toBe(2)
    // Started after it (the book not yet read again): the shortest lifetime, never zero, which Next reads as dynamic.
    expect(lifetimeUntilPublication(publication, at('2026-12-07T08:00:05Z'), HOUR)).toBe(1)
    expect(lifetimeUntilPublication(publication, publication, HOUR)).toBe(1)
  })
})

describe('when the pages are refreshed for a scheduled article', () => {
  const now = at('2026-12-07T08:00:00Z')

  it('just after its time, or at once when the time has passed; never when nothing is scheduled', () => {
    expect(delayUntilSweep(null, now)).toBeNull()
    expect(delayUntilSweep(at('2026-12-07T08:00:30Z'), now)).toBe(30_000 + SWEEP_GRACE_MS)
    expect(delayUntilSweep(at('2026-12-07T07:59:00Z'), now)).toBe(SWEEP_GRACE_MS)
  })

  it('a publication months away sets the timer for a few hours, and again from there', () => {
    expect(delayUntilSweep(at('2027-03-01T09:00:00Z'), now)).toBe(LONGEST_TIMER_MS)
  })
})
