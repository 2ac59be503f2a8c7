import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateOfDayNumber, dayNumberOf, parseIsoDate } from '../../src/domain/dates.js'

// The day arithmetic src/testing/index.ts carried before issue 23, verbatim: the property below checks that
// domain's helpers give the same numbers and dates before the copy is deleted.
const oldToDayNumber = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}
const oldFromDayNumber = (n: number): string => {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = month <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const range = (min: string, max: string): fc.Arbitrary<number> => {
  const lo = parseIsoDate(min)!
  const hi = parseIsoDate(max)!
  return fc.integer({ min: oldToDayNumber(lo.year, lo.month, lo.day), max: oldToDayNumber(hi.year, hi.month, hi.day) })
}
const same = (n: number): void => {
  const iso = oldFromDayNumber(n)
  expect(dateOfDayNumber(n)).toBe(iso)
  expect(dayNumberOf(parseIsoDate(iso)!)).toBe(n)
}

describe('old day arithmetic of testing/ = domain/dates', () => {
  it('over the default range 1920..2040', () => {
    fc.assert(fc.property(range('1920-01-01', '2040-12-31'), same), { numRuns: 20_000 })
  })
  it('over every date arbIsoDate accepts as a bound, 0000..9999', () => {
    fc.assert(fc.property(range('0000-01-01', '9999-12-31'), same), { numRuns: 20_000 })
  })
  it('over 0000..0099', () => {
    fc.assert(fc.property(range('0000-01-01', '0099-12-31'), same), { numRuns: 2_000 })
  })
})
