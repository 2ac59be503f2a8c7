// Attack class "Proxy" (issue 19): a Proxy over a frozen target answers what its trap says, not what the target
// holds. 0.2.0 found the target frozen and remembered the answer: an establishment block added later was missed.
import { describe, expect, it } from 'vitest'
import { decide, deepFreeze, visibleDocuments, type HealthRecord, type Request } from '../../src/index.js'
import { consultRequest, plainCopy, plainRecord } from './fixtures.js'

describe('a Proxy is decided as the plain copy of what its traps answer (issue 19)', () => {
  it('denies once the trap answers an establishment block (R-AUTH-6)', () => {
    // The frozen target holds every field but `blocks`, which the trap answers (no Proxy invariant forbids it).
    const { blocks: _none, ...rest } = plainRecord()
    const target = deepFreeze(rest) as HealthRecord
    let blocks: HealthRecord['blocks'] = []
    const record = new Proxy(target, { get: (t, key) => (key === 'blocks' ? blocks : Reflect.get(t, key)) })
    const request: Request = { ...consultRequest, actor: deepFreeze({ ...consultRequest.actor }), record }
    for (let i = 0; i < 3; i++) expect(decide(request).allowed).toBe(true)
    blocks = [{ target: 'establishment', id: 'hosp-1', from: '2024-01-01' }]
    const fresh = decide({ ...request, record: { ...plainCopy(rest), blocks } })
    expect(fresh.reasons.map((r) => r.rule)).toContain('R-AUTH-6')
    expect(decide(request)).toEqual(fresh)
    expect(visibleDocuments(request).every((r) => !r.decision.allowed)).toBe(true)
  })

  it('denies a revoked Proxy as unreadable, without throwing (A-6 UNREADABLE_INPUT)', () => {
    const { proxy, revoke } = Proxy.revocable(plainRecord(), {})
    revoke()
    const d = decide({ ...consultRequest, record: proxy })
    expect(d.allowed).toBe(false)
    expect(d.reasons.map((r) => `${r.rule}:${r.code}`)).toEqual(['A-6:UNREADABLE_INPUT'])
  })
})
