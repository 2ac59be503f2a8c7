// Found by the reviews of 0.1 (issue 11): a 10-year-old marked `emancipated` acted alone and the parents were
// shut out. Emancipation exists only from 16 (C. civ. 413-2): such a record is invalid, and nothing is granted.
import { describe, it } from 'vitest'
import type { HealthRecord } from '../../src/domain/types.js'
import { adultRecord, expectDecision } from './fixtures.js'

const child: HealthRecord = {
  ...adultRecord,
  patient: { ...adultRecord.patient, birthDate: '2014-03-01', emancipated: true },
  legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: false }],
}

describe('regression: emancipated under 16 (R-MINOR-3)', () => {
  it('denies the 10-year-old acting alone (R-MINOR-3)', () => {
    expectDecision({ action: 'consult', actor: { kind: 'patient' }, record: child, at: '2024-06-01' }, { allowed: false, rules: ['R-MINOR-3'] })
  })

  it('denies the parent too: the record itself is invalid (R-MINOR-3)', () => {
    expectDecision({ action: 'consult', actor: { kind: 'legal-representative', id: 'mum' }, record: child, at: '2024-06-01' }, { allowed: false, rules: ['R-MINOR-3'] })
  })

  it('lets the same child act alone from their 16th birthday, not the day before (R-MINOR-3)', () => {
    expectDecision({ action: 'consult', actor: { kind: 'patient' }, record: child, at: '2030-02-28' }, { allowed: false, rules: ['R-MINOR-3'] })
    expectDecision({ action: 'consult', actor: { kind: 'patient' }, record: child, at: '2030-03-01' }, { allowed: true, rules: ['R-MINOR-3', 'R-STATUS-1'] })
  })
})
