// Model-side disagreement found by the differential test (generated matrices): the model counted a matrix
// grant with an EMPTY list of type codes as "the matrix grants médico-social staff some access" (R-ACTOR-4).
// A grant of no type grants nothing: the model was wrong.
import { describe, it } from 'vitest'
import { adultRecord, doctor, expectDecision } from './fixtures.js'

describe('regression: a matrix grant of no document type (R-ACTOR-4, R-AUTH-7)', () => {
  it('keeps médico-social staff out when their only grant lists no type (R-ACTOR-4)', () => {
    expectDecision(
      { action: 'consult', actor: { ...doctor, profession: 'medico-social' }, record: adultRecord, at: '2024-06-01', explicitConsent: true },
      { allowed: false, rules: ['R-ACTOR-4'] },
      { version: 't', grants: [{ profession: 'medico-social', typeCodes: [] }] },
    )
  })

  it('lets them consult once a grant lists a type (R-ACTOR-4, R-CONSENT-2)', () => {
    expectDecision(
      { action: 'consult', actor: { ...doctor, profession: 'medico-social' }, record: adultRecord, at: '2024-06-01', explicitConsent: true },
      { allowed: true, rules: ['R-ACTOR-4', 'R-CONSENT-2', 'R-STATUS-1'] },
      { version: 't', grants: [{ profession: 'medico-social', typeCodes: ['11488-4'] }] },
    )
  })
})
