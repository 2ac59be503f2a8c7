import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { PROFESSIONS, type HealthProfession, type Profession } from '../../src/domain/profession.js'
import { decide } from '../../src/engine/api.js'
import { compileMatrix } from '../../src/matrix/compile.js'
import { matrixFromMesJsonApi } from '../../src/matrix/mes-jsonapi.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import { SAMPLE_IDS, arbRequest } from '../../src/testing/index.js'
import { payloadOf, rowsOf, type Form } from './mes-payload.js'

const deep = process.env['DMP_RULES_DEEP'] !== undefined
const runs = deep ? 2_000 : 100

const HEALTH = PROFESSIONS.filter((p): p is HealthProfession => p !== 'medico-social')
const UNIVERSE: ReadonlyArray<string> = SAMPLE_IDS.typeCodes
const PROBES: ReadonlyArray<string> = [...UNIVERSE, 'UNKNOWN-1', '']
const SPECIALTIES: ReadonlyArray<string | undefined> = [undefined, ...SAMPLE_IDS.specialties]

// A hand-built matrix the service can express: listed type codes, no specialty.
const arbHandBuilt: fc.Arbitrary<AuthorizationMatrix> = fc.record({
  version: fc.constant('hand-built'),
  grants: fc.array(
    fc.record({ profession: fc.constantFrom(...HEALTH), typeCodes: fc.subarray([...UNIVERSE]) }),
    { maxLength: 8 },
  ),
})

// Every lookup of the compiled matrix, as a list of the cells it grants.
const lookups = (m: AuthorizationMatrix): ReadonlyArray<string> => {
  const c = compileMatrix(m)
  const out: Array<string> = []
  for (const p of PROFESSIONS)
    for (const s of SPECIALTIES) {
      if (c.grantsAny(p, s)) out.push(`${p}/${s ?? '-'}/any`)
      for (const t of PROBES) if (c.grants(p, s, t)) out.push(`${p}/${s ?? '-'}/${t}`)
    }
  return out
}

const sameLookups = (a: AuthorizationMatrix, b: AuthorizationMatrix): void => {
  expect(lookups(b)).toEqual(lookups(a))
}

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected right, got ${JSON.stringify(e.left)}`)
  return e.right
}

const issueCodes = (e: E.Either<ReadonlyArray<{ code: string }>, unknown>): ReadonlyArray<string> =>
  E.isLeft(e) ? e.left.map((i) => i.code) : []

describe('matrixFromMesJsonApi (R-AUTH-7)', () => {
  it('gives the same lookups as the equivalent hand-built matrix, in both JSON:API forms and any paging (property)', () => {
    fc.assert(
      fc.property(arbHandBuilt, fc.constantFrom<Form>('included', 'flat'), fc.integer({ min: 1, max: 40 }), (hand, form, size) => {
        const pages = payloadOf(rowsOf(hand, HEALTH, UNIVERSE), form, size)
        const read = right(matrixFromMesJsonApi(pages.length === 1 ? pages[0] : pages))
        sameLookups(hand, read)
      }),
      { numRuns: runs },
    )
  })

  it('makes decide(view) answer as with the equivalent hand-built matrix (property)', () => {
    fc.assert(
      fc.property(arbHandBuilt, arbRequest({ action: 'view' }), (hand, request) => {
        const read = right(matrixFromMesJsonApi(payloadOf(rowsOf(hand, HEALTH, UNIVERSE), 'included')[0]))
        // Same answer; only the version each matrix carries differs (named when R-AUTH-7 speaks).
        const { matrixVersion: _read, ...fromRead } = decide(request, { matrix: read })
        const { matrixVersion: _hand, ...fromHand } = decide(request, { matrix: hand })
        expect(fromRead).toEqual(fromHand)
      }),
      { numRuns: runs },
    )
  })

  it('maps service codes to specialties and to médico-social through professionOf (property)', () => {
    const codes: ReadonlyArray<readonly [string, Profession, string | undefined]> = [
      ['900', 'medico-social', undefined],
      ['901', 'pharmacien', 'BIO'],
      ['902', 'pharmacien', undefined],
    ]
    const professionOf = (code: string) => {
      const c = codes.find(([k]) => k === code)
      return c === undefined ? undefined : c[2] === undefined ? { profession: c[1] } : { profession: c[1], specialty: c[2] }
    }
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...codes), fc.subarray([...UNIVERSE])), { maxLength: 5 }), (picks) => {
        const hand: AuthorizationMatrix = {
          version: 'h',
          grants: picks.map(([[, profession, specialty], typeCodes]) => (specialty === undefined ? { profession, typeCodes } : { profession, specialty, typeCodes })),
        }
        // Rows state each grantee's own cells: a specialty's rows say what that specialty's grants add.
        const own = codes.flatMap(([code, p, s]) =>
          UNIVERSE.map((t) => ({
            code,
            typeCode: t,
            consult: hand.grants.some((g) => g.profession === p && g.specialty === s && (g.typeCodes as ReadonlyArray<string>).includes(t)),
          })),
        )
        const read = right(matrixFromMesJsonApi(payloadOf(own, 'flat')[0], { professionOf }))
        sameLookups(hand, read)
      }),
      { numRuns: runs },
    )
  })

  it('reads a hand-made page of each form', () => {
    const flat = {
      data: [
        { field_consultation_document: true, field_code_profession: { field_code_profession: 50 }, field_type_de_document: { field_code_loinc: '89233-1' } },
        { field_consultation_document: false, field_code_profession: { field_code_profession: 60 }, field_type_de_document: { field_code_loinc: '89233-1' } },
        { field_consultation_document: true, field_code_profession: { field_code_profession: '60' }, field_type_de_document: { field_code_loinc: ' 11488-4 ' } },
      ],
      links: { self: { href: 'x' } },
    }
    const m = right(matrixFromMesJsonApi(flat, { version: '2024-06-01' }))
    expect(m.version).toBe('2024-06-01')
    expect(m.grants.map((g) => [g.profession, g.typeCodes])).toEqual([
      ['sage-femme', ['89233-1']],
      ['infirmier', ['11488-4']],
    ])
    for (const g of m.grants) expect(g.source).toContain('matrice_professionnel_document')
    const c = compileMatrix(m)
    expect(c.grants('infirmier', undefined, '89233-1')).toBe(false)
    expect(c.grants('sage-femme', 'SM26', '89233-1')).toBe(true)
  })

  it('grants nothing for an empty page or rows that all say no', () => {
    expect(right(matrixFromMesJsonApi({ data: [] })).grants).toEqual([])
    const no = payloadOf([{ code: 10, typeCode: '11488-4', consult: false }], 'included')[0]
    expect(right(matrixFromMesJsonApi(no)).grants).toEqual([])
  })

  describe('bad payloads are issues, never a partial matrix', () => {
    // A row; `undefined` leaves the field out.
    const row = (consult: unknown, code: unknown, loinc: unknown): unknown => ({
      ...(consult === undefined ? {} : { field_consultation_document: consult }),
      field_code_profession: code === undefined ? {} : { field_code_profession: code },
      field_type_de_document: loinc === undefined ? {} : { field_code_loinc: loinc },
    })
    const good = (consult: unknown = true): unknown => row(consult, 10, '11488-4')

    it('rejects what is not a JSON:API document', () => {
      for (const u of [null, 3, 'x', {}, { data: {} }, []]) expect(E.isLeft(matrixFromMesJsonApi(u))).toBe(true)
      expect(issueCodes(matrixFromMesJsonApi({}))).toEqual(['MISSING_FIELD'])
      expect(issueCodes(matrixFromMesJsonApi({ data: 'rows' }))).toEqual(['WRONG_TYPE'])
    })

    it('reports a row that is not an object', () => {
      const r = matrixFromMesJsonApi({ data: [good(), 'row'] })
      expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([['WRONG_TYPE', '/data/1']])
    })

    it('reports a missing or non-boolean field_consultation_document', () => {
      expect(issueCodes(matrixFromMesJsonApi({ data: [good('yes')] }))).toEqual(['WRONG_TYPE'])
      expect(issueCodes(matrixFromMesJsonApi({ data: [row(undefined, 10, '11488-4')] }))).toEqual(['MISSING_FIELD'])
    })

    it('reports an unknown profession code, a malformed one, and a missing one', () => {
      expect(issueCodes(matrixFromMesJsonApi({ data: [row(true, 35, '11488-4')] }))).toEqual(['UNKNOWN_PROFESSION'])
      expect(issueCodes(matrixFromMesJsonApi({ data: [row(true, 1.5, '11488-4')] }))).toEqual(['WRONG_TYPE'])
      expect(issueCodes(matrixFromMesJsonApi({ data: [row(true, undefined, '11488-4')] }))).toEqual(['MISSING_FIELD'])
    })

    it('reads the rows of a code mapped to the occupational doctors as a grant to occupational doctors, last (R-ACTOR-7 rev. 3)', () => {
      const professionOf = (code: string) => (code === '999' ? ({ occupationalDoctor: true } as const) : code === '10' ? ({ profession: 'medecin' } as const) : undefined)
      const r = matrixFromMesJsonApi({ data: [row(true, 999, '11488-4'), row(false, 999, '34133-9'), good()] }, { professionOf, version: 'v' })
      expect(E.isRight(r) && r.right.grants.map((g) => ({ ...g, source: undefined }))).toEqual([
        { profession: 'medecin', typeCodes: ['11488-4'], source: undefined },
        { occupationalDoctor: true, typeCodes: ['11488-4'], source: undefined },
      ])
      // The doctors' rows never select an occupational doctor, the occupational rows nobody else.
      if (E.isRight(r)) {
        const m = compileMatrix(r.right)
        expect(m.grants('medecin', undefined, '11488-4', undefined, true)).toBe(true)
        expect(m.grants('medecin', undefined, '34133-9', undefined, true)).toBe(false)
        expect(compileMatrix({ version: 'd', grants: [{ profession: 'medecin', typeCodes: '*' }] }).grants('medecin', undefined, '11488-4', undefined, true)).toBe(false)
      }
      // The default mapping (TRE_G15) has no occupational code.
      expect(issueCodes(matrixFromMesJsonApi({ data: [row(true, 999, '11488-4')] }))).toEqual(['UNKNOWN_PROFESSION'])
    })

    it('a role-less médico-social grant selects every role, never an actor without one (R-ACTOR-4 rev. 3)', () => {
      const m = compileMatrix({ version: 'r', grants: [{ profession: 'medico-social', typeCodes: '*' }] })
      expect(m.grants('medico-social', undefined, '11488-4', 'social-worker')).toBe(true)
      expect(m.grants('medico-social', undefined, '11488-4', undefined)).toBe(false)
      expect(m.grants('medico-social', undefined, '11488-4', 'astrologer')).toBe(false)
      expect(m.grantsAny('medico-social', undefined, undefined)).toBe(false)
      expect(m.grantsAny('medico-social', undefined, 'care-support')).toBe(true)
    })

    it('reports a professionOf that names no profession of the library', () => {
      const r = matrixFromMesJsonApi({ data: [good()] }, { professionOf: () => ({ profession: 'astrologer' as Profession }) })
      expect(issueCodes(r)).toEqual(['UNKNOWN_PROFESSION'])
    })

    it('reports a missing or empty type code', () => {
      expect(issueCodes(matrixFromMesJsonApi({ data: [row(true, 10, '  ')] }))).toEqual(['WRONG_TYPE'])
      expect(issueCodes(matrixFromMesJsonApi({ data: [row(true, 10, undefined)] }))).toEqual(['MISSING_FIELD'])
      expect(issueCodes(matrixFromMesJsonApi({ data: [{ field_consultation_document: true, field_code_profession: { field_code_profession: 10 } }] }))).toEqual([
        'MISSING_FIELD',
      ])
    })

    it('reports a relationship without its included resource, and a malformed relationship', () => {
      const [page] = payloadOf([{ code: 10, typeCode: '11488-4', consult: true }], 'included') as ReadonlyArray<{ data: unknown; included: ReadonlyArray<{ id: string }> }>
      const withoutType = { ...page!, included: page!.included.filter((r) => !r.id.startsWith('type-')) }
      const r = matrixFromMesJsonApi(withoutType)
      expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([['MISSING_INCLUDED', '/data/0/relationships/field_type_de_document/data']])
      const broken = {
        data: [{ attributes: { field_consultation_document: true }, relationships: { field_code_profession: { data: 'p' }, field_type_de_document: { data: null } } }],
      }
      expect(issueCodes(matrixFromMesJsonApi(broken))).toEqual(['WRONG_TYPE', 'WRONG_TYPE'])
    })

    it('reports two rows that disagree on one cell', () => {
      const r = matrixFromMesJsonApi({ data: [good(true), good(false)] })
      expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([['CONFLICTING_ROWS', '/data/1']])
      expect(E.isRight(matrixFromMesJsonApi({ data: [good(true), good(true)] }))).toBe(true)
    })

    it('reports a last page that still links to a next one', () => {
      const pages = payloadOf(rowsOf({ version: 'h', grants: [{ profession: 'medecin', typeCodes: ['11488-4'] }] }, HEALTH, UNIVERSE), 'flat', 7)
      expect(pages.length).toBeGreaterThan(1)
      expect(E.isRight(matrixFromMesJsonApi(pages))).toBe(true)
      expect(issueCodes(matrixFromMesJsonApi(pages.slice(0, 2)))).toEqual(['INCOMPLETE_PAGES'])
    })

    it('reports every bad row at once, with its path in the page array', () => {
      const r = matrixFromMesJsonApi([{ data: [good()] }, { data: [good('no'), row(true, 99, '11488-4'), 7] }])
      expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path])).toEqual([
        ['WRONG_TYPE', '/1/data/0/field_consultation_document'],
        ['UNKNOWN_PROFESSION', '/1/data/1/field_code_profession'],
        ['WRONG_TYPE', '/1/data/2'],
      ])
    })

    it('never throws on anything (property)', () => {
      fc.assert(
        fc.property(fc.anything(), (u) => {
          const r = matrixFromMesJsonApi(u)
          expect(r._tag === 'Left' || r._tag === 'Right').toBe(true)
        }),
        { numRuns: runs * 3 },
      )
    })
  })
})
