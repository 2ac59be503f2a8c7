// Issue 14: the engine remembers the record-level part of an evaluation for repeated requests on the same record
// and actor (src/engine/memo.ts), and indexes a record's documents (src/domain/integrity.ts) — since issue 19 only for
// values the library BUILT (buildRecord, buildActor, the codecs), never for values merely frozen. The memory must
// never change an answer: every decision on built, shared objects equals the full evaluation of a plain copy
// (which the engine never remembers), in any order, on the first call and on repeated ones.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_ACTIONS, type Action, type HealthDocument, type HealthRecord, type Request } from '../../src/domain/types.js'
import { deepFreeze } from '../../src/domain/frozen.js'
import { builtMatrix, builtRequest } from '../built.js'
import { differences, recordCopyOf, sameData } from '../../src/domain/integrity.js'
import { allowedActions, buildActor, buildRecord, decide, type DocumentActionsRequest, type Options } from '../../src/index.js'
import { arbDocument, arbMatrix, arbRecord, arbRequest } from '../../src/testing/index.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 20_000 : 300

const DOCUMENT_ACTION_SET: ReadonlySet<Action> = new Set(DOCUMENT_ACTIONS)

const arbOptions: fc.Arbitrary<Options | undefined> = fc.option(
  arbMatrix().map((matrix) => ({ matrix: builtMatrix(matrix) })),
  { nil: undefined, freq: 3 },
)

// The request fields other than action, actor, record and document: each variation takes some from its template.
const FIELDS = [
  'at',
  'careTeam',
  'participatesInCare',
  'explicitConsent',
  'patientOpposes',
  'atPatientRequest',
  'inPresenceOfDoctor',
  'accessMode',
  'api',
  'carteVitaleRead',
  'representativeId',
  'shareWith',
  'holderCannotExpressWill',
] as const satisfies ReadonlyArray<keyof Request>
// Every field of Request but the four above is varied: this fails to compile when Request gains a field that is
// not listed (it missed `holderCannotExpressWill`, revision 3, until issue 23's review).
type Unvaried = Exclude<keyof Request, 'action' | 'actor' | 'record' | 'document' | (typeof FIELDS)[number]>
const everyFieldVaried: [Unvaried] extends [never] ? true : Unvaried = true
void everyFieldVaried

/**
 * A request on the base's record and actor that differs from the base in one or two fields — a boolean flipped,
 * or the value of another generated request — and sometimes in its action or document: the requests a memo that
 * forgot a field would confuse.
 */
const arbVariation = fc.record({
  template: arbRequest(),
  changes: fc.uniqueArray(fc.nat({ max: FIELDS.length - 1 }), { minLength: 0, maxLength: 2 }),
  flip: fc.boolean(),
  takeAction: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
  documentIndex: fc.nat(),
})

interface Variation {
  readonly template: Request
  readonly changes: ReadonlyArray<number>
  readonly flip: boolean
  readonly takeAction: boolean
  readonly documentIndex: number
}

const rebase = (base: Request, v: Variation): Request => {
  const out: Record<string, unknown> = { ...base, action: v.takeAction ? v.template.action : base.action }
  delete out['document']
  for (const i of v.changes) {
    const field = FIELDS[i] as (typeof FIELDS)[number]
    const was = base[field]
    const value = v.flip && (was === undefined || typeof was === 'boolean') ? was !== true : v.template[field]
    if (value === undefined) delete out[field]
    else out[field] = value
  }
  const action = out['action'] as Action
  if (DOCUMENT_ACTION_SET.has(action)) {
    const docs = base.record.documents
    const own = docs.length === 0 ? undefined : docs[v.documentIndex % docs.length]
    const document = action === 'feed' || own === undefined ? (v.template.document ?? base.document) : own
    if (document !== undefined) out['document'] = document
  }
  return out as unknown as Request
}

/** The same request on copies nobody froze: the engine evaluates every rule of it (nothing is remembered). */
const unfrozenCopy = (r: Request): Request => structuredClone(r)

describe('remembering the record-level work changes no decision', () => {
  it(`decisions on one frozen record and actor, in any order and repeated, equal the full evaluation of unfrozen copies (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbRequest(), fc.array(arbVariation, { minLength: 1, maxLength: 10 }), arbOptions, (base, variations, options) => {
        // Built (since 0.3.0, issue 19: the engine remembers built values only, never values merely frozen).
        const frozenBase = builtRequest(base)
        const requests = [frozenBase, ...variations.map((v) => rebase(frozenBase, v))]
        const expected = requests.map((r) => decide(unfrozenCopy(r), options))
        for (let pass = 0; pass < 2; pass++)
          requests.forEach((r, i) => {
            expect(decide(r, options)).toEqual(expected[i])
          })
      }),
      { numRuns: RUNS },
    )
  })

  it(`allowedActions on a frozen record equals allowedActions on an unfrozen copy (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbRequest({ action: ['view', 'mask', 'delete', 'unmask'] }), arbOptions, (request, options) => {
        const frozen = builtRequest(request) as DocumentActionsRequest
        const expected = allowedActions(unfrozenCopy(request) as DocumentActionsRequest, options)
        expect(allowedActions(frozen, options)).toEqual(expected)
        expect(allowedActions(frozen, options)).toEqual(expected)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('only built values are remembered (issue 19): a record changed in place is decided on its new value', () => {
  const gp = { kind: 'professional', id: 'PS-1', profession: 'medecin', authentication: 'cps' } as const
  const base = {
    action: 'consult',
    at: '2024-06-01',
    careTeam: true,
    explicitConsent: true,
  } as const
  const recordOf = (): { -readonly [K in keyof HealthRecord]: HealthRecord[K] } => ({ ...structuredClone(buildRecord({ patient: { birthDate: '1980-01-01' } })) })

  it('an unfrozen record: a block pushed after a decision denies the next one (R-AUTH-6)', () => {
    const record = recordOf()
    const blocks: Array<HealthRecord['blocks'][number]> = []
    record.blocks = blocks
    const request = { ...base, actor: gp, record }
    expect(decide(request).allowed).toBe(true)
    expect(decide(request).allowed).toBe(true)
    blocks.push({ target: 'professional', id: 'PS-1', from: '2024-01-01' })
    const after = decide(request)
    expect(after.allowed).toBe(false)
    expect(after.reasons.map((r) => r.rule)).toContain('R-AUTH-6')
  })

  it('a record frozen only at the top, its blocks array not: the same', () => {
    const blocks: Array<HealthRecord['blocks'][number]> = []
    const record = Object.freeze({ ...recordOf(), blocks })
    const actor = deepFreeze({ ...gp })
    const request = { ...base, actor, record }
    expect(decide(request).allowed).toBe(true)
    blocks.push({ target: 'professional', id: 'PS-1', from: '2024-01-01' })
    expect(decide(request).allowed).toBe(false)
  })

  it("a frozen record whose documents are not: a document's flag changed in place is read again (the document rules run on every call)", () => {
    const document = { id: 'd1', typeCode: '11502-2', author: { kind: 'patient' as const }, addedOn: '2024-05-02', maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false }
    const record = Object.freeze({ ...deepFreeze(recordOf()), documents: Object.freeze([document]) }) as HealthRecord
    const actor = deepFreeze({ ...gp })
    const request = { ...base, action: 'view', actor, record, document } as const
    expect(decide(request).allowed).toBe(true)
    expect(decide(request).allowed).toBe(true)
    document.maskedFromProfessionals = true
    const after = decide(request)
    expect(after.allowed).toBe(false)
    expect(after.reasons.map((r) => r.rule)).toContain('R-MASK-2')
  })

  it("an unfrozen patient: a birth date corrected after a decision is read again (the patient's stage, A-3)", () => {
    const record = recordOf()
    const patient = { ...record.patient, birthDate: '2010-01-01' }
    record.patient = patient
    const request = { action: 'consult', at: '2024-06-01', actor: { kind: 'patient' }, record } as const
    expect(decide(request).allowed).toBe(false) // a minor: A-3
    patient.birthDate = '1980-01-01'
    expect(decide(request).allowed).toBe(true)
  })

  it('an unfrozen actor: a profession changed after a decision is read again', () => {
    const record = deepFreeze(recordOf())
    const actor: { kind: 'professional'; id: string; profession: string; authentication: 'cps' } = { ...gp }
    const request = { ...base, action: 'view', actor, record: deepFreeze({ ...record, documents: [] }) } as unknown as Request
    const first = decide({ ...request, action: 'consult' })
    actor.authentication = 'none' as 'cps'
    const second = decide({ ...request, action: 'consult' })
    expect(first.allowed).toBe(true)
    expect(second.allowed).toBe(false)
  })

  it('a built record and actor: each request field is part of the key (a flag changed on a new request is decided anew)', () => {
    const record = buildRecord(recordOf())
    const actor = buildActor({ ...gp })
    const allowed = decide({ ...base, actor, record })
    expect(allowed.allowed).toBe(true)
    expect(decide({ ...base, actor, record, patientOpposes: true }).allowed).toBe(false)
    expect(decide({ ...base, actor, record, explicitConsent: false, careTeam: false }).allowed).toBe(false)
    expect(decide({ ...base, actor, record, at: '1970-01-01' }).allowed).toBe(false)
    expect(decide({ ...base, actor, record, accessMode: 'unknown' as 'normal' }).allowed).toBe(false)
    expect(decide({ ...base, actor, record })).toBe(allowed)
  })

  it("a request's shareWith changed in place after a decision is decided anew (the key keeps the role it was decided with)", () => {
    const record = deepFreeze(
      buildRecord({ patient: { birthDate: '2010-01-01' }, legalRepresentatives: [{ id: 'mum', role: 'parent' }] }),
    )
    const actor = buildActor({ kind: 'legal-representative', id: 'mum' } as const)
    const shareWith: { role: 'parent' | 'guardian' | 'other' } = { role: 'parent' }
    const request = { action: 'share-profile', at: '2024-06-01', actor, record, shareWith } as const
    const first = decide(request)
    shareWith.role = 'other'
    const expected = decide(unfrozenCopy(request))
    expect(first).not.toEqual(expected)
    expect(decide(request)).toEqual(expected)
    expect(decide({ ...request, shareWith: { role: 'other' } })).toEqual(expected)
  })

  // The fields only rare actions read, which the property above seldom reaches: one pair each, on the same frozen
  // objects, decided in both orders; each must equal the unfrozen evaluation, and the two must differ.
  const minor = () =>
    buildRecord({
      patient: { birthDate: '2010-01-01' },
      legalRepresentatives: [
        { id: 'mum', role: 'parent' },
        { id: 'dad', role: 'parent', doctorPresenceRequired: true },
      ],
    })
  const pairs: ReadonlyArray<readonly [string, Request, Request]> = [
    [
      'representativeId (require-doctor-presence, R-MINOR-6 / A-4)',
      { action: 'require-doctor-presence', at: '2024-06-01', actor: gp, record: minor(), atPatientRequest: true, representativeId: 'mum' },
      { action: 'require-doctor-presence', at: '2024-06-01', actor: gp, record: minor(), atPatientRequest: true, representativeId: 'dad' },
    ],
    [
      'shareWith.role (share-profile, R-MINOR-4)',
      { action: 'share-profile', at: '2024-06-01', actor: { kind: 'legal-representative', id: 'mum' }, record: minor(), shareWith: { role: 'parent' } },
      { action: 'share-profile', at: '2024-06-01', actor: { kind: 'legal-representative', id: 'mum' }, record: minor(), shareWith: { role: 'other' } },
    ],
    [
      'shareWith there without a role, or absent (share-profile, R-MINOR-4)',
      { action: 'share-profile', at: '2024-06-01', actor: { kind: 'legal-representative', id: 'mum' }, record: minor(), shareWith: {} as { role: 'parent' } },
      { action: 'share-profile', at: '2024-06-01', actor: { kind: 'legal-representative', id: 'mum' }, record: minor() },
    ],
  ]
  for (const [name, a, b] of pairs)
    it(`${name}: two requests differing only there are decided apart`, () => {
      const record = buildRecord(a.record)
      const actor = buildActor(structuredClone(a.actor))
      const first = { ...a, record, actor }
      const second = { ...b, record, actor }
      const expected = [decide(unfrozenCopy(first)), decide(unfrozenCopy(second))]
      expect(expected[0]).not.toEqual(expected[1])
      for (const order of [[0, 1], [1, 0], [0, 1]] as const)
        for (const i of order) expect(decide([first, second][i] as Request)).toEqual(expected[i])
    })
})

describe("a frozen record's documents are found by id as a scan finds them (A-7)", () => {
  const arbDocuments = fc
    .array(arbDocument(), { minLength: 1, maxLength: 12 })
    .chain((docs) => fc.array(fc.constantFrom(...docs), { minLength: 0, maxLength: 40 }).map((more) => [...docs, ...more.map((d) => ({ ...d, typeCode: `${d.typeCode}x` }))]))

  it(`recordCopyOf on a frozen record (index) returns the first document of that id, as on an unfrozen copy (scan) (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbRecord(), arbDocuments, fc.oneof(fc.nat(), fc.constant(-1)), (r, documents, k) => {
        const record: HealthRecord = { ...r, documents }
        const id = k < 0 ? 'no-such-document' : (documents[k % documents.length] as HealthDocument).id
        const scanned = recordCopyOf(structuredClone(record), id)
        const frozen = buildRecord(structuredClone(record))
        const indexed = recordCopyOf(frozen, id)
        expect(indexed).toEqual(scanned)
        if (indexed !== undefined) expect(frozen.documents.indexOf(indexed)).toBe(frozen.documents.findIndex((d) => d.id === id))
      }),
      { numRuns: RUNS },
    )
  })
})

describe('sameData agrees with differences', () => {
  const arbLeaf = fc.oneof(fc.constantFrom<unknown>(undefined, null, 0, -0, NaN, '', 'a', true), fc.integer())
  const arbData = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, arbLeaf, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 3 }),
    object: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
  })).value

  it(`sameData(a, b) holds exactly when differences(a, b) is empty (${RUNS * 10} runs)`, () => {
    fc.assert(
      fc.property(arbData, arbData, fc.boolean(), (a, b, copy) => {
        const other = copy ? structuredClone(a) : b
        expect(sameData(a, other)).toBe(differences(a, other).length === 0)
      }),
      { numRuns: RUNS * 10 },
    )
  })
})
