// Decoders of every domain type, with the checks across fields that the types alone cannot say.
import * as E from 'fp-ts/lib/Either.js'
import { receivedOf } from '../messages/decoding.js'
import { ageAt, compareDates, isIsoDate } from '../domain/dates.js'
import { differences, EMANCIPATION_MIN_AGE } from '../domain/integrity.js'
import { PROFESSIONS } from '../domain/profession.js'
import {
  ACCESS_MODES,
  ACTIONS,
  AUTHENTICATIONS,
  DOCUMENT_ACTIONS,
  MEASURES_WITH_REPRESENTATION_OF_PERSON,
  MEDICO_SOCIAL_ROLES,
  PROTECTION_MEASURES,
  THIRD_PARTIES,
  type AccessMode,
  type Action,
  type Actor,
  type Authentication,
  type Authorization,
  type Block,
  type DocumentAuthor,
  type EmergencyAccess,
  type HealthDocument,
  type HealthRecord,
  type LegalRepresentative,
  type LegalRepresentativeActor,
  type MesStatus,
  type Patient,
  type PatientActor,
  type ProtectionMeasure,
  type ProfessionalActor,
  type Request,
  type ThirdParty,
  type ThirdPartyActor,
} from '../domain/types.js'
import type { Profession } from '../domain/profession.js'
import type { AuthorizationMatrix, MatrixGrant, OccupationalGrant, ProfessionGrant } from '../matrix/types.js'
import {
  pushAll,
  array,
  boolean,
  describedAs,
  isoDate,
  isRecordLike,
  issue,
  literal,
  oneOf,
  ownValue,
  string,
  struct,
  taggedUnion,
  toPointer,
  withChecks,
  type Decoder,
  type TypeOf,
  type Path,
  type RawIssue,
} from './decoder.js'

const id = string('id', true)
/** `true` only (an occupational grant's tag). */
const literalTrue: Decoder<true> = {
  expected: 'trueOnly',
  decode: (u, path) => (u === true ? E.right(true as const) : E.left([issue('INVALID_TYPE', path, { expected: 'trueOnly', received: receivedOf(u) })])),
}
const code = string('code', true)
const none = {} as const

// -------------------------------------------------------------------------------------
// enums
// -------------------------------------------------------------------------------------

export const profession: Decoder<Profession> = oneOf(PROFESSIONS)
export const authentication: Decoder<Authentication> = oneOf(AUTHENTICATIONS)
export const thirdParty: Decoder<ThirdParty> = oneOf(THIRD_PARTIES)
export const action: Decoder<Action> = oneOf(ACTIONS)
export const accessMode: Decoder<AccessMode> = oneOf(ACCESS_MODES)

// -------------------------------------------------------------------------------------
// actors
// -------------------------------------------------------------------------------------

export const patientActor: Decoder<PatientActor> = struct('patientActor', { kind: literal('patient') }, none)

export const legalRepresentativeActor: Decoder<LegalRepresentativeActor> = struct(
  'legalRepresentativeActor',
  { kind: literal('legal-representative'), id },
  none,
)

export const professionalActor: Decoder<ProfessionalActor> = struct(
  'professionalActor',
  { kind: literal('professional'), id, profession, authentication },
  {
    specialty: code,
    establishmentId: id,
    role: oneOf(MEDICO_SOCIAL_ROLES),
    occupationalDoctor: boolean,
    residenceCoordinatingDoctor: boolean,
  },
)

export const thirdPartyActor: Decoder<ThirdPartyActor> = struct(
  'thirdPartyActor',
  { kind: literal('third-party'), party: thirdParty },
  none,
)

// The values that name a variety of an actor or author elsewhere in a request: a `kind` that is one of them is not a
// typo of a kind (`"parent"` is a legal representative, not a misspelt `"patient"`).
const LEGAL_REPRESENTATIVE_ROLES = ['parent', 'guardian', 'other'] as const

export const actor: Decoder<Actor> = taggedUnion<Actor>(
  'actor',
  {
    patient: patientActor,
    'legal-representative': legalRepresentativeActor,
    professional: professionalActor,
    'third-party': thirdPartyActor,
  },
  { 'legal-representative': LEGAL_REPRESENTATIVE_ROLES, professional: PROFESSIONS, 'third-party': THIRD_PARTIES },
)

// -------------------------------------------------------------------------------------
// status
// -------------------------------------------------------------------------------------

const dated = <K extends 'closed' | 'deleted' | 'refused'>(kind: K) =>
  struct(`${kind}Status` as const, { kind: literal(kind), on: isoDate }, none)

export const mesStatus: Decoder<MesStatus> = taggedUnion<MesStatus>(
  'mesStatus', // its wording lists MES_STATUS_KINDS (a test checks it)
  {
    active: struct('activeStatus', { kind: literal('active') }, none),
    deactivated: struct('deactivatedStatus', { kind: literal('deactivated') }, none),
    closed: dated('closed'),
    deleted: dated('deleted'),
    refused: dated('refused'),
  },
)

// -------------------------------------------------------------------------------------
// documents
// -------------------------------------------------------------------------------------

export const documentAuthor: Decoder<DocumentAuthor> = taggedUnion<DocumentAuthor>(
  'documentAuthor',
  {
    professional: struct(
      'professionalAuthor',
      { kind: literal('professional'), id },
      { establishmentId: id },
    ),
    patient: struct('patientAuthor', { kind: literal('patient') }, none),
    'legal-representative': struct(
      'legalRepresentativeAuthor',
      { kind: literal('legal-representative'), id },
      none,
    ),
  },
  { 'legal-representative': LEGAL_REPRESENTATIVE_ROLES, professional: PROFESSIONS },
)

export const healthDocument: Decoder<HealthDocument> = struct(
  'document',
  {
    id,
    typeCode: code,
    author: documentAuthor,
    addedOn: isoDate,
    maskedFromProfessionals: boolean,
    invisibleToPatient: boolean,
    hiddenFromLegalRepresentatives: boolean,
  },
  { subcontractedBy: id },
)

/** Issues for every second use of a string `key` among the raw items of an array (path of the later one). */
const duplicates =
  (key: string, code: 'DUPLICATE_DOCUMENT_ID' | 'DUPLICATE_REPRESENTATIVE_ID') =>
  (u: unknown, path: Path): ReadonlyArray<RawIssue> => {
    if (!Array.isArray(u)) return []
    const first = new Map<string, number>()
    const out: Array<RawIssue> = []
    for (let i = 0; i < u.length; i++) {
      const v = ownValue(Object.getOwnPropertyDescriptor(u, String(i))?.value, key)
      if (typeof v !== 'string') continue
      const at = first.get(v)
      if (at === undefined) first.set(v, i)
      else out.push(issue(code, [...path, i, key], { id: v, firstAt: toPointer([...path, at, key]) }))
    }
    return out
  }

const documents = withChecks(array(healthDocument, 'documents'), duplicates('id', 'DUPLICATE_DOCUMENT_ID'))

// -------------------------------------------------------------------------------------
// record
// -------------------------------------------------------------------------------------

// R-MINOR-8 (b) (rev. 3): only a tutelle, a habilitation familiale or a mandat de protection future can carry a
// representation relating to the person; a curatelle (assistance) or a sauvegarde de justice cannot.
const representationChecks = (u: unknown, path: Path): ReadonlyArray<RawIssue> => {
  const measure = ownValue(u, 'measure')
  return ownValue(u, 'representationOfPerson') === true &&
    typeof measure === 'string' &&
    (PROTECTION_MEASURES as ReadonlyArray<string>).includes(measure) &&
    !(MEASURES_WITH_REPRESENTATION_OF_PERSON as ReadonlyArray<string>).includes(measure)
    ? [issue('REPRESENTATION_NOT_CARRIED_BY_MEASURE', [...path, 'representationOfPerson'], { measure, measures: MEASURES_WITH_REPRESENTATION_OF_PERSON })]
    : []
}

export const protectionMeasure: Decoder<ProtectionMeasure> = withChecks(
  struct('protectionMeasure', { measure: oneOf(PROTECTION_MEASURES), representationOfPerson: boolean }, none),
  representationChecks,
)

// R-MINOR-8 (rev. 2): a protected adult's measure says who decides. The 0.1 shape (`protectedAdult: true` alone) is
// an issue that says what to write instead.
const protectionChecks = (u: unknown, path: Path): ReadonlyArray<RawIssue> => {
  const flag = ownValue(u, 'protectedAdult')
  const measure = ownValue(u, 'protection')
  if (flag === true && measure === undefined)
    return [issue('PROTECTION_MEASURE_MISSING', [...path, 'protection'], {})]
  if (flag === false && measure !== undefined)
    return [issue('PROTECTION_WITHOUT_PROTECTED_ADULT', [...path, 'protectedAdult'], {})]
  return []
}

export const patient: Decoder<Patient> = withChecks(
  struct(
    'patient',
    { birthDate: isoDate, emancipated: boolean, protectedAdult: boolean },
    { protection: protectionMeasure, ins: struct('ins', { qualified: boolean }, none), deceasedOn: isoDate },
  ),
  protectionChecks,
)

export const legalRepresentative: Decoder<LegalRepresentative> = struct(
  'legalRepresentative',
  { id, role: oneOf(LEGAL_REPRESENTATIVE_ROLES), doctorPresenceRequired: boolean },
  none,
)

export const block: Decoder<Block> = struct(
  'block',
  { target: oneOf(['professional', 'establishment'] as const), id, from: isoDate },
  { until: isoDate },
)

const authorizationStatus = oneOf(['valid', 'expired', 'forbidden'] as const)
const professionalAuthorization = struct('professionalAuthorization', { professionalId: id, status: authorizationStatus }, none)
const establishmentAuthorization = struct('establishmentAuthorization', { establishmentId: id, status: authorizationStatus }, none)

/** An authorisation of a professional (`professionalId`) or, since 0.2.0, of an establishment (`establishmentId`). */
export const authorization: Decoder<Authorization> = {
  expected: 'authorization',
  decode: (u, path) =>
    isRecordLike(u) && Object.prototype.hasOwnProperty.call(u, 'establishmentId') && !Object.prototype.hasOwnProperty.call(u, 'professionalId')
      ? establishmentAuthorization.decode(u, path)
      : professionalAuthorization.decode(u, path),
}

export const emergencyAccess: Decoder<EmergencyAccess> = struct(
  'emergencyAccess',
  { breakGlass: boolean, regulationCentre: boolean, maskedDocuments: boolean },
  none,
)

// The record's lists (issue 22 item 7). Those whose absence can only take a grant away default to empty, as
// buildRecord does: `treatingDoctorIds` (it grants, R-MASK-2, R-PATIENT-*), `legalRepresentatives` (an unlisted
// representative is denied, R-MINOR-1), `documents` (a document action needs the record's copy, A-7; feeding,
// which needs the list to know the document is new, requires it: requestChecks). Those whose absence could hide
// a denial stay required, and their "missing key" message says to write []: `blocks` (R-AUTH-6) and
// `authorizations` (a `forbidden` one, R-AUTH-5). Fail closed: no default can turn a denial into a grant.
const recordShape = struct(
  'record',
  {
    patient,
    status: mesStatus,
    blocks: describedAs(array(block, 'blocks'), 'blocksList'),
    authorizations: describedAs(array(authorization, 'authorizations'), 'authorizationsList'),
  },
  {
    treatingDoctorIds: array(id, 'treatingDoctorIds'),
    legalRepresentatives: withChecks(
      array(legalRepresentative, 'legalRepresentatives'),
      duplicates('id', 'DUPLICATE_REPRESENTATIVE_ID'),
    ),
    documents,
    emergencyAccess,
  },
)

const NO_ITEMS: ReadonlyArray<never> = Object.freeze([])

export const healthRecord: Decoder<HealthRecord> = {
  expected: recordShape.expected,
  decode: (u, path) =>
    E.map(
      (r: TypeOf<typeof recordShape>): HealthRecord => ({
        patient: r.patient,
        status: r.status,
        treatingDoctorIds: r.treatingDoctorIds ?? NO_ITEMS,
        legalRepresentatives: r.legalRepresentatives ?? NO_ITEMS,
        blocks: r.blocks,
        authorizations: r.authorizations,
        documents: r.documents ?? NO_ITEMS,
        ...(r.emergencyAccess === undefined ? {} : { emergencyAccess: r.emergencyAccess }),
      }),
    )(recordShape.decode(u, path)),
}

// -------------------------------------------------------------------------------------
// request
// -------------------------------------------------------------------------------------

const requestShape = struct(
  'request',
  { action, actor, record: healthRecord, at: isoDate },
  {
    document: healthDocument,
    careTeam: boolean,
    participatesInCare: boolean,
    explicitConsent: boolean,
    patientOpposes: boolean,
    atPatientRequest: boolean,
    inPresenceOfDoctor: boolean,
    accessMode,
    api: oneOf(['v1', 'v2'] as const),
    carteVitaleRead: boolean,
    shareWith: struct('shareTarget', { role: oneOf(LEGAL_REPRESENTATIVE_ROLES) }, none),
    representativeId: id,
    holderCannotExpressWill: boolean,
  },
)

// Checks across fields, on the raw input (each is skipped when the fields it reads are themselves invalid:
// those already have their own issue).
const requestChecks = (u: unknown, path: Path, decoded: Request | undefined): ReadonlyArray<RawIssue> => {
  if (!isRecordLike(u)) return []
  const out: Array<RawIssue> = []
  const record = ownValue(u, 'record')
  // A legal-representative actor must be listed in the record (path /actor/id).
  const act = ownValue(u, 'actor')
  // An absent list is the empty one (it defaults to []: an unlisted representative, so an issue).
  const reps = isRecordLike(record) ? (ownValue(record, 'legalRepresentatives') ?? []) : undefined
  const actorId = ownValue(act, 'id')
  if (ownValue(act, 'kind') === 'legal-representative' && typeof actorId === 'string' && actorId !== '' && Array.isArray(reps)) {
    const listed: Array<string> = []
    for (let i = 0; i < reps.length; i++) {
      const rid = ownValue(Object.getOwnPropertyDescriptor(reps, String(i))?.value, 'id')
      if (typeof rid === 'string') listed.push(rid)
    }
    if (!listed.includes(actorId))
      out.push(issue('UNLISTED_REPRESENTATIVE', [...path, 'actor', 'id'], { id: actorId, listed }))
  }
  // A document action needs `document` (path /document).
  const act2 = ownValue(u, 'action')
  if (typeof act2 === 'string' && (DOCUMENT_ACTIONS as ReadonlyArray<string>).includes(act2) && ownValue(u, 'document') === undefined) {
    const accessor = Object.getOwnPropertyDescriptor(u, 'document')
    // An accessor under `document` is already reported by the struct.
    if (accessor === undefined || 'value' in accessor)
      out.push(issue('MISSING_DOCUMENT', [...path, 'document'], { action: act2 }))
  }
  // Feeding needs the record's documents, to know the fed document is new (R-FEED-1): no default then.
  const documentsKey = isRecordLike(record) ? Object.getOwnPropertyDescriptor(record, 'documents') : undefined
  if (act2 === 'feed' && isRecordLike(record) && (documentsKey === undefined || ('value' in documentsKey && documentsKey.value === undefined)))
    out.push(issue('MISSING_KEY', [...path, 'record', 'documents'], { key: 'documents', expected: 'documentsToFeed' }))
  pushAll(out, integrityIssues(u, path, decoded))
  // `at` on or after the birth date (path /at).
  const at = ownValue(u, 'at')
  const birthDate = ownValue(ownValue(record, 'patient'), 'birthDate')
  if (isIsoDate(at) && isIsoDate(birthDate) && compareDates(at, birthDate) < 0)
    out.push(issue('AT_BEFORE_BIRTH', [...path, 'at'], { at, birthDate }))
  return out
}

// The checks of input integrity (A-7, R-FEED-1, R-AUTH-1, R-MINOR-3), on the parts of the raw input that decode
// (a part that does not decode has its own issue already). Same facts as the engine's (src/domain/integrity.ts).
// `decoded`: the request, when it decoded — its documents are then read from it instead of being decoded again.
const integrityIssues = (u: unknown, path: Path, decoded: Request | undefined): ReadonlyArray<RawIssue> => {
  const out: Array<RawIssue> = []
  const at = ownValue(u, 'at')
  const record = ownValue(u, 'record')
  const patientRaw = ownValue(record, 'patient')
  // R-AUTH-1: indirect authentication names its establishment (path /actor/establishmentId).
  const act = ownValue(u, 'actor')
  if (ownValue(act, 'kind') === 'professional' && ownValue(act, 'authentication') === 'indirect' && ownValue(act, 'establishmentId') === undefined)
    out.push(issue('INDIRECT_WITHOUT_ESTABLISHMENT', [...path, 'actor', 'establishmentId'], {}))
  // R-MINOR-3: no emancipation before 16 (path /record/patient/emancipated).
  const birthDate = ownValue(patientRaw, 'birthDate')
  if (ownValue(patientRaw, 'emancipated') === true && isIsoDate(at) && isIsoDate(birthDate)) {
    const age = ageAt(birthDate, at)
    if (age !== undefined && age < EMANCIPATION_MIN_AGE)
      out.push(issue('EMANCIPATED_UNDER_16', [...path, 'record', 'patient', 'emancipated'], { age, at }))
  }
  // A-7 and R-FEED-1: the document against the record's documents.
  const action = ownValue(u, 'action')
  if (typeof action !== 'string' || !(DOCUMENT_ACTIONS as ReadonlyArray<string>).includes(action)) return out
  const found = decoded === undefined ? recordCopyInRaw(u) : recordCopyInDecoded(decoded)
  if (found === undefined) return out
  const { doc, own, index, allDecode } = found
  const ownPath = toPointer([...path, 'record', 'documents', index])
  if (action === 'feed') {
    if (own !== undefined) out.push(issue('FED_DOCUMENT_ID_EXISTS', [...path, 'document', 'id'], { id: doc.id, recordPath: `${ownPath}/id` }))
    if (isIsoDate(at) && doc.addedOn !== at)
      out.push(issue('FED_DOCUMENT_NOT_ADDED_AT', [...path, 'document', 'addedOn'], { at, addedOn: doc.addedOn }))
  } else if (own === undefined) {
    if (allDecode) out.push(issue('DOCUMENT_NOT_IN_RECORD', [...path, 'document', 'id'], { action, id: doc.id }))
  } else
    for (const where of differences(doc, own)) {
      const found = where.reduce<unknown>((v, k) => ownValue(v, String(k)), doc)
      out.push(
        issue(
          'DOCUMENT_DIFFERS_FROM_RECORD',
          [...path, 'document', ...where],
          { recordPath: `${ownPath}${toPointer(where)}`, received: receivedOf(found) },
        ),
      )
    }
  return out
}

/** The request's document, the record's copy of its id (the first), its index, and whether every record document decoded. */
interface RecordCopy {
  readonly doc: HealthDocument
  readonly own: HealthDocument | undefined
  readonly index: number
  readonly allDecode: boolean
}

/** From a decoded request: nothing is decoded again. */
const recordCopyInDecoded = (decoded: Request): RecordCopy | undefined => {
  const doc = decoded.document
  if (doc === undefined) return undefined
  const index = decoded.record.documents.findIndex((d) => d.id === doc.id)
  return { doc, own: index < 0 ? undefined : decoded.record.documents[index], index, allDecode: true }
}

/** From the raw input, when the request as a whole did not decode: its document and the record's, decoded one by one. */
const recordCopyInRaw = (u: unknown): RecordCopy | undefined => {
  const claimed = healthDocument.decode(ownValue(u, 'document'), [])
  const raws = ownValue(ownValue(u, 'record'), 'documents')
  if (E.isLeft(claimed) || !Array.isArray(raws)) return undefined
  const doc = claimed.right
  let index = -1
  let own: HealthDocument | undefined
  // A record document that does not decode has its own issue, and its id cannot be trusted to say what the
  // record holds: then absence is not reported (a difference from a decoded copy still is).
  let allDecode = true
  for (let i = 0; i < raws.length; i++) {
    const d = healthDocument.decode(Object.getOwnPropertyDescriptor(raws, String(i))?.value, [])
    if (E.isLeft(d)) allDecode = false
    else if (own === undefined && d.right.id === doc.id) {
      index = i
      own = d.right
    }
  }
  return { doc, own, index, allDecode }
}

export const request: Decoder<Request> = withChecks<Request>(requestShape, requestChecks)

// -------------------------------------------------------------------------------------
// matrix
// -------------------------------------------------------------------------------------

const typeCodeList = array(code, 'typeCodes')
const typeCodes: Decoder<ReadonlyArray<string> | '*'> = {
  expected: 'typeCodes',
  decode: (u, path) => (u === '*' ? E.right('*' as const) : typeCodeList.decode(u, path)),
}

const professionGrant: Decoder<ProfessionGrant> = struct(
  'grant',
  { profession, typeCodes },
  { specialty: code, role: oneOf(MEDICO_SOCIAL_ROLES), source: string('grantSource', false) },
)

// R-ACTOR-7 (rev. 3): a grant to occupational doctors names no profession (an unknown key `profession` says so).
const occupationalGrant: Decoder<OccupationalGrant> = struct(
  'occupationalGrant',
  { occupationalDoctor: literalTrue, typeCodes },
  { source: string('grantSource', false) },
)

/** A grant to a profession, or (since 0.3.0) to occupational doctors: chosen by the key `occupationalDoctor`. */
export const matrixGrant: Decoder<MatrixGrant> = {
  expected: 'grant',
  decode: (u, path) =>
    isRecordLike(u) && Object.prototype.hasOwnProperty.call(u, 'occupationalDoctor') ? occupationalGrant.decode(u, path) : professionGrant.decode(u, path),
}

export const authorizationMatrix: Decoder<AuthorizationMatrix> = struct(
  'matrix',
  { version: string('matrixVersion', true), grants: array(matrixGrant, 'grants') },
  none,
)
