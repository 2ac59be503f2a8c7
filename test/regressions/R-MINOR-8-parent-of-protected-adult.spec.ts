// Found by the differential test: a representative listed with the role `parent` of a protected ADULT was
// allowed to consult, block, read the history… as the patient. RULES.md R-MINOR-8 names the legal
// representative of a protected adult "(guardian)", and R-MINOR-7 ends the parents' access at majority:
// only a guardian represents an adult.
import { describe, it } from 'vitest'
import type { HealthRecord } from '../../src/domain/types.js'
import { adultRecord, expectDecision } from './fixtures.js'

const protectedAdult = (role: 'parent' | 'guardian'): HealthRecord => ({
  ...adultRecord,
  patient: { ...adultRecord.patient, birthDate: '2014-11-21', protectedAdult: true },
  legalRepresentatives: [{ id: 'rl-3', role, doctorPresenceRequired: false }],
})

describe('regression: parent of a protected adult (R-MINOR-8)', () => {
  it('denies a representative with the role parent of a protected adult (R-MINOR-8)', () => {
    for (const action of ['consult', 'view-history', 'block'] as const)
      expectDecision(
        { action, actor: { kind: 'legal-representative', id: 'rl-3' }, record: protectedAdult('parent'), at: '2036-02-29' },
        { allowed: false, rules: ['R-MINOR-8'] },
      )
  })

  it('allows the guardian of the same protected adult (R-MINOR-8)', () => {
    expectDecision(
      { action: 'consult', actor: { kind: 'legal-representative', id: 'rl-3' }, record: protectedAdult('guardian'), at: '2036-02-29' },
      { allowed: true, rules: ['R-MINOR-8', 'R-STATUS-1'] },
    )
  })
})
