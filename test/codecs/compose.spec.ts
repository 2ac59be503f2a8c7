// Issue 22 item 7: mixing the codecs into one's own io-ts schema, and the record's lists that default to empty.
// - `issuesOf` gives the input's JSON pointer under `t.intersection` and `t.union` (not `/0/actor/profession`).
// - `decodeRequest` / `decodeRecord` default `treatingDoctorIds`, `legalRepresentatives` and `documents` to []
//   (their absence can only take a grant away), and keep `blocks` and `authorizations` required, with a message
//   that says to write [] (their absence could hide a denial: R-AUTH-6, R-AUTH-5); feeding requires `documents`
//   (R-FEED-1: the fed document must be new).
import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { ActorCodec, HealthRecordCodec, RequestCodec, decodeRecord, decodeRequest, issuesOf, type DecodeIssue } from '../../src/codecs/index.js'
import { buildRecord, decide, visibleDocuments } from '../../src/index.js'

const paths = (r: t.Validation<unknown>): ReadonlyArray<string> => (E.isLeft(r) ? issuesOf(r.left).map((i) => i.path) : [])

const bareRecord = { patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false }, status: { kind: 'active' }, blocks: [], authorizations: [] }
const doctor = { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' } as const

describe('issuesOf under io-ts combinators (issue 22 item 7)', () => {
  it('gives /actor/profession, not /1/actor/profession, under t.intersection', () => {
    const Envelope = t.intersection([t.type({ requestId: t.string }), t.type({ request: RequestCodec })])
    const r = Envelope.decode({ requestId: 7, request: { action: 'consult', actor: { kind: 'professional', id: 'p' }, at: '2024-06-01', record: bareRecord } })
    expect(paths(r)).toEqual(['/requestId', '/request/actor/profession', '/request/actor/authentication'])
    const Direct = t.intersection([t.type({ at: t.string }), RequestCodec])
    expect(paths(Direct.decode({ action: 'consult', actor: { kind: 'professional', id: 'p' }, at: '2024-06-01', record: bareRecord }))).toEqual([
      '/actor/profession',
      '/actor/authentication',
    ])
  })

  it('gives the input path under t.union, t.array and nested combinators', () => {
    const U = t.union([t.type({ a: t.string }), t.type({ actor: ActorCodec })])
    expect(paths(U.decode({ actor: { kind: 'professional' } }))).toEqual(['/a', '/actor/id', '/actor/profession', '/actor/authentication'])
    const Nested = t.type({ items: t.array(t.intersection([t.partial({ note: t.string }), t.union([t.null, t.type({ record: HealthRecordCodec })])])) })
    const r = Nested.decode({ items: [{ note: 1, record: { ...bareRecord, blocks: 'none' } }] })
    expect(paths(r)).toEqual(['/items/0/note', '/items/0', '/items/0/record/blocks'])
    // every path leads into the input
    for (const p of paths(r)) expect(p.startsWith('/items/0')).toBe(true)
  })

  it('agrees with decodeRequest on the paths, inside a combinator', () => {
    const input = { action: 'view', actor: { kind: 'patient', id: 'x' }, at: '2024-13-01', record: { ...bareRecord, blocks: 3 } }
    const direct = decodeRequest(input)
    const viaIoTs = t.intersection([RequestCodec, t.UnknownRecord]).decode(input)
    expect(E.isLeft(direct)).toBe(true)
    if (E.isLeft(direct)) expect(paths(viaIoTs)).toEqual(direct.left.map((i) => i.path))
  })
})

describe('the record lists default to empty where that can only deny (issue 22 item 7)', () => {
  it('decodes a record without treatingDoctorIds, legalRepresentatives and documents, as buildRecord does', () => {
    const r = decodeRecord(bareRecord)
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expect(r.right).toEqual(buildRecord({ patient: { birthDate: '1980-01-01' } }))
      expect(Object.isFrozen(r.right.documents)).toBe(true)
    }
    expect(E.isRight(decodeRecord({ ...bareRecord, documents: undefined, treatingDoctorIds: undefined }))).toBe(true)
  })

  it('decides the same with the lists left out as with them empty (A-6, R-ACTOR-3)', () => {
    const consult = { action: 'consult', actor: doctor, at: '2024-06-01', careTeam: true, explicitConsent: true }
    const left = decodeRequest({ ...consult, record: bareRecord })
    const written = decodeRequest({ ...consult, record: { ...bareRecord, treatingDoctorIds: [], legalRepresentatives: [], documents: [] } })
    expect(E.isRight(left) && E.isRight(written)).toBe(true)
    if (E.isRight(left) && E.isRight(written)) {
      expect(left.right).toEqual(written.right)
      expect(decide(left.right)).toEqual(decide(written.right))
      expect(visibleDocuments(left.right)).toEqual([])
    }
  })

  it('still denies a document action on a record whose documents are left out: the record holds no copy (A-7)', () => {
    const document = { id: 'd-1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02', maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false }
    const r = decodeRequest({ action: 'view', actor: { kind: 'patient' }, at: '2024-06-01', record: bareRecord, document })
    expect(E.isLeft(r) && r.left.map((i) => [i.path, i.code])).toEqual([['/document/id', 'DOCUMENT_NOT_IN_RECORD']])
  })

  it('requires the documents to feed: the fed document must be new (R-FEED-1)', () => {
    const document = { id: 'd-1', typeCode: '11488-4', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2024-06-01', maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false }
    const feed = { action: 'feed', actor: doctor, at: '2024-06-01', record: bareRecord, document }
    const r = decodeRequest(feed)
    expect(E.isLeft(r)).toBe(true)
    const issue = E.isLeft(r) ? r.left[0] : undefined
    expect(E.isLeft(r) && r.left.map((i) => [i.path, i.code])).toEqual([['/record/documents', 'MISSING_KEY']])
    expect(issue?.message.en).toContain('R-FEED-1')
    expect(issue?.message.en).toContain('write []')
    expect(issue?.message.fr).toContain('écrivez []')
    expect(E.isRight(decodeRequest({ ...feed, record: { ...bareRecord, documents: [] } }))).toBe(true)
  })

  it.each([
    ['blocks', 'R-AUTH-6'],
    ['authorizations', 'R-AUTH-5'],
  ])('keeps %s required, saying to write [] and why (%s)', (key, rule) => {
    const { [key as 'blocks']: _gone, ...without } = bareRecord
    const r = decodeRecord(without)
    expect(E.isLeft(r)).toBe(true)
    const issues: ReadonlyArray<DecodeIssue> = E.isLeft(r) ? r.left : []
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`/${key}`, 'MISSING_KEY']])
    expect(issues[0]?.message.en).toContain(`expected key "${key}"`)
    expect(issues[0]?.message.en).toContain('write []')
    expect(issues[0]?.message.en).toContain(rule)
    expect(issues[0]?.message.fr).toContain('écrivez []')
    // A wrong type keeps the short description.
    const wrong = decodeRecord({ ...bareRecord, [key]: 3 })
    expect(E.isLeft(wrong) && wrong.left[0]?.message.en).toBe(`expected an array of ${key === 'blocks' ? 'blocks' : 'authorisations'}, got 3`)
  })
})
