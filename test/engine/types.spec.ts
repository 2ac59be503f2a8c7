// Types that make misuse hard (issue 13, items 2, 3, 4, 5, 10). vitest's typecheck is not enabled: `tsc` checks
// this file (`npm test` runs it first), so an `expectTypeOf` that does not hold, or a `@ts-expect-error` whose
// line compiles, fails the build. The runtime checks say what a plain-JS caller, who bypasses the types, gets.
import * as fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  allowedActions,
  buildDocument,
  buildRecord,
  canConsult,
  canDelete,
  canHideFromRepresentatives,
  canMakeVisibleToPatient,
  canMask,
  canModify,
  canUnmask,
  createRules,
  decide,
  isVisibleTo,
  recordView,
  type Action,
  type AllowedActions,
  type Decision,
  type DocumentAction,
  type HealthDocument,
  type HealthRecord,
  type RecordDocumentAction,
  type Request,
  type RequestFor,
  type RequestOf,
  type Rules,
} from '../../src/index.js'
import { arbRequest } from '../../src/testing/index.js'

const record: HealthRecord = buildRecord({ patient: { birthDate: '1980-01-01' } })
const holder = { kind: 'patient' } as const
const AT = '2024-06-01'
const note: HealthDocument = buildDocument({ id: 'note-1', typeCode: '11488-4', author: holder, addedOn: '2024-05-02' })
const withNote: HealthRecord = { ...record, documents: [note] }

describe('the named functions refuse another action (issue 13 item 10)', () => {
  it('does not compile canConsult with action delete; at run time consult still decides (A-6)', () => {
    // @ts-expect-error — `action` of canConsult's request is 'consult' or absent
    const d = canConsult({ action: 'delete', actor: holder, at: AT, record })
    expect(d).toEqual(canConsult({ actor: holder, at: AT, record }))
    expectTypeOf(canConsult).parameter(0).toEqualTypeOf<RequestFor<'consult'>>()
  })

  it('compiles a named function given its own action or none (A-6)', () => {
    expect(canConsult({ action: 'consult', actor: holder, at: AT, record }).allowed).toBe(true)
    expect(isVisibleTo({ action: 'view', actor: holder, at: AT, record: withNote, document: note }).allowed).toBe(true)
  })

  it('does not compile a Request of any action passed to a named function (A-6)', () => {
    const request: Request = { action: 'view', actor: holder, at: AT, record: withNote, document: note }
    // @ts-expect-error — a Request's action is any Action; at run time canMask decides mask
    expect(canMask(request)).toEqual(decide({ ...request, action: 'mask' }))
  })
})

describe('the named functions of document actions require the document (issue 13 item 10)', () => {
  it('does not compile isVisibleTo, canMask, canUnmask, canDelete… without document; at run time they deny (A-6)', () => {
    const noDocument = { actor: holder, at: AT, record: withNote }
    // @ts-expect-error — document required
    const views = isVisibleTo(noDocument)
    // @ts-expect-error — document required
    const masks = canMask(noDocument)
    // @ts-expect-error — document required
    const unmasks = canUnmask(noDocument)
    // @ts-expect-error — document required
    const deletes = canDelete(noDocument)
    // @ts-expect-error — document required
    const modifies = canModify(noDocument)
    // @ts-expect-error — document required
    const shows = canMakeVisibleToPatient(noDocument)
    // @ts-expect-error — document required
    const hides = canHideFromRepresentatives(noDocument)
    for (const d of [views, masks, unmasks, deletes, modifies, shows, hides]) {
      expect(d.allowed).toBe(false)
      expect(d.reasons.map((r) => r.code)).toContain('DOCUMENT_MISSING')
    }
  })

  it('types the request of a record-level action with an optional document (A-6)', () => {
    expectTypeOf<RequestFor<'consult'>['document']>().toEqualTypeOf<HealthDocument | undefined>()
    expectTypeOf<RequestFor<'view'>['document']>().toEqualTypeOf<HealthDocument>()
    expectTypeOf<RequestFor<'feed'>['document']>().toEqualTypeOf<HealthDocument>()
  })

  it('does not compile allowedActions without a document, nor with a feed request (A-6, A-7)', () => {
    // @ts-expect-error — document required
    const none = allowedActions({ actor: holder, at: AT, record: withNote })
    expect(Object.values(none).every((d) => !d.allowed)).toBe(true)
    // @ts-expect-error — a fed document is not one of the record: feed is not among these actions
    allowedActions({ action: 'feed', actor: holder, at: AT, record: withNote, document: note })
    // @ts-expect-error — recordView decides a consultation
    recordView({ action: 'delete', actor: holder, at: AT, record: withNote })
  })
})

describe('action types (issue 13 item 4)', () => {
  it('lists every document action but feed in RecordDocumentAction, and keys AllowedActions by them', () => {
    expectTypeOf<RecordDocumentAction>().toEqualTypeOf<Exclude<DocumentAction, 'feed'>>()
    expectTypeOf<keyof AllowedActions>().toEqualTypeOf<RecordDocumentAction>()
    expectTypeOf<AllowedActions['view']>().toEqualTypeOf<Decision>()
  })
})

describe('arbRequest is typed by its actions (issue 13 item 10)', () => {
  it('types arbRequest({ action: "view" }) with a required document and the literal action', () => {
    expectTypeOf(arbRequest({ action: 'view' })).toEqualTypeOf<fc.Arbitrary<RequestOf<'view'>>>()
    fc.assert(
      fc.property(arbRequest({ action: 'view' }), (r) => {
        expectTypeOf(r.document).toEqualTypeOf<HealthDocument>()
        expectTypeOf(r.action).toEqualTypeOf<'view'>()
        expect(r.document.id).toEqual(expect.any(String))
      }),
      { numRuns: 20 },
    )
  })

  it('types a list of actions as a union, and no action (or any Action) as Request', () => {
    expectTypeOf(arbRequest({ action: ['consult', 'mask'] })).toEqualTypeOf<fc.Arbitrary<RequestOf<'consult' | 'mask'>>>()
    expectTypeOf<RequestOf<'consult' | 'mask'>['action']>().toEqualTypeOf<'consult' | 'mask'>()
    expectTypeOf(arbRequest()).toEqualTypeOf<fc.Arbitrary<Request>>()
    expectTypeOf(arbRequest({ actorKind: 'patient' })).toEqualTypeOf<fc.Arbitrary<Request>>()
    const ofAny = (action: Action) => arbRequest({ action })
    expectTypeOf(ofAny).returns.toEqualTypeOf<fc.Arbitrary<Request>>()
  })

  it('lets a generated view request go to isVisibleTo as it is, with the answer of decide', () => {
    fc.assert(
      fc.property(arbRequest({ action: 'view' }), (r) => {
        expect(isVisibleTo(r)).toEqual(decide(r))
      }),
      { numRuns: 5 },
    )
  })
})

describe('the builders require an identity (issue 13 item 3)', () => {
  it('does not compile buildRecord without patient.birthDate', () => {
    const types = (): void => {
      // @ts-expect-error — patient required
      buildRecord({})
      // @ts-expect-error — birthDate required
      buildRecord({ patient: {} })
      // @ts-expect-error — birthDate required
      buildRecord({ patient: { emancipated: true } })
    }
    expect(typeof types).toBe('function')
    expectTypeOf(buildRecord({ patient: { birthDate: '2000-01-01' } })).toEqualTypeOf<HealthRecord>()
  })

  it('does not compile buildDocument without id, typeCode, author or addedOn', () => {
    const types = (): void => {
      // @ts-expect-error — id required
      buildDocument({ typeCode: '11488-4', author: holder, addedOn: AT })
      // @ts-expect-error — typeCode required
      buildDocument({ id: 'd', author: holder, addedOn: AT })
      // @ts-expect-error — author required
      buildDocument({ id: 'd', typeCode: '11488-4', addedOn: AT })
      // @ts-expect-error — addedOn required
      buildDocument({ id: 'd', typeCode: '11488-4', author: holder })
      // @ts-expect-error — an undefined identity is not an identity
      buildDocument({ id: undefined, typeCode: '11488-4', author: holder, addedOn: AT })
    }
    expect(typeof types).toBe('function')
    expectTypeOf(buildDocument({ id: 'd', typeCode: '11488-4', author: holder, addedOn: AT })).toEqualTypeOf<HealthDocument>()
  })

  it('accepts undefined for every optional field, as a database row gives it (exactOptionalPropertyTypes)', () => {
    const row: { readonly masked: boolean | undefined; readonly until: string | undefined; readonly est: string | undefined } = {
      masked: undefined,
      until: undefined,
      est: undefined,
    }
    const built = buildRecord({
      patient: { birthDate: '2000-01-01', emancipated: undefined, protectedAdult: undefined, protection: undefined, ins: undefined, deceasedOn: undefined },
      status: undefined,
      treatingDoctorIds: undefined,
      legalRepresentatives: [{ id: 'r', role: 'parent', doctorPresenceRequired: undefined }],
      blocks: [{ target: 'professional', id: 'p', from: '2020-01-01', until: row.until }],
      authorizations: undefined,
      documents: [{ id: 'd', typeCode: 't', author: { kind: 'professional', id: 'p', establishmentId: row.est }, addedOn: AT, maskedFromProfessionals: row.masked, subcontractedBy: undefined }],
      emergencyAccess: undefined,
    })
    expect(built.blocks[0]).toEqual({ target: 'professional', id: 'p', from: '2020-01-01' })
  })
})

describe('createRules binds every function (issue 13 item 2)', () => {
  it('types each bound function as the free one without options', () => {
    const rules = createRules({})
    expectTypeOf(rules).toEqualTypeOf<Rules>()
    expectTypeOf(rules.canConsult).parameters.toEqualTypeOf<[RequestFor<'consult'>]>()
    expectTypeOf(rules.isVisibleTo).parameters.toEqualTypeOf<[RequestFor<'view'>]>()
    // @ts-expect-error — bound functions take no options: they are the rules' own
    rules.decide({ action: 'consult', actor: holder, at: AT, record }, {})
    // @ts-expect-error — the bound canConsult refuses another action as the free one does
    rules.canConsult({ action: 'delete', actor: holder, at: AT, record })
  })
})
