// Attack class "re-entrancy" (issue 19): a getter of the request's document calls decide on the same record while
// the engine evaluates. 0.2.0 shared one context per remembered stage: the nested call left it on its own document
// and the outer call decided on the wrong one — a masked document allowed.
import { describe, expect, it } from 'vitest'
import { buildActor, buildRecord, decide, type HealthDocument, type Request } from '../../src/index.js'
import { AT, doctor, maskedNote, note, plainRecord } from './fixtures.js'

const record = buildRecord(plainRecord())
const actor = buildActor({ ...doctor, id: 'nurse-1', profession: 'infirmier' })
const base = { actor, record, at: AT, careTeam: true, explicitConsent: true } as const

/** A copy of `document` whose getters first call decide (nested) with `nested`. */
const reentrant = (document: HealthDocument, nested: () => unknown): HealthDocument => {
  const out = {} as Record<string, unknown>
  for (const [key, value] of Object.entries(document))
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => {
        nested()
        return value
      },
    })
  return out as unknown as HealthDocument
}

describe('a nested call cannot change an outer answer (issue 19)', () => {
  it('denies the masked document although a getter decides an unmasked one meanwhile (R-MASK-2)', () => {
    const plain: Request = { ...base, action: 'view', document: maskedNote }
    const expected = decide(plain)
    expect(expected.reasons.map((r) => r.rule)).toContain('R-MASK-2')
    // The stage of (record, actor) is remembered: warm it up on the unmasked note.
    for (let i = 0; i < 3; i++) expect(decide({ ...base, action: 'view', document: note }).allowed).toBe(true)
    let nested = 0
    const document = reentrant(maskedNote, () => {
      nested++
      expect(decide({ ...base, action: 'view', document: note }).allowed).toBe(true)
    })
    expect(decide({ ...base, action: 'view', document })).toEqual(expected)
    expect(nested).toBeGreaterThan(0)
  })

  it('keeps the outer answer when a nested call is denied as malformed (A-6 MALFORMED_REQUEST)', () => {
    const expected = decide({ ...base, action: 'view', document: note })
    expect(expected.allowed).toBe(true)
    let nestedDecision: unknown
    const document = reentrant(note, () => {
      nestedDecision = decide({ ...base, action: 'view', record: undefined } as never)
    })
    expect(decide({ ...base, action: 'view', document })).toEqual(expected)
    expect(nestedDecision).toEqual(expect.objectContaining({ allowed: false, reasons: [expect.objectContaining({ rule: 'A-6', code: 'MALFORMED_REQUEST' })] }))
  })
})
