// Found by the differential test: a producer deleting with an `expired` authorisation was denied by
// R-DEL-1 alone. RULES.md R-AUTH-5 says "Deleting needs valid" (fn canDelete): it is a denying rule too, and a
// Denied lists every rule that denies (API.md).
// Found with it (model side): with several authorisation entries for one professional the model took the
// most favourable; the engine takes the most restrictive (fail closed), which the model now does too.
import { describe, it } from 'vitest'
import { adultRecord, doctor, expectDecision, reportByDoctor } from './fixtures.js'

describe('regression: deleting needs a valid authorisation (R-AUTH-5, R-DEL-1)', () => {
  it('denies the producer with an expired authorisation, citing R-AUTH-5 and R-DEL-1', () => {
    expectDecision(
      {
        action: 'delete',
        actor: doctor,
        record: { ...adultRecord, documents: [reportByDoctor], authorizations: [{ professionalId: 'dr-1', status: 'expired' }] },
        at: '2024-06-01',
        document: reportByDoctor,
      },
      { allowed: false, rules: ['R-AUTH-5', 'R-DEL-1'] },
    )
  })

  it('reads an expired entry beside a valid one as expired: the most restrictive wins (R-AUTH-5)', () => {
    expectDecision(
      {
        action: 'delete',
        actor: doctor,
        record: {
          ...adultRecord,
          documents: [reportByDoctor],
          authorizations: [
            { professionalId: 'dr-1', status: 'expired' },
            { professionalId: 'dr-1', status: 'valid' },
          ],
        },
        at: '2024-06-01',
        document: reportByDoctor,
      },
      { allowed: false, rules: ['R-AUTH-5', 'R-DEL-1'] },
    )
  })

  it('allows the producer with a valid authorisation (R-DEL-1)', () => {
    expectDecision(
      {
        action: 'delete',
        actor: doctor,
        record: { ...adultRecord, documents: [reportByDoctor], authorizations: [{ professionalId: 'dr-1', status: 'valid' }] },
        at: '2024-06-01',
        document: reportByDoctor,
      },
      { allowed: true, rules: ['R-DEL-1', 'R-STATUS-1'] },
    )
  })
})
