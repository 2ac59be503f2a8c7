// The `unmask` action (issue 4): R-MASK-4, A-4.
import { describe, expect, it } from 'vitest'
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
  remedies,
  socialWorker,
  thirdParties,
  treatingDoctor,
  withDocuments,
  withTreatingDoctor,
} from './document-actions.fixtures.js'

const masked = { ...doctorsDocument, maskedFromProfessionals: true }
const record = withTreatingDoctor(withDocuments(adultRecord, masked))
/** At the patient's request by default: a professional unmasks only then (R-MASK-4 rev. 2). */
const unmask = (actor: Parameters<typeof decideOn>[1], rec = record, rest: Parameters<typeof decideOn>[3] = {}) =>
  decideOn('unmask', actor, rec, { document: masked, atPatientRequest: true, ...rest })

describe('unmask (R-MASK-4, A-4)', () => {
  it('lets the patient unmask any document (R-MASK-4)', () => {
    expectAllowed(unmask(patient), 'R-MASK-4:PATIENT_UNMASKS')
  })

  it('lets the legal representative of a minor unmask (R-MASK-4, R-MINOR-1)', () => {
    const rec = withDocuments(minorRecord, masked)
    expectAllowed(unmask(mum, rec), 'R-MASK-4:PATIENT_UNMASKS')
  })

  it('lets a declared treating doctor unmask any document, not an undeclared one (R-MASK-4)', () => {
    expectAllowed(unmask(treatingDoctor), 'R-MASK-4:TREATING_DOCTOR_UNMASKS')
    expectDenied(unmask(treatingDoctor, withDocuments(adultRecord, masked)), 'R-MASK-4:UNMASK_ONLY_OWN_DOCUMENTS')
  })

  it('a declared treating doctor must be a doctor: a nurse whose id is declared is not one (R-MASK-4)', () => {
    const rec = { ...record, treatingDoctorIds: ['nurse-1'] }
    expectDenied(unmask(nurse, rec), 'R-MASK-4:UNMASK_ONLY_OWN_DOCUMENTS')
  })

  it('lets another professional unmask only the documents they authored (R-MASK-4)', () => {
    expectAllowed(unmask(doctor), 'R-MASK-4:AUTHOR_UNMASKS')
    const d = unmask(nurse)
    expectDenied(d, 'R-MASK-4:UNMASK_ONLY_OWN_DOCUMENTS')
    expect(remedies(d)).toContain('R-MASK-4:ASK_PATIENT_OR_TREATING_DOCTOR_TO_UNMASK')
  })

  it('denies a professional, the treating doctor and the author included, without the patient’s request or against their opposition (R-MASK-4)', () => {
    for (const actor of [treatingDoctor, doctor]) {
      const without = unmask(actor, record, { atPatientRequest: false })
      expectDenied(without, 'R-MASK-4:UNMASK_NEEDS_PATIENT_REQUEST')
      expect(remedies(without)).toContain('R-MASK-4:PATIENT_MAY_ASK_OR_UNMASK')
      expectDenied(unmask(actor, record, { patientOpposes: true }), 'R-MASK-4:UNMASK_AGAINST_OPPOSITION')
    }
    expectAllowed(unmask(patient, record, { atPatientRequest: false }), 'R-MASK-4:PATIENT_UNMASKS')
  })

  it('denies a médico-social professional and every third party (R-MASK-4)', () => {
    const own = { ...masked, author: { kind: 'professional' as const, id: 'ms-1' } }
    expectDenied(decideOn('unmask', socialWorker, withDocuments(adultRecord, own), { document: own }), 'R-MASK-4:HEALTH_PROFESSIONALS_ONLY')
    for (const actor of thirdParties) expectDenied(unmask(actor), 'R-MASK-4:NOT_A_CARE_ACTOR')
  })

  it('denies a blocked author (R-AUTH-6)', () => {
    const blocked = { ...record, blocks: [{ target: 'establishment' as const, id: 'est-1', from: '2024-01-01', until: '2024-12-31' }] }
    expectDenied(unmask(doctor, blocked), 'R-AUTH-6:ESTABLISHMENT_BLOCKED')
  })

  it('denies unmasking a document that is not masked, saying so (A-4)', () => {
    const rec = withTreatingDoctor(withDocuments(adultRecord, doctorsDocument))
    expectDenied(decideOn('unmask', patient, rec, { document: doctorsDocument }), 'A-4:NOT_MASKED')
    expectDenied(decideOn('unmask', treatingDoctor, rec, { document: doctorsDocument }), 'A-4:NOT_MASKED')
  })
})
