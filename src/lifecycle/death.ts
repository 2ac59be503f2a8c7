// R-STATUS-9: after the holder's death the space is closed.
import { isIsoDate, type IsoDate } from '../domain/dates.js'
import type { HealthRecord } from '../domain/types.js'

/**
 * The record once its holder has died (R-STATUS-9): `patient.deceasedOn` is set and the space is closed on
 * `on` (automatically, or on the heirs' request to the health-insurance fund). Pure: the input is never
 * mutated; when nothing changes the same record is returned.
 *
 * Choices:
 * - A death date already recorded is kept (the first recorded date wins); `on` fills it only when absent.
 * - A space already closed or deleted keeps its status and date (a deleted space's data are gone; a closed
 *   one's retention runs from its closure, R-STATUS-8). Any other status (active, deactivated, refused)
 *   becomes `{ kind: 'closed', on }`.
 * - An impossible `on` changes nothing (the decision rules deny on an impossible date anyway).
 *
 * Idempotent: `onDeath(onDeath(r, on), on)` equals `onDeath(r, on)`.
 *
 * @param record - the holder's record
 * @param on - the day of death (and of closure)
 * @returns the closed record
 *
 * @example
 * import { onDeath } from 'dmp-rules'
 * const record = {
 *   patient: { birthDate: '1940-01-01', emancipated: false, protectedAdult: false },
 *   status: { kind: 'active' },
 *   treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 * } as const
 * onDeath(record, '2024-06-01').status // { kind: 'closed', on: '2024-06-01' }
 *
 * @see R-STATUS-9 (faq:138)
 * @since 0.1.0
 */
export const onDeath = (record: HealthRecord, on: IsoDate): HealthRecord => {
  if (!isIsoDate(on)) return record
  const keepStatus = record.status.kind === 'closed' || record.status.kind === 'deleted'
  const hasDeath = record.patient.deceasedOn !== undefined
  if (keepStatus && hasDeath) return record
  return {
    ...record,
    patient: hasDeath ? record.patient : { ...record.patient, deceasedOn: on },
    status: keepStatus ? record.status : { kind: 'closed', on },
  }
}
