// The `block` action (issue 4): R-PATIENT-2.
import { describe, it } from 'vitest'
import { adultRecord, decideOn, doctor, expectAllowed, expectDenied, minorRecord, patient, thirdParties, tutor } from './document-actions.fixtures.js'

describe('block (R-PATIENT-2)', () => {
  it('lets the patient, and the legal representatives of a minor, block or unblock (R-PATIENT-2)', () => {
    expectAllowed(decideOn('block', patient, adultRecord), 'R-PATIENT-2:PATIENT_BLOCKS')
    expectAllowed(decideOn('block', tutor, minorRecord), 'R-PATIENT-2:PATIENT_BLOCKS')
  })

  it('denies professionals and third parties (R-PATIENT-2)', () => {
    expectDenied(decideOn('block', doctor, adultRecord, { careTeam: true }), 'R-PATIENT-2:BLOCK_BY_PATIENT_ONLY')
    for (const actor of thirdParties) expectDenied(decideOn('block', actor, adultRecord), 'R-PATIENT-2:NOT_A_CARE_ACTOR')
  })

  it('denies the patient of a deactivated space (R-STATUS-2)', () => {
    expectDenied(decideOn('block', patient, { ...adultRecord, status: { kind: 'deactivated' } }), 'R-STATUS-2:MES_DEACTIVATED')
  })
})
