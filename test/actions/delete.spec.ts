// The `delete` action (issue 4): R-DEL-1 (the producer, four prerequisites), R-DEL-2 (what a blocked
// professional fed), R-FEED-3 (the patient's side's own documents), on the block's boundary days.
import { describe, expect, it } from 'vitest'
import type { Block, HealthDocument, HealthRecord } from '../../src/domain/types.js'
import {
  adultRecord,
  decideOn,
  doctor,
  doctorsDocument,
  expectAllowed,
  expectDenied,
  minorRecord,
  mum,
  nurse,
  patient,
  patientsDocument,
  reasons,
  remedies,
  thirdParties,
  tutor,
  withDocuments,
} from './document-actions.fixtures.js'

const authorized = (record: HealthRecord): HealthRecord => ({
  ...record,
  authorizations: [{ professionalId: 'dr-1', status: 'valid' }],
})
const record = authorized(withDocuments(adultRecord, doctorsDocument, patientsDocument))
const del = (actor: Parameters<typeof decideOn>[1], rec: HealthRecord = record, document: HealthDocument = doctorsDocument) =>
  decideOn('delete', actor, rec, { document })

describe('delete by a professional (R-DEL-1)', () => {
  it('lets the producer delete, with INS, an active DMP, a valid authorisation and a known document (R-DEL-1)', () => {
    expectAllowed(del(doctor), 'R-DEL-1:PRODUCER_DELETES')
  })

  it('lets the establishment’s software (indirect authentication) delete what a professional of the same establishment authored; a colleague by card does not (R-DEL-1)', () => {
    const software = { ...doctor, id: 'his-est-1', authentication: 'indirect' as const }
    const colleague = { ...doctor, id: 'dr-9' }
    const rec = { ...record, authorizations: [{ establishmentId: 'est-1', status: 'valid' as const }] }
    expectAllowed(del(software, rec), 'R-DEL-1:PRODUCER_DELETES')
    expectDenied(del(colleague, rec), 'R-DEL-1:ONLY_PRODUCER_DELETES')
    expectDenied(del({ ...software, establishmentId: 'est-2' }, rec), 'R-DEL-1:ONLY_PRODUCER_DELETES')
  })

  it('denies any other professional, with the remedy to ask the producer (R-DEL-1)', () => {
    const rec = { ...record, authorizations: [{ professionalId: 'nurse-1', status: 'valid' as const }] }
    const d = del(nurse, rec)
    expectDenied(d, 'R-DEL-1:ONLY_PRODUCER_DELETES')
    expect(remedies(d)).toContain('R-DEL-1:ASK_PRODUCER_TO_DELETE')
  })

  it('denies without the INS, or with an unqualified one from 2023-01-01 (R-DEL-1)', () => {
    const { ins: _ins, ...withoutIns } = record.patient
    expectDenied(del(doctor, { ...record, patient: withoutIns }), 'R-DEL-1:DELETE_NEEDS_INS')
    const unqualified = { ...record, patient: { ...record.patient, ins: { qualified: false } } }
    expectDenied(del(doctor, unqualified), 'R-DEL-1:DELETE_NEEDS_INS')
  })

  it('lets the producer delete on a deactivated space, the DMP staying usable (R-DEL-1, R-STATUS-2)', () => {
    const d = del(doctor, { ...record, status: { kind: 'deactivated' } })
    expectAllowed(d, 'R-DEL-1:PRODUCER_DELETES')
    expect(reasons(d)).toContain('R-STATUS-2:MES_DEACTIVATED_PROFESSIONALS_CONTINUE')
  })

  it('denies when the DMP is not usable: a closed, deleted or refused space (R-DEL-1)', () => {
    for (const status of [
      { kind: 'closed', on: '2024-01-01' },
      { kind: 'deleted', on: '2024-01-01' },
      { kind: 'refused', on: '2024-01-01' },
    ] as const)
      expectDenied(del(doctor, { ...record, status }), 'R-DEL-1:DELETE_NEEDS_ACTIVE_DMP')
  })

  it('denies without a valid access authorisation: expired, forbidden or none (R-DEL-1, R-AUTH-5)', () => {
    for (const authorizations of [[{ professionalId: 'dr-1', status: 'expired' as const }], [{ professionalId: 'dr-1', status: 'forbidden' as const }], []]) {
      const d = del(doctor, { ...record, authorizations })
      expectDenied(d, 'R-DEL-1:DELETE_NEEDS_VALID_AUTHORIZATION')
      expect(reasons(d)).toContain('R-AUTH-5:DELETE_NEEDS_VALID_AUTHORIZATION')
    }
  })

  it('denies a document whose identifier is not in the record (R-DEL-1, through A-7)', () => {
    expectDenied(del(doctor, authorized(withDocuments(adultRecord))), 'A-7:DOCUMENT_NOT_IN_RECORD')
  })

  it('lists every missing prerequisite at once (R-DEL-1)', () => {
    const { ins: _ins, ...withoutIns } = record.patient
    const bare: HealthRecord = { ...record, patient: withoutIns, status: { kind: 'closed', on: '2024-01-01' }, authorizations: [], documents: [] }
    const d = del(doctor, bare)
    for (const code of ['DELETE_NEEDS_INS', 'DELETE_NEEDS_ACTIVE_DMP', 'DELETE_NEEDS_VALID_AUTHORIZATION'])
      expect(reasons(d)).toContain(`R-DEL-1:${code}`)
    // The document's identifier in the DMP is checked for every document action by A-7.
    expect(reasons(d)).toContain('A-7:DOCUMENT_NOT_IN_RECORD')
  })

  it('denies a blocked producer (R-AUTH-6) and every third party (R-DEL-1)', () => {
    const blocked = { ...record, blocks: [{ target: 'professional' as const, id: 'dr-1', from: '2024-06-01' }] }
    expectDenied(del(doctor, blocked), 'R-AUTH-6:PROFESSIONAL_BLOCKED')
    for (const actor of thirdParties) expectDenied(del(actor), 'R-DEL-1:NOT_A_CARE_ACTOR')
  })
})

describe('delete by the patient\'s side (R-FEED-3, R-DEL-2)', () => {
  it('lets the patient delete their own document (R-FEED-3)', () => {
    expectAllowed(del(patient, record, patientsDocument), 'R-FEED-3:PATIENT_DELETES_OWN_DOCUMENT')
  })

  it('lets a legal representative delete what the patient\'s side added, theirs or the other representative\'s (R-FEED-3)', () => {
    const mumsDoc: HealthDocument = { ...patientsDocument, id: 'mum-1', author: { kind: 'legal-representative', id: 'mum' } }
    const rec = withDocuments(minorRecord, mumsDoc)
    expectAllowed(del(mum, rec, mumsDoc), 'R-FEED-3:PATIENT_DELETES_OWN_DOCUMENT')
    expectAllowed(del(tutor, rec, mumsDoc), 'R-FEED-3:PATIENT_DELETES_OWN_DOCUMENT')
  })

  it('denies the patient a professional\'s document, with the remedy to ask its author (R-DEL-2)', () => {
    const d = del(patient)
    expectDenied(d, 'R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT')
    expect(remedies(d)).toContain('R-DEL-2:ASK_AUTHOR_TO_DELETE')
  })

  // The document is fed on 2024-05-02; the block runs from `from` to `until`, both inclusive.
  const blockedBy = (block: Block): HealthRecord => ({ ...record, blocks: [block] })
  const professionalBlock = (from: string, until?: string): Block =>
    until === undefined ? { target: 'professional', id: 'dr-1', from } : { target: 'professional', id: 'dr-1', from, until }

  it('lets the patient delete what was fed on the block\'s first day, not the day before (R-DEL-2)', () => {
    expectAllowed(del(patient, blockedBy(professionalBlock('2024-05-02', '2024-05-10'))), 'R-DEL-2:AUTHOR_BLOCKED_WHEN_FED')
    expectDenied(del(patient, blockedBy(professionalBlock('2024-05-03', '2024-05-10'))), 'R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT')
  })

  it('lets the patient delete what was fed on the block\'s last day, not the day after (R-DEL-2)', () => {
    expectAllowed(del(patient, blockedBy(professionalBlock('2024-04-01', '2024-05-02'))), 'R-DEL-2:AUTHOR_BLOCKED_WHEN_FED')
    expectDenied(del(patient, blockedBy(professionalBlock('2024-04-01', '2024-05-01'))), 'R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT')
  })

  it('counts a block without end, and a block of the author\'s establishment; the block lifted since still counts (R-DEL-2)', () => {
    expectAllowed(del(patient, blockedBy(professionalBlock('2024-05-01'))), 'R-DEL-2:AUTHOR_BLOCKED_WHEN_FED')
    expectAllowed(del(patient, blockedBy({ target: 'establishment', id: 'est-1', from: '2024-05-02', until: '2024-05-02' })), 'R-DEL-2:AUTHOR_BLOCKED_WHEN_FED')
    // a block of another professional or establishment does not count
    expectDenied(del(patient, blockedBy({ target: 'professional', id: 'nurse-1', from: '2024-01-01' })), 'R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT')
    // a block set after the feeding does not count, even if still running at `at`
    expectDenied(del(patient, blockedBy(professionalBlock('2024-06-01'))), 'R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT')
  })

  it('a block with an impossible date never lets the patient delete (R-DEL-2, fail closed)', () => {
    expectDenied(del(patient, blockedBy(professionalBlock('2024-02-30'))), 'R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT')
  })

  it('denies the patient a document not in the record (R-DEL-1, through A-7)', () => {
    expectDenied(del(patient, withDocuments(adultRecord), patientsDocument), 'A-7:DOCUMENT_NOT_IN_RECORD')
  })

  it('denies the minor acting alone (A-3)', () => {
    const rec = withDocuments(minorRecord, patientsDocument)
    expectDenied(del(patient, rec, patientsDocument), 'A-3:MINOR_ACTS_THROUGH_REPRESENTATIVES')
  })
})
