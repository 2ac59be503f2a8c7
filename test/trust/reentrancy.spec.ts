// Attack class "re-entrancy" (issue 19): a getter of a record's document calls decide on the same record while the
// engine evaluates. 0.2.0 remembered the stage of a caller-frozen record (its documents' contents unchecked) and
// shared one context per stage: the nested call left it on another document, and the outer call decided on the
// wrong one — a masked document allowed. Since 0.3.0 the engine copies what it did not build before any rule runs:
// the getters (and the nested calls) run during the copy, and the outer answer is the plain copy's.
import { describe, expect, it } from 'vitest'
import { decide, deepFreeze, type HealthDocument, type Request } from '../../src/index.js'
import { AT, doctor, maskedNote, note, plainCopy, plainRecord } from './fixtures.js'

/** A copy of `document` whose getters call `nested` first (once armed, and never from inside a nested call). */
const reentrant = (document: HealthDocument, nested: () => void): { readonly document: HealthDocument; readonly arm: () => void } => {
  let armed = false
  let inside = false
  const out = {} as Record<string, unknown>
  for (const [key, value] of Object.entries(document))
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => {
        if (armed && !inside) {
          inside = true
          try {
            nested()
          } finally {
            inside = false
          }
        }
        return value
      },
    })
  return { document: out as unknown as HealthDocument, arm: () => void (armed = true) }
}

const actor = deepFreeze({ ...doctor, id: 'nurse-1', profession: 'infirmier' as const })

describe('a nested call cannot change an outer answer (issue 19)', () => {
  it('denies the masked document although a getter decides an unmasked one meanwhile (R-MASK-2)', () => {
    let nestedAllowed: boolean | undefined
    let base: Omit<Request, 'action'>
    const { document, arm } = reentrant(maskedNote, () => {
      nestedAllowed = decide({ ...base, action: 'view', document: note }).allowed
    })
    const record = deepFreeze(plainRecord([note, document]))
    base = { actor, record, at: AT, careTeam: true, explicitConsent: true }
    const expected = decide({ ...base, action: 'view', document: maskedNote, record: plainCopy(plainRecord([note, maskedNote])) })
    expect(expected.reasons.map((r) => r.rule)).toContain('R-MASK-2')
    // The record and actor are frozen and decided before: 0.2.0 remembered their stage.
    for (let i = 0; i < 3; i++) expect(decide({ ...base, action: 'view', document: note }).allowed).toBe(true)
    arm()
    expect(decide({ ...base, action: 'view', document })).toEqual(expected)
    expect(nestedAllowed).toBe(true)
  })

  it('keeps the outer answer when a nested call is denied as malformed (A-6 MALFORMED_REQUEST)', () => {
    let nestedDecision: unknown
    let base: Omit<Request, 'action'>
    const { document, arm } = reentrant(maskedNote, () => {
      nestedDecision = decide({ ...base, action: 'view', record: undefined } as never)
    })
    const record = deepFreeze(plainRecord([note, document]))
    base = { actor, record, at: AT, careTeam: true, explicitConsent: true }
    const expected = decide({ ...base, action: 'view', document: maskedNote, record: plainCopy(plainRecord([note, maskedNote])) })
    for (let i = 0; i < 3; i++) expect(decide({ ...base, action: 'view', document: note }).allowed).toBe(true)
    arm()
    expect(decide({ ...base, action: 'view', document })).toEqual(expected)
    expect(nestedDecision).toEqual(expect.objectContaining({ allowed: false, reasons: [expect.objectContaining({ rule: 'A-6', code: 'MALFORMED_REQUEST' })] }))
  })
})
