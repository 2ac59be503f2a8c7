// src/testing/dates.ts: calendar dates in a range, counted with domain's day count (src/domain/dates.ts), the one the
// rules use. Before issue 23 the arbitraries carried their own copy of the day arithmetic; it was checked equal to
// domain's over every date 0000..9999 before it was deleted (domain's then read the years 0..99 as 1900..1999 through
// Date.UTC, and was made exact).
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dateOfDayNumber, dayNumberOf, isIsoDate, parseIsoDate } from '../../src/domain/dates.js'
import { arbIsoDate } from '../../src/testing/index.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 200_000 : 5_000
const SEED = 20240301
const DAY = 86_400_000

/** An independent count: `Date#setUTCFullYear` takes the years 0..99 as written (`Date.UTC` does not). */
const oracleDayNumber = (year: number, month: number, day: number): number => {
  const t = new Date(0)
  t.setUTCFullYear(year, month - 1, day)
  return t.getTime() / DAY
}
const FIRST = oracleDayNumber(0, 1, 1)
const LAST = oracleDayNumber(9999, 12, 31)
const dayNumbers = fc.integer({ min: FIRST, max: LAST })

describe('the day count of domain/dates that the arbitraries use', () => {
  it('is exact over every date 0000-01-01..9999-12-31 and round-trips', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const iso = dateOfDayNumber(n)
        expect(iso !== undefined && isIsoDate(iso)).toBe(true)
        const d = parseIsoDate(iso as string)!
        expect(oracleDayNumber(d.year, d.month, d.day)).toBe(n)
        expect(dayNumberOf(d)).toBe(n)
      }),
      { numRuns: RUNS, seed: SEED },
    )
    expect(dateOfDayNumber(FIRST - 1)).toBeUndefined()
    expect(dateOfDayNumber(LAST + 1)).toBeUndefined()
  })

  it('leaves addDays as it was from the year 100 on, and makes it exact before', () => {
    // addDays before issue 23, through Date.UTC.
    const before = (date: string, days: number): string | undefined => {
      const d = parseIsoDate(date)!
      const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY)
      const year = t.getUTCFullYear()
      return year < 0 || year > 9999 ? undefined : `${String(year).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`
    }
    fc.assert(
      fc.property(fc.integer({ min: oracleDayNumber(100, 1, 1), max: LAST }), fc.integer({ min: -5000, max: 5000 }), (n, days) => {
        const date = dateOfDayNumber(n) as string
        expect(addDays(date, days)).toBe(before(date, days))
      }),
      { numRuns: RUNS, seed: SEED },
    )
    expect(before('0050-01-01', 1)).toBe('1950-01-02') // what it did
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02')
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01')
    expect(addDays('0000-03-01', -1)).toBe('0000-02-29') // year 0 is a leap year (proleptic Gregorian)
    expect(addDays('0000-01-01', -1)).toBeUndefined()
    expect(addDays('9999-12-31', 1)).toBeUndefined()
  })
})

describe('arbIsoDate honours its bounds anywhere in 0000..9999 (IsoDateConstraints)', () => {
  for (const [min, max] of [
    ['0000-01-01', '0000-03-01'],
    ['0099-12-30', '0100-01-02'],
    ['1899-12-31', '1900-03-01'],
    ['9999-12-01', '9999-12-31'],
  ] as const)
    it(`${min}..${max}: real dates inside the bounds, both bounds reached`, () => {
      const xs = fc.sample(arbIsoDate({ min, max }), { numRuns: 500, seed: SEED })
      expect(xs.every((d) => isIsoDate(d) && d >= min && d <= max)).toBe(true)
      expect(xs).toContain(min)
      expect(xs).toContain(max)
    })

  it('a one-day range gives that day', () => {
    expect(new Set(fc.sample(arbIsoDate({ min: '2024-02-29', max: '2024-02-29' }), { numRuns: 50, seed: SEED }))).toEqual(new Set(['2024-02-29']))
  })
})
