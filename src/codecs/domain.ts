// Decoders of every domain type, with the checks across fields that the types alone cannot say.
import * as E from 'fp-ts/lib/Either.js'
import { ageAt, compareDates, isIsoDate } from '../domain/dates.js'
import { differences, EMANCIPATION_MIN_AGE } from '../domain/integrity.js'
import { PROFESSIONS } from '../domain/profession.js'
import {
  ACCESS_MODES,
  ACTIONS,
  AUTHENTICATIONS,
  DOCUMENT_ACTIONS,
  MEDICO_SOCIAL_ROLES,
  MES_STATUS_KINDS,
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
import type { AuthorizationMatrix, MatrixGrant } from '../matrix/types.js'
import {
  array,
  boolean,
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
  type Path,
  type RawIssue,
} from './decoder.js'
import { MESSAGES } from './messages.js'

const id = string('a non-empty string (an identifier)', true)
const code = string('a non-empty string (a code)', true)
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

export const patientActor: Decoder<PatientActor> = struct('a patient actor { kind: "patient" }', { kind: literal('patient') }, none)

export const legalRepresentativeActor: Decoder<LegalRepresentativeActor> = struct(
  'a legal-representative actor { kind, id }',
  { kind: literal('legal-representative'), id },
  none,
)

export const professionalActor: Decoder<ProfessionalActor> = struct(
  'a professional actor { kind, id, profession, authentication, specialty?, establishmentId?, role?, occupationalDoctor? }',
  { kind: literal('professional'), id, profession, authentication },
  { specialty: code, establishmentId: id, role: oneOf(MEDICO_SOCIAL_ROLES), occupationalDoctor: boolean },
)

export const thirdPartyActor: Decoder<ThirdPartyActor> = struct(
  'a third-party actor { kind, party }',
  { kind: literal('third-party'), party: thirdParty },
  none,
)

export const actor: Decoder<Actor> = taggedUnion<Actor>(
  'an actor object whose "kind" is "patient", "legal-representative", "professional" or "third-party"',
  {
    patient: patientActor,
    'legal-representative': legalRepresentativeActor,
    professional: professionalActor,
    'third-party': thirdPartyActor,
  },
)

// -------------------------------------------------------------------------------------
// status
// -------------------------------------------------------------------------------------

const dated = <K extends 'closed' | 'deleted' | 'refused'>(kind: K) =>
  struct(`a status { kind: "${kind}", on }`, { kind: literal(kind), on: isoDate }, none)

export const mesStatus: Decoder<MesStatus> = taggedUnion<MesStatus>(
  `a status object whose "kind" is one of ${MES_STATUS_KINDS.map((k) => JSON.stringify(k)).join(', ')}`,
  {
    active: struct('a status { kind: "active" }', { kind: literal('active') }, none),
    deactivated: struct('a status { kind: "deactivated" }', { kind: literal('deactivated') }, none),
    closed: dated('closed'),
    deleted: dated('deleted'),
    refused: dated('refused'),
  },
)

// -------------------------------------------------------------------------------------
// documents
// -------------------------------------------------------------------------------------

export const documentAuthor: Decoder<DocumentAuthor> = taggedUnion<DocumentAuthor>(
  'a document author whose "kind" is "professional", "patient" or "legal-representative"',
  {
    professional: struct(
      'a professional author { kind, id, establishmentId? }',
      { kind: literal('professional'), id },
      { establishmentId: id },
    ),
    patient: struct('a patient author { kind: "patient" }', { kind: literal('patient') }, none),
    'legal-representative': struct(
      'a legal-representative author { kind, id }',
      { kind: literal('legal-representative'), id },
      none,
    ),
  },
)

export const healthDocument: Decoder<HealthDocument> = struct(
  'a document { id, typeCode, author, addedOn, maskedFromProfessionals, invisibleToPatient, hiddenFromLegalRepresentatives, subcontractedBy? }',
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
      else out.push(issue(code, [...path, i, key], MESSAGES[code](v, toPointer([...path, at, key]))))
    }
    return out
  }

const documents = withChecks(array(healthDocument, 'an array of documents'), duplicates('id', 'DUPLICATE_DOCUMENT_ID'))

// -------------------------------------------------------------------------------------
// record
// -------------------------------------------------------------------------------------

export const protectionMeasure: Decoder<ProtectionMeasure> = struct(
  'a protection measure { measure, representationOfPerson }',
  { measure: oneOf(PROTECTION_MEASURES), representationOfPerson: boolean },
  none,
)

// R-MINOR-8 (rev. 2): a protected adult's measure says who decides. The 0.1 shape (`protectedAdult: true` alone) is
// an issue that says what to write instead.
const protectionChecks = (u: unknown, path: Path): ReadonlyArray<RawIssue> => {
  const flag = ownValue(u, 'protectedAdult')
  const measure = ownValue(u, 'protection')
  if (flag === true && measure === undefined)
    return [issue('PROTECTION_MEASURE_MISSING', [...path, 'protection'], MESSAGES.PROTECTION_MEASURE_MISSING())]
  if (flag === false && measure !== undefined)
    return [issue('PROTECTION_WITHOUT_PROTECTED_ADULT', [...path, 'protectedAdult'], MESSAGES.PROTECTION_WITHOUT_PROTECTED_ADULT())]
  return []
}

export const patient: Decoder<Patient> = withChecks(
  struct(
    'a patient { birthDate, emancipated, protectedAdult, protection?, ins?, deceasedOn? }',
    { birthDate: isoDate, emancipated: boolean, protectedAdult: boolean },
    { protection: protectionMeasure, ins: struct('an INS { qualified }', { qualified: boolean }, none), deceasedOn: isoDate },
  ),
  protectionChecks,
)

export const legalRepresentative: Decoder<LegalRepresentative> = struct(
  'a legal representative { id, role, doctorPresenceRequired }',
  { id, role: oneOf(['parent', 'guardian', 'other'] as const), doctorPresenceRequired: boolean },
  none,
)

export const block: Decoder<Block> = struct(
  'a block { target, id, from, until? }',
  { target: oneOf(['professional', 'establishment'] as const), id, from: isoDate },
  { until: isoDate },
)

const authorizationStatus = oneOf(['valid', 'expired', 'forbidden'] as const)
const professionalAuthorization = struct('an authorisation { professionalId, status }', { professionalId: id, status: authorizationStatus }, none)
const establishmentAuthorization = struct('an authorisation { establishmentId, status }', { establishmentId: id, status: authorizationStatus }, none)

/** An authorisation of a professional (`professionalId`) or, since 0.2.0, of an establishment (`establishmentId`). */
export const authorization: Decoder<Authorization> = {
  expected: 'an authorisation { professionalId, status } or { establishmentId, status }',
  decode: (u, path) =>
    isRecordLike(u) && Object.prototype.hasOwnProperty.call(u, 'establishmentId') && !Object.prototype.hasOwnProperty.call(u, 'professionalId')
      ? establishmentAuthorization.decode(u, path)
      : professionalAuthorization.decode(u, path),
}

export const emergencyAccess: Decoder<EmergencyAccess> = struct(
  'emergency settings { breakGlass, regulationCentre, maskedDocuments }',
  { breakGlass: boolean, regulationCentre: boolean, maskedDocuments: boolean },
  none,
)

export const healthRecord: Decoder<HealthRecord> = struct(
  'a record { patient, status, treatingDoctorIds, legalRepresentatives, blocks, authorizations, documents, emergencyAccess? }',
  {
    patient,
    status: mesStatus,
    treatingDoctorIds: array(id, 'an array of professional ids'),
    legalRepresentatives: withChecks(
      array(legalRepresentative, 'an array of legal representatives'),
      duplicates('id', 'DUPLICATE_REPRESENTATIVE_ID'),
    ),
    blocks: array(block, 'an array of blocks'),
    authorizations: array(authorization, 'an array of authorisations'),
    documents,
  },
  { emergencyAccess },
)

// -------------------------------------------------------------------------------------
// request
// -------------------------------------------------------------------------------------

const requestShape = struct(
  'a request object { action, actor, record, at, document?, careTeam?, … }',
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
    shareWith: struct('a share target { role }', { role: oneOf(['parent', 'guardian', 'other'] as const) }, none),
    representativeId: id,
  },
)

// Checks across fields, on the raw input (each is skipped when the fields it reads are themselves invalid:
// those already have their own issue).
const requestChecks = (u: unknown, path: Path): ReadonlyArray<RawIssue> => {
  if (!isRecordLike(u)) return []
  const out: Array<RawIssue> = []
  const record = ownValue(u, 'record')
  // A legal-representative actor must be listed in the record (path /actor/id).
  const act = ownValue(u, 'actor')
  const reps = ownValue(record, 'legalRepresentatives')
  const actorId = ownValue(act, 'id')
  if (ownValue(act, 'kind') === 'legal-representative' && typeof actorId === 'string' && actorId !== '' && Array.isArray(reps)) {
    const listed: Array<string> = []
    for (let i = 0; i < reps.length; i++) {
      const rid = ownValue(Object.getOwnPropertyDescriptor(reps, String(i))?.value, 'id')
      if (typeof rid === 'string') listed.push(rid)
    }
    if (!listed.includes(actorId))
      out.push(issue('UNLISTED_REPRESENTATIVE', [...path, 'actor', 'id'], MESSAGES.UNLISTED_REPRESENTATIVE(actorId, listed)))
  }
  // A document action needs `document` (path /document).
  const act2 = ownValue(u, 'action')
  if (typeof act2 === 'string' && (DOCUMENT_ACTIONS as ReadonlyArray<string>).includes(act2) && ownValue(u, 'document') === undefined) {
    const accessor = Object.getOwnPropertyDescriptor(u, 'document')
    // An accessor under `document` is already reported by the struct.
    if (accessor === undefined || 'value' in accessor)
      out.push(issue('MISSING_DOCUMENT', [...path, 'document'], MESSAGES.MISSING_DOCUMENT(act2)))
  }
  out.push(...integrityIssues(u, path))
  // `at` on or after the birth date (path /at).
  const at = ownValue(u, 'at')
  const birthDate = ownValue(ownValue(record, 'patient'), 'birthDate')
  if (isIsoDate(at) && isIsoDate(birthDate) && compareDates(at, birthDate) < 0)
    out.push(issue('AT_BEFORE_BIRTH', [...path, 'at'], MESSAGES.AT_BEFORE_BIRTH(at, birthDate)))
  return out
}

// The checks of input integrity (A-7, R-FEED-1, R-AUTH-1, R-MINOR-3), on the parts of the raw input that decode
// (a part that does not decode has its own issue already). Same facts as the engine's (src/domain/integrity.ts).
const integrityIssues = (u: unknown, path: Path): ReadonlyArray<RawIssue> => {
  const out: Array<RawIssue> = []
  const at = ownValue(u, 'at')
  const record = ownValue(u, 'record')
  const patientRaw = ownValue(record, 'patient')
  // R-AUTH-1: indirect authentication names its establishment (path /actor/establishmentId).
  const act = ownValue(u, 'actor')
  if (ownValue(act, 'kind') === 'professional' && ownValue(act, 'authentication') === 'indirect' && ownValue(act, 'establishmentId') === undefined)
    out.push(issue('INDIRECT_WITHOUT_ESTABLISHMENT', [...path, 'actor', 'establishmentId'], MESSAGES.INDIRECT_WITHOUT_ESTABLISHMENT()))
  // R-MINOR-3: no emancipation before 16 (path /record/patient/emancipated).
  const birthDate = ownValue(patientRaw, 'birthDate')
  if (ownValue(patientRaw, 'emancipated') === true && isIsoDate(at) && isIsoDate(birthDate)) {
    const age = ageAt(birthDate, at)
    if (age !== undefined && age < EMANCIPATION_MIN_AGE)
      out.push(issue('EMANCIPATED_UNDER_16', [...path, 'record', 'patient', 'emancipated'], MESSAGES.EMANCIPATED_UNDER_16(age, at)))
  }
  // A-7 and R-FEED-1: the document against the record's documents.
  const action = ownValue(u, 'action')
  if (typeof action !== 'string' || !(DOCUMENT_ACTIONS as ReadonlyArray<string>).includes(action)) return out
  const claimed = healthDocument.decode(ownValue(u, 'document'), [])
  const raws = ownValue(record, 'documents')
  if (E.isLeft(claimed) || !Array.isArray(raws)) return out
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
  const ownPath = toPointer([...path, 'record', 'documents', index])
  if (action === 'feed') {
    if (own !== undefined) out.push(issue('FED_DOCUMENT_ID_EXISTS', [...path, 'document', 'id'], MESSAGES.FED_DOCUMENT_ID_EXISTS(doc.id, `${ownPath}/id`)))
    if (isIsoDate(at) && doc.addedOn !== at)
      out.push(issue('FED_DOCUMENT_NOT_ADDED_AT', [...path, 'document', 'addedOn'], MESSAGES.FED_DOCUMENT_NOT_ADDED_AT(at, doc.addedOn)))
  } else if (own === undefined) {
    if (allDecode) out.push(issue('DOCUMENT_NOT_IN_RECORD', [...path, 'document', 'id'], MESSAGES.DOCUMENT_NOT_IN_RECORD(action, doc.id)))
  } else
    for (const where of differences(doc, own)) {
      const found = where.reduce<unknown>((v, k) => ownValue(v, String(k)), doc)
      out.push(
        issue(
          'DOCUMENT_DIFFERS_FROM_RECORD',
          [...path, 'document', ...where],
          MESSAGES.DOCUMENT_DIFFERS_FROM_RECORD(`${ownPath}${toPointer(where)}`, found),
        ),
      )
    }
  return out
}

export const request: Decoder<Request> = withChecks<Request>(requestShape, requestChecks)

// -------------------------------------------------------------------------------------
// matrix
// -------------------------------------------------------------------------------------

const TYPE_CODES = '"*" (every document type) or an array of LOINC type codes'
const typeCodeList = array(code, TYPE_CODES)
const typeCodes: Decoder<ReadonlyArray<string> | '*'> = {
  expected: TYPE_CODES,
  decode: (u, path) => (u === '*' ? E.right('*' as const) : typeCodeList.decode(u, path)),
}

export const matrixGrant: Decoder<MatrixGrant> = struct(
  'a grant { profession, typeCodes, specialty?, role?, source? }',
  { profession, typeCodes },
  { specialty: code, role: oneOf(MEDICO_SOCIAL_ROLES), source: string('a string (where the grant comes from)', false) },
)

export const authorizationMatrix: Decoder<AuthorizationMatrix> = struct(
  'an authorisation matrix object { version, grants }',
  { version: string('a non-empty string (the version of the matrix)', true), grants: array(matrixGrant, 'an array of grants') },
  none,
)
