// The English wording of decoding issues, for developers. Every message says what was expected and what was
// found. The key sets of `EXPECTED_EN` and `en` are the lists of descriptions and of issue codes: messages-fr.ts
// must give each its French wording or the build fails. Adding a language touches no decoding logic.
import { MAX_SHOWN, isPlain, quote, quoteAll, suggest } from '../suggest.js'

// -------------------------------------------------------------------------------------
// describing values
// -------------------------------------------------------------------------------------

/**
 * A short, safe description of any value, as found in the input: strings quoted (and cut when long),
 * numbers and booleans as written, containers by kind.
 *
 * INVARIANT: total; reads no property of objects (a getter is never run).
 */
export const describe = (u: unknown): string => {
  switch (typeof u) {
    case 'string': {
      const s = JSON.stringify(u)
      return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 4)}…" (a string of ${u.length} characters)` : s
    }
    case 'number':
      return Number.isFinite(u) ? (Object.is(u, -0) ? '-0' : String(u)) : `${String(u)} (a number)`
    case 'boolean':
      return String(u)
    case 'bigint':
      return `${String(u)}n (a bigint)`
    case 'undefined':
      return 'undefined'
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    case 'object':
      if (u === null) return 'null'
      if (Array.isArray(u)) return u.length === 0 ? 'an empty array' : `an array of ${u.length} item${u.length === 1 ? '' : 's'}`
      return isPlain(u) ? 'an object' : 'an object that is not a plain object'
  }
}

const didYouMean = (found: string, allowed: ReadonlyArray<string>, meant?: string): string => {
  const s = meant ?? suggest(found, allowed)
  return s === undefined ? '' : ` (did you mean ${quote(s)}?)`
}

// -------------------------------------------------------------------------------------
// what a decoder expects
// -------------------------------------------------------------------------------------

/** What each decoder expects, by key (the French is in messages-fr.ts, under the same keys). */
export const EXPECTED_EN = {
  aValidValue: 'a valid value',
  id: 'a non-empty string (an identifier)',
  code: 'a non-empty string (a code)',
  boolean: 'a boolean (true or false)',
  isoDate: 'an ISO date YYYY-MM-DD that exists',
  // actors
  patientActor: 'a patient actor { kind: "patient" }',
  legalRepresentativeActor: 'a legal-representative actor { kind, id }',
  professionalActor: 'a professional actor { kind, id, profession, authentication, specialty?, establishmentId?, role?, occupationalDoctor?, residenceCoordinatingDoctor? }',
  thirdPartyActor: 'a third-party actor { kind, party }',
  actor: 'an actor object whose "kind" is "patient", "legal-representative", "professional" or "third-party"',
  // status
  mesStatus: 'a status object whose "kind" is one of "active", "deactivated", "closed", "deleted", "refused"',
  activeStatus: 'a status { kind: "active" }',
  deactivatedStatus: 'a status { kind: "deactivated" }',
  closedStatus: 'a status { kind: "closed", on }',
  deletedStatus: 'a status { kind: "deleted", on }',
  refusedStatus: 'a status { kind: "refused", on }',
  // documents
  documentAuthor: 'a document author whose "kind" is "professional", "patient" or "legal-representative"',
  professionalAuthor: 'a professional author { kind, id, establishmentId? }',
  patientAuthor: 'a patient author { kind: "patient" }',
  legalRepresentativeAuthor: 'a legal-representative author { kind, id }',
  document: 'a document { id, typeCode, author, addedOn, maskedFromProfessionals, invisibleToPatient, hiddenFromLegalRepresentatives, subcontractedBy? }',
  documents: 'an array of documents',
  // record
  protectionMeasure: 'a protection measure { measure, representationOfPerson }',
  patient: 'a patient { birthDate, emancipated, protectedAdult, protection?, ins?, deceasedOn? }',
  ins: 'an INS { qualified }',
  legalRepresentative: 'a legal representative { id, role, doctorPresenceRequired }',
  legalRepresentatives: 'an array of legal representatives',
  block: 'a block { target, id, from, until? }',
  blocks: 'an array of blocks',
  blocksList: 'an array of blocks (write [] when the patient set none: this list has no default, since a list left out could hide a block, R-AUTH-6)',
  professionalAuthorization: 'an authorisation { professionalId, status }',
  establishmentAuthorization: 'an authorisation { establishmentId, status }',
  authorization: 'an authorisation { professionalId, status } or { establishmentId, status }',
  authorizations: 'an array of authorisations',
  authorizationsList: 'an array of authorisations (write [] when none is recorded: this list has no default, since a list left out could hide a prohibition, R-AUTH-5)',
  documentsToFeed: "the record's documents (write [] when it holds none: to feed, they are required, since the fed document must be new, R-FEED-1)",
  emergencyAccess: 'emergency settings { breakGlass, regulationCentre, maskedDocuments }',
  treatingDoctorIds: 'an array of professional ids',
  record: 'a record { patient, status, blocks, authorizations, treatingDoctorIds?, legalRepresentatives?, documents?, emergencyAccess? }',
  // request
  request: 'a request object { action, actor, record, at, document?, careTeam?, … }',
  shareTarget: 'a share target { role }',
  // matrix
  typeCodes: '"*" (every document type) or an array of LOINC type codes',
  grant: 'a grant { profession, typeCodes, specialty?, role?, source? }, or to occupational doctors { occupationalDoctor: true, typeCodes, source? }',
  occupationalGrant: 'a grant to occupational doctors { occupationalDoctor: true, typeCodes, source? } (no profession)',
  trueOnly: 'true (a grant to occupational doctors says occupationalDoctor: true)',
  grantSource: 'a string (where the grant comes from)',
  grants: 'an array of grants',
  matrixVersion: 'a non-empty string (the version of the matrix)',
  matrix: 'an authorisation matrix object { version, grants }',
} as const

/** The key of a description of what a decoder expects. */
export type ExpectedKey = keyof typeof EXPECTED_EN

/**
 * What a decoder expects: a described shape (by key), one of a closed list of strings, or (for codecs of other
 * libraries, met by `issuesOf`) a codec's name.
 */
export type Expected = ExpectedKey | { readonly oneOf: ReadonlyArray<string> } | { readonly name: string }

const expected = (e: Expected): string =>
  typeof e === 'string' ? EXPECTED_EN[e] : 'oneOf' in e ? `one of ${quoteAll(e.oneOf)}` : e.name

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

/**
 * English messages of every issue code, by code. Each says what was expected, then what was found
 * (`expected …, got …`).
 */
export const en = {
  INVALID_TYPE: (exp: Expected, found: unknown): string => `expected ${expected(exp)}, got ${describe(found)}`,
  ACCESSOR: (exp: Expected): string =>
    `expected ${expected(exp)} as a plain data property, got a getter/setter (decoding never runs accessors)`,
  EMPTY_STRING: (exp: Expected): string => `expected ${expected(exp)}, got an empty string ""`,
  UNREADABLE_INPUT: (): string => 'expected a value that can be read, got one that threw while it was read (a throwing Proxy trap, a revoked Proxy)',
  TOO_MANY_ISSUES: (more: number): string => `expected at most 1000 issues, got ${more} more, not listed here`,
  // `meant`: the value the decoder knows `found` stands for (a tagged union's `words`), else the nearest by spelling.
  INVALID_ENUM: (allowed: ReadonlyArray<string>, found: string, meant?: string | undefined): string =>
    `expected one of ${quoteAll(allowed)}, got ${describe(found)}${didYouMean(found, allowed, meant)}`,
  INVALID_DATE: (found: string): string => `expected ${EXPECTED_EN.isoDate}, got ${describe(found)}`,
  MISSING_KEY: (key: string, exp: Expected): string => `expected key ${quote(key)} holding ${expected(exp)}, got no such key`,
  UNKNOWN_KEY: (key: string, allowed: ReadonlyArray<string>): string =>
    `expected only the keys ${quoteAll(allowed)}, got unknown key ${quote(key)}${didYouMean(key, allowed)}`,
  DUPLICATE_DOCUMENT_ID: (id: string, firstAt: string): string =>
    `expected unique document ids, got ${quote(id)} again (first used at ${firstAt})`,
  DUPLICATE_REPRESENTATIVE_ID: (id: string, firstAt: string): string =>
    `expected unique legal representative ids, got ${quote(id)} again (first used at ${firstAt})`,
  UNLISTED_REPRESENTATIVE: (id: string, listed: ReadonlyArray<string>): string =>
    `expected the id of a legal representative listed in /record/legalRepresentatives (${
      listed.length === 0 ? 'none is listed' : quoteAll(listed)
    }), got ${quote(id)}`,
  MISSING_DOCUMENT: (action: string): string =>
    `expected key "document" holding the document that action ${quote(action)} acts on, got no such key`,
  DOCUMENT_NOT_IN_RECORD: (action: string, id: string): string =>
    `expected the id of a document of /record/documents (action ${quote(action)} acts on the record's copy, A-7), got ${quote(id)}, which the record does not hold`,
  DOCUMENT_DIFFERS_FROM_RECORD: (recordPath: string, found: unknown): string =>
    `expected the record's copy of the document, as at ${recordPath} (the record is the source of truth, A-7), got ${describe(found)}`,
  FED_DOCUMENT_ID_EXISTS: (id: string, recordPath: string): string =>
    `expected a new document id (a fed document is new, R-FEED-1), got ${quote(id)}, already used at ${recordPath}`,
  FED_DOCUMENT_NOT_ADDED_AT: (at: string, found: string): string =>
    `expected the date of the request ${quote(at)} (/at): a fed document is added on that day (R-FEED-1), got ${quote(found)}`,
  INDIRECT_WITHOUT_ESTABLISHMENT: (): string =>
    `expected key "establishmentId" holding the FINESS or SIRET of the establishment (indirect authentication is bound to it, R-AUTH-1), got no such key`,
  EMANCIPATED_UNDER_16: (age: number, at: string): string =>
    `expected false (emancipation exists only from 16, C. civ. 413-2, R-MINOR-3, and the patient is ${age} at ${quote(at)}), got true`,
  PROTECTION_MEASURE_MISSING: (): string =>
    `expected key "protection" holding the measure of this protected adult, e.g. { "measure": "tutelle", "representationOfPerson": true } (since 0.2.0 the measure says who decides, R-MINOR-8), got no such key`,
  REPRESENTATION_NOT_CARRIED_BY_MEASURE: (measure: string, measures: ReadonlyArray<string>): string =>
    `expected false: a ${quote(measure)} gives no representation relating to the person (a curatelle is assistance, a sauvegarde de justice leaves the person their rights, R-MINOR-8, C. civ. 440, 459; only ${quoteAll(measures)} can carry one), got true`,
  PROTECTION_WITHOUT_PROTECTED_ADULT: (): string =>
    `expected true, as the patient has a protection measure (/record/patient/protection), got false`,
  AT_BEFORE_BIRTH: (at: string, birthDate: string): string =>
    `expected a date on or after the patient's birth date ${quote(birthDate)} (/record/patient/birthDate), got ${quote(at)}`,
} as const

/** Stable code of a decoding issue: the key set of {@link en}. */
export type Code = keyof typeof en

/** The arguments of the message of a code (the same in every language). */
export type ArgsOf<C extends Code> = Parameters<(typeof en)[C]>
