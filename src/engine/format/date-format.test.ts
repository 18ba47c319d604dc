import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDay, formatDayTime, formatShortDay } from './date-format'

describe('date formatting', () => {
  it('writes the day, the short day and the time as en-GB does', () => {
    const date = new Date(2026, 11, 2, 9, 5)
    expect(formatDay(date)).toBe('2 December 2026')
    expect(formatShortDay(date)).toBe('2 Dec 2026')
    expect(formatDayTime(date)).toBe('2 Dec 2026, 09:05')
    expect(formatDayTime(new Date(2026, 0, 31, 0, 0))).toBe('31 Jan 2026, 00:00')
  })

  it('matches Intl.DateTimeFormat (en-GB) for any date', () => {
    const long = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    })
    const short = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    })
    const withTime = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    })
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
        (date) => {
          expect(formatDay(date)).toBe(long.format(date))
          expect(formatShortDay(date)).toBe(short.format(date))
          expect(formatDayTime(date)).toBe(withTime.format(date))
        },
      ),
      { numRuns: 500 },
    )
  })
})
