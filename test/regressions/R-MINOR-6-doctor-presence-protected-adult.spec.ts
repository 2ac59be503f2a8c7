// Found by the differential test: the restriction "only with a doctor present" recorded on the guardian of
// a protected adult was ignored (the engine honoured it for minors only). RULES.md R-MINOR-6 speaks of
// minors; R-MINOR-8 says a protected adult's space is managed "as for a minor", and a restriction the record
// carries is never ignored (fail closed).
import { describe, it } from 'vitest'
import type { HealthRecord } from '../../src/domain/types.js'
import { adultRecord, expectDecision } from './fixtures.js'

const record: HealthRecord = {
  ...adultRecord,
  patient: { ...adultRecord.patient, protectedAdult: true, protection: { measure: 'tutelle', representationOfPerson: true } },
  legalRepresentatives: [{ id: 'rl-1', role: 'guardian', doctorPresenceRequired: true }],
}

describe('regression: doctor presence for the guardian of a protected adult (R-MINOR-6)', () => {
  it('denies the restricted guardian without a doctor present (R-MINOR-6)', () => {
    expectDecision(
      { action: 'consult', actor: { kind: 'legal-representative', id: 'rl-1' }, record, at: '2024-06-01' },
      { allowed: false, rules: ['R-MINOR-6'] },
    )
  })

  it('allows the restricted guardian with a doctor present (R-MINOR-6, R-MINOR-8)', () => {
    expectDecision(
      { action: 'consult', actor: { kind: 'legal-representative', id: 'rl-1' }, record, at: '2024-06-01', inPresenceOfDoctor: true },
      { allowed: true, rules: ['R-MINOR-6', 'R-MINOR-8', 'R-STATUS-1'] },
    )
  })
})
