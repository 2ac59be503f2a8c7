// R-MINOR-7: what changes in a record when its holder comes of age.
import { isMinorAt, type IsoDate } from '../domain/dates.js'
import type { HealthRecord } from '../domain/types.js'

/**
 * The record as it stands once its holder is of age (*passage à la majorité*, R-MINOR-7): the legal
 * representatives' access ends, so they are removed from the record. Pure: the input is never mutated;
 * when nothing changes the same record is returned.
 *
 * Choices (documented in the CHANGELOG and the report of issue 4):
 * - Applied only when the holder is of age at `at` (18th birthday included); before that, or when a date is
 *   impossible, the record is returned unchanged (the decision rules deny on impossible dates anyway, A-6).
 * - The space stays as it is (R-MINOR-7: it stays open unless the new adult opposes; an opposition is a
 *   closure, decided elsewhere). Its status is never changed here.
 * - Documents keep their flags. `hiddenFromLegalRepresentatives` only ever hides a document from legal
 *   representatives (R-MINOR-5), never from the holder, so the new adult sees their whole history with or
 *   without it; keeping it keeps the record's history (the XDS confidentiality code) intact.
 * - Revision 2 (R-MINOR-8): an adult whose protection measure gives a representation relating to the person
 *   (`patient.protection.representationOfPerson`) keeps every listed representative, whatever the role (the
 *   record lists whom the judge named, a parent included); any other adult keeps none (under curatelle they act
 *   alone; a `protectedAdult` without its measure is invalid, and keeps none, fail closed).
 *
 * Idempotent: `onMajority(onMajority(r, at), at)` equals `onMajority(r, at)`.
 *
 * @param record - the holder's record
 * @param at - the date the change is computed at
 * @returns the record without the representatives whose access ended
 *
 * @example
 * import { onMajority } from 'dmp-rules'
 * const record = {
 *   patient: { birthDate: '2006-05-10', emancipated: false, protectedAdult: false },
 *   status: { kind: 'active' },
 *   treatingDoctorIds: [], blocks: [], authorizations: [], documents: [],
 *   legalRepresentatives: [{ id: 'rl-1', role: 'parent', doctorPresenceRequired: false }],
 * } as const
 * onMajority(record, '2024-05-09').legalRepresentatives.length // 1: still a minor
 * onMajority(record, '2024-05-10').legalRepresentatives.length // 0: of age
 *
 * @see R-MINOR-7 (faq:214, faq:231), R-MINOR-8
 * @since 0.1.0
 */
export const onMajority = (record: HealthRecord, at: IsoDate): HealthRecord => {
  if (isMinorAt(record.patient.birthDate, at) !== false) return record
  // R-MINOR-8 (rev. 2): whoever the judge named keeps representing an adult whose measure represents the person.
  const kept = record.patient.protection?.representationOfPerson === true ? record.legalRepresentatives : []
  return kept.length === record.legalRepresentatives.length ? record : { ...record, legalRepresentatives: kept }
}
