// Calendar arithmetic on ISO dates `YYYY-MM-DD`, with no clock and no time zone.
// INVARIANT: every function here is total; an impossible date yields `undefined`, never a throw.

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An ISO calendar date `YYYY-MM-DD` (no time, no zone). The codecs reject anything else, and
 * impossible dates such as `2023-02-30`.
 *
 * @since 0.1.0
 */
export type IsoDate = string

/** @since 0.1.0 */
export interface CalendarDate {
  readonly year: number
  readonly month: number // 1..12
  readonly day: number // 1..31
}

const DASH = 45 // '-'
const ZERO = 48 // '0'

/** The decimal number written by the ASCII digits of `s` from `start` to `end`, or -1 if one is not a digit. */
const digits = (s: string, start: number, end: number): number => {
  let n = 0
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - ZERO
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * Days in a month of a year.
 *
 * @since 0.1.0
 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Parses an ISO date, or `undefined` when the text is not `YYYY-MM-DD` or the day does not exist.
 *
 * @example
 * import { parseIsoDate } from 'dmp-rules'
 * parseIsoDate('2024-02-29') // { year: 2024, month: 2, day: 29 }
 * parseIsoDate('2023-02-30') // undefined
 *
 * @since 0.1.0
 */
export const parseIsoDate = (s: string): CalendarDate | undefined => {
  // Read by hand rather than with a regular expression: dates are parsed several times per decision.
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return undefined
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 7)
  const day = digits(s, 8, 10)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

/**
 * Is this a real calendar date written `YYYY-MM-DD`?
 *
 * @since 0.1.0
 */
export const isIsoDate = (u: unknown): u is IsoDate => typeof u === 'string' && parseIsoDate(u) !== undefined

const pad = (n: number, w: number): string => String(n).padStart(w, '0')

/**
 * Formats a calendar date as `YYYY-MM-DD`.
 *
 * @since 0.1.0
 */
export const formatIsoDate = (d: CalendarDate): IsoDate => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`

// -------------------------------------------------------------------------------------
// arithmetic
// -------------------------------------------------------------------------------------

/**
 * Adds whole months; a day that does not exist in the target month is clamped to its last day
 * (`2023-01-31` + 1 month = `2023-02-28`). `undefined` for an impossible input date, a count that is not a
 * finite number (`NaN`, `Infinity`), or a result outside the years 0..9999.
 *
 * @since 0.1.0
 */
export const addMonths = (date: IsoDate, months: number): IsoDate | undefined => {
  const d = parseIsoDate(date)
  if (d === undefined || !Number.isFinite(months)) return undefined
  const total = d.year * 12 + (d.month - 1) + Math.trunc(months)
  const year = Math.floor(total / 12)
  const month = total - year * 12 + 1
  if (year < 0 || year > 9999) return undefined
  return formatIsoDate({ year, month, day: Math.min(d.day, daysInMonth(year, month)) })
}

/**
 * Adds whole years (`2024-02-29` + 1 year = `2025-02-28`).
 *
 * @since 0.1.0
 */
export const addYears = (date: IsoDate, years: number): IsoDate | undefined => addMonths(date, 12 * Math.trunc(years))

/**
 * Internal (no package entry exports it): the proleptic Gregorian day number of a date, in days since 1970-01-01,
 * exact for every year 0..9999 with no `Date` involved (`Date.UTC` reads the years 0..99 as 1900..1999). The one day
 * count of the library: {@link addDays} and the arbitraries of `dmp-rules/testing` use it.
 * `dayNumberOf({ year: 1970, month: 1, day: 2 })` is 1.
 *
 * @since 0.3.0
 */
export const dayNumberOf = (d: CalendarDate): number => {
  const y = d.month <= 2 ? d.year - 1 : d.year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * Internal (no package entry exports it): the date of a day number ({@link dayNumberOf}'s inverse), `undefined`
 * outside the years 0..9999: `dateOfDayNumber(-1)` is `'1969-12-31'`.
 *
 * @since 0.3.0
 */
export const dateOfDayNumber = (n: number): IsoDate | undefined => {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = month <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe
  if (year < 0 || year > 9999) return undefined
  return formatIsoDate({ year, month, day })
}

/**
 * Adds whole days. `undefined` for an impossible input date, a count that is not a finite number (`NaN`,
 * `Infinity`), or a result outside the years 0..9999.
 *
 * @since 0.1.0
 */
export const addDays = (date: IsoDate, days: number): IsoDate | undefined => {
  const d = parseIsoDate(date)
  if (d === undefined || !Number.isFinite(days)) return undefined
  return dateOfDayNumber(dayNumberOf(d) + Math.trunc(days))
}

/** A unit of a legal period. @since 0.2.0 */
export type PeriodUnit = 'days' | 'weeks' | 'months' | 'years'

/**
 * A-8 — the one way the library counts a period: the day carrying `date`'s number `amount` units later, clamped to
 * the end of a shorter month (C. proc. civ. 641-642): `2024-01-31` + 1 month = `2024-02-29`, `2024-02-29` + 1 year =
 * `2025-02-28`, `2024-01-01` + 6 weeks = `2024-02-12`. "Within N of D" runs THROUGH that day (it is included); "N
 * after D" IS that day. Every dated rule uses it: the refusal's year (R-STATUS-5), the six weeks to oppose (R-STATUS-6),
 * the ten years of retention (R-STATUS-8), the invisibility's month (R-INVIS-3). Ages are counted by {@link ageAt}
 * (a person born on 29 February reaches an age on 1 March of a common year). `undefined` for an impossible date.
 *
 * @example
 * import { periodEnd } from 'dmp-rules'
 * periodEnd('2024-02-29', 1, 'years') // '2025-02-28'
 *
 * @see A-8
 * @since 0.2.0
 */
export const periodEnd = (date: IsoDate, amount: number, unit: PeriodUnit): IsoDate | undefined => {
  switch (unit) {
    case 'days':
      return addDays(date, amount)
    case 'weeks':
      return addDays(date, 7 * Math.trunc(amount))
    case 'months':
      return addMonths(date, amount)
    case 'years':
      return addYears(date, amount)
  }
}

/**
 * Compares two valid ISO dates: negative if `a` is earlier, 0 if equal, positive if later.
 * (`YYYY-MM-DD` sorts lexicographically in calendar order.)
 *
 * @since 0.1.0
 */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Age in whole years at a date (the birthday itself counts), or `undefined` if a date is impossible
 * or `at` is before the birth.
 *
 * @example
 * import { ageAt } from 'dmp-rules'
 * ageAt('2008-03-15', '2026-03-14') // 17
 * ageAt('2008-03-15', '2026-03-15') // 18
 *
 * @since 0.1.0
 */
export const ageAt = (birthDate: IsoDate, at: IsoDate): number | undefined => {
  const b = parseIsoDate(birthDate)
  const a = parseIsoDate(at)
  if (b === undefined || a === undefined || compareDates(at, birthDate) < 0) return undefined
  const beforeBirthday = a.month < b.month || (a.month === b.month && a.day < b.day)
  // A birthday on 29 February is reached on 1 March in a common year.
  return a.year - b.year - (beforeBirthday ? 1 : 0)
}

/** Age of majority in France. @since 0.1.0 */
export const MAJORITY_AGE = 18

/**
 * The 18th birthday (majority), `undefined` for an impossible birth date. Born on 29 February, one
 * comes of age on 1 March of a common year.
 *
 * @since 0.1.0
 */
export const majorityDate = (birthDate: IsoDate): IsoDate | undefined => {
  const b = parseIsoDate(birthDate)
  if (b === undefined) return undefined
  const year = b.year + MAJORITY_AGE
  if (b.month === 2 && b.day === 29 && !isLeap(year)) return formatIsoDate({ year, month: 3, day: 1 })
  return formatIsoDate({ year, month: b.month, day: b.day })
}

/**
 * Is the person a minor (under 18) at `at`? `undefined` if a date is impossible or `at` precedes the birth.
 *
 * @since 0.1.0
 */
export const isMinorAt = (birthDate: IsoDate, at: IsoDate): boolean | undefined => {
  const m = majorityDate(birthDate)
  if (m === undefined || !isIsoDate(at) || compareDates(at, birthDate) < 0) return undefined
  return compareDates(at, m) < 0
}
