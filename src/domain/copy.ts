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
import { isBuilt } from './built.js'
import {
  AUTHENTICATIONS,
  MEDICO_SOCIAL_ROLES,
  PROTECTION_MEASURES,
  THIRD_PARTIES,
  type Actor,
  type Block,
  type DocumentAuthor,
  type EmergencyAccess,
  type HealthDocument,
  type HealthRecord,
  type LegalRepresentative,
  type MesStatus,
  type Patient,
  type ProtectionMeasure,
  type Request,
} from './types.js'

type Obj = Readonly<Record<string, unknown>>

const isObj = (u: unknown): u is Obj => typeof u === 'object' && u !== null

// -------------------------------------------------------------------------------------
// shapes: how to copy a value (each field read once, by name) and check the copy against its declared type
// -------------------------------------------------------------------------------------

/** How to copy a value of one declared type, and check a copy of it. A copy keeps what it reads, invalid or not. */
interface Shape {
  readonly copy: (u: unknown) => unknown
  readonly ok: (u: unknown) => boolean
}

/**
 * What a copy keeps of a value where the types want a primitive: the value, or, for an object or a function (never
 * a caller's object inside a copy or a built value), {@link NOT_A_VALUE}, which no check accepts. @internal
 */
export const leaf = (u: unknown): unknown => ((typeof u === 'object' && u !== null) || typeof u === 'function' ? NOT_A_VALUE : u)

/** The library's stand-in for an object found where a primitive belongs: empty, frozen, of no declared type. @internal */
export const NOT_A_VALUE: object = Object.freeze(Object.create(null) as object)
const isString = (u: unknown): boolean => typeof u === 'string'
const str: Shape = { copy: leaf, ok: isString }
const bool: Shape = { copy: leaf, ok: (u) => typeof u === 'boolean' }
const oneOf = (list: ReadonlyArray<string>): Shape => ({ copy: leaf, ok: (u) => typeof u === 'string' && list.includes(u) })
/** Absent (`undefined`), or `null` when `orNull` (JSON's way of saying "none" for an optional object, as the rules read it). */
const opt = (shape: Shape, orNull = false): Shape => ({ copy: shape.copy, ok: (u) => u === undefined || (orNull && u === null) || shape.ok(u) })

type Fields<T> = { readonly [K in keyof T]-?: Shape }

/** An object of these fields (a literal of `Fields<T>` fails to compile when T gains a field). */
const object = <T>(fields: Fields<T>): Shape => {
  const keys = Object.keys(fields) as unknown as ReadonlyArray<keyof T & string>
  return {
    copy: (u) => {
      if (!isObj(u)) return u
      const out: Record<string, unknown> = {}
      for (const key of keys) {
        const v = u[key]
        if (v !== undefined) out[key] = fields[key].copy(v)
      }
      return out
    },
    ok: (u) => isObj(u) && keys.every((key) => fields[key].ok(u[key])),
  }
}

/** An array (its length read once, then each index: a hole reads through the prototype, as a rule would). */
const list = (item: Shape): Shape => ({
  copy: (u) => {
    if (!Array.isArray(u)) return u
    const length = u.length
    const out: Array<unknown> = new Array(length)
    for (let i = 0; i < length; i++) out[i] = item.copy(u[i])
    return out
  },
  ok: (u) => Array.isArray(u) && u.every(item.ok),
})

type Tagged<U extends { readonly kind: string }> = { readonly [K in U['kind']]: Fields<Omit<Extract<U, { readonly kind: K }>, 'kind'>> }

/**
 * A union tagged by `kind`: the kind read once, then the fields of that kind. An unknown kind is copied alone and
 * is `unknownOk` (A-6 denies an unknown actor or status kind with its own reason: src/rules/request.ts).
 */
const tagged = <U extends { readonly kind: string }>(kinds: Tagged<U>, unknownOk: boolean): Shape => {
  const members = new Map<unknown, Shape>(Object.entries(kinds).map(([kind, fields]) => [kind, object(fields as Fields<object>)]))
  return {
    copy: (u) => {
      if (!isObj(u)) return u
      const kind = u['kind']
      const copy = (members.get(kind)?.copy(u) ?? {}) as Record<string, unknown>
      copy['kind'] = leaf(kind)
      return copy
    },
    ok: (u) => isObj(u) && isString(u['kind']) && (members.get(u['kind'])?.ok(u) ?? unknownOk),
  }
}

const REPRESENTATIVE_ROLES: ReadonlyArray<string> = ['parent', 'guardian', 'other']

// The profession, the access mode, the API, the action and the dates are checked as strings only: a rule denies an
// unknown one with a reason of its own (R-ACTOR-3 UNKNOWN_PROFESSION, UNKNOWN_ACCESS_MODE, UNKNOWN_API,
// UNKNOWN_ACTION; A-6 for an impossible date).

/** Every kind of actor with its fields: a field added to an Actor type fails to compile until it is listed here. */
const ACTOR: Shape = tagged<Actor>(
  {
    patient: {},
    'legal-representative': { id: str },
    professional: {
      id: str,
      profession: str,
      specialty: opt(str),
      establishmentId: opt(str),
      authentication: oneOf(AUTHENTICATIONS),
      role: opt(oneOf(MEDICO_SOCIAL_ROLES)),
      occupationalDoctor: opt(bool),
      residenceCoordinatingDoctor: opt(bool),
    },
    'third-party': { party: oneOf(THIRD_PARTIES) },
  },
  true,
)

const STATUS: Shape = tagged<MesStatus>({ active: {}, deactivated: {}, closed: { on: str }, deleted: { on: str }, refused: { on: str } }, true)

const AUTHOR: Shape = tagged<DocumentAuthor>(
  { professional: { id: str, establishmentId: opt(str) }, patient: {}, 'legal-representative': { id: str } },
  false,
)

/** A document's fields but its id (read in this order, after the id). */
const DOCUMENT_FIELDS_BUT_ID: Fields<Omit<HealthDocument, 'id'>> = {
  typeCode: str,
  author: AUTHOR,
  addedOn: str,
  maskedFromProfessionals: bool,
  invisibleToPatient: bool,
  hiddenFromLegalRepresentatives: bool,
  subcontractedBy: opt(str),
}

const DOCUMENT: Shape = object<HealthDocument>({ id: str, ...DOCUMENT_FIELDS_BUT_ID })

const PATIENT: Shape = object<Patient>({
  birthDate: str,
  emancipated: bool,
  protectedAdult: bool,
  // An unknown measure is outside the declared types: A-6, whoever asks and whatever the patient's age (R-MINOR-8's own
  // PROTECTION_MEASURE_UNKNOWN denial stays as a second line; it only read adults' measures).
  protection: opt(object<ProtectionMeasure>({ measure: oneOf(PROTECTION_MEASURES), representationOfPerson: bool }), true),
  ins: opt(object<{ qualified: boolean }>({ qualified: bool }), true),
  deceasedOn: opt(str),
})

// An authorisation names a professional or an establishment (exactly one).
const AUTHORIZATION_FIELDS = object<{ professionalId: unknown; establishmentId: unknown; status: unknown }>({
  professionalId: opt(str),
  establishmentId: opt(str),
  status: oneOf(['valid', 'expired', 'forbidden']),
})
const AUTHORIZATION: Shape = {
  copy: AUTHORIZATION_FIELDS.copy,
  ok: (u) => AUTHORIZATION_FIELDS.ok(u) && ((u as Obj)['professionalId'] === undefined) !== ((u as Obj)['establishmentId'] === undefined),
}

// Copied documents remember the caller's documents they come from (the rows of visibleDocuments give them back).
const ORIGINALS = new WeakMap<object, ReadonlyArray<unknown>>()

/** The caller's documents a documents array was copied from, or the array itself. @internal */
export const originalDocuments = <A>(documents: ReadonlyArray<A>): ReadonlyArray<A> =>
  (ORIGINALS.get(documents) as ReadonlyArray<A> | undefined) ?? documents

// A record's documents are copied in two steps: their ids when the record is copied (all that A-7's lookup and the
// record-level rules need: no record-level rule reads a document), then a document's other fields when it is
// decided ({@link fullDocument}), once. A record of many documents decided on one of them is not copied whole.
const DOCUMENT_BUT_ID: Shape = object<Omit<HealthDocument, 'id'>>(DOCUMENT_FIELDS_BUT_ID)

/** A document of a copied record, its id copied; the caller's document kept in a private field until it is decided. */
class DocumentStub {
  readonly id: unknown
  readonly #original: Obj
  #full: unknown = undefined
  constructor(original: Obj) {
    this.id = leaf(original['id'])
    this.#original = original
  }
  full(): unknown {
    if (this.#full === undefined) this.#full = { id: this.id, ...(DOCUMENT_BUT_ID.copy(this.#original) as Obj) }
    return this.#full
  }
}

const stubOf = (d: unknown): unknown => (!isObj(d) ? leaf(d) : isBuilt(d) ? d : new DocumentStub(d))

/**
 * A document of a copied record with all its fields: its id as copied with the record, the others read now, once
 * (the copy is kept); any other document as is. @internal
 */
export const fullDocument = <A>(document: A): A => (document instanceof DocumentStub ? (document.full() as A) : document)

const DOCUMENTS: Shape = {
  copy: (u) => {
    if (!Array.isArray(u)) return u
    const length = u.length
    const originals: Array<unknown> = new Array(length)
    const out: Array<unknown> = new Array(length)
    for (let i = 0; i < length; i++) {
      const d: unknown = u[i]
      originals[i] = d
      out[i] = stubOf(d)
    }
    ORIGINALS.set(out, originals)
    return out
  },
  // The record-level check: the documents' contents are checked one by one when decided (checkedDocument).
  ok: Array.isArray,
}

const RECORD: Shape = object<HealthRecord>({
  patient: PATIENT,
  status: STATUS,
  treatingDoctorIds: list(str),
  legalRepresentatives: list(object<LegalRepresentative>({ id: str, role: oneOf(REPRESENTATIVE_ROLES), doctorPresenceRequired: bool })),
  blocks: list(object<Block>({ target: oneOf(['professional', 'establishment']), id: str, from: str, until: opt(str) })),
  authorizations: list(AUTHORIZATION),
  documents: DOCUMENTS,
  emergencyAccess: opt(object<EmergencyAccess>({ breakGlass: bool, regulationCentre: bool, maskedDocuments: bool }), true),
})

/** The request's own fields but the objects (the action is the rules': R-ACTOR-3 UNKNOWN_ACTION). */
const REQUEST_FIELDS = object<Omit<Request, 'action' | 'actor' | 'record' | 'document'>>({
  at: str,
  careTeam: opt(bool),
  participatesInCare: opt(bool),
  explicitConsent: opt(bool),
  patientOpposes: opt(bool),
  atPatientRequest: opt(bool),
  inPresenceOfDoctor: opt(bool),
  accessMode: opt(str),
  api: opt(str),
  carteVitaleRead: opt(bool),
  shareWith: opt(object<{ role: unknown }>({ role: oneOf(REPRESENTATIVE_ROLES) }), true),
  representativeId: opt(str),
  holderCannotExpressWill: opt(bool),
})

/** A plain copy of an actor (the fields of its kind); a value that is not an object is kept as is. @internal */
export const copyActor = ACTOR.copy

// The copies this file made: plain data only the engine holds, read again without copying (recordView hands its
// copy to visibleDocuments). Not built: nothing is remembered about them.
const COPIES = new WeakSet<object>()

const copied = (u: unknown): unknown => {
  if (isObj(u)) COPIES.add(u)
  return u
}
const readable = (u: unknown): boolean => isBuilt(u) || (isObj(u) && COPIES.has(u))

/** What the engine decides on: the value itself when the library built (or copied) it, else its plain copy. @internal */
export const trustedDocument = (u: unknown): unknown => (readable(u) ? u : copied(DOCUMENT.copy(u)))

/** Is the document of its declared type? @internal */
export const validDocument = DOCUMENT.ok

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

const checked = (shape: Shape, u: unknown): boolean => (isBuilt(u) ? remembered(u as object, shape.ok) : shape.ok(u))

const allValid = (documents: unknown): boolean => Array.isArray(documents) && documents.every(validDocument)

/**
 * Is this document of the record of its declared type? For a built record whose documents all are, one lookup
 * ({@link isBuilt} documents arrays are checked once, as a whole). @internal
 */
export const checkedDocument = (documents: ReadonlyArray<unknown> | undefined, document: unknown): boolean =>
  (documents !== undefined && isBuilt(documents) && remembered(documents, allValid)) || DOCUMENT.ok(document)

/**
 * The request as the engine decides on it: one fixed shape (src/engine/request.ts), its record, actor, document and
 * `shareWith` each the caller's own when the library built it, else a plain copy. `undefined` for a value that is
 * not an object. Throws when a read throws (the engine denies: A-6 UNREADABLE_INPUT). @internal
 */
export const trustedRequest = (target: Record<string, unknown>): void => {
  const { actor, record, shareWith } = target
  if (!readable(actor)) target['actor'] = copied(ACTOR.copy(actor))
  if (!readable(record)) target['record'] = copied(RECORD.copy(record))
  target['document'] = trustedDocument(target['document'])
  if (isObj(shareWith) && !readable(shareWith)) target['shareWith'] = copied({ role: shareWith['role'] })
}

/** Is a trusted request of its declared types (its document apart: {@link checkedDocument})? @internal */
export const validRequest = (r: Obj): boolean => REQUEST_FIELDS.ok(r) && checked(ACTOR, r['actor']) && checked(RECORD, r['record'])
