import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import {
  HL7_CONFIDENTIALITY_OID,
  TRE_A07_OID,
  fromXdsConfidentialityCodes,
  toXdsConfidentialityCodes,
  type VisibilityFlags,
} from '../../src/interop/index.js'

const runs = process.env['DMP_RULES_DEEP'] ? 20_000 : 300

const arbFlags: fc.Arbitrary<VisibilityFlags> = fc.record({
  maskedFromProfessionals: fc.boolean(),
  invisibleToPatient: fc.boolean(),
  hiddenFromLegalRepresentatives: fc.boolean(),
})

const codesOf = (e: ReturnType<typeof fromXdsConfidentialityCodes>): ReadonlyArray<string> =>
  E.isLeft(e) ? e.left.map((i) => i.code) : []

describe('XDS confidentiality codes (R-MASK-1, R-INVIS-1, R-MINOR-5)', () => {
  it('round-trips flags → XDS codes → flags (property)', () => {
    fc.assert(
      fc.property(arbFlags, (flags) => {
        expect(fromXdsConfidentialityCodes(toXdsConfidentialityCodes(flags))).toEqual(E.right(flags))
      }),
      { numRuns: runs },
    )
  })

  it('round-trips whatever the order of the codes and whether their system is given (property)', () => {
    fc.assert(
      fc.property(arbFlags, fc.boolean(), fc.nat(), (flags, bare, seed) => {
        const codes = toXdsConfidentialityCodes(flags).map((c) => (bare ? c.code : c))
        const rotated = codes.map((_, i) => codes[(i + seed) % codes.length]!)
        expect(fromXdsConfidentialityCodes(rotated)).toEqual(E.right(flags))
      }),
      { numRuns: runs },
    )
  })

  it('always emits HL7 N first, with its OID, and one code per flag set', () => {
    fc.assert(
      fc.property(arbFlags, (flags) => {
        const codes = toXdsConfidentialityCodes(flags)
        expect(codes[0]).toEqual({ code: 'N', codeSystem: HL7_CONFIDENTIALITY_OID })
        const setFlags = Object.values(flags).filter((v) => v).length
        expect(codes.length).toBe(1 + setFlags)
        for (const c of codes.slice(1)) expect(c.codeSystem).toBe(TRE_A07_OID)
      }),
      { numRuns: runs },
    )
  })

  it('reads each TRE_A07 code into its flag', () => {
    expect(fromXdsConfidentialityCodes(['N', 'MASQUE_PS'])).toEqual(
      E.right({ maskedFromProfessionals: true, invisibleToPatient: false, hiddenFromLegalRepresentatives: false }),
    )
    expect(fromXdsConfidentialityCodes(['N', { code: 'INVISIBLE_REPRESENTANTS_LEGAUX', codeSystem: `urn:oid:${TRE_A07_OID}` }])).toEqual(
      E.right({ maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: true }),
    )
  })

  it('accepts a repeated code', () => {
    expect(E.isRight(fromXdsConfidentialityCodes(['N', 'N', 'INVISIBLE_PATIENT', 'INVISIBLE_PATIENT']))).toBe(true)
  })

  it('reports an unknown code, never ignores it', () => {
    const r = fromXdsConfidentialityCodes(['N', 'SECRET'])
    expect(codesOf(r)).toEqual(['UNKNOWN_CODE'])
    expect(E.isLeft(r) && r.left[0].path).toBe('/1')
  })

  it('is case-sensitive: a lower-case code is unknown', () => {
    expect(codesOf(fromXdsConfidentialityCodes(['N', 'masque_ps']))).toEqual(['UNKNOWN_CODE'])
  })

  it('reports a TRE_A07 code under the HL7 system, and N under the TRE_A07 system', () => {
    expect(codesOf(fromXdsConfidentialityCodes(['N', { code: 'MASQUE_PS', codeSystem: HL7_CONFIDENTIALITY_OID }]))).toEqual(['UNKNOWN_CODE'])
    expect(codesOf(fromXdsConfidentialityCodes([{ code: 'N', codeSystem: TRE_A07_OID }]))).toEqual(['UNKNOWN_CODE', 'MISSING_NORMAL'])
  })

  it('reports an unknown code system', () => {
    expect(codesOf(fromXdsConfidentialityCodes(['N', { code: 'MASQUE_PS', codeSystem: '1.2.3' }]))).toEqual(['UNKNOWN_CODE_SYSTEM'])
  })

  it('reports real codes it cannot carry (R, V, MASQUE_PSOCIAL, MASQUE_PT) as unsupported', () => {
    expect(codesOf(fromXdsConfidentialityCodes(['N', 'R', 'V', 'MASQUE_PSOCIAL', 'MASQUE_PT']))).toEqual([
      'UNSUPPORTED_CODE',
      'UNSUPPORTED_CODE',
      'UNSUPPORTED_CODE',
      'UNSUPPORTED_CODE',
    ])
  })

  it('requires HL7 N', () => {
    expect(codesOf(fromXdsConfidentialityCodes([]))).toEqual(['MISSING_NORMAL'])
    expect(codesOf(fromXdsConfidentialityCodes(['MASQUE_PS']))).toEqual(['MISSING_NORMAL'])
  })

  it('reports every problem at once, with its path', () => {
    const r = fromXdsConfidentialityCodes([42 as unknown as string, 'X', { code: 'MASQUE_PS', codeSystem: 7 as unknown as string }])
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([
      ['WRONG_TYPE', '/0'],
      ['UNKNOWN_CODE', '/1'],
      ['WRONG_TYPE', '/2/codeSystem'],
      ['MISSING_NORMAL', ''],
    ])
  })

  it('never throws on anything (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        const r = fromXdsConfidentialityCodes(u as ReadonlyArray<string>)
        expect(r._tag === 'Left' || r._tag === 'Right').toBe(true)
      }),
      { numRuns: runs },
    )
  })
})
