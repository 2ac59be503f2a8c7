// src/testing/post-mortem.ts: what arbPostMortemRequest promises (the decisions it reaches are in
// test/testing/arbitraries.spec.ts).
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMinorAt } from '../../src/domain/dates.js'
import { POST_MORTEM_PURPOSES, POST_MORTEM_REQUESTERS } from '../../src/lifecycle/post-mortem.js'
import { arbPostMortemRequest } from '../../src/testing/index.js'

const SEED = 20240301
const sample = fc.sample(arbPostMortemRequest(), { numRuns: 1000, seed: SEED })

describe('arbPostMortemRequest (R-ACTOR-6)', () => {
  it('relatives of every kind with every purpose; the holder’s opposition present (both ways) and absent', () => {
    const relatives = sample.flatMap((r) => (r.requester === 'parent' ? [] : [r]))
    expect(new Set(relatives.map((r) => r.requester))).toEqual(new Set(POST_MORTEM_REQUESTERS))
    expect(new Set(relatives.map((r) => r.purpose))).toEqual(new Set(POST_MORTEM_PURPOSES))
    expect(new Set(sample.map((r) => r.deceasedOpposed))).toEqual(new Set([true, false, undefined]))
  })

  it('the holder is often deceased before `at`, often a minor at death', () => {
    const dead = sample.filter((r) => r.record.patient.deceasedOn !== undefined && r.record.patient.deceasedOn <= r.at)
    expect(dead.length).toBeGreaterThan(sample.length / 3)
    const minorAtDeath = dead.filter((r) => isMinorAt(r.record.patient.birthDate, r.record.patient.deceasedOn as string) === true)
    expect(minorAtDeath.length).toBeGreaterThan(dead.length / 3)
  })

  it("a parent's requesterId is listed as parent, as guardian, or not at all (or with the role the record already gave it)", () => {
    const parents = sample.flatMap((r) => (r.requester === 'parent' ? [r] : []))
    const roleOf = (r: (typeof parents)[number]): string => r.record.legalRepresentatives.find((x) => x.id === r.requesterId)?.role ?? 'unlisted'
    expect([...new Set(parents.map(roleOf))]).toEqual(expect.arrayContaining(['parent', 'guardian', 'unlisted']))
  })
})
