// src/testing/documents.ts: what its arbitraries promise (the round trip through the codecs and the author kinds are
// in test/testing/arbitraries.spec.ts).
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, addMonths } from '../../src/domain/dates.js'
import { SAMPLE_IDS, arbDocument, arbDocumentAuthor, arbRecord } from '../../src/testing/index.js'

const SEED = 20240301
const AT = '2024-03-31'

describe('arbDocument', () => {
  const docs = fc.sample(arbDocument(), { numRuns: 2000, seed: SEED })

  it('every combination of the three flags (masked, invisible to the patient, hidden from the representatives)', () => {
    const combos = new Set(docs.map((d) => `${d.maskedFromProfessionals}/${d.invisibleToPatient}/${d.hiddenFromLegalRepresentatives}`))
    expect(combos.size).toBe(8)
  })

  it('type codes and ids mostly from SAMPLE_IDS, now and then another string', () => {
    const pooled = (pool: ReadonlyArray<string>, x: string): boolean => pool.includes(x)
    expect(docs.filter((d) => pooled(SAMPLE_IDS.typeCodes, d.typeCode)).length / docs.length).toBeGreaterThan(0.85)
    expect(docs.filter((d) => pooled(SAMPLE_IDS.documents, d.id)).length / docs.length).toBeGreaterThan(0.85)
    expect(docs.some((d) => !pooled(SAMPLE_IDS.typeCodes, d.typeCode))).toBe(true)
  })
})

describe('arbDocumentAuthor', () => {
  it('a professional with and without an establishment, the patient, a representative (ids from SAMPLE_IDS mostly)', () => {
    const xs = fc.sample(arbDocumentAuthor(), { numRuns: 1000, seed: SEED })
    expect(xs.some((a) => a.kind === 'professional' && a.establishmentId !== undefined)).toBe(true)
    expect(xs.some((a) => a.kind === 'professional' && a.establishmentId === undefined)).toBe(true)
    expect(xs.filter((a) => a.kind === 'professional').length).toBeGreaterThan(xs.length / 2)
  })
})

describe('feeding dates around the anchor (documents of arbRecord({ around }))', () => {
  const docs = fc.sample(arbRecord({ around: AT }), { numRuns: 1500, seed: SEED }).flatMap((r) => r.documents)

  it('never after the anchor: a document added later did not exist then (A-8)', () => {
    expect(docs.length).toBeGreaterThan(1000)
    expect(docs.every((d) => d.addedOn <= AT)).toBe(true)
  })

  it('on the anchor, one month before it and the days around (R-INVIS-3), two weeks before it', () => {
    const on = (date: string | undefined): boolean => docs.some((d) => d.addedOn === date)
    expect(on(AT)).toBe(true)
    expect(on(addMonths(AT, -1))).toBe(true)
    expect(on(addDays(addMonths(AT, -1) as string, -1))).toBe(true)
    expect(on(addDays(addMonths(AT, -1) as string, 1))).toBe(true)
    expect(on(addDays(AT, -14))).toBe(true)
    expect(on(addMonths(AT, -12))).toBe(true)
  })
})
