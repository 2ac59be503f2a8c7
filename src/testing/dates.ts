// dmp-rules/testing — dates: calendar dates in a range, and dates built as shifts from an anchor (the request's
// `at`) clustered on the boundaries the rules care about, so that both sides of each boundary are reached. The day
// count is domain's (`dayNumberOf`, `dateOfDayNumber` of src/domain/dates.ts), the one the rules use.
import * as fc from 'fast-check'
import { addDays, addMonths, compareDates, dateOfDayNumber, dayNumberOf, parseIsoDate, type IsoDate } from '../domain/dates.js'

// -------------------------------------------------------------------------------------
// dates
// -------------------------------------------------------------------------------------

const dayOf = (date: IsoDate, name: string): number => {
  const d = parseIsoDate(date)
  if (d === undefined) throw new RangeError(`arbIsoDate: ${name} must be an ISO date YYYY-MM-DD that exists, got ${JSON.stringify(date)}`)
  return dayNumberOf(d)
}

const day = (year: number, month: number, dayOfMonth: number): number => dayNumberOf({ year, month, day: dayOfMonth })

// INVARIANT: only called on day numbers of real dates (the bounds, or clamped between them), never undefined.
const dateOf = (n: number): IsoDate => dateOfDayNumber(n) as IsoDate

/**
 * Options of {@link arbIsoDate}: inclusive bounds.
 *
 * @since 0.1.0
 */
export interface IsoDateConstraints {
  /** Earliest date, inclusive (default `1920-01-01`). */
  readonly min?: IsoDate | undefined
  /** Latest date, inclusive (default `2040-12-31`). */
  readonly max?: IsoDate | undefined
}

/**
 * Real calendar dates `YYYY-MM-DD` between `min` and `max` (inclusive; default 1920-01-01..2040-12-31),
 * biased to boundaries: the bounds themselves, 1 January, month ends, 29 February and 1 March.
 *
 * @throws RangeError when a bound is not a real date or `min` is after `max` (a mistake in the test itself).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbIsoDate } from 'dmp-rules/testing'
 * import { isIsoDate } from 'dmp-rules'
 * fc.assert(fc.property(arbIsoDate({ min: '2000-01-01' }), (d) => isIsoDate(d) && d >= '2000-01-01'))
 *
 * @since 0.1.0
 */
export const arbIsoDate = (constraints: IsoDateConstraints = {}): fc.Arbitrary<IsoDate> => {
  const lo = dayOf(constraints.min ?? '1920-01-01', 'min')
  const hi = dayOf(constraints.max ?? '2040-12-31', 'max')
  if (lo > hi) throw new RangeError(`arbIsoDate: min ${constraints.min} is after max ${constraints.max}`)
  const clamp = (n: number): number => Math.min(hi, Math.max(lo, n))
  const loYear = Number(dateOf(lo).slice(0, 4))
  const hiYear = Number(dateOf(hi).slice(0, 4))
  // A boundary of the calendar in a year of the range: 1 Jan, 31 Dec, a month end, 29 Feb (or 28 Feb), 1 Mar.
  const special = fc
    .record({
      year: fc.integer({ min: loYear, max: hiYear }),
      month: fc.integer({ min: 1, max: 12 }),
      which: fc.constantFrom('first', 'last', 'feb-end', 'mar-1'),
    })
    .map(({ year, month, which }) => {
      if (which === 'feb-end') return clamp(day(year, 3, 1) - 1)
      if (which === 'mar-1') return clamp(day(year, 3, 1))
      if (which === 'first') return clamp(day(year, month, 1))
      return clamp(day(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1)
    })
  return fc
    .oneof(
      { arbitrary: fc.integer({ min: lo, max: hi }), weight: 6 },
      { arbitrary: special, weight: 3 },
      { arbitrary: fc.constantFrom(lo, hi), weight: 1 },
    )
    .map(dateOf)
}

/**
 * A date relative to an anchor: `months` whole months (clamped to the month's end), then `days` days.
 * Generated around chosen centres ± 1 day so that both sides of a boundary are reached.
 */
export interface Shift {
  readonly months: number
  readonly days: number
}

/** Internal: `anchor` shifted by `s` (months first, clamped to the month's end, then days). */
export const applyShift = (anchor: IsoDate, s: Shift): IsoDate => {
  const m = addMonths(anchor, s.months) ?? anchor
  return addDays(m, s.days) ?? m
}

/** Internal: `date`, or `anchor` when `date` is after it. */
export const notAfter = (date: IsoDate, anchor: IsoDate): IsoDate => (compareDates(date, anchor) > 0 ? anchor : date)

/** Internal: shifts on the centres `centreMonths` ± 1 day (3 in 5), or anywhere within `spanMonths` months (2 in 5). */
export const arbShift = (centreMonths: ReadonlyArray<number>, spanMonths: number): fc.Arbitrary<Shift> =>
  fc.oneof(
    {
      arbitrary: fc.record({ months: fc.constantFrom(...centreMonths), days: fc.constantFrom(0, -1, 1) }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        months: fc.integer({ min: -spanMonths, max: spanMonths }),
        days: fc.integer({ min: -31, max: 31 }),
      }),
      weight: 2,
    },
  )

/** Internal: the later of two dates. */
export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) >= 0 ? a : b)

/** Dates at which the rules change: MES opening (2022-01-01), qualified INS only (2023-01-01), end of API v1 (2023-12-30). */
const KEY_DATES: ReadonlyArray<IsoDate> = [
  '2021-12-31', '2022-01-01', '2022-12-31', '2023-01-01', '2023-01-02',
  '2023-12-29', '2023-12-30', '2023-12-31', '2024-02-29', '2024-03-01',
]

/** Internal: `at` of a request: mostly the DMP era, often a date at which a rule changes. */
export const arbAt: fc.Arbitrary<IsoDate> = fc.oneof(
  { arbitrary: arbIsoDate({ min: '2004-01-01', max: '2040-12-31' }), weight: 4 },
  { arbitrary: fc.constantFrom(...KEY_DATES), weight: 1 },
)

/** Internal: values built from an anchor date (the request's `at`), as plain functions over generated parts. */
export type Around<T> = fc.Arbitrary<(anchor: IsoDate) => T>

/** Internal: the values of `builder` around the anchors `anchor` draws. */
export const around = <T>(builder: Around<T>, anchor: fc.Arbitrary<IsoDate>): fc.Arbitrary<T> =>
  fc.tuple(anchor, builder).map(([a, b]) => b(a))
