// Attack class "throwing inputs" (issue 19): no exported function throws, whatever it is given — a throwing getter,
// a revoked Proxy, a cyclic or a 200 000-deep value. The decision functions deny with A-6 UNREADABLE_INPUT (a
// message that says the input could not be read); the decoders return an issue; differences() answers.
import { describe, expect, it } from 'vitest'
import { decodeMatrix, decodeRecord, decodeRequest } from '../../src/codecs/index.js'
import {
  accessMap,
  allowedActions,
  buildActor,
  buildDocument,
  buildRecord,
  canConsult,
  canFeed,
  canMask,
  createRules,
  decide,
  deepFreeze,
  differences,
  isDeeplyFrozen,
  isVisibleTo,
  recordView,
  visibleDocuments,
  type Request,
} from '../../src/index.js'
import { AT, consultRequest, note, plainRecord } from './fixtures.js'

const throwing = (): unknown =>
  Object.defineProperty({}, 'patient', {
    enumerable: true,
    get: () => {
      throw new Error('boom')
    },
  })
const revoked = (): unknown => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}
const cyclic = (): unknown => {
  const a: Record<string, unknown> = { birthDate: '1980-01-01' }
  a['self'] = a
  return { ...plainRecord(), patient: a }
}
const deep = (): unknown => {
  let v: unknown = {}
  for (let i = 0; i < 200_000; i++) v = { patient: v }
  return v
}
const BAD: ReadonlyArray<readonly [string, () => unknown]> = [
  ['a throwing getter', throwing],
  ['a revoked Proxy', revoked],
  ['a cyclic value', cyclic],
  ['a 200 000-deep value', deep],
]

const unreadableOrMalformed = (d: { readonly allowed: boolean; readonly reasons: ReadonlyArray<{ readonly rule: string; readonly code: string }> }): void => {
  expect(d.allowed).toBe(false)
  expect(d.reasons.map((r) => r.rule)).toContain('A-6')
}

describe('no exported function throws, whatever it is given (issue 19)', () => {
  it.each(BAD)('the decision functions deny %s as a record (A-6)', (_name, make) => {
    const { action: _consult, ...request } = { ...consultRequest, record: make() } as Request
    unreadableOrMalformed(canConsult(request))
    unreadableOrMalformed(decide({ ...request, action: 'consult' }))
    unreadableOrMalformed(isVisibleTo({ ...request, document: note }))
    expect(() => visibleDocuments(request)).not.toThrow()
    unreadableOrMalformed(recordView(request).consultation)
    for (const d of Object.values(allowedActions({ ...request, document: note }))) unreadableOrMalformed(d)
    expect(() => accessMap(request.record, [{ label: 'x', actor: { kind: 'patient' } }], AT)).not.toThrow()
  })

  it('says the input could not be read, in French and English (A-6 UNREADABLE_INPUT)', () => {
    for (const make of [throwing, revoked]) {
      const d = decide({ ...consultRequest, record: make() } as Request)
      expect(d.reasons).toEqual([expect.objectContaining({ rule: 'A-6', code: 'UNREADABLE_INPUT' })])
      expect(d.reasons[0]?.message.en).toMatch(/could not be read/)
      expect(d.reasons[0]?.message.fr).toMatch(/pas pu être lue/)
    }
    const whole = decide(revoked() as Request)
    expect(whole.reasons.map((r) => r.code)).toEqual(['UNREADABLE_INPUT'])
  })

  it.each(BAD)('the decoders return issues for %s', (_name, make) => {
    for (const decode of [decodeRequest, decodeRecord, decodeMatrix]) {
      const r = decode(make())
      expect(r._tag).toBe('Left')
    }
    const r = decodeRequest({ ...consultRequest, record: make() })
    expect(r._tag === 'Left' && r.left.length).toBeGreaterThan(0)
  })

  it.each(BAD)('differences() and the freezing helpers answer for %s', (_name, make) => {
    expect(differences(make(), make()).length).toBeGreaterThan(0)
    expect(differences(make(), {}).length).toBeGreaterThan(0)
    expect(() => isDeeplyFrozen(make())).not.toThrow()
    expect(() => deepFreeze(make())).not.toThrow()
  })

  it.each(BAD)('the builders never throw for %s; what they build of it is decided as its plain copy (A-6)', (name, make) => {
    const record = buildRecord(make() as never)
    const actor = buildActor(make() as never)
    expect(Object.isFrozen(record) && Object.isFrozen(actor)).toBe(true)
    // The cyclic value is a valid record but for an unknown key (`self`), which the builder leaves behind.
    if (name === 'a cyclic value') expect(decide({ ...consultRequest, record })).toEqual(decide({ ...consultRequest, record: plainRecord() }))
    else unreadableOrMalformed(decide({ ...consultRequest, record }))
    unreadableOrMalformed(decide({ ...consultRequest, actor }))
    expect(() => buildDocument(make() as never)).not.toThrow()
  })

  it('the builders keep no object of the caller where a value belongs, and freeze none (A-6)', () => {
    const odd = { toString: () => '1980-01-01' }
    const record = buildRecord({ patient: { birthDate: odd as never }, treatingDoctorIds: [odd as never] })
    expect(record.patient.birthDate).not.toBe(odd)
    expect(record.treatingDoctorIds[0]).not.toBe(odd)
    expect(Object.isFrozen(odd)).toBe(false)
    unreadableOrMalformed(decide({ ...consultRequest, record }))
  })

  it.each(BAD)('every decision function, given %s as the whole request or as the options, denies or decides as the default (A-6, R-ACTOR-3)', (_name, make) => {
    for (const f of [decide, canConsult, isVisibleTo, canMask, canFeed]) expect(f(make() as never).allowed).toBe(false)
    // Options without a readable matrix but no throwing read are the defaults.
    const rules = createRules(make() as never)
    expect(() => rules.decide(consultRequest)).not.toThrow()
    expect(() => rules.visibleDocuments(make() as never)).not.toThrow()
    expect(() => accessMap(make() as never, make() as never, AT)).not.toThrow()
    expect(() => recordView(make() as never)).not.toThrow()
  })

  it('options that cannot be read make every bound function deny (A-6 UNREADABLE_INPUT)', () => {
    const rules = createRules(revoked() as never)
    expect(rules.decide(consultRequest).reasons.map((r) => r.code)).toEqual(['UNREADABLE_INPUT'])
    expect(canConsult(revoked() as never).reasons.map((r) => r.code)).toEqual(['UNREADABLE_INPUT'])
  })
})
