import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  ActorCodec,
  HealthRecordCodec,
  RequestCodec,
  decodeRecord,
  decodeRequest,
  formatIssues,
  issuesOf,
  prefixIssues,
  type DecodeIssue,
} from '../../src/codecs/index.js'
import { ACCESS_MODES, ACTIONS, AUTHENTICATIONS, DOCUMENT_ACTIONS, THIRD_PARTIES, type Request } from '../../src/domain/types.js'
import { PROFESSIONS } from '../../src/domain/profession.js'
import { arbRequest, arbTamperedRequest, deepFreeze } from '../../src/testing/index.js'
import { isDeeplyFrozen } from '../../src/domain/frozen.js'
import * as fc from 'fast-check'
import { REMOVE, resolve, setAt } from '../fuzz/json-pointer.js'

// A valid request touching every optional part, as JSON would bring it.
const doc = (id: string, addedOn = '2024-01-10') => ({
  id,
  typeCode: '11488-4',
  author: { kind: 'professional', id: 'ps-1', establishmentId: 'est-1' },
  addedOn,
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
})

const VALID = {
  action: 'view',
  actor: { kind: 'professional', id: 'ps-1', profession: 'medecin', specialty: 'SM26', establishmentId: 'est-1', authentication: 'cps' },
  record: {
    patient: { birthDate: '2010-06-15', emancipated: false, protectedAdult: false, ins: { qualified: true } },
    status: { kind: 'active' },
    treatingDoctorIds: ['ps-1'],
    legalRepresentatives: [{ id: 'rl-1', role: 'parent', doctorPresenceRequired: false }],
    blocks: [{ target: 'establishment', id: 'est-9', from: '2023-01-01', until: '2023-06-30' }],
    authorizations: [{ professionalId: 'ps-1', status: 'valid' }],
    documents: [doc('doc-1'), doc('doc-2'), doc('doc-3')],
    emergencyAccess: { breakGlass: true, regulationCentre: true, maskedDocuments: false },
  },
  at: '2024-03-01',
  document: doc('doc-1'),
  careTeam: true,
  explicitConsent: false,
  patientOpposes: false,
  atPatientRequest: false,
  inPresenceOfDoctor: false,
  accessMode: 'normal',
  api: 'v2',
  carteVitaleRead: false,
  shareWith: { role: 'parent' },
} as const

const issuesOfRequest = (u: unknown): ReadonlyArray<DecodeIssue> => {
  const r = decodeRequest(u)
  if (E.isRight(r)) throw new Error(`expected issues, decoded ${JSON.stringify(r.right)}`)
  return r.left
}

/** The only issue found after one edit; asserts its path and code, and that its path leads into the input. */
const single = (input: unknown, path: string, code: DecodeIssue['code']): DecodeIssue => {
  const issues = issuesOfRequest(input)
  expect(issues.map((i) => [i.path, i.code])).toEqual([[path, code]])
  const issue = issues[0] as DecodeIssue
  expect(resolve(input, issue.path).tag).not.toBe('nowhere')
  expect(issue.message.en).toMatch(/^expected /)
  expect(issue.message.en).toMatch(/, got /)
  expect(issue.message.fr).toMatch(/^attendu .+, reçu /s)
  return issue
}

describe('decodeRequest: valid input', () => {
  it('decodes a valid request to Right with an equal, fresh value (A-6)', () => {
    const input = deepFreeze(JSON.parse(JSON.stringify(VALID)) as unknown)
    const r = decodeRequest(input)
    expect(r).toEqual(E.right(VALID))
    if (E.isRight(r)) {
      expect(r.right).not.toBe(input)
      expect(r.right.record).not.toBe((input as Request).record)
      expect(r.right.record.documents).not.toBe((input as Request).record.documents)
    }
  })

  it('accepts the minimal request: no optional key (missing booleans mean false)', () => {
    const minimal = {
      action: 'consult',
      actor: { kind: 'patient' },
      record: { ...VALID.record, emergencyAccess: undefined },
      at: '2024-03-01',
    }
    const r = decodeRequest(minimal)
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expect(Object.keys(r.right).sort()).toEqual(['action', 'actor', 'at', 'record'])
      expect('emergencyAccess' in r.right.record).toBe(false)
    }
  })

  it('treats an optional key set to undefined as absent and omits it', () => {
    const r = decodeRequest({ ...VALID, careTeam: undefined, accessMode: undefined })
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expect('careTeam' in r.right).toBe(false)
      expect('accessMode' in r.right).toBe(false)
    }
  })

  it('accepts 29 February of a leap year and a birth on the day of the request', () => {
    expect(E.isRight(decodeRequest(setAt(setAt(VALID, '/at', '2024-02-29'), '/record/patient/birthDate', '2024-02-29')))).toBe(true)
  })

  it('accepts every action, access mode, third party, authentication and profession', () => {
    // A fed document is new: another id, added on `at` (R-FEED-1); every other action acts on the record's copy.
    const fed = { ...doc('doc-new'), addedOn: VALID.at }
    for (const action of ACTIONS)
      expect(E.isRight(decodeRequest(action === 'feed' ? { ...VALID, action, document: fed } : { ...VALID, action })), action).toBe(true)
    for (const accessMode of ACCESS_MODES) expect(E.isRight(decodeRequest({ ...VALID, accessMode }))).toBe(true)
    for (const party of THIRD_PARTIES)
      expect(E.isRight(decodeRequest({ ...VALID, actor: { kind: 'third-party', party } }))).toBe(true)
    for (const authentication of AUTHENTICATIONS)
      expect(E.isRight(decodeRequest(setAt(VALID, '/actor/authentication', authentication)))).toBe(true)
    for (const profession of PROFESSIONS) expect(E.isRight(decodeRequest(setAt(VALID, '/actor/profession', profession)))).toBe(true)
  })

  it('does not require `document` for a record action', () => {
    for (const action of ACTIONS.filter((a) => !DOCUMENT_ACTIONS.includes(a)))
      expect(E.isRight(decodeRequest(setAt({ ...VALID, action }, '/document', REMOVE))), action).toBe(true)
  })
})

describe('decodeRequest: not an object', () => {
  it.each([
    [42, 'got 42'],
    [null, 'got null'],
    ['{"action":"view"}', 'got "{\\"action\\":\\"view\\"}"'],
    [[VALID], 'got an array of 1 item'],
    [undefined, 'got undefined'],
    [true, 'got true'],
  ])('reports one issue at the root for %j', (input, found) => {
    const issues = issuesOfRequest(input)
    expect(issues).toHaveLength(1)
    expect(issues[0]?.path).toBe('')
    expect(issues[0]?.code).toBe('INVALID_TYPE')
    expect(issues[0]?.message.en).toContain('expected a request object')
    expect(issues[0]?.message.en).toContain(found)
  })

  it('rejects an object that is not plain (a Date, a Map)', () => {
    expect(issuesOfRequest(new Date(0))[0]?.message.en).toContain('not a plain object')
    expect(issuesOfRequest(new Map())[0]?.path).toBe('')
  })
})

describe('decodeRequest: wrong types at any depth', () => {
  it.each([
    ['/at', 20240301, 'expected an ISO date YYYY-MM-DD that exists, got 20240301'],
    ['/careTeam', 'yes', 'expected a boolean (true or false), got "yes"'],
    ['/actor', 'ps-1', 'expected an actor object'],
    ['/actor/id', 7, 'got 7'],
    ['/record', [], 'got an empty array'],
    ['/record/patient/emancipated', 0, 'expected a boolean (true or false), got 0'],
    ['/record/patient/ins', true, 'expected an INS { qualified }, got true'],
    ['/record/patient/ins/qualified', 'true', 'got "true"'],
    ['/record/treatingDoctorIds', 'ps-1', 'expected an array of professional ids, got "ps-1"'],
    ['/record/treatingDoctorIds/0', null, 'got null'],
    ['/record/blocks', {}, 'expected an array of blocks, got an object'],
    ['/record/documents/2/maskedFromProfessionals', 'false', 'got "false"'],
    ['/record/documents/1/author', null, 'expected a document author'],
    ['/record/emergencyAccess/breakGlass', 1, 'got 1'],
    ['/document/invisibleToPatient', [], 'got an empty array'],
    ['/shareWith', 'parent', 'expected a share target { role }, got "parent"'],
  ])('reports %s with expected and found', (path, junk, message) => {
    const issue = single(setAt(VALID, path, junk), path, 'INVALID_TYPE')
    expect(issue.message.en).toContain(message)
  })

  it('reports an empty id as EMPTY_STRING', () => {
    for (const path of ['/actor/id', '/record/documents/0/id', '/record/documents/0/typeCode', '/record/blocks/0/id', '/record/authorizations/0/professionalId'])
      expect(single(setAt(VALID, path, ''), path, 'EMPTY_STRING').message.en).toContain('got an empty string')
  })
})

describe('decodeRequest: unknown enum values list the allowed ones', () => {
  it.each([
    ['/action', 'read', ACTIONS],
    ['/actor/profession', 'doctor', PROFESSIONS],
    ['/actor/authentication', 'password', AUTHENTICATIONS],
    ['/accessMode', 'bris_de_glace', ACCESS_MODES],
    ['/api', 'v3', ['v1', 'v2']],
    ['/shareWith/role', 'friend', ['parent', 'guardian', 'other']],
    ['/record/legalRepresentatives/0/role', 'uncle', ['parent', 'guardian', 'other']],
    ['/record/blocks/0/target', 'hospital', ['professional', 'establishment']],
    ['/record/authorizations/0/status', 'revoked', ['valid', 'expired', 'forbidden']],
    ['/record/status/kind', 'open', ['active', 'deactivated', 'closed', 'deleted', 'refused']],
    ['/actor/kind', 'robot', ['patient', 'legal-representative', 'professional', 'third-party']],
    ['/record/documents/0/author/kind', 'software', ['professional', 'patient', 'legal-representative']],
  ] as const)('reports %s = %j', (path, junk, allowed) => {
    const issue = single(setAt(VALID, path, junk), path, 'INVALID_ENUM')
    for (const a of allowed) expect(issue.message.en).toContain(JSON.stringify(a))
    expect(issue.message.en).toContain(`got ${JSON.stringify(junk)}`)
  })

  it('reports a third party outside the list (R-ACTOR-1)', () => {
    const issue = single({ ...VALID, actor: { kind: 'third-party', party: 'journalist' } }, '/actor/party', 'INVALID_ENUM')
    for (const p of THIRD_PARTIES) expect(issue.message.en).toContain(JSON.stringify(p))
  })

  it('suggests the value a typo was meant to be', () => {
    expect(single(setAt(VALID, '/actor/authentication', 'CPS'), '/actor/authentication', 'INVALID_ENUM').message.en).toContain(
      'did you mean "cps"?',
    )
    expect(single(setAt(VALID, '/action', 'consul'), '/action', 'INVALID_ENUM').message.en).toContain('did you mean "consult"?')
  })

  it('reports a non-string where an enum is expected as a wrong type, still listing the values', () => {
    const issue = single(setAt(VALID, '/action', 3), '/action', 'INVALID_TYPE')
    expect(issue.message.en).toContain('"consult"')
    expect(issue.message.en).toContain('got 3')
  })
})

describe('decodeRequest: impossible calendar dates (A-6)', () => {
  it.each([
    ['/at', '2023-02-30'],
    ['/at', '2023-02-29'],
    ['/at', '2024-13-01'],
    ['/at', '2024-3-1'],
    ['/at', '2024-03-01T00:00:00Z'],
    ['/at', ''],
    ['/record/patient/birthDate', '2010-04-31'],
    ['/record/patient/deceasedOn', '1900-02-29'],
    ['/record/documents/2/addedOn', '2023-02-30'],
    ['/record/blocks/0/from', '2023-00-10'],
    ['/record/blocks/0/until', '2023-06-31'],
    ['/document/addedOn', '31/12/2023'],
  ])('reports %s = %j', (path, junk) => {
    const issue = single(setAt(VALID, path, junk), path, 'INVALID_DATE')
    expect(issue.message.en).toBe(`expected an ISO date YYYY-MM-DD that exists, got ${JSON.stringify(junk)}`)
  })

  it('reports the date of a dated status', () => {
    const input = setAt(VALID, '/record/status', { kind: 'refused', on: '2023-02-30' })
    expect(single(input, '/record/status/on', 'INVALID_DATE').message.en).toContain('"2023-02-30"')
  })
})

describe('decodeRequest: missing and unknown keys', () => {
  it.each([
    '/action',
    '/actor',
    '/record',
    '/at',
    '/actor/authentication',
    '/record/patient/birthDate',
    // Since 0.3.0 (issue 22 item 7) `/record/documents` defaults to [] (test/codecs/compose.spec.ts); the lists
    // whose absence could hide a denial stay required.
    '/record/blocks',
    '/record/authorizations',
    '/record/documents/1/hiddenFromLegalRepresentatives',
    '/record/legalRepresentatives/0/doctorPresenceRequired',
    '/record/blocks/0/from',
  ])('reports missing %s', (path) => {
    const issue = single(setAt(VALID, path, REMOVE), path, 'MISSING_KEY')
    const key = path.split('/').pop() as string
    expect(issue.message.en).toContain(`expected key "${key}"`)
    expect(issue.message.en).toContain('got no such key')
  })

  it('reports a missing kind once, at /actor/kind', () => {
    single(setAt(VALID, '/actor/kind', REMOVE), '/actor/kind', 'MISSING_KEY')
  })

  it('reports a missing date of a dated status', () => {
    single(setAt(VALID, '/record/status', { kind: 'closed' }), '/record/status/on', 'MISSING_KEY')
  })

  it.each([
    ['/explicitConsnet', 'explicitConsent'],
    ['/record/patient/birthdate', 'birthDate'],
    ['/record/documents/0/masked', undefined],
    ['/actor/establishment', 'establishmentId'],
    ['/record/status/on', undefined],
    ['/record/emergencyAccess/breakglass', 'breakGlass'],
    ['/shareWith/id', undefined],
  ])('rejects the unknown key %s (a typo must not silently become false)', (path, suggestion) => {
    const input = setAt(VALID, path, true)
    const issues = issuesOfRequest(input)
    const unknown = issues.filter((i) => i.code === 'UNKNOWN_KEY')
    expect(unknown.map((i) => i.path)).toEqual([path])
    const message = unknown[0]?.message.en ?? ''
    expect(message).toContain(`got unknown key "${path.split('/').pop() as string}"`)
    expect(message).toContain('expected only the keys')
    if (suggestion !== undefined) expect(message).toContain(`did you mean "${suggestion}"?`)
    const fr = unknown[0]?.message.fr ?? ''
    expect(fr).toContain(`reçu la clé inconnue "${path.split('/').pop() as string}"`)
    if (suggestion !== undefined) expect(fr).toContain(`vouliez-vous dire "${suggestion}" ?`)
  })

  it('rejects keys the actor kind does not have (a patient with an id)', () => {
    single(setAt(VALID, '/actor', { kind: 'patient', id: 'x' }), '/actor/id', 'UNKNOWN_KEY')
  })

  it('escapes ~ and / in paths (RFC 6901)', () => {
    const input = { ...VALID, 'a/b~c': 1 }
    const issue = single(input, '/a~1b~0c', 'UNKNOWN_KEY')
    expect(issue.message.en).toContain('"a/b~c"')
  })

  it('reports __proto__ and constructor keys as unknown, without touching prototypes', () => {
    const input = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(VALID).slice(1)}`) as unknown
    single(input, '/__proto__', 'UNKNOWN_KEY')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    single({ ...VALID, constructor: 'x' }, '/constructor', 'UNKNOWN_KEY')
  })

  it('reports a getter as an issue and never runs it', () => {
    let ran = false
    const input = { ...VALID }
    Object.defineProperty(input, 'careTeam', {
      enumerable: true,
      get: () => {
        ran = true
        throw new Error('must not run')
      },
    })
    single(input, '/careTeam', 'ACCESSOR')
    expect(ran).toBe(false)
  })
})

describe('decodeRequest: checks across fields', () => {
  it('reports a duplicate document id at the second one', () => {
    const input = setAt(VALID, '/record/documents/2/id', 'doc-1')
    const issue = single(input, '/record/documents/2/id', 'DUPLICATE_DOCUMENT_ID')
    expect(issue.message.en).toContain('"doc-1"')
    expect(issue.message.en).toContain('/record/documents/0/id')
  })

  it('reports each later duplicate, even when the documents have other issues', () => {
    const input = setAt(setAt(setAt(VALID, '/record/documents/1/id', 'doc-1'), '/record/documents/2/id', 'doc-1'), '/record/documents/2/addedOn', 'x')
    const issues = issuesOfRequest(input)
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/record/documents/2/addedOn', 'INVALID_DATE'],
      ['/record/documents/1/id', 'DUPLICATE_DOCUMENT_ID'],
      ['/record/documents/2/id', 'DUPLICATE_DOCUMENT_ID'],
    ])
  })

  it('reports a duplicate legal representative id', () => {
    const input = setAt(VALID, '/record/legalRepresentatives/1', { id: 'rl-1', role: 'guardian', doctorPresenceRequired: true })
    single(input, '/record/legalRepresentatives/1/id', 'DUPLICATE_REPRESENTATIVE_ID')
  })

  it('reports a legal-representative actor not listed in the record at /actor/id (R-MINOR-1)', () => {
    const input = { ...VALID, actor: { kind: 'legal-representative', id: 'rl-9' } }
    const issue = single(input, '/actor/id', 'UNLISTED_REPRESENTATIVE')
    expect(issue.message.en).toContain('"rl-9"')
    expect(issue.message.en).toContain('"rl-1"')
    expect(E.isRight(decodeRequest({ ...VALID, actor: { kind: 'legal-representative', id: 'rl-1' } }))).toBe(true)
  })

  it('says when no legal representative is listed at all', () => {
    const input = setAt({ ...VALID, actor: { kind: 'legal-representative', id: 'rl-1' } }, '/record/legalRepresentatives', [])
    expect(single(input, '/actor/id', 'UNLISTED_REPRESENTATIVE').message.en).toContain('none is listed')
  })

  it.each(DOCUMENT_ACTIONS.map((a) => [a]))('reports a missing document for %s at /document, naming the action', (action) => {
    const issue = single(setAt({ ...VALID, action }, '/document', REMOVE), '/document', 'MISSING_DOCUMENT')
    expect(issue.message.en).toContain(`"${action}"`)
    expect(issuesOfRequest({ ...VALID, action, document: undefined }).map((i) => i.path)).toEqual(['/document'])
  })

  it('reports `at` before the birth date', () => {
    const issue = single(setAt(VALID, '/at', '2010-06-14'), '/at', 'AT_BEFORE_BIRTH')
    expect(issue.message.en).toContain('"2010-06-15"')
    expect(issue.message.en).toContain('got "2010-06-14"')
  })
})

describe('decodeRequest: every issue at once', () => {
  it('lists every problem of a badly broken request, each at its own path', () => {
    let input: unknown = { ...VALID, action: 'delete', actor: { kind: 'legal-representative', id: 'rl-7' }, explicitConsnet: true }
    input = setAt(input, '/document', REMOVE)
    input = setAt(input, '/at', '2023-02-30')
    input = setAt(input, '/record/documents/1/id', 'doc-1')
    input = setAt(input, '/record/documents/0/addedOn', '2023-02-30')
    input = setAt(input, '/record/patient/protectedAdult', 'no')
    input = setAt(input, '/record/authorizations/0/status', 'VALID')
    input = setAt(input, '/record/blocks/0/until', REMOVE)
    const issues = issuesOfRequest(input)
    expect(new Set(issues.map((i) => `${i.code} ${i.path}`))).toEqual(
      new Set([
        'INVALID_DATE /at',
        'UNKNOWN_KEY /explicitConsnet',
        'MISSING_DOCUMENT /document',
        'UNLISTED_REPRESENTATIVE /actor/id',
        'DUPLICATE_DOCUMENT_ID /record/documents/1/id',
        'INVALID_DATE /record/documents/0/addedOn',
        'INVALID_TYPE /record/patient/protectedAdult',
        'INVALID_ENUM /record/authorizations/0/status',
      ]),
    )
    for (const i of issues) expect(resolve(input, i.path).tag).not.toBe('nowhere')
  })

  it('never throws on a request whose every field is of the wrong type', () => {
    const junk = Object.fromEntries(Object.keys(VALID).map((k) => [k, Symbol(k)]))
    const issues = issuesOfRequest(junk)
    expect(issues.length).toBeGreaterThanOrEqual(Object.keys(VALID).length)
    for (const i of issues) expect(i.message.en).toContain('got a symbol')
  })
})

describe('formatIssues and prefixIssues', () => {
  it('renders one line per issue, the root as (root), in English by default and in French on request', () => {
    const issues = [
      { path: '', message: { en: 'expected a request object, got 1', fr: 'attendu un objet demande, reçu 1' } },
      { path: '/at', message: { en: 'expected an ISO date YYYY-MM-DD that exists, got "2023-02-30"', fr: 'attendu une date, reçu "2023-02-30"' } },
    ]
    expect(formatIssues(issues)).toBe('(root): expected a request object, got 1\n/at: expected an ISO date YYYY-MM-DD that exists, got "2023-02-30"')
    expect(formatIssues(issues, 'en')).toBe(formatIssues(issues))
    expect(formatIssues(issues, 'fr')).toBe('(racine): attendu un objet demande, reçu 1\n/at: attendu une date, reçu "2023-02-30"')
  })

  it('renders the issues of a real decoding, in both languages', () => {
    const issues = issuesOfRequest(setAt(VALID, '/at', '2023-02-30'))
    expect(formatIssues(issues)).toBe('/at: expected an ISO date YYYY-MM-DD that exists, got "2023-02-30"')
    expect(formatIssues(issues, 'fr')).toBe('/at: attendu une date ISO AAAA-MM-JJ qui existe, reçu "2023-02-30"')
  })

  it('words the root issue in both languages (what was expected, what was found)', () => {
    expect(issuesOfRequest(1)).toEqual([
      {
        code: 'INVALID_TYPE',
        path: '',
        expected: 'request',
        received: { type: 'number', value: 1 },
        message: {
          en: 'expected a request object { action, actor, record, at, document?, careTeam?, … }, got 1',
          fr: 'attendu un objet demande { action, actor, record, at, document?, careTeam?, … }, reçu 1',
        },
      },
    ])
  })

  it('prefixes paths (for an array of requests)', () => {
    expect(prefixIssues('/3', issuesOfRequest(setAt(VALID, '/at', 1))).map((i) => i.path)).toEqual(['/3/at'])
  })
})

describe('io-ts codecs', () => {
  it('RequestCodec decodes as decodeRequest does, and is() agrees', () => {
    expect(RequestCodec.decode(VALID)).toEqual(E.right(VALID))
    expect(RequestCodec.is(VALID)).toBe(true)
    expect(RequestCodec.is(setAt(VALID, '/explicitConsnet', true))).toBe(false)
    expect(RequestCodec.encode(VALID as unknown as Request)).toEqual(VALID)
  })

  it('keeps paths, messages and codes inside io-ts combinators (issuesOf)', () => {
    const r = t.array(RequestCodec).decode([VALID, setAt(VALID, '/record/documents/2/addedOn', '2023-02-30')])
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r))
      expect(issuesOf(r.left)).toEqual([
        {
          code: 'INVALID_DATE',
          path: '/1/record/documents/2/addedOn',
          received: { type: 'string', json: '"2023-02-30"', cut: false, length: 10 },
          message: {
            en: 'expected an ISO date YYYY-MM-DD that exists, got "2023-02-30"',
            fr: 'attendu une date ISO AAAA-MM-JJ qui existe, reçu "2023-02-30"',
          },
        },
      ])
  })

  it('describes errors of plain io-ts codecs too', () => {
    const r = t.type({ n: t.number }).decode({ n: 'x' })
    if (E.isLeft(r))
      expect(issuesOf(r.left)).toEqual([
        {
          code: 'INVALID_TYPE',
          path: '/n',
          expected: { name: 'number' },
          received: { type: 'string', json: '"x"', cut: false, length: 1 },
          message: { en: 'expected number, got "x"', fr: 'attendu number, reçu "x"' },
        },
      ])
    else expect.fail('should not decode')
  })

  it('HealthRecordCodec and decodeRecord check unique document ids', () => {
    const record = setAt(VALID.record, '/documents/1/id', 'doc-1')
    expect(HealthRecordCodec.is(record)).toBe(false)
    const r = decodeRecord(record)
    expect(E.isLeft(r) ? r.left.map((i) => i.path) : []).toEqual(['/documents/1/id'])
  })

  it('ActorCodec accepts every kind', () => {
    for (const a of [{ kind: 'patient' }, { kind: 'legal-representative', id: 'x' }, VALID.actor, { kind: 'third-party', party: 'bank' }])
      expect(ActorCodec.is(a)).toBe(true)
  })
})

describe('decodeRequest: the record is the source of truth (A-7, R-FEED-1, R-AUTH-1, R-MINOR-3)', () => {
  it('reports a document absent from the record at /document/id (A-7)', () => {
    const issue = single(setAt(VALID, '/document/id', 'doc-9'), '/document/id', 'DOCUMENT_NOT_IN_RECORD')
    expect(issue.message.en).toContain('"doc-9"')
  })

  it('reports every field of the document that differs from the record\'s copy, with both paths (A-7)', () => {
    const forged = setAt(setAt(VALID, '/document/maskedFromProfessionals', true), '/document/author/id', 'ps-9')
    const issues = issuesOfRequest(forged)
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/document/author/id', 'DOCUMENT_DIFFERS_FROM_RECORD'],
      ['/document/maskedFromProfessionals', 'DOCUMENT_DIFFERS_FROM_RECORD'],
    ])
    expect(issues[1]?.message.en).toContain('/record/documents/0/maskedFromProfessionals')
    expect(issues[1]?.message.en).toContain('got true')
  })

  it('reports a key the record\'s copy has and the request\'s lacks (A-7)', () => {
    const lacking = setAt(VALID, '/document/author/establishmentId', REMOVE)
    expect(single(lacking, '/document/author/establishmentId', 'DOCUMENT_DIFFERS_FROM_RECORD').message.en).toContain('got undefined')
  })

  it('reports a fed document whose id the record holds, or whose addedOn is not `at` (R-FEED-1)', () => {
    const feed = { ...VALID, action: 'feed' }
    const issues = issuesOfRequest(feed)
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/document/id', 'FED_DOCUMENT_ID_EXISTS'],
      ['/document/addedOn', 'FED_DOCUMENT_NOT_ADDED_AT'],
    ])
    expect(issues[0]?.message.en).toContain('/record/documents/0/id')
    single({ ...feed, document: { ...doc('doc-new'), addedOn: '2025-03-01' } }, '/document/addedOn', 'FED_DOCUMENT_NOT_ADDED_AT')
  })

  it('reports indirect authentication without an establishment at /actor/establishmentId (R-AUTH-1)', () => {
    const indirect = setAt(setAt(VALID, '/actor/authentication', 'indirect'), '/actor/establishmentId', REMOVE)
    expect(single(indirect, '/actor/establishmentId', 'INDIRECT_WITHOUT_ESTABLISHMENT').message.en).toContain('FINESS or SIRET')
    expect(E.isRight(decodeRequest(setAt(VALID, '/actor/establishmentId', REMOVE)))).toBe(true)
  })

  it('reports a protected adult without the measure at /record/patient/protection, and a measure on a patient not protected (R-MINOR-8)', () => {
    const adult = setAt(VALID, '/record/patient/birthDate', '1980-05-10')
    const missing = setAt(adult, '/record/patient/protectedAdult', true)
    expect(single(missing, '/record/patient/protection', 'PROTECTION_MEASURE_MISSING').message.en).toContain('representationOfPerson')
    const measure = { measure: 'curatelle', representationOfPerson: false }
    expect(E.isRight(decodeRequest(setAt(missing, '/record/patient/protection', measure)))).toBe(true)
    single(setAt(adult, '/record/patient/protection', measure), '/record/patient/protectedAdult', 'PROTECTION_WITHOUT_PROTECTED_ADULT')
  })

  it('decodes the revision-2 fields: participation, role, occupational doctor, establishment authorisation, subcontracting laboratory, the named representative', () => {
    const input = {
      ...VALID,
      action: 'require-doctor-presence',
      participatesInCare: true,
      representativeId: 'rl-1',
      actor: { ...VALID.actor, occupationalDoctor: true },
      record: {
        ...VALID.record,
        authorizations: [...VALID.record.authorizations, { establishmentId: 'est-1', status: 'expired' }],
        documents: [{ ...doc('doc-1'), subcontractedBy: 'lab-1' }, doc('doc-2'), doc('doc-3')],
      },
      document: { ...doc('doc-1'), subcontractedBy: 'lab-1' },
    }
    expect(decodeRequest(input)).toEqual(E.right(input))
    const social = { ...input, actor: { kind: 'professional', id: 'ms-1', profession: 'medico-social', role: 'social-worker', authentication: 'cps' } }
    expect(decodeRequest(social)).toEqual(E.right(social))
  })

  it('reports an emancipated child under 16 at `at`, not at 16 (R-MINOR-3)', () => {
    const emancipated = setAt(VALID, '/record/patient/emancipated', true)
    // Born 2010-06-15: 13 at 2024-03-01, 16 on 2026-06-15.
    expect(single(emancipated, '/record/patient/emancipated', 'EMANCIPATED_UNDER_16').message.en).toContain('13')
    single(setAt(emancipated, '/at', '2026-06-14'), '/record/patient/emancipated', 'EMANCIPATED_UNDER_16')
    expect(E.isRight(decodeRequest(setAt(emancipated, '/at', '2026-06-15')))).toBe(true)
  })
})

describe('decodeRequest: the A-7 and R-FEED-1 issues do not depend on whether the rest of the request decodes', () => {
  // When the request decodes, its documents are read from the decoded value; when another field is broken, they are
  // decoded one by one from the raw input (src/codecs/domain.ts). Both ways must report the same A-7 / R-FEED-1 issues.
  const RUNS = process.env['DMP_RULES_DEEP'] !== undefined ? 20_000 : 500
  const integrity = new Set(['DOCUMENT_NOT_IN_RECORD', 'DOCUMENT_DIFFERS_FROM_RECORD', 'FED_DOCUMENT_ID_EXISTS', 'FED_DOCUMENT_NOT_ADDED_AT'])
  const a7 = (u: unknown) => {
    const r = decodeRequest(u)
    return E.isLeft(r) ? r.left.filter((i) => integrity.has(i.code)) : []
  }
  it(`same issues with a broken careTeam as without (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(arbTamperedRequest().map((t) => t.tampered), arbRequest()), (request) => {
        const plain = JSON.parse(JSON.stringify(request)) as Record<string, unknown>
        const broken = { ...plain, careTeam: 'yes' }
        expect(a7(broken)).toEqual(a7(plain))
        const all = decodeRequest(broken)
        expect(E.isLeft(all) && all.left.some((i) => i.path === '/careTeam')).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('decoded values are deeply frozen (since 0.2.0)', () => {
  const everyObjectFrozen = (v: unknown): boolean =>
    typeof v !== 'object' || v === null || (Object.isFrozen(v) && Reflect.ownKeys(v).every((k) => everyObjectFrozen((v as Record<PropertyKey, unknown>)[k])))
  it('decodeRequest and decodeRecord return values frozen at every depth, and the engine knows it', () => {
    fc.assert(
      fc.property(arbRequest(), (request) => {
        const decoded = decodeRequest(JSON.parse(JSON.stringify(request)))
        if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left))
        expect(everyObjectFrozen(decoded.right)).toBe(true)
        expect(isDeeplyFrozen(decoded.right.record) && isDeeplyFrozen(decoded.right.actor)).toBe(true)
        const record = decodeRecord(JSON.parse(JSON.stringify(request.record)))
        expect(E.isRight(record) && everyObjectFrozen(record.right)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
