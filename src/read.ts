// How the engine reads its input: a value the library built is read as is; anything else is first copied into
// plain data, each field read once, by name (as the rules would read it), and the rules read only that copy.
//
// Why: a value the library did not build may answer two reads differently (an accessor, a Proxy, a prototype the
// caller changes, a getter that calls the engine back). Copied before any rule runs, it is decided exactly as a
// plain copy would be, and nothing the caller wrote runs while the engine evaluates (re-entrancy cannot reach an
// evaluation in progress). A read that throws (a throwing getter, a revoked Proxy) makes the whole input
// unreadable: the engine denies (A-6 UNREADABLE_INPUT). Then every value is checked against its declared type
// (`valid…`): a value outside it (a block target 'Professional', a boolean given as a string) denies, whether
// or not the codecs ran — the rules never see it.
// INVARIANT: the copies keep every field a rule reads (the field lists below fail to compile when a field is added
// to the domain types and not copied), and keep the caller's values as they were read, invalid ones included, so
// that the checks below see what the rules would have seen.
import { isBuilt } from './domain/built.js'
import {
  AUTHENTICATIONS,
  MEDICO_SOCIAL_ROLES,
  MES_STATUS_KINDS,
  PROTECTION_MEASURES,
  THIRD_PARTIES,
  type Actor,
  type Authorization,
  type Block,
  type DocumentAuthor,
  type EmergencyAccess,
  type HealthDocument,
  type HealthRecord,
  type LegalRepresentative,
  type Patient,
  type ProtectionMeasure,
} from './domain/types.js'

type Obj = Readonly<Record<string, unknown>>

const isObj = (u: unknown): u is Obj => typeof u === 'object' && u !== null

// -------------------------------------------------------------------------------------
// field lists, exhaustive at compile time
// -------------------------------------------------------------------------------------

type Kind = Actor['kind']
type FieldsOf<K extends Kind> = Exclude<keyof Extract<Actor, { readonly kind: K }>, 'kind'>

/**
 * The fields of each kind of actor, but `kind`: what {@link buildActor} and the engine's copy read. A field added to
 * an Actor type fails to compile until it is listed here. @internal
 */
export const ACTOR_FIELDS = {
  patient: [],
  'legal-representative': ['id'],
  professional: ['id', 'profession', 'specialty', 'establishmentId', 'authentication', 'role', 'occupationalDoctor'],
  'third-party': ['party'],
} as const satisfies { readonly [K in Kind]: ReadonlyArray<FieldsOf<K>> }

type Unlisted<K extends Kind> = Exclude<FieldsOf<K>, (typeof ACTOR_FIELDS)[K][number]>
const actorFieldsExhaustive: { readonly [K in Kind]: [Unlisted<K>] extends [never] ? true : never } = {
  patient: true,
  'legal-representative': true,
  professional: true,
  'third-party': true,
}
void actorFieldsExhaustive

/** Every field of T, present (maybe `undefined`): a literal of this type fails to compile when T gains a field. */
type Every<T> = { -readonly [K in keyof T]-?: unknown }

/** A copy without its `undefined` fields (absent, as the domain types and the codecs read them). */
const defined = <T extends object>(o: Every<T>): T => {
  const out: Record<string, unknown> = {}
  for (const key in o) {
    const v = (o as Obj)[key]
    if (v !== undefined) out[key] = v
  }
  return out as T
}

// -------------------------------------------------------------------------------------
// copies (each field read once, by name)
// -------------------------------------------------------------------------------------

/** A plain copy of an actor's fields (its kind's list); a value that is not an object is kept as is. @internal */
export const copyActor = (u: unknown): unknown => {
  if (!isObj(u)) return u
  const kind = u['kind']
  const out: Record<string, unknown> = { kind }
  const fields: ReadonlyArray<string> | undefined = typeof kind === 'string' && Object.prototype.hasOwnProperty.call(ACTOR_FIELDS, kind) ? ACTOR_FIELDS[kind as Kind] : undefined
  if (fields !== undefined)
    for (const field of fields) {
      const v = u[field]
      if (v !== undefined) out[field] = v
    }
  return out
}

/** A plain copy of an array (length read once, then each index: a hole reads through the prototype, as a rule would). */
const copyArray = (u: unknown, item: (v: unknown) => unknown): unknown => {
  if (!Array.isArray(u)) return u
  const length = u.length
  const out: Array<unknown> = new Array(length)
  for (let i = 0; i < length; i++) out[i] = item(u[i])
  return out
}

const same = (v: unknown): unknown => v

const copyProtection = (u: unknown): unknown =>
  isObj(u) ? defined<ProtectionMeasure>({ measure: u['measure'], representationOfPerson: u['representationOfPerson'] }) : u

const copyPatient = (u: unknown): unknown => {
  if (!isObj(u)) return u
  const ins = u['ins']
  return defined<Patient>({
    birthDate: u['birthDate'],
    emancipated: u['emancipated'],
    protectedAdult: u['protectedAdult'],
    protection: copyProtection(u['protection']),
    ins: isObj(ins) ? { qualified: ins['qualified'] } : ins,
    deceasedOn: u['deceasedOn'],
  })
}

const copyStatus = (u: unknown): unknown => (isObj(u) ? defined<{ kind: unknown; on: unknown }>({ kind: u['kind'], on: u['on'] }) : u)

const copyRepresentative = (u: unknown): unknown =>
  isObj(u) ? defined<LegalRepresentative>({ id: u['id'], role: u['role'], doctorPresenceRequired: u['doctorPresenceRequired'] }) : u

const copyBlock = (u: unknown): unknown => (isObj(u) ? defined<Block>({ target: u['target'], id: u['id'], from: u['from'], until: u['until'] }) : u)

type AuthorizationFields = Every<{ professionalId: unknown; establishmentId: unknown; status: unknown }> & Every<Authorization>
const copyAuthorization = (u: unknown): unknown =>
  isObj(u) ? defined<AuthorizationFields>({ professionalId: u['professionalId'], establishmentId: u['establishmentId'], status: u['status'] }) : u

const copyEmergencyAccess = (u: unknown): unknown =>
  isObj(u) ? defined<EmergencyAccess>({ breakGlass: u['breakGlass'], regulationCentre: u['regulationCentre'], maskedDocuments: u['maskedDocuments'] }) : u

type AuthorFields = Every<{ kind: unknown; id: unknown; establishmentId: unknown }> & Every<DocumentAuthor>
const copyAuthor = (u: unknown): unknown =>
  isObj(u) ? defined<AuthorFields>({ kind: u['kind'], id: u['id'], establishmentId: u['establishmentId'] }) : u

/** A plain copy of a document (a built one is kept). @internal */
export const copyDocument = (u: unknown): unknown => {
  if (!isObj(u) || isBuilt(u)) return u
  return defined<HealthDocument>({
    id: u['id'],
    typeCode: u['typeCode'],
    author: copyAuthor(u['author']),
    addedOn: u['addedOn'],
    maskedFromProfessionals: u['maskedFromProfessionals'],
    invisibleToPatient: u['invisibleToPatient'],
    hiddenFromLegalRepresentatives: u['hiddenFromLegalRepresentatives'],
    subcontractedBy: u['subcontractedBy'],
  })
}

// The copies this file made: plain data only the engine holds, read again without copying (recordView hands its
// copy to visibleDocuments). Not built: nothing is remembered about them.
const COPIES = new WeakSet<object>()
// A copied documents array → the caller's documents it was copied from, index by index (the rows of
// visibleDocuments give the caller's own objects back).
const ORIGINALS = new WeakMap<object, ReadonlyArray<unknown>>()

/** The caller's documents a documents array was copied from, or the array itself. @internal */
export const originalDocuments = <A>(documents: ReadonlyArray<A>): ReadonlyArray<A> =>
  (ORIGINALS.get(documents) as ReadonlyArray<A> | undefined) ?? documents

const copyDocuments = (u: unknown): unknown => {
  if (!Array.isArray(u)) return u
  const length = u.length
  const originals: Array<unknown> = new Array(length)
  const out: Array<unknown> = new Array(length)
  for (let i = 0; i < length; i++) {
    const d: unknown = u[i]
    originals[i] = d
    out[i] = copyDocument(d)
  }
  ORIGINALS.set(out, originals)
  return out
}

/** A plain copy of a record (its built documents kept). @internal */
export const copyRecord = (u: unknown): unknown => {
  if (!isObj(u)) return u
  return defined<HealthRecord>({
    patient: copyPatient(u['patient']),
    status: copyStatus(u['status']),
    treatingDoctorIds: copyArray(u['treatingDoctorIds'], same),
    legalRepresentatives: copyArray(u['legalRepresentatives'], copyRepresentative),
    blocks: copyArray(u['blocks'], copyBlock),
    authorizations: copyArray(u['authorizations'], copyAuthorization),
    documents: copyDocuments(u['documents']),
    emergencyAccess: copyEmergencyAccess(u['emergencyAccess']),
  })
}

const copied = (u: unknown): unknown => {
  if (isObj(u)) COPIES.add(u)
  return u
}
const readable = (u: unknown): boolean => isBuilt(u) || (isObj(u) && COPIES.has(u))

/** What the engine decides on: the value itself when the library built (or copied) it, else its plain copy. @internal */
export const trustedActor = (u: unknown): unknown => (readable(u) ? u : copied(copyActor(u)))
/** @internal */
export const trustedRecord = (u: unknown): unknown => (readable(u) ? u : copied(copyRecord(u)))
/** @internal */
export const trustedDocument = (u: unknown): unknown => (readable(u) ? u : copied(copyDocument(u)))

// -------------------------------------------------------------------------------------
// checks against the declared types
// -------------------------------------------------------------------------------------

// Each check is of a copy or a built value (plain data: reading it runs no caller code). Fields that a rule already
// denies with a reason of its own when unknown are left to it: the action (R-ACTOR-3 UNKNOWN_ACTION), the
// profession (R-ACTOR-3 UNKNOWN_PROFESSION), the access mode (UNKNOWN_ACCESS_MODE), the API (UNKNOWN_API), the
// decision and birth dates, the status kind and the actor kind — each only as a string, so that a rule never
// sees another type.

const isString = (u: unknown): boolean => typeof u === 'string'
const optString = (u: unknown): boolean => u === undefined || typeof u === 'string'
const isBool = (u: unknown): boolean => typeof u === 'boolean'
const optBool = (u: unknown): boolean => u === undefined || typeof u === 'boolean'
const among = (list: ReadonlyArray<string>, u: unknown): boolean => typeof u === 'string' && list.includes(u)
const optAmong = (list: ReadonlyArray<string>, u: unknown): boolean => u === undefined || among(list, u)
const everyOf = (u: unknown, ok: (v: unknown) => boolean): boolean => {
  if (!Array.isArray(u)) return false
  for (let i = 0; i < u.length; i++) if (!ok(u[i])) return false
  return true
}

const REPRESENTATIVE_ROLES: ReadonlyArray<string> = ['parent', 'guardian', 'other']
const BLOCK_TARGETS: ReadonlyArray<string> = ['professional', 'establishment']
const AUTHORIZATION_STATUSES: ReadonlyArray<string> = ['valid', 'expired', 'forbidden']
const AUTHOR_KINDS: ReadonlyArray<string> = ['professional', 'patient', 'legal-representative']

/** Is the actor of its declared type (its kind, when known, with the fields of that kind)? @internal */
export const validActor = (u: unknown): boolean => {
  if (!isObj(u) || !isString(u['kind'])) return false
  switch (u['kind']) {
    case 'patient':
      return true
    case 'legal-representative':
      return isString(u['id'])
    case 'professional':
      return (
        isString(u['id']) &&
        isString(u['profession']) &&
        optString(u['specialty']) &&
        optString(u['establishmentId']) &&
        among(AUTHENTICATIONS, u['authentication']) &&
        optAmong(MEDICO_SOCIAL_ROLES, u['role']) &&
        optBool(u['occupationalDoctor'])
      )
    case 'third-party':
      return among(THIRD_PARTIES, u['party'])
    default:
      return true // an unknown kind: A-6 denies it (src/rules/request.ts)
  }
}

// An optional object given as `null` reads as absent (JSON's way of saying "none"); the rules read it so.
const validProtection = (u: unknown): boolean =>
  u === undefined || u === null || (isObj(u) && among(PROTECTION_MEASURES, u['measure']) && isBool(u['representationOfPerson']))

const validPatient = (u: unknown): boolean => {
  if (!isObj(u)) return false
  const ins = u['ins']
  return (
    isString(u['birthDate']) &&
    isBool(u['emancipated']) &&
    isBool(u['protectedAdult']) &&
    validProtection(u['protection']) &&
    (ins === undefined || ins === null || (isObj(ins) && isBool(ins['qualified']))) &&
    optString(u['deceasedOn'])
  )
}

const validStatus = (u: unknown): boolean => {
  if (!isObj(u) || !isString(u['kind'])) return false
  const kind = u['kind'] as string
  if (kind === 'closed' || kind === 'deleted' || kind === 'refused') return isString(u['on'])
  return kind === 'active' || kind === 'deactivated' || !MES_STATUS_KINDS.includes(kind as never) // unknown: A-6 denies it
}

const validRepresentative = (u: unknown): boolean =>
  isObj(u) && isString(u['id']) && among(REPRESENTATIVE_ROLES, u['role']) && isBool(u['doctorPresenceRequired'])

const validBlock = (u: unknown): boolean =>
  isObj(u) && among(BLOCK_TARGETS, u['target']) && isString(u['id']) && isString(u['from']) && optString(u['until'])

const validAuthorization = (u: unknown): boolean => {
  if (!isObj(u) || !among(AUTHORIZATION_STATUSES, u['status'])) return false
  const p = u['professionalId']
  const e = u['establishmentId']
  return (p !== undefined) !== (e !== undefined) && optString(p) && optString(e)
}

const validEmergencyAccess = (u: unknown): boolean =>
  u === undefined || u === null || (isObj(u) && isBool(u['breakGlass']) && isBool(u['regulationCentre']) && isBool(u['maskedDocuments']))

/** Is the record of its declared type, all but its documents' contents (checked one by one: {@link validDocument})? @internal */
export const validRecordButDocuments = (u: unknown): boolean =>
  isObj(u) &&
  validPatient(u['patient']) &&
  validStatus(u['status']) &&
  everyOf(u['treatingDoctorIds'], isString) &&
  everyOf(u['legalRepresentatives'], validRepresentative) &&
  everyOf(u['blocks'], validBlock) &&
  everyOf(u['authorizations'], validAuthorization) &&
  Array.isArray(u['documents']) &&
  validEmergencyAccess(u['emergencyAccess'])

const validAuthor = (u: unknown): boolean => {
  if (!isObj(u) || !among(AUTHOR_KINDS, u['kind'])) return false
  switch (u['kind']) {
    case 'professional':
      return isString(u['id']) && optString(u['establishmentId'])
    case 'legal-representative':
      return isString(u['id'])
    default:
      return true
  }
}

/** Is the document of its declared type? @internal */
export const validDocument = (u: unknown): boolean =>
  isObj(u) &&
  isString(u['id']) &&
  isString(u['typeCode']) &&
  validAuthor(u['author']) &&
  isString(u['addedOn']) &&
  isBool(u['maskedFromProfessionals']) &&
  isBool(u['invisibleToPatient']) &&
  isBool(u['hiddenFromLegalRepresentatives']) &&
  optString(u['subcontractedBy'])

/**
 * Are the request's own primitive fields of their declared types (the action, the access mode and the API are the
 * rules': see above), and `shareWith` a role? @internal
 */
export const validRequestFields = (r: Obj): boolean => {
  const shareWith = r['shareWith']
  return (
    isString(r['at']) &&
    optBool(r['careTeam']) &&
    optBool(r['participatesInCare']) &&
    optBool(r['explicitConsent']) &&
    optBool(r['patientOpposes']) &&
    optBool(r['atPatientRequest']) &&
    optBool(r['inPresenceOfDoctor']) &&
    (r['accessMode'] === undefined || isString(r['accessMode'])) &&
    (r['api'] === undefined || isString(r['api'])) &&
    optBool(r['carteVitaleRead']) &&
    optString(r['representativeId']) &&
    (shareWith === undefined || shareWith === null || (isObj(shareWith) && among(REPRESENTATIVE_ROLES, shareWith['role'])))
  )
}

// -------------------------------------------------------------------------------------
// the request the engine decides on
// -------------------------------------------------------------------------------------

// Built values cannot change: their checks are made once and remembered (for a record, once for all but its
// documents, and once for all its documents together).
const VALID = new WeakMap<object, boolean>()

const remembered = (u: object, check: (u: unknown) => boolean): boolean => {
  let ok = VALID.get(u)
  if (ok === undefined) {
    ok = check(u)
    VALID.set(u, ok)
  }
  return ok
}

/** {@link validActor}, remembered for a built actor. @internal */
export const checkedActor = (u: unknown): boolean => (isBuilt(u) ? remembered(u as object, validActor) : validActor(u))

/** {@link validRecordButDocuments}, remembered for a built record. @internal */
export const checkedRecord = (u: unknown): boolean => (isBuilt(u) ? remembered(u as object, validRecordButDocuments) : validRecordButDocuments(u))

const allValid = (documents: unknown): boolean => everyOf(documents, validDocument)

/**
 * Is this document of the record of its declared type? For a built record whose documents all are, one lookup
 * ({@link isBuilt} documents arrays are checked once, as a whole). @internal
 */
export const checkedDocument = (documents: ReadonlyArray<unknown> | undefined, document: unknown): boolean =>
  (documents !== undefined && isBuilt(documents) && remembered(documents, allValid)) || validDocument(document)

/**
 * The request as the engine decides on it: one fixed shape (src/canonical.ts), its record, actor, document and
 * `shareWith` each the caller's own when the library built it, else a plain copy. `undefined` for a value that is
 * not an object. Throws when a read throws (the engine denies: A-6 UNREADABLE_INPUT). @internal
 */
export const trustedRequest = (target: Record<string, unknown>): void => {
  target['actor'] = trustedActor(target['actor'])
  target['record'] = trustedRecord(target['record'])
  target['document'] = trustedDocument(target['document'])
  const shareWith = target['shareWith']
  if (isObj(shareWith) && !readable(shareWith)) target['shareWith'] = copied({ role: shareWith['role'] })
}

/** Is a trusted request of its declared types (its document apart: {@link checkedDocument})? @internal */
export const validRequest = (r: Obj): boolean => validRequestFields(r) && checkedActor(r['actor']) && checkedRecord(r['record'])
