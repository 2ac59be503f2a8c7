// The `view-history` action (issue 4): R-PATIENT-1; and contacts give no access (R-PATIENT-3).
import { describe, expect, it } from 'vitest'
import { ACTIONS, type Action } from '../../src/domain/types.js'
import {
  adultRecord,
  decideOn,
  doctor,
  expectAllowed,
  expectDenied,
  minorRecord,
  mum,
  nurse,
  obligations,
  patient,
  thirdParties,
  treatingDoctor,
  withTreatingDoctor,
} from './document-actions.fixtures.js'

describe('view-history (R-PATIENT-1)', () => {
  it('lets the patient read every trace, and the legal representatives of a minor the traces but those of documents hidden from them (R-PATIENT-1)', () => {
    const own = decideOn('view-history', patient, adultRecord)
    expectAllowed(own, 'R-PATIENT-1:PATIENT_READS_HISTORY')
    expect(obligations(own)).toContain('R-PATIENT-1:HISTORY_SCOPE_ALL_TRACES')
    const rep = decideOn('view-history', mum, minorRecord)
    expectAllowed(rep, 'R-PATIENT-1:PATIENT_READS_HISTORY')
    expect(obligations(rep)).toContain('R-PATIENT-1:HISTORY_SCOPE_WITHOUT_HIDDEN_DOCUMENTS')
    expect(obligations(rep)).not.toContain('R-PATIENT-1:HISTORY_SCOPE_ALL_TRACES')
  })

  it('lets the declared treating doctor read every trace, and any other professional their own actions only (R-PATIENT-1)', () => {
    const record = withTreatingDoctor(adultRecord)
    const treating = decideOn('view-history', treatingDoctor, record)
    expectAllowed(treating, 'R-PATIENT-1:TREATING_DOCTOR_READS_HISTORY')
    expect(obligations(treating)).toContain('R-PATIENT-1:HISTORY_SCOPE_ALL_TRACES')
    for (const actor of [doctor, nurse, treatingDoctor]) {
      const d = decideOn('view-history', actor, adultRecord)
      expectAllowed(d, 'R-PATIENT-1:PROFESSIONAL_READS_OWN_TRACES')
      expect(obligations(d)).toContain('R-PATIENT-1:HISTORY_SCOPE_OWN_ACTIONS')
      expect(obligations(d)).not.toContain('R-PATIENT-1:HISTORY_SCOPE_ALL_TRACES')
    }
  })

  it('denies an unauthenticated, a forbidden or a blocked professional, and every third party (R-PATIENT-1, R-AUTH-1, R-AUTH-5, R-AUTH-6)', () => {
    expectDenied(decideOn('view-history', { ...doctor, authentication: 'none' }, adultRecord), 'R-AUTH-1:AUTHENTICATION_REQUIRED')
    const forbidden = { ...adultRecord, authorizations: [{ professionalId: doctor.id, status: 'forbidden' as const }] }
    expectDenied(decideOn('view-history', doctor, forbidden), 'R-AUTH-5:ACCESS_AUTHORIZATION_FORBIDDEN')
    const blocked = { ...adultRecord, blocks: [{ target: 'professional' as const, id: doctor.id, from: '2024-01-01' }] }
    expectDenied(decideOn('view-history', doctor, blocked), 'R-AUTH-6:PROFESSIONAL_BLOCKED')
    for (const actor of thirdParties) expectDenied(decideOn('view-history', actor, adultRecord), 'R-PATIENT-1:NOT_A_CARE_ACTOR')
  })

  it('a representative stops reading the history at the child\'s 18th birthday (R-PATIENT-1, R-MINOR-7)', () => {
    expect(decideOn('view-history', mum, minorRecord, { at: '2030-08-31' }).allowed).toBe(true)
    expectDenied(decideOn('view-history', mum, minorRecord, { at: '2030-09-01' }), 'R-MINOR-7:REPRESENTATION_ENDED_AT_MAJORITY')
  })
})

describe('contacts give no access (R-PATIENT-3)', () => {
  it('denies a caregiver, a contact of the profile, every action (R-PATIENT-3, R-ACTOR-2)', () => {
    for (const action of ACTIONS as ReadonlyArray<Action>) {
      const d = decideOn(action, { kind: 'third-party', party: 'caregiver' }, adultRecord, {
        document: { id: 'x', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-01-01', maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false },
      })
      expectDenied(d, 'R-ACTOR-2:CAREGIVER_NO_DELEGATION')
    }
  })
})
