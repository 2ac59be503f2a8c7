// Found by the reviews of 0.1 (issue 11): a professional claiming indirect authentication without naming the
// establishment consulted a record whose patient had blocked that establishment — the block could not apply.
// Indirect authentication is always bound to the structure's FINESS/SIRET (R-AUTH-1, faq:284, faq:286).
import { describe, it } from 'vitest'
import type { HealthRecord, ProfessionalActor } from '../../src/domain/types.js'
import { adultRecord, expectDecision } from './fixtures.js'

const blocked: HealthRecord = { ...adultRecord, blocks: [{ target: 'establishment', id: 'finess-1', from: '2024-01-01' }] }
const hospitalDoctor: ProfessionalActor = { kind: 'professional', id: 'dr-h', profession: 'medecin', authentication: 'indirect' }

describe('regression: indirect authentication without an establishment (R-AUTH-1)', () => {
  it('denies the anonymous indirect actor on a record that blocked the establishment (R-AUTH-1)', () => {
    expectDecision({ action: 'consult', actor: hospitalDoctor, record: blocked, at: '2024-06-01', careTeam: true, explicitConsent: true }, { allowed: false, rules: ['R-AUTH-1'] })
  })

  it('denies the same actor, once the establishment is named, by the block (R-AUTH-6)', () => {
    const named = { ...hospitalDoctor, establishmentId: 'finess-1' }
    expectDecision({ action: 'consult', actor: named, record: blocked, at: '2024-06-01', careTeam: true, explicitConsent: true }, { allowed: false, rules: ['R-AUTH-6'] })
  })

  it('denies it on every action, feeding included (R-AUTH-1)', () => {
    const doc = { id: 'new', typeCode: '11488-4', author: { kind: 'professional', id: 'dr-h' }, addedOn: '2024-06-01', maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false } as const
    expectDecision({ action: 'feed', actor: hospitalDoctor, record: adultRecord, at: '2024-06-01', participatesInCare: true, document: doc }, { allowed: false, rules: ['R-AUTH-1'] })
  })
})
