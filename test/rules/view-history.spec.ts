// The `view-history` action (issue 4): R-PATIENT-1; and contacts give no access (R-PATIENT-3).
import { describe, expect, it } from 'vitest'
import { ACTIONS, type Action } from '../../src/domain/types.js'
import { adultRecord, decideOn, doctor, expectAllowed, expectDenied, minorRecord, mum, nurse, patient, thirdParties, treatingDoctor } from './document-actions.fixtures.js'

describe('view-history (R-PATIENT-1)', () => {
  it('lets the patient read the activity history, and the legal representatives of a minor (R-PATIENT-1)', () => {
    expectAllowed(decideOn('view-history', patient, adultRecord), 'R-PATIENT-1:PATIENT_READS_HISTORY')
    expectAllowed(decideOn('view-history', mum, minorRecord), 'R-PATIENT-1:PATIENT_READS_HISTORY')
  })

  it('denies professionals and third parties (R-PATIENT-1)', () => {
    for (const actor of [doctor, nurse, treatingDoctor]) expectDenied(decideOn('view-history', actor, adultRecord, { careTeam: true }), 'R-PATIENT-1:HISTORY_FOR_PATIENT_ONLY')
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
