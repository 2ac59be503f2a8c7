// src/testing/matrix.ts: what arbMatrix promises (the round trip through decodeMatrix and the share of the grants of
// revision 3 are in test/testing/arbitraries.spec.ts).
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROFESSIONS } from '../../src/domain/profession.js'
import { isOccupationalGrant, type ProfessionGrant } from '../../src/matrix/types.js'
import { SAMPLE_IDS, arbMatrix } from '../../src/testing/index.js'

const SEED = 20240301
const grants = fc.sample(arbMatrix(), { numRuns: 800, seed: SEED }).flatMap((m) => m.grants)
const byProfession = grants.filter((g): g is ProfessionGrant => !isOccupationalGrant(g))

describe('arbMatrix', () => {
  it('grants of every profession, with and without a specialty, sourced or not', () => {
    expect(new Set(byProfession.map((g) => g.profession))).toEqual(new Set(PROFESSIONS))
    expect(byProfession.some((g) => g.specialty !== undefined)).toBe(true)
    expect(byProfession.some((g) => g.specialty === undefined)).toBe(true)
    expect(grants.some((g) => g.source !== undefined)).toBe(true)
    expect(grants.some((g) => g.source === undefined)).toBe(true)
  })

  it("type codes: all of them ('*') or some, mostly the ones documents use (SAMPLE_IDS)", () => {
    expect(grants.some((g) => g.typeCodes === '*')).toBe(true)
    const listed = grants.flatMap((g) => (g.typeCodes === '*' ? [] : g.typeCodes))
    expect(listed.filter((c) => (SAMPLE_IDS.typeCodes as ReadonlyArray<string>).includes(c)).length / listed.length).toBeGreaterThan(0.85)
  })

  it('a role only on a médico-social grant, which then names no specialty (R-ACTOR-4)', () => {
    expect(byProfession.every((g) => g.role === undefined || (g.profession === 'medico-social' && g.specialty === undefined))).toBe(true)
    expect(byProfession.some((g) => g.role !== undefined)).toBe(true)
  })
})
