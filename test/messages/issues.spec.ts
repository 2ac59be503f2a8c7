// Issue 23 item 2: issues keep their data. A decoding issue is a union keyed by `code` that carries the parameters
// its message is made of; each language's wording is a function of them. For every code of the union's runtime
// list, an issue the decoders really raise gives back its own message from its own fields, in both languages.
import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { decodeIssue, decodeMatrix, decodeRecord, decodeRequest, issuesOf, RequestCodec, type DecodeIssue } from '../../src/codecs/index.js'
import {
  DECODE_ISSUE_CODES,
  decodeIssueMessage,
  type DecodeIssueCode,
  type DecodeIssueOf,
  type DecodeIssueParams,
  type DecodingWording,
} from '../../src/messages/decoding.js'
import { DECODING_EN } from '../../src/messages/en/decoding.js'
import { DECODING_FR } from '../../src/messages/fr/decoding.js'
import { READ_ISSUE_CODES, SKIP_CODES, readIssueMessage, skipMessage } from '../../src/messages/metadata.js'
import { readIssue } from '../../src/metadata/issues.js'
import { setAt } from '../fuzz/json-pointer.js'
import { SAMPLE_DECODE_PARAMS } from './samples.js'

const doc = (id: string, addedOn = '2024-01-10') => ({
  id,
  typeCode: '11488-4',
  author: { kind: 'professional', id: 'ps-1' },
  addedOn,
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
})

const VALID = {
  action: 'view',
  actor: { kind: 'professional', id: 'ps-1', profession: 'medecin', authentication: 'cps' },
  record: {
    patient: { birthDate: '2010-06-15', emancipated: false, protectedAdult: false },
    status: { kind: 'active' },
    legalRepresentatives: [{ id: 'rl-1', role: 'parent', doctorPresenceRequired: false }],
    blocks: [],
    authorizations: [],
    documents: [doc('doc-1'), doc('doc-2')],
  },
  at: '2024-03-01',
  document: doc('doc-1'),
} as const

const left = (r: E.Either<ReadonlyArray<DecodeIssue>, unknown>): ReadonlyArray<DecodeIssue> => (E.isLeft(r) ? r.left : [])
const revoked = Proxy.revocable({}, {})
revoked.revoke()
const coded = (u: unknown): ReadonlyArray<DecodeIssue> => {
  const r = t.array(RequestCodec).decode(u)
  return E.isLeft(r) ? issuesOf(r.left) : []
}

/** Inputs that together raise every decoding issue code. */
const ALL: ReadonlyArray<DecodeIssue> = [
  ...left(decodeRequest(1)),
  ...left(decodeRequest({})),
  ...left(decodeRequest(setAt(VALID, '/at', '2023-02-30'))),
  ...left(decodeRequest(setAt(VALID, '/at', '2001-01-01'))),
  ...left(decodeRequest(setAt(VALID, '/action', 'consul'))),
  ...left(decodeRequest(setAt(VALID, '/actor/kind', 'parent'))),
  ...left(decodeRequest(setAt(VALID, '/explicitConsnet', true))),
  ...left(decodeRequest(setAt(VALID, '/actor/id', ''))),
  ...left(decodeRequest(Object.defineProperty({ ...VALID }, 'at', { get: () => '2024-03-01', enumerable: true }))),
  ...left(decodeRequest(setAt(VALID, '/record/documents/1/id', 'doc-1'))),
  ...left(decodeRequest(setAt(VALID, '/record/legalRepresentatives/1', { id: 'rl-1', role: 'guardian', doctorPresenceRequired: false }))),
  ...left(decodeRequest(setAt(VALID, '/actor', { kind: 'legal-representative', id: 'rl-9' }))),
  ...left(decodeRequest({ ...VALID, document: undefined, action: 'mask' })),
  ...left(decodeRequest(setAt(VALID, '/document/id', 'doc-9'))),
  ...left(decodeRequest(setAt(VALID, '/document/maskedFromProfessionals', true))),
  ...left(decodeRequest({ ...VALID, action: 'feed', document: doc('doc-2', '2024-02-01') })),
  ...left(decodeRequest(setAt(VALID, '/actor/authentication', 'indirect'))),
  ...left(decodeRequest(setAt(VALID, '/record/patient/emancipated', true))),
  ...left(decodeRequest(setAt(VALID, '/record/patient/protectedAdult', true))),
  ...left(decodeRequest(setAt(VALID, '/record/patient/protection', { measure: 'curatelle', representationOfPerson: true }))),
  ...left(decodeRequest(revoked.proxy)),
  ...left(decodeRecord({ ...VALID.record, treatingDoctorIds: new Array(1100).fill(0) })),
  ...left(decodeMatrix({ version: '1', grants: [{ profession: 'medecin', typeCodes: '*', occupationalDoctor: 1 }] })),
  ...coded([VALID, 7]),
  ...(() => {
    const r = t.type({ n: t.number }).decode({ n: 'x' })
    return E.isLeft(r) ? issuesOf(r.left) : []
  })(),
]

const paramsOf = (i: DecodeIssue): DecodeIssueParams[DecodeIssueCode] => {
  const { code: _code, path: _path, message: _message, ...params } = i
  return params
}

describe('decoding issues keep their parameters (issue 23)', () => {
  it('raises every code of the union on the inputs above', () => {
    expect([...new Set(ALL.map((i) => i.code))].sort()).toEqual([...DECODE_ISSUE_CODES].sort())
  })

  it.each(DECODE_ISSUE_CODES)('derives the message of %s from the parameters the issue carries, in both languages', (code) => {
    const raised = ALL.filter((i) => i.code === code)
    expect(raised.length).toBeGreaterThan(0)
    for (const i of raised) {
      expect(decodeIssueMessage(i.code, paramsOf(i) as never)).toEqual(i.message)
      // the same issue, built from its code, path and parameters (decodeIssue), is equal field for field
      expect(decodeIssue(i.code, i.path, paramsOf(i) as never)).toEqual(i)
    }
  })

  it.each(DECODE_ISSUE_CODES)('builds %s from sample parameters with the wording of each language', (code) => {
    const params = SAMPLE_DECODE_PARAMS[code]
    const issue = decodeIssue(code, '/x', params)
    expect(issue.message).toEqual({
      en: (DECODING_EN[code] as (p: typeof params) => string)(params),
      fr: (DECODING_FR[code] as (p: typeof params) => string)(params),
    })
    expect({ ...issue, message: undefined, path: undefined, code: undefined }).toEqual({ ...params, message: undefined, path: undefined, code: undefined })
  })

  it('keeps the suggestion it words, and never hands out a list the decoder still uses (frozen)', () => {
    const [i] = left(decodeRequest(setAt(VALID, '/action', 'consul')))
    expect(i?.code).toBe('INVALID_ENUM')
    if (i?.code !== 'INVALID_ENUM') return
    expect(i.suggestion).toBe('consult')
    expect(i.received).toEqual({ type: 'string', json: '"consul"', cut: false, length: 6 })
    expect(Object.isFrozen(i.allowed)).toBe(true)
    expect(() => (i.allowed as Array<string>).push('consul')).toThrow(TypeError)
    expect(E.isLeft(decodeRequest(setAt(VALID, '/action', 'consul')))).toBe(true)
  })

  it('types every code with a wording in both languages and a parameter shape (compile-time)', () => {
    expectTypeOf(DECODING_EN).toEqualTypeOf<DecodingWording>()
    expectTypeOf(DECODING_FR).toEqualTypeOf<DecodingWording>()
    expectTypeOf<keyof DecodingWording>().toEqualTypeOf<DecodeIssueCode>()
    expectTypeOf<Extract<DecodeIssue, { code: 'UNKNOWN_KEY' }>>().toEqualTypeOf<DecodeIssueOf<'UNKNOWN_KEY'>>()
    expectTypeOf<DecodeIssueOf<'UNKNOWN_KEY'>['key']>().toEqualTypeOf<string>()
  })
})

describe('reader issues keep what was found (issue 23)', () => {
  it.each(READ_ISSUE_CODES)('derives the message of %s from what the issue carries', (code) => {
    const found = readIssue(code, '/p', '"x"')
    expect(found.found).toBe('"x"')
    expect(readIssueMessage(code, found)).toEqual(found.message)
    const bare = readIssue(code, '/p')
    expect('found' in bare).toBe(false)
    expect(readIssueMessage(code, bare)).toEqual(bare.message)
  })

  it.each(SKIP_CODES)('words the skip reason %s in both languages', (code) => {
    const m = skipMessage(code)
    expect(m.fr).not.toBe(m.en)
    expect(m.en.length).toBeGreaterThan(5)
  })
})
