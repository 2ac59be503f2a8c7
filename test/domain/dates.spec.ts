import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  addYears,
  ageAt,
  compareDates,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isMinorAt,
  majorityDate,
  parseIsoDate,
} from '../../src/domain/dates.js'

const arbDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }))
  .map(formatIsoDate)

describe('ISO dates', () => {
  it('rejects impossible calendar dates and other shapes', () => {
    for (const s of ['2023-02-29', '2023-02-30', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '20240101', '2024-01-01T00:00:00Z', ''])
      expect(isIsoDate(s), s).toBe(false)
    for (const s of ['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01']) expect(isIsoDate(s), s).toBe(true)
    expect(isIsoDate('1900-02-29')).toBe(false)
  })

  it('accepts exactly the strings YYYY-MM-DD of ASCII digits that name a real day', () => {
    const reference = (t: string): boolean => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t)
      if (m === null) return false
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
      return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
    }
    const char = fc.constantFrom('0', '1', '2', '3', '9', '-', '/', ' ', 'a', '٣', '+', '.')
    const nearDate = fc.array(char, { minLength: 8, maxLength: 12 }).map((cs) => cs.join(''))
    fc.assert(fc.property(fc.oneof(arbDate, nearDate, fc.string()), (t) => isIsoDate(t) === reference(t)))
  })

  it('parses and formats back to the same text', () => {
    fc.assert(fc.property(arbDate, (s) => formatIsoDate(parseIsoDate(s)!) === s))
  })

  it('adds months clamping to the end of the month', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15')
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29')
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(addMonths('2023-02-30', 1)).toBeUndefined()
  })

  it('adds days across months and years', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    fc.assert(fc.property(arbDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => addDays(addDays(d, n)!, -n) === d))
    fc.assert(fc.property(arbDate, fc.integer({ min: 1, max: 5000 }), (d, n) => compareDates(addDays(d, n)!, d) > 0))
  })

  it('adding months always gives a real date, never earlier for positive counts', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 0, max: 240 }), (d, n) => {
        const r = addMonths(d, n)!
        return isIsoDate(r) && compareDates(r, d) >= 0
      }),
    )
  })

  it('computes age in whole years, the birthday counting (R-MINOR-7)', () => {
    expect(ageAt('2008-03-15', '2026-03-14')).toBe(17)
    expect(ageAt('2008-03-15', '2026-03-15')).toBe(18)
    expect(ageAt('2008-03-15', '2026-03-16')).toBe(18)
    expect(ageAt('2008-03-15', '2008-03-14')).toBeUndefined()
  })

  it('comes of age on 1 March when born on 29 February and the year is common', () => {
    expect(majorityDate('2008-02-29')).toBe('2026-03-01')
    expect(isMinorAt('2008-02-29', '2026-02-28')).toBe(true)
    expect(isMinorAt('2008-02-29', '2026-03-01')).toBe(false)
    expect(majorityDate('2006-02-28')).toBe('2024-02-28')
  })

  it('agrees between ageAt and isMinorAt for every pair of dates', () => {
    fc.assert(
      fc.property(arbDate, arbDate, (a, b) => {
        const [birth, at] = compareDates(a, b) <= 0 ? [a, b] : [b, a]
        return isMinorAt(birth, at) === ageAt(birth, at)! < 18
      }),
    )
  })

  it('answers undefined, never a malformed date, for a count that is not a finite number (A-8)', () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(addDays('2024-01-01', n)).toBeUndefined()
      expect(addMonths('2024-01-01', n)).toBeUndefined()
      expect(addYears('2024-01-01', n)).toBeUndefined()
    }
    expect(addDays('2024-01-01', 1e300)).toBeUndefined()
    expect(addMonths('2024-01-01', -1e300)).toBeUndefined()
  })
})
