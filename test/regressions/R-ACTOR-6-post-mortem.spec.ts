// Issue 12 (R-ACTOR-6, rev. 2): heirs were told "no access" although the law lets them, the concubin and the PACS
// partner REQUEST the information they need (CSP L.1111-18, L.1110-4 V). The engine and the model agree, on every
// requester, purpose, date and opposition; the heirs' denial now names the remedy.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide } from '../../src/engine/api.js'
import { canRequestPostMortemAccess, POST_MORTEM_PURPOSES, POST_MORTEM_REQUESTERS } from '../../src/lifecycle/post-mortem.js'
import { modelPostMortem } from '../reference/model.js'
import { adultRecord } from './fixtures.js'

const died = { ...adultRecord, patient: { ...adultRecord.patient, deceasedOn: '2024-05-01' }, status: { kind: 'closed' as const, on: '2024-05-01' } }

describe('regression: post-mortem requests (R-ACTOR-6)', () => {
  it('allows a heir to request the causes of death after death, with the obligations of purpose and channel (R-ACTOR-6)', () => {
    const d = canRequestPostMortemAccess({ requester: 'heir', purpose: 'causes-of-death', record: died, at: '2024-06-01' })
    expect(d.allowed && d.obligations.map((o) => o.code)).toEqual(['COMMUNICATE_ONLY_WHAT_PURPOSE_NEEDS', 'REQUEST_THROUGH_HEALTH_INSURANCE_FUND'])
  })

  it('denies before death and against the deceased opposition (R-ACTOR-6)', () => {
    expect(canRequestPostMortemAccess({ requester: 'heir', purpose: 'causes-of-death', record: died, at: '2024-04-30' }).allowed).toBe(false)
    expect(canRequestPostMortemAccess({ requester: 'pacs-partner', purpose: 'assert-rights', record: died, at: '2024-06-01', deceasedOpposed: true }).allowed).toBe(false)
  })

  it('agrees with the reference model on every requester, purpose, date and opposition (R-ACTOR-6)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POST_MORTEM_REQUESTERS),
        fc.constantFrom(...POST_MORTEM_PURPOSES),
        fc.constantFrom('2024-04-30', '2024-05-01', '2024-05-02'),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.boolean(),
        (requester, purpose, at, deceasedOpposed, dead) => {
          const record = dead ? died : adultRecord
          const input = deceasedOpposed === undefined ? { requester, purpose, record, at } : { requester, purpose, record, at, deceasedOpposed }
          const engine = canRequestPostMortemAccess(input)
          const model = modelPostMortem(input)
          expect(engine.allowed).toBe(model.allowed)
          expect(engine.reasons.map((r) => r.rule)).toEqual([...model.rules])
        },
      ),
    )
  })

  it('tells heirs who ask for the space itself what they may request instead (R-ACTOR-5)', () => {
    const d = decide({ action: 'consult', actor: { kind: 'third-party', party: 'heir' }, record: died, at: '2024-06-01' })
    expect(!d.allowed && d.remedies.map((r) => r.code)).toContain('HEIR_MAY_REQUEST_INFORMATION')
  })
})
