// The engine reads each request once, into one shape (src/canonical.ts): nothing a rule reads may be lost.
import { describe, expect, it } from 'vitest'
import { canonicalRequest } from '../../src/canonical.js'
import type { Request } from '../../src/domain/types.js'
import { buildDocument, buildRecord, decide } from '../../src/index.js'

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

  it('reads a getter once', () => {
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
    expect(reads).toBe(1)
  })

  it('returns a value that is not an object as it is (denied as before)', () => {
    expect(canonicalRequest(null as unknown as Request)).toBeNull()
    expect(decide(null as unknown as Request).reasons[0]?.code).toBe('MALFORMED_REQUEST')
  })
})
