// R-STATUS-8: data are kept ten years after the space is closed.
import { compareDates, isIsoDate, periodEnd, type IsoDate } from '../domain/dates.js'
import type { HealthRecord } from '../domain/types.js'

/**
 * The retention period after closure, in years.
 *
 * @since 0.1.0
 */
export const RETENTION_YEARS = 10

/**
 * The last day the data of a space closed on `closedOn` are retained: the tenth anniversary of the closure
 * (a delay in years runs to the same day of the last year, Code de procédure civile art. 641), or
 * `undefined` for an impossible date.
 *
 * @example
 * import { retainedUntil } from 'dmp-rules'
 * retainedUntil('2014-03-10') // '2024-03-10'
 *
 * @see R-STATUS-8 (faq:239)
 * @since 0.1.0
 */
export const retainedUntil = (closedOn: IsoDate): IsoDate | undefined => periodEnd(closedOn, RETENTION_YEARS, 'years')

/**
 * Are the record's data still retained at `at` (R-STATUS-8)?
 * - closed on D: retained through D + 10 years inclusive ({@link retainedUntil}); no longer from the next day;
 * - deleted: no (the data are gone, R-STATUS-4);
 * - active, deactivated, refused: yes (retention after closure has not started).
 *
 * Choice: when a date is impossible the answer is `true` — retention is the answer that destroys nothing
 * (a purge cannot be undone), and access to a closed space is denied anyway (R-STATUS-3). Pure and total.
 *
 * @param record - the record
 * @param at - the date the question is asked at
 * @returns whether the data are still retained
 *
 * @example
 * import { isRetained } from 'dmp-rules'
 * const closed = {
 *   patient: { birthDate: '1950-01-01', emancipated: false, protectedAdult: false },
 *   status: { kind: 'closed', on: '2014-03-10' },
 *   treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 * } as const
 * isRetained(closed, '2024-03-10') // true
 * isRetained(closed, '2024-03-11') // false
 *
 * @see R-STATUS-8 (faq:239)
 * @since 0.1.0
 */
export const isRetained = (record: HealthRecord, at: IsoDate): boolean => {
  const status = record.status
  switch (status.kind) {
    case 'deleted':
      return false
    case 'closed': {
      const until = retainedUntil(status.on)
      if (until === undefined || !isIsoDate(at)) return true
      return compareDates(at, until) <= 0
    }
    default:
      return true
  }
}
