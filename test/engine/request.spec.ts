// The engine reads each request once, into one shape (src/engine/request.ts): nothing a rule reads may be lost.
import { describe, expect, it } from 'vitest'
import { canonicalRequest } from '../../src/engine/request.js'
import type { Request } from '../../src/domain/types.js'
import { buildActor, buildDocument, buildRecord, decide } from '../../src/index.js'

const document = buildDocument({ id: 'd1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02' })
const record = buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [document] })

// Every field of Request, each with a value: a field added to Request must be added here (the type says so).
const FULL: { readonly [K in keyof Request]-?: Request[K] } = {
  action: 'view',
  actor: { kind: 'patient' },
  record,
  at: '2024-06-01',
  document,
  careTeam: true,
  participatesInCare: true,
  explicitConsent: true,
  patientOpposes: false,
  atPatientRequest: true,
  inPresenceOfDoctor: false,
  accessMode: 'normal',
  api: 'v2',
  carteVitaleRead: true,
  shareWith: { role: 'parent' },
  representativeId: 'mum',
  holderCannotExpressWill: true,
}

describe('canonicalRequest', () => {
  it('keeps every field of Request, whatever way the request was built', () => {
    expect(canonicalRequest(FULL)).toEqual(FULL)
    expect(canonicalRequest({ ...FULL })).toEqual(FULL)
    expect(canonicalRequest(Object.assign(Object.create(null) as object, FULL) as Request)).toEqual(FULL)
  })

  it('gives absent fields as undefined, drops unknown fields, and replaces the action when asked', () => {
    const c = canonicalRequest({ action: 'consult', actor: { kind: 'patient' }, record, at: '2024-06-01', extra: 1 } as unknown as Request, 'view')
    expect(c.action).toBe('view')
    expect(c.careTeam).toBeUndefined()
    expect('extra' in c).toBe(false)
  })

  it('reads a getter once per evaluation (and once more to match a remembered request, src/engine/memo.ts)', () => {
    let reads = 0
    const request = {
      action: 'consult',
      actor: { kind: 'patient' },
      record,
      get at() {
        reads++
        return '2024-06-01'
      },
    } as unknown as Request
    expect(decide(request).allowed).toBe(true)
    expect(reads).toBeLessThanOrEqual(2)
    // Built record and actor (since 0.3.0, issue 19: built, not merely frozen): the second decision matches the
    // first one's stage, and evaluates nothing.
    const frozenRequest = { ...FULL, action: 'consult', actor: buildActor({ kind: 'patient' }), document: undefined, shareWith: undefined, representativeId: undefined }
    const get = { ...frozenRequest } as Record<string, unknown>
    delete get['at']
    let atReads = 0
    Object.defineProperty(get, 'at', { enumerable: true, get: () => (atReads++, '2024-06-01') })
    decide(get as unknown as Request)
    const first = atReads
    decide(get as unknown as Request)
    expect(first).toBeLessThanOrEqual(2)
    expect(atReads - first).toBe(1)
  })

  it("reads a class instance's getters (on its prototype, not enumerable): a request class cannot lose a field", () => {
    class Consultation {
      readonly action = 'consult'
      readonly at = '2024-06-01'
      readonly explicitConsent = true
      readonly careTeam = true
      get actor() {
        return { kind: 'professional', id: 'PS-1', profession: 'medecin', authentication: 'cps' } as const
      }
      get record() {
        return record
      }
      get patientOpposes() {
        return true
      }
    }
    const c = canonicalRequest(new Consultation() as unknown as Request)
    expect(c.patientOpposes).toBe(true)
    expect(c.actor).toEqual({ kind: 'professional', id: 'PS-1', profession: 'medecin', authentication: 'cps' })
    const d = decide(new Consultation() as unknown as Request)
    expect(d.allowed).toBe(false)
    expect(d.reasons.map((r) => r.rule)).toContain('R-CONSENT-5')
  })

  it('returns a value that is not an object as it is (denied as before)', () => {
    expect(canonicalRequest(null as unknown as Request)).toBeNull()
    expect(decide(null as unknown as Request).reasons[0]?.code).toBe('MALFORMED_REQUEST')
  })
})
