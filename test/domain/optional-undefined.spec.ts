// Issue 22 item 2: every optional field of every input type accepts `undefined` (`readonly x?: T | undefined`), so
// that the natural code of a strict app (`exactOptionalPropertyTypes`, as this repository's tsconfig) compiles:
// `careTeam: row.careTeam` where `row.careTeam: boolean | undefined`. `tsc` checks this file (`npm test` runs it
// first): each field below is written from a value of type `T | undefined`, so a field that loses `| undefined`
// fails the build. At run time, `undefined` is exactly an absent field: the same decisions, field by field.
import * as fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  allowedActions,
  buildDocument,
  buildRecord,
  canConsult,
  canMask,
  canRequestPostMortemAccess,
  createRules,
  decide,
  deepFreeze,
  isVisibleTo,
  mesCreation,
  recordView,
  visibleDocuments,
  type AccessMode,
  type ActionlessRequest,
  type Actor,
  type AuthorizationMatrix,
  type Block,
  type DocumentActionsRequest,
  type DocumentAuthor,
  type DocumentRequest,
  type EmergencyAccess,
  type HealthDocument,
  type HealthRecord,
  type MatrixGrant,
  type MedicoSocialRole,
  type MesCreationInput,
  type Options,
  type Patient,
  type PostMortemRequest,
  type ProfessionalActor,
  type ProtectionMeasure,
  type RecordRequest,
  type RecordViewRequest,
  type Request,
  type RequestFor,
} from '../../src/index.js'
import {
  checkConnection,
  fromXdsConfidentialityCodes,
  matrixFromMesJsonApi,
  mustBeFed,
  responsibleForSubmission,
  type ConnectionCheck,
  type FeedingContext,
  type MesJsonApiOptions,
  type MesProfession,
  type ReportProduction,
  type XdsConfidentialityInput,
} from '../../src/interop.js'
import { arbIsoDate, arbRecord, arbRequest, type IsoDateConstraints, type RequestConstraints } from '../../src/testing/index.js'
import { decodeRequest } from '../../src/codecs/index.js'
import type { IsoDate } from '../../src/index.js'
import type { EveryOptionalKey } from '../optional-keys.js'

/** A value the type checker sees as `T | undefined` (a form's row, an optional column): the caller's natural data. */
const maybe = <T>(value: T | undefined): T | undefined => value

// -------------------------------------------------------------------------------------
// compile: every optional field of every input type, from a `T | undefined`
// -------------------------------------------------------------------------------------

/** A row of a caller's table, where every optional column reads `T | undefined`. */
interface Row {
  readonly specialty: string | undefined
  readonly establishmentId: string | undefined
  readonly role: MedicoSocialRole | undefined
  readonly occupationalDoctor: boolean | undefined
  readonly careTeam: boolean | undefined
  readonly participatesInCare: boolean | undefined
  readonly explicitConsent: boolean | undefined
  readonly patientOpposes: boolean | undefined
  readonly atPatientRequest: boolean | undefined
  readonly inPresenceOfDoctor: boolean | undefined
  readonly accessMode: AccessMode | undefined
  readonly api: 'v1' | 'v2' | undefined
  readonly carteVitaleRead: boolean | undefined
  readonly shareWith: { readonly role: 'parent' | 'guardian' | 'other' } | undefined
  readonly representativeId: string | undefined
  readonly subcontractedBy: string | undefined
  readonly protection: ProtectionMeasure | undefined
  readonly ins: { readonly qualified: boolean } | undefined
  readonly deceasedOn: IsoDate | undefined
  readonly until: IsoDate | undefined
  readonly emergencyAccess: EmergencyAccess | undefined
  readonly document: HealthDocument | undefined
}

const AT: IsoDate = '2024-06-01'
const note: HealthDocument = buildDocument({ id: 'note-1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02' })

const rowOf = (defined: boolean): Row => ({
  specialty: maybe(defined ? 'SM54' : undefined),
  establishmentId: maybe(defined ? '750000001' : undefined),
  role: maybe<MedicoSocialRole>(defined ? 'coordination' : undefined),
  occupationalDoctor: maybe(defined ? false : undefined),
  careTeam: maybe(defined ? true : undefined),
  participatesInCare: maybe(defined ? true : undefined),
  explicitConsent: maybe(defined ? true : undefined),
  patientOpposes: maybe(defined ? false : undefined),
  atPatientRequest: maybe(defined ? false : undefined),
  inPresenceOfDoctor: maybe(defined ? false : undefined),
  accessMode: maybe<AccessMode>(defined ? 'normal' : undefined),
  api: maybe<'v1' | 'v2'>(defined ? 'v2' : undefined),
  carteVitaleRead: maybe(defined ? false : undefined),
  shareWith: maybe(defined ? { role: 'parent' as const } : undefined),
  representativeId: maybe(defined ? 'mum' : undefined),
  subcontractedBy: maybe(defined ? '750000002' : undefined),
  protection: maybe<ProtectionMeasure>(defined ? { measure: 'curatelle', representationOfPerson: false } : undefined),
  ins: maybe(defined ? { qualified: true } : undefined),
  deceasedOn: maybe<IsoDate>(undefined),
  until: maybe<IsoDate>(defined ? '2030-01-01' : undefined),
  emergencyAccess: maybe<EmergencyAccess>(defined ? { breakGlass: true, regulationCentre: true, maskedDocuments: true } : undefined),
  document: maybe(defined ? note : undefined),
})

/** Every domain input type, each optional field written `field: row.field`. */
const requestOf = (row: Row): Request => {
  const doctor: ProfessionalActor = {
    kind: 'professional',
    id: 'dr-1',
    profession: 'medecin',
    authentication: 'cps',
    specialty: row.specialty,
    establishmentId: row.establishmentId,
    role: row.role,
    occupationalDoctor: row.occupationalDoctor,
  }
  const author: DocumentAuthor = { kind: 'professional', id: 'dr-1', establishmentId: row.establishmentId }
  const document: HealthDocument = {
    id: 'report-1',
    typeCode: '11488-4',
    author,
    addedOn: '2024-05-02',
    maskedFromProfessionals: false,
    invisibleToPatient: false,
    hiddenFromLegalRepresentatives: false,
    subcontractedBy: row.subcontractedBy,
  }
  const patient: Patient = {
    birthDate: '1980-01-01',
    emancipated: false,
    protectedAdult: false,
    protection: row.protection,
    ins: row.ins,
    deceasedOn: row.deceasedOn,
  }
  const block: Block = { target: 'establishment', id: '750000009', from: '2024-01-01', until: row.until }
  const record: HealthRecord = {
    patient,
    status: { kind: 'active' },
    treatingDoctorIds: ['dr-1'],
    legalRepresentatives: [],
    blocks: [block],
    authorizations: [{ professionalId: 'dr-1', status: 'valid' }],
    documents: [document],
    emergencyAccess: row.emergencyAccess,
  }
  return {
    action: 'view',
    actor: doctor,
    record,
    at: AT,
    document: row.document === undefined ? undefined : document,
    careTeam: row.careTeam,
    participatesInCare: row.participatesInCare,
    explicitConsent: row.explicitConsent,
    patientOpposes: row.patientOpposes,
    atPatientRequest: row.atPatientRequest,
    inPresenceOfDoctor: row.inPresenceOfDoctor,
    accessMode: row.accessMode,
    api: row.api,
    carteVitaleRead: row.carteVitaleRead,
    shareWith: row.shareWith,
    representativeId: row.representativeId,
  }
}

describe('every optional field of every input type accepts undefined (issue 22 item 2)', () => {
  it('compiles the request types of every decision function from `T | undefined` fields, and decides (A-6)', () => {
    const row = rowOf(false)
    const request = requestOf(row)
    const { action: _action, document: _document, ...rest } = request
    const asked: RecordRequest = { ...rest, careTeam: row.careTeam, accessMode: row.accessMode }
    const actionless: ActionlessRequest = { ...asked, action: maybe<'view'>(undefined), document: row.document }
    const forView: RequestFor<'view'> = { ...asked, action: maybe<'view'>(undefined), document: note }
    const forConsult: RequestFor<'consult'> = { ...asked, action: maybe<'consult'>(undefined), document: row.document }
    const legacyView: RecordViewRequest = { ...asked, action: maybe<'consult'>(undefined), document: row.document }
    const legacyActions: DocumentActionsRequest = { ...asked, action: maybe<'mask'>(undefined), document: note }
    expect(decide(request).allowed).toBe(false) // a document action without its document
    expect(canConsult(forConsult)).toEqual(canConsult(asked))
    expect(isVisibleTo(forView)).toEqual(isVisibleTo({ ...asked, document: note }))
    expect(visibleDocuments(actionless)).toEqual(visibleDocuments(asked))
    expect(recordView(legacyView)).toEqual(recordView(asked))
    expect(allowedActions(legacyActions)).toEqual(allowedActions({ ...asked, document: note }))
  })

  it('compiles the options and the other inputs (matrix, post-mortem, creation, interop, testing) from `T | undefined` fields', () => {
    const row = rowOf(false)
    const grant: MatrixGrant = { profession: 'medecin', specialty: row.specialty, role: row.role, typeCodes: '*', source: maybe<string>(undefined) }
    const matrix: AuthorizationMatrix = { version: 'test', grants: [grant] }
    const options: Options = { matrix: maybe<AuthorizationMatrix>(undefined) }
    expect(createRules(options).decide(requestOf(row))).toEqual(decide(requestOf(row)))
    expect(createRules({ matrix }).options.matrix).toBe(matrix)
    const postMortem: PostMortemRequest = { requester: 'heir', purpose: 'defend-memory', record: requestOf(row).record, at: AT, deceasedOpposed: row.occupationalDoctor }
    expect(canRequestPostMortemAccess(postMortem)).toEqual(canRequestPostMortemAccess({ ...postMortem, deceasedOpposed: false }))
    const creation: MesCreationInput = { notifiedOn: '2024-01-01', opposedOn: row.deceasedOn }
    expect(mesCreation(creation, AT)).toEqual(mesCreation({ notifiedOn: '2024-01-01' }, AT))
    const code: XdsConfidentialityInput = { code: 'MASQUE_PS', codeSystem: row.specialty }
    expect(fromXdsConfidentialityCodes([code])).toEqual(fromXdsConfidentialityCodes([{ code: 'MASQUE_PS' }]))
    const feeding: FeedingContext = { at: maybe<IsoDate>(undefined), hospitalStay: row.careTeam }
    expect(mustBeFed('11488-4', feeding)).toEqual(mustBeFed('11488-4', {}))
    const production: ReportProduction = { producer: 'lab-A', subcontractedBy: row.subcontractedBy, orderedBy: row.establishmentId }
    expect(responsibleForSubmission(production)).toEqual(responsibleForSubmission({ producer: 'lab-A' }))
    const connection: ConnectionCheck = {
      at: AT,
      environment: 'production',
      credential: { kind: 'card', environment: 'production' },
      structure: { kind: 'other', legalEntityFiness: row.establishmentId, geographicFiness: row.establishmentId, siret: row.establishmentId, inDirectory: true },
      metadataGeographicFiness: row.establishmentId,
    }
    expect(checkConnection(connection)).toEqual(checkConnection({ ...connection, structure: { kind: 'other', inDirectory: true } }))
    const mesProfession: MesProfession = { profession: 'medecin', specialty: row.specialty }
    const mesOptions: MesJsonApiOptions = { version: row.specialty, professionOf: maybe<MesJsonApiOptions['professionOf']>(undefined) }
    expect(matrixFromMesJsonApi({ data: [] }, mesOptions)).toEqual(matrixFromMesJsonApi({ data: [] }))
    expect(mesProfession.specialty).toBeUndefined()
    const dates: IsoDateConstraints = { min: maybe<IsoDate>(undefined), max: maybe<IsoDate>(undefined) }
    const constraints: RequestConstraints<'view'> = { action: maybe<'view'>(undefined), actorKind: maybe<Actor['kind']>(undefined) }
    expect(fc.sample(arbIsoDate(dates), { numRuns: 3, seed: 1 })).toEqual(fc.sample(arbIsoDate(), { numRuns: 3, seed: 1 }))
    expect(fc.sample(arbRequest(constraints), { numRuns: 3, seed: 1 })).toEqual(fc.sample(arbRequest(), { numRuns: 3, seed: 1 }))
    expect(fc.sample(arbRecord({ around: maybe<IsoDate>(undefined) }), { numRuns: 3, seed: 1 })).toEqual(fc.sample(arbRecord(), { numRuns: 3, seed: 1 }))
  })

  it('passes the request visibleDocuments takes to isVisibleTo, canMask and allowedActions with its document, without a cast (A-7)', () => {
    expectTypeOf<Parameters<typeof visibleDocuments>[0]>().toEqualTypeOf<RecordRequest>()
    expectTypeOf<Parameters<typeof recordView>[0]>().toEqualTypeOf<RecordRequest>()
    expectTypeOf<Parameters<typeof allowedActions>[0]>().toEqualTypeOf<DocumentRequest>()
    expectTypeOf<RecordRequest>().toMatchTypeOf<RequestFor<'consult'>>()
    expectTypeOf<DocumentRequest>().toMatchTypeOf<RequestFor<'view'>>()
    expectTypeOf<DocumentRequest>().toMatchTypeOf<RequestFor<'mask'>>()
    const request: RecordRequest = { actor: { kind: 'patient' }, at: AT, record: buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [note] }) }
    const [row] = visibleDocuments(request)
    expect(row?.decision).toEqual(isVisibleTo({ ...request, document: note }))
    const one: DocumentRequest = { ...request, document: note }
    expect(allowedActions(one).mask).toEqual(canMask(one))
    expect(recordView(request).consultation).toEqual(canConsult(request))
  })
})

// -------------------------------------------------------------------------------------
// run: `undefined` is exactly an absent field
// -------------------------------------------------------------------------------------

/** `value` with each of `keys` it lacks (or holds as `undefined`) present and `undefined`. */
const withUndefined = <T extends object>(value: T, keys: ReadonlyArray<string>): T => {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  for (const k of keys) if (out[k] === undefined) out[k] = undefined
  return out as T
}

const REQUEST_KEYS = ['document', 'careTeam', 'participatesInCare', 'explicitConsent', 'patientOpposes', 'atPatientRequest', 'inPresenceOfDoctor', 'accessMode', 'api', 'carteVitaleRead', 'shareWith', 'representativeId', 'holderCannotExpressWill'] as const
const PROFESSIONAL_KEYS = ['specialty', 'establishmentId', 'role', 'occupationalDoctor', 'residenceCoordinatingDoctor'] as const
const PATIENT_KEYS = ['protection', 'ins', 'deceasedOn'] as const
// Each list names every optional field of its type, or this fails to compile (the first two lacked revision 3's
// `holderCannotExpressWill` and `residenceCoordinatingDoctor` until issue 23's review).
const complete: [
  EveryOptionalKey<Request, typeof REQUEST_KEYS>,
  EveryOptionalKey<ProfessionalActor, typeof PROFESSIONAL_KEYS>,
  EveryOptionalKey<Patient, typeof PATIENT_KEYS>,
  EveryOptionalKey<HealthRecord, ['emergencyAccess']>,
  EveryOptionalKey<Block, ['until']>,
  EveryOptionalKey<HealthDocument, ['subcontractedBy']>,
] = [true, true, true, true, true, true]
void complete

const documentWithUndefined = (d: HealthDocument): HealthDocument =>
  withUndefined({ ...d, author: d.author.kind === 'professional' ? withUndefined(d.author, ['establishmentId']) : d.author }, ['subcontractedBy'])

/** The request with every optional field it lacks, at every level, present and `undefined`. */
const explicitUndefined = (request: Request): Request => {
  const actor: Actor = request.actor.kind === 'professional' ? withUndefined(request.actor, PROFESSIONAL_KEYS) : request.actor
  const record: HealthRecord = withUndefined(
    {
      ...request.record,
      patient: withUndefined(request.record.patient, PATIENT_KEYS),
      blocks: request.record.blocks.map((b) => withUndefined(b, ['until'])),
      documents: request.record.documents.map(documentWithUndefined),
    },
    ['emergencyAccess'],
  )
  const document = request.document === undefined ? undefined : documentWithUndefined(request.document)
  return withUndefined({ ...request, actor, record, document }, REQUEST_KEYS)
}

const RUNS = process.env['DMP_RULES_DEEP'] !== undefined ? 3_000 : 200

describe('the engine reads an `undefined` field as an absent one (issue 22 item 2)', () => {
  it('decides every action the same with every absent optional field present and undefined (A-6, R-AUTH-7)', () => {
    fc.assert(
      fc.property(arbRequest(), (request) => {
        const spelled = explicitUndefined(request)
        expect(Object.keys(spelled)).toEqual(expect.arrayContaining([...REQUEST_KEYS]))
        expect(decide(spelled)).toEqual(decide(request))
      }),
      { numRuns: RUNS },
    )
  })

  it('decodes a request with its absent optional fields spelled undefined as the request itself (codecs, A-6)', () => {
    fc.assert(
      fc.property(arbRequest(), (request) => {
        // JSON has no undefined; a JS caller's object may. The decoded request is the same, with no undefined key.
        const plain = decodeRequest(JSON.parse(JSON.stringify(request)))
        expect(decodeRequest(explicitUndefined(request))).toStrictEqual(plain)
      }),
      { numRuns: RUNS },
    )
  })

  it('gives the same visibleDocuments, recordView and allowedActions, frozen or not (A-7, memo)', () => {
    fc.assert(
      fc.property(arbRequest({ action: 'view' }), fc.boolean(), (request, freeze) => {
        const spelled = explicitUndefined(request)
        const asked = freeze ? deepFreeze(spelled) : spelled
        expect(visibleDocuments(asked)).toEqual(visibleDocuments(request))
        expect(recordView(asked)).toEqual(recordView(request))
        // The request's copy of the document, with `undefined` fields, is the record's copy (A-7: same data).
        const own = request.record.documents[0]
        if (own !== undefined) expect(allowedActions({ ...asked, document: documentWithUndefined(own) })).toEqual(allowedActions({ ...request, document: own }))
      }),
      { numRuns: RUNS },
    )
  })
})
