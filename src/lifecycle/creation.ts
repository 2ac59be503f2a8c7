// R-STATUS-6: automatic creation of a space unless the person opposes within six weeks of the notification.
import { addDays, compareDates, isIsoDate, periodEnd, type IsoDate } from '../domain/dates.js'

/**
 * What {@link mesCreation} needs: the day the person was notified (e-mail or letter) and, if any, the day
 * they opposed the creation of their space.
 *
 * @since 0.1.0
 */
export interface MesCreationInput {
  readonly notifiedOn: IsoDate
  readonly opposedOn?: IsoDate | undefined
}

/**
 * Where the creation of a space (Mon espace santé) stands at a date (R-STATUS-6):
 * - `not-notified`: `at` is before the notification; nothing runs yet;
 * - `pending`: the six weeks run; the person may still oppose until `opposeBy` (inclusive), else the space
 *   is created on `createdOn`;
 * - `opposed`: the person opposed in time (on `on`); no space is created;
 * - `created`: nobody opposed in time; the space exists since `on`;
 * - `invalid`: a date is impossible; nothing can be said (no space is assumed).
 *
 * @since 0.1.0
 */
export type MesCreation =
  | { readonly kind: 'not-notified' }
  | { readonly kind: 'pending'; readonly opposeBy: IsoDate; readonly createdOn: IsoDate }
  | { readonly kind: 'opposed'; readonly on: IsoDate }
  | { readonly kind: 'created'; readonly on: IsoDate }
  | { readonly kind: 'invalid' }

/**
 * The length of the window to oppose, in days: six weeks.
 *
 * @since 0.1.0
 */
export const OPPOSITION_WINDOW_DAYS = 42

/**
 * Decides, at `at`, whether a space is created (R-STATUS-6): automatically, unless the person opposed
 * within six weeks of the notification (residents of care homes, EHPAD, included).
 *
 * The window, to the day (the French way of counting a delay in weeks, Code de procédure civile art. 641-642):
 * notified on day N, the person may oppose until N + 42 days inclusive (`opposeBy`, the same weekday six weeks
 * later); the space is created on N + 43 (`createdOn`). An opposition before the notification counts (the
 * person made their will known in time). An opposition after `opposeBy` does not prevent the creation: it
 * is then a request to close the space, which this function does not decide. An opposition dated after `at`
 * is not known yet at `at` and is ignored. Pure and total.
 *
 * @param input - the notification day and the opposition day, if any
 * @param at - the date the question is asked at
 * @returns where the creation stands at `at`
 *
 * @example
 * import { mesCreation } from 'dmp-rules'
 * mesCreation({ notifiedOn: '2024-01-01' }, '2024-02-12') // { kind: 'pending', opposeBy: '2024-02-12', createdOn: '2024-02-13' }
 * mesCreation({ notifiedOn: '2024-01-01' }, '2024-02-13') // { kind: 'created', on: '2024-02-13' }
 * mesCreation({ notifiedOn: '2024-01-01', opposedOn: '2024-02-12' }, '2024-03-01') // { kind: 'opposed', on: '2024-02-12' }
 *
 * @see R-STATUS-6 (faq:84)
 * @since 0.1.0
 */
export const mesCreation = (input: MesCreationInput, at: IsoDate): MesCreation => {
  const { notifiedOn, opposedOn } = input
  if (!isIsoDate(notifiedOn) || !isIsoDate(at) || (opposedOn !== undefined && !isIsoDate(opposedOn))) return { kind: 'invalid' }
  const opposeBy = periodEnd(notifiedOn, OPPOSITION_WINDOW_DAYS, 'days') // within six weeks, the last day included
  const createdOn = addDays(notifiedOn, OPPOSITION_WINDOW_DAYS + 1)
  if (opposeBy === undefined || createdOn === undefined) return { kind: 'invalid' }
  if (opposedOn !== undefined && compareDates(opposedOn, at) <= 0 && compareDates(opposedOn, opposeBy) <= 0)
    return { kind: 'opposed', on: opposedOn }
  if (compareDates(at, notifiedOn) < 0) return { kind: 'not-notified' }
  if (compareDates(at, opposeBy) <= 0) return { kind: 'pending', opposeBy, createdOn }
  return { kind: 'created', on: createdOn }
}
