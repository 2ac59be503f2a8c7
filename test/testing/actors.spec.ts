// src/testing/actors.ts: what its arbitraries promise (their round trip through the codecs and the coverage of every
// union member are in test/testing/arbitraries.spec.ts).
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROFESSIONS } from '../../src/domain/profession.js'
import { MEDICO_SOCIAL_ROLES, THIRD_PARTIES, type ProfessionalActor } from '../../src/domain/types.js'
import { SAMPLE_IDS, arbActor, arbAuthentication, arbProfession, arbProfessionalActor } from '../../src/testing/index.js'

const SEED = 20240301
const share = <T>(xs: ReadonlyArray<T>, p: (x: T) => boolean): number => xs.filter(p).length / Math.max(xs.length, 1)
const pros: ReadonlyArray<ProfessionalActor> = fc.sample(arbProfessionalActor(), { numRuns: 3000, seed: SEED })

describe('arbProfession and arbAuthentication', () => {
  it('arbProfession is biased to medecin: above its share under a uniform draw, twice over', () => {
    const xs = fc.sample(arbProfession(), { numRuns: 2000, seed: SEED })
    expect(share(xs, (p) => p === 'medecin')).toBeGreaterThan(2 / PROFESSIONS.length)
    expect(share(xs, (p) => p === 'medecin')).toBeGreaterThan(0.3)
  })

  it('arbAuthentication is mostly an accepted one, and none now and then (R-AUTH-1)', () => {
    const xs = fc.sample(arbAuthentication(), { numRuns: 2000, seed: SEED })
    expect(share(xs, (a) => a !== 'none')).toBeGreaterThan(0.85)
    expect(xs).toContain('none')
  })
})

describe('arbProfessionalActor', () => {
  it('indirect authentication always names its establishment (R-AUTH-1)', () => {
    expect(pros.some((a) => a.authentication === 'indirect')).toBe(true)
    expect(pros.every((a) => a.authentication !== 'indirect' || a.establishmentId !== undefined)).toBe(true)
    expect(pros.some((a) => a.authentication !== 'indirect' && a.establishmentId === undefined)).toBe(true)
  })

  it('a role only on a médico-social professional, every role, and role-less ones in more than 3 % (R-ACTOR-4)', () => {
    expect(pros.every((a) => a.role === undefined || a.profession === 'medico-social')).toBe(true)
    expect(new Set(pros.flatMap((a) => (a.role === undefined ? [] : [a.role])))).toEqual(new Set(MEDICO_SOCIAL_ROLES))
    expect(share(pros, (a) => a.profession === 'medico-social' && a.role === undefined)).toBeGreaterThan(0.03)
  })

  it('the occupational doctor is a doctor; the coordinating doctor mostly a doctor, rarely another professional (R-ACTOR-7, R-ACTOR-8)', () => {
    expect(pros.every((a) => a.occupationalDoctor === undefined || (a.occupationalDoctor && a.profession === 'medecin'))).toBe(true)
    expect(share(pros, (a) => a.occupationalDoctor === true)).toBeGreaterThan(0.02)
    const coordinating = pros.filter((a) => a.residenceCoordinatingDoctor !== undefined)
    expect(coordinating.every((a) => a.residenceCoordinatingDoctor === true)).toBe(true)
    expect(share(pros, (a) => a.residenceCoordinatingDoctor === true)).toBeGreaterThan(0.02)
    expect(share(coordinating, (a) => a.profession === 'medecin')).toBeGreaterThan(0.75)
    expect(coordinating.some((a) => a.profession !== 'medecin')).toBe(true)
  })

  it('ids mostly from SAMPLE_IDS (so that the actor is often related to the record), now and then any string', () => {
    const pooled = (id: string): boolean => (SAMPLE_IDS.professionals as ReadonlyArray<string>).includes(id)
    expect(share(pros, (a) => pooled(a.id))).toBeGreaterThan(0.85)
    expect(pros.some((a) => !pooled(a.id) && a.id.length > 0)).toBe(true)
  })
})

describe('arbActor', () => {
  it('every kind, professionals the most frequent, every third party', () => {
    const xs = fc.sample(arbActor(), { numRuns: 2000, seed: SEED })
    const count = (k: string): number => xs.filter((a) => a.kind === k).length
    for (const k of ['patient', 'legal-representative', 'third-party']) expect(count('professional')).toBeGreaterThan(count(k))
    expect(count('patient')).toBeGreaterThan(0)
    expect(new Set(xs.flatMap((a) => (a.kind === 'third-party' ? [a.party] : [])))).toEqual(new Set(THIRD_PARTIES))
    expect(xs.every((a) => a.kind !== 'legal-representative' || a.id.length > 0)).toBe(true)
  })
})
