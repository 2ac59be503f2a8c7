// Model-side disagreement found by the differential test: the model let a `valid` access authorisation
// alone open the record (reading R-AUTH-5's "with expired or none, consultation rests on consent" a
// contrario). R-CONSENT-2 requires explicit consent before each consultation outside the care team, and the
// FAQ (faq:180) says the professional must in every case have the patient's agreement: the fail-closed
// reading is that consultation always rests on a consent or an emergency rule. The model now agrees.
import { describe, it } from 'vitest'
import { adultRecord, doctor, expectDecision } from './fixtures.js'

describe('regression: a valid authorisation alone does not open the record (R-CONSENT-2, R-AUTH-5)', () => {
  it('denies a professional outside the care team with a valid authorisation but no consent (R-CONSENT-2)', () => {
    expectDecision(
      { action: 'consult', actor: doctor, record: { ...adultRecord, authorizations: [{ professionalId: 'dr-1', status: 'valid' }] }, at: '2024-06-01', participatesInCare: true },
      { allowed: false, rules: ['R-CONSENT-2'] },
    )
  })

  it('rev. 2: in the care team, a valid authorisation is the consent recorded for the team, and opens the record (R-CONSENT-1)', () => {
    expectDecision(
      { action: 'consult', actor: doctor, record: { ...adultRecord, authorizations: [{ professionalId: 'dr-1', status: 'valid' }] }, at: '2024-06-01', careTeam: true },
      { allowed: true, rules: ['R-CONSENT-1', 'R-STATUS-1'] },
    )
  })
})
