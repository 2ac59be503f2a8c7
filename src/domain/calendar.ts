// Dates for humans: the calendar day of an instant in a time zone. The library never reads the clock: the caller
// passes the instant (e.g. `new Date()` at its boundary) and gets the `IsoDate` the rules take as `at`.
import { isIsoDate, type IsoDate } from './dates.js'

/** The time zone of metropolitan France, where the DMP's days are counted. @since 0.2.0 */
export const PARIS = 'Europe/Paris'

const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (timeZone: string): Intl.DateTimeFormat | undefined => {
  let f = formatters.get(timeZone)
  if (f === undefined) {
    try {
      // en-CA formats a date as YYYY-MM-DD; the time zone database is the runtime's (ICU), no clock is read.
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'iso8601', numberingSystem: 'latn' })
    } catch {
      return undefined // an unknown time zone
    }
    formatters.set(timeZone, f)
  }
  return f
}

const instantOf = (instant: Date | string): Date | undefined => {
  if (instant instanceof Date) return Number.isNaN(instant.getTime()) ? undefined : instant
  // An ISO timestamp must say which instant it is: a date alone, or a time without an offset, is ambiguous.
  if (typeof instant !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(instant)) return undefined
  const d = new Date(instant)
  return Number.isNaN(d.getTime()) ? undefined : d
}

/**
 * The calendar day (`IsoDate`) of an instant in an IANA time zone — what `at` should be for a decision taken at that
 * instant. `undefined` for an invalid `Date`, a timestamp without an explicit offset (`Z` or `±hh:mm`), or an
 * unknown time zone. Pure: it reads no clock.
 *
 * @example
 * import { isoDateInZone } from 'dmp-rules'
 * isoDateInZone('2024-06-30T23:30:00Z', 'Europe/Paris') // '2024-07-01'
 * isoDateInZone('2024-06-30T23:30:00Z', 'America/Cayenne') // '2024-06-30'
 *
 * @since 0.2.0
 */
export const isoDateInZone = (instant: Date | string, timeZone: string): IsoDate | undefined => {
  const d = instantOf(instant)
  const f = formatterFor(timeZone)
  if (d === undefined || f === undefined) return undefined
  const out = f.format(d)
  return isIsoDate(out) ? out : undefined
}

/**
 * The calendar day of an instant in Paris (metropolitan France). `new Date().toISOString().slice(0, 10)` gives the
 * UTC day, which is yesterday in Paris between midnight and 1 or 2 a.m.: use this instead, at the boundary of your
 * system, and pass the result as `at`. Overseas territories: {@link isoDateInZone} with their zone.
 *
 * @example
 * import { isoDateInParis } from 'dmp-rules'
 * isoDateInParis('2024-06-30T22:30:00Z') // '2024-07-01' (00:30 in Paris)
 * isoDateInParis(new Date('2024-01-15T12:00:00Z')) // '2024-01-15'
 *
 * @since 0.2.0
 */
export const isoDateInParis = (instant: Date | string): IsoDate | undefined => isoDateInZone(instant, PARIS)
