// Found by the fail-closed invariant (test/properties/all-actions.spec.ts): a professional whose profession
// is not one the library knows (a JS caller bypassing the types) was allowed to consult on care-team consent.
// RULES.md R-ACTOR-3: only health professionals taking part in the care; anything unknown denies.
import { describe, expect, it } from 'vitest'
import { decide } from '../../src/engine/api.js'
import { adultRecord, doctor } from './fixtures.js'

describe('regression: unknown profession (R-ACTOR-3)', () => {
  it('denies a care-team professional of an unknown profession (R-ACTOR-3, fail closed)', () => {
    const d = decide({
      action: 'consult',
      actor: { ...doctor, profession: 'astrologer' as never },
      record: adultRecord,
      at: '2024-06-01',
      careTeam: true,
    })
    expect(d.allowed).toBe(false)
    expect(d.reasons.map((r) => r.rule)).toContain('R-ACTOR-3')
  })
})
