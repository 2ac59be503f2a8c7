import { describe, expect, it } from 'vitest'
import { decide, type Request } from '../../src/index.js'

const record: Request['record'] = {
  patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
  status: { kind: 'active' },
  treatingDoctorIds: [],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents: [],
}

describe('engine', () => {
  it('denies an insurer with R-ACTOR-1', () => {
    const d = decide({ action: 'consult', actor: { kind: 'third-party', party: 'insurer' }, record, at: '2024-01-01' })
    expect(d.allowed).toBe(false)
    expect(d.reasons.map((r) => r.rule)).toContain('R-ACTOR-1')
  })
  it('denies an unknown action with UNKNOWN_ACTION', () => {
    const d = decide({ action: 'teleport' as never, actor: { kind: 'patient' }, record, at: '2024-01-01' })
    expect(d.allowed).toBe(false)
    expect(d.reasons.map((r) => r.code)).toEqual(['UNKNOWN_ACTION'])
  })
})
