// Revision 2 (issue 12) reverses a 0.1 regression: in 0.1 only a representative listed as `guardian` represented a
// protected adult, so a parent the judge named was refused, and an adult under curatelle was refused too. The law
// says a protected adult decides personally unless the measure gives a representation relating to the person
// (C. civ. 459); then whoever the judge named represents them, a parent included (R-MINOR-8 rev. 2). Revision 3
// (R-MINOR-8 (a), issue 20): listed with the role the measure gives — the parent the judge named tuteur is listed
// `guardian`; a parent still listed `parent` no longer represents an adult (test/regressions/revision-3.spec.ts).
import { describe, it } from 'vitest'
import type { HealthRecord, ProtectionMeasure } from '../../src/domain/types.js'
import { adultRecord, doctor, expectDecision } from './fixtures.js'

const protectedAdult = (protection: ProtectionMeasure, role: 'parent' | 'guardian' | 'other' = 'parent'): HealthRecord => ({
  ...adultRecord,
  patient: { ...adultRecord.patient, birthDate: '2004-11-21', protectedAdult: true, protection },
  legalRepresentatives: [{ id: 'rl-3', role, doctorPresenceRequired: false }],
})
const tutelle: ProtectionMeasure = { measure: 'tutelle', representationOfPerson: true }
const curatelle: ProtectionMeasure = { measure: 'curatelle', representationOfPerson: false }
const mum = { kind: 'legal-representative', id: 'rl-3' } as const

describe('regression: representatives of a protected adult (R-MINOR-8 rev. 2)', () => {
  it('allows a parent the judge named tuteur (listed as guardian), when the measure represents the person (R-MINOR-8)', () => {
    for (const action of ['consult', 'view-history', 'block'] as const)
      expectDecision(
        { action, actor: mum, record: protectedAdult(tutelle, 'guardian'), at: '2026-06-01' },
        { allowed: true, rules: action === 'consult' ? ['R-MINOR-8', 'R-STATUS-1'] : ['R-MINOR-8', action === 'block' ? 'R-PATIENT-2' : 'R-PATIENT-1', 'R-STATUS-1'] },
      )
  })

  it('lets an adult under curatelle act alone, and refuses their representative (R-MINOR-8)', () => {
    expectDecision({ action: 'consult', actor: { kind: 'patient' }, record: protectedAdult(curatelle), at: '2026-06-01' }, { allowed: true, rules: ['R-MINOR-8', 'R-STATUS-1'] })
    expectDecision({ action: 'consult', actor: mum, record: protectedAdult(curatelle), at: '2026-06-01' }, { allowed: false, rules: ['R-MINOR-8'] })
  })

  it("asks the representative's consent of a professional when the measure represents the person, the adult's own otherwise (R-CONSENT-8, R-CONSENT-2)", () => {
    const consulting = { action: 'consult', actor: doctor, at: '2026-06-01', participatesInCare: true, explicitConsent: true } as const
    expectDecision({ ...consulting, record: protectedAdult(tutelle) }, { allowed: true, rules: ['R-CONSENT-8', 'R-STATUS-1'] })
    expectDecision({ ...consulting, record: protectedAdult(curatelle) }, { allowed: true, rules: ['R-CONSENT-2', 'R-STATUS-1'] })
  })

  it('denies everyone on a record that says protected adult without the measure (R-MINOR-8)', () => {
    const { protection: _none, ...patient } = protectedAdult(tutelle).patient
    expectDecision({ action: 'consult', actor: { kind: 'patient' }, record: { ...protectedAdult(tutelle), patient }, at: '2026-06-01' }, { allowed: false, rules: ['R-MINOR-8'] })
  })
})
