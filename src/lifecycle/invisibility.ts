// R-INVIS-3: invisibility to the patient is temporary by law.
import { addDays, addMonths, type IsoDate } from '../domain/dates.js'
import type { HealthDocument } from '../domain/types.js'

/**
 * The legal timeline of a document fed invisible to the patient (R-INVIS-3, CSP R.1111-53).
 *
 * @since 0.1.0
 */
export interface InvisibilityTimeline {
  /** Last day (inclusive) to tell the patient their record changed, if no announcement consultation took place: feeding + 14 days. */
  readonly notifyPatientBy: IsoDate
  /** First day the document is visible to the patient automatically: feeding + 1 month (`addMonths`, clamped to the month's end). */
  readonly visibleToPatientFrom: IsoDate
}

/**
 * Number of days within which the patient is told that their record changed.
 *
 * @since 0.1.0
 */
export const NOTIFY_PATIENT_WITHIN_DAYS = 14

/**
 * When the patient must be told, and when a document fed invisible to them becomes visible (R-INVIS-3):
 * `notifyPatientBy` = `addedOn` + 14 days (inclusive), `visibleToPatientFrom` = `addedOn` + 1 month (the
 * same first visible day the `view` rules use: `addMonths(addedOn, 1)`, e.g. fed on 31 January → visible
 * from 28 or 29 February).
 *
 * `undefined` for a document that is not invisible to the patient (no timeline runs) or whose `addedOn` is
 * impossible. Pure and total.
 *
 * @param document - the document
 * @returns the two dates, or `undefined`
 *
 * @example
 * import { invisibilityTimeline } from 'dmp-rules'
 * invisibilityTimeline({
 *   id: 'd1', typeCode: '11502-2', author: { kind: 'professional', id: 'ps-1' }, addedOn: '2024-01-31',
 *   maskedFromProfessionals: false, invisibleToPatient: true, hiddenFromLegalRepresentatives: false,
 * }) // { notifyPatientBy: '2024-02-14', visibleToPatientFrom: '2024-02-29' }
 *
 * @see R-INVIS-3 (CSP R.1111-53)
 * @since 0.1.0
 */
export const invisibilityTimeline = (document: HealthDocument): InvisibilityTimeline | undefined => {
  if (document.invisibleToPatient !== true) return undefined
  const notifyPatientBy = addDays(document.addedOn, NOTIFY_PATIENT_WITHIN_DAYS)
  const visibleToPatientFrom = addMonths(document.addedOn, 1)
  return notifyPatientBy === undefined || visibleToPatientFrom === undefined ? undefined : { notifyPatientBy, visibleToPatientFrom }
}
