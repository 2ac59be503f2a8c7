// allowedActions (issue 13 item 4): the Decision of every action on one document of the record, each exactly
// decide's, though the record-level rules the actions share are evaluated once.
import * as fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  allowedActions,
  buildDocument,
  buildRecord,
  decide,
  RECORD_DOCUMENT_ACTIONS,
  type Options,
  type ProfessionalActor,
} from '../../src/index.js'
import { arbMatrix, arbRequest, deepFreeze } from '../../src/testing/index.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 5_000 : 300

const arbOptions: fc.Arbitrary<Options | undefined> = fc.option(arbMatrix().map((matrix) => ({ matrix })), { nil: undefined })

describe('allowedActions', () => {
  it('agrees with decide, action by action, on a document of the record (A-7)', () => {
    fc.assert(
      fc.property(arbRequest({ action: 'view' }), arbOptions, (request, options) => {
        const all = allowedActions(request, options)
        expect(Object.keys(all)).toEqual([...RECORD_DOCUMENT_ACTIONS])
        for (const action of RECORD_DOCUMENT_ACTIONS) {
          const one = decide({ ...request, action }, options)
          if (!isDeepStrictEqual(all[action], one)) expect({ action, decision: all[action] }).toEqual({ action, decision: one })
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('agrees with decide on every document action whatever the request was generated for (A-7, R-ACTOR-7, R-FEED-2)', () => {
    fc.assert(
      fc.property(arbRequest({ action: [...RECORD_DOCUMENT_ACTIONS] }), arbOptions, (request, options) => {
        const all = allowedActions(deepFreeze(request), options)
        for (const action of RECORD_DOCUMENT_ACTIONS) expect(all[action]).toEqual(decide({ ...request, action }, options))
      }),
      { numRuns: RUNS },
    )
  })

  it('re-evaluates for each action a record rule that reads the action: the occupational doctor views but does not mask (R-ACTOR-7)', () => {
    const document = buildDocument({ id: 'cr-1', typeCode: '11490-0', author: { kind: 'professional', id: 'dr-2' }, addedOn: '2025-01-20' })
    const record = buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [document] })
    const occupational: ProfessionalActor = { kind: 'professional', id: 'dr-w', profession: 'medecin', authentication: 'cps', occupationalDoctor: true }
    const request = { actor: occupational, at: '2025-03-14', record, document, explicitConsent: true, participatesInCare: true }
    const all = allowedActions(request)
    expect(all.view).toEqual(decide({ ...request, action: 'view' }))
    expect(all.mask.allowed).toBe(false)
    expect(all.mask.reasons.map((r) => r.code)).toContain('OCCUPATIONAL_DOCTOR_CONSULTS_AND_FEEDS_ONLY')
    expect(all.view.reasons.map((r) => r.code)).not.toContain('OCCUPATIONAL_DOCTOR_CONSULTS_AND_FEEDS_ONLY')
  })

  it('denies every action, never throws, for a plain-JS request without document (A-6)', () => {
    const record = buildRecord({ patient: { birthDate: '1980-01-01' } })
    const all = allowedActions({ actor: { kind: 'patient' }, at: '2025-03-14', record } as unknown as Parameters<typeof allowedActions>[0])
    for (const action of RECORD_DOCUMENT_ACTIONS) {
      expect(all[action].allowed).toBe(false)
      expect(all[action].reasons.map((r) => r.code)).toContain('DOCUMENT_MISSING')
    }
  })

  it('fails closed on a malformed request, as decide does (A-6)', () => {
    const all = allowedActions({ actor: null, at: '2025-03-14', record: null, document: null } as unknown as Parameters<typeof allowedActions>[0])
    for (const action of RECORD_DOCUMENT_ACTIONS) expect(all[action]).toEqual(decide({ actor: null, at: '2025-03-14', record: null, document: null, action } as never))
  })
})
