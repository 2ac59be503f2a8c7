import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { PROFESSIONS, professionFromCode, professionToCode, type HealthProfession } from '../../src/domain/profession.js'
import { ACCESS_MODES } from '../../src/domain/types.js'
import { accessModeFromCode, accessModeToCode, decodeAccessModeCode, decodeProfessionCode } from '../../src/interop/index.js'

const runs = process.env['DMP_RULES_DEEP'] ? 20_000 : 300
const health = PROFESSIONS.filter((p): p is HealthProfession => p !== 'medico-social')

describe('professions ⇄ TRE_G15 codes (R-AUTH-7)', () => {
  it('round-trips profession → code → profession (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...health), (p) => {
        const code = professionToCode(p)
        expect(code).toBeDefined()
        expect(professionFromCode(code!)).toBe(p)
        expect(decodeProfessionCode(code)).toEqual(E.right(p))
        expect(decodeProfessionCode(Number(code))).toEqual(E.right(p))
      }),
      { numRuns: runs },
    )
  })

  it('gives every health profession its own code', () => {
    const codes = health.map((p) => professionToCode(p))
    expect(new Set(codes).size).toBe(health.length)
  })

  it('uses the codes published in TRE_G15 (checked against the ANS code system)', () => {
    expect(professionToCode('manipulateur-erm')).toBe('98')
    expect(professionToCode('dieteticien')).toBe('95')
    expect(professionToCode('technicien-laboratoire')).toBe('86')
    expect(professionToCode('medecin')).toBe('10')
    expect(professionToCode('medico-social')).toBeUndefined()
  })

  it('decodes unknown or unmapped codes to an issue', () => {
    for (const c of ['35', '69', '99', '', 'medecin', -10, 1.5]) expect(E.isLeft(decodeProfessionCode(c))).toBe(true)
    expect(E.isLeft(decodeProfessionCode(null))).toBe(true)
  })
})

describe('access modes ⇄ TRE_R248 ModeAcces (R-EMERG-1, R-EMERG-2)', () => {
  it('round-trips access mode → code → access mode (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ACCESS_MODES), (m) => {
        expect(accessModeFromCode(accessModeToCode(m))).toBe(m)
        expect(decodeAccessModeCode(accessModeToCode(m))).toEqual(E.right(m))
      }),
      { numRuns: runs },
    )
  })

  it('uses the TRE_R248 codes', () => {
    expect(ACCESS_MODES.map(accessModeToCode)).toEqual(['normal', 'bris_de_glace', 'centre_15'])
  })

  it('reads nothing else (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const known = ['normal', 'bris_de_glace', 'centre_15'].includes(s)
        expect(accessModeFromCode(s) !== undefined).toBe(known)
        expect(E.isRight(decodeAccessModeCode(s))).toBe(known)
      }),
      { numRuns: runs },
    )
    expect(accessModeFromCode('Normal')).toBeUndefined()
    expect(E.isLeft(decodeAccessModeCode(3))).toBe(true)
  })
})
