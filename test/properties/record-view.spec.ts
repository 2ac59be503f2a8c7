// recordView (issue 13 item 5): the consultation once, each row's decision exactly decide's view and its own
// reasons, those the consultation does not give.
import * as fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  buildDocument,
  buildRecord,
  decide,
  recordView,
  visibleDocuments,
  type AuthorizationMatrix,
  type Options,
} from '../../src/index.js'
import { arbMatrix, arbRequest } from '../../src/testing/index.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 5_000 : 300

const arbOptions: fc.Arbitrary<Options | undefined> = fc.option(arbMatrix().map((matrix) => ({ matrix })), { nil: undefined })

const key = (x: { readonly rule: string; readonly code: string }): string => `${x.rule}:${x.code}`
const keys = (xs: ReadonlyArray<{ readonly rule: string; readonly code: string }>): ReadonlyArray<string> => [...new Set(xs.map(key))].sort()

describe('recordView', () => {
  it('gives the consultation decide\'s consult, and each row decide\'s view, in record order (R-AUTH-7)', () => {
    fc.assert(
      fc.property(arbRequest({ action: ['consult', 'view'] }), arbOptions, (request, options) => {
        const screen = recordView(request, options)
        expect(screen.consultation).toEqual(decide({ ...request, action: 'consult' }, options))
        expect(screen.documents.map((r) => r.document)).toEqual(request.record.documents)
        for (const { document, decision } of screen.documents) {
          const one = decide({ ...request, action: 'view', document }, options)
          if (!isDeepStrictEqual(decision, one)) expect(decision).toEqual(one)
        }
        expect(screen.documents.map(({ document, decision }) => ({ document, decision }))).toEqual(visibleDocuments(request, options))
      }),
      { numRuns: RUNS },
    )
  })

  it('splits each row: own reasons ∪ the consultation\'s = the row\'s when they agree; only its own when the row alone is denied (R-MASK-2, R-AUTH-7)', () => {
    fc.assert(
      fc.property(arbRequest({ action: 'view' }), arbOptions, (request, options) => {
        const { consultation, documents } = recordView(request, options)
        for (const { decision, own } of documents) {
          // A document is visible only to an actor who may consult.
          if (!consultation.allowed) expect(decision.allowed).toBe(false)
          const ownKeys = own.reasons.map(key)
          expect(own.reasons).toEqual(decision.reasons.filter((r) => !consultation.reasons.some((c) => key(c) === key(r))))
          if (decision.allowed === consultation.allowed) expect(keys([...own.reasons, ...consultation.reasons])).toEqual(keys(decision.reasons))
          else expect(ownKeys).toEqual(decision.reasons.map(key))
          if (decision.allowed) {
            expect(own.remedies).toEqual([])
            expect(keys([...own.obligations, ...(consultation.allowed ? consultation.obligations : [])])).toEqual(keys(decision.obligations))
          } else {
            expect(own.obligations).toEqual([])
            const shared = consultation.allowed ? [] : consultation.remedies
            expect(own.remedies).toEqual(decision.remedies.filter((r) => !shared.some((c) => key(c) === key(r))))
          }
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('shows the consultation\'s obligations once and a masked row\'s own reason (R-CONSENT-1, R-MASK-2)', () => {
    const doc = (id: string, typeCode: string, masked = false) =>
      buildDocument({ id, typeCode, author: { kind: 'professional', id: 'dr-h' }, addedOn: '2025-01-20', maskedFromProfessionals: masked })
    const record = buildRecord({ patient: { birthDate: '1961-07-02' }, documents: [doc('bio-1', '11502-2'), doc('cr-1', '11490-0', true)] })
    const matrix: AuthorizationMatrix = { version: 'example', grants: [{ profession: 'infirmier', typeCodes: ['11502-2', '11490-0'] }] }
    const nurse = { kind: 'professional', id: 'nurse-1', profession: 'infirmier', authentication: 'cps' } as const
    const { consultation, documents } = recordView({ actor: nurse, at: '2025-03-14', record, careTeam: true, explicitConsent: true }, { matrix })
    expect(consultation.allowed).toBe(true)
    expect(consultation.allowed && consultation.obligations.length).toBeGreaterThan(0)
    const [bio, cr] = documents
    expect(bio?.decision.allowed).toBe(true)
    expect(bio?.own.obligations).toEqual([])
    expect(cr?.decision.allowed).toBe(false)
    expect(cr?.own.reasons.map((r) => r.rule)).toEqual(['R-MASK-2'])
  })

  it('shares one own-reasons object between rows whose decisions are shared (a record of many documents)', () => {
    const docs = Array.from({ length: 50 }, (_, i) => buildDocument({ id: `d${i}`, typeCode: '11502-2', author: { kind: 'patient' }, addedOn: '2025-01-20' }))
    const record = buildRecord({ patient: { birthDate: '1961-07-02' }, documents: docs })
    const { documents } = recordView({ actor: { kind: 'patient' }, at: '2025-03-14', record })
    expect(new Set(documents.map((r) => r.own)).size).toBe(1)
    expect(Object.isFrozen(documents[0]?.own)).toBe(true)
  })
})
