// Attack class "prototype" (issue 19): a frozen value whose fields come from a prototype the caller changes later.
// 0.2.0 checked own properties only, remembered the answer, and kept allowing after the change.
import { describe, expect, it } from 'vitest'
import { accessMap, allowedActions, decide, deepFreeze, visibleDocuments, type Actor, type HealthRecord, type Request } from '../../src/index.js'
import { AT, consultRequest, doctor, note, plainRecord, plainCopy } from './fixtures.js'

const rules = (d: { readonly reasons: ReadonlyArray<{ readonly rule: string }> }): ReadonlyArray<string> => d.reasons.map((r) => r.rule)

describe('a value read through a prototype is decided as its plain copy (issue 19)', () => {
  it('denies once the actor prototype says authentication none, however often it was allowed before (R-AUTH-1)', () => {
    const proto = { ...doctor }
    const actor = Object.freeze(Object.create(proto) as Actor)
    const record = deepFreeze(plainRecord())
    const request: Request = { ...consultRequest, actor, record }
    for (let i = 0; i < 3; i++) expect(decide(request).allowed).toBe(true)
    proto.authentication = 'none'
    const fresh = decide({ ...consultRequest, actor: plainCopy(proto), record: plainCopy(record) })
    expect(fresh.allowed).toBe(false)
    expect(rules(fresh)).toContain('R-AUTH-1')
    expect(decide(request)).toEqual(fresh)
    const { action: _consult, ...actionless } = request
    expect(visibleDocuments(actionless).map((r) => r.decision.allowed)).toEqual([false, false])
    expect(allowedActions({ ...actionless, document: note }).view.allowed).toBe(false)
    expect(accessMap(record, [{ label: 'dr', actor, careTeam: true, explicitConsent: true }], AT).rows[0]?.consult).toEqual(fresh)
  })

  it('denies once a block is pushed through the record prototype (R-AUTH-6)', () => {
    const proto = plainRecord() as { -readonly [K in keyof HealthRecord]: HealthRecord[K] }
    // Frozen, with nothing of its own: every field is the (mutable) prototype's.
    const record = Object.freeze(Object.create(proto) as HealthRecord)
    const actor = deepFreeze({ ...doctor })
    const request: Request = { ...consultRequest, actor, record }
    for (let i = 0; i < 3; i++) expect(decide(request).allowed).toBe(true)
    proto.blocks = [{ target: 'professional', id: doctor.id, from: '2024-01-01' }]
    const fresh = decide({ ...request, record: plainCopy(proto) })
    expect(rules(fresh)).toContain('R-AUTH-6')
    expect(decide(request)).toEqual(fresh)
  })
})
