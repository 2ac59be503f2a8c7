// The English wording of decoding issues, for developers. Every message says what was expected and what was
// found, from the issue's parameters (messages/decoding.ts). The key set of `EXPECTED_EN` is the list of
// descriptions: fr/decoding.ts must give each its French wording or the build fails; both languages are typed by
// the issue codes of messages/decoding.ts. Adding a language touches no decoding logic.
import type { DecodingWording, Expected, IssueListWording, Received } from '../decoding.js'
import { receivedOf } from '../decoding.js'
import { quote, quoteAll } from '../suggest.js'

// -------------------------------------------------------------------------------------
// describing values
// -------------------------------------------------------------------------------------

/**
 * The English description of what was found: strings quoted (and cut when long), numbers and booleans as
 * written, containers by kind.
 */
export const receivedEn = (r: Received): string => {
  switch (r.type) {
    case 'string':
      return r.cut ? `${r.json}…" (a string of ${r.length} characters)` : r.json
    case 'number':
      return Number.isFinite(r.value) ? (Object.is(r.value, -0) ? '-0' : String(r.value)) : `${String(r.value)} (a number)`
    case 'boolean':
      return String(r.value)
    case 'bigint':
      return `${r.digits}n (a bigint)`
    case 'undefined':
    case 'null':
      return r.type
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    case 'array':
      return r.length === 0 ? 'an empty array' : `an array of ${r.length} item${r.length === 1 ? '' : 's'}`
    case 'object':
      return r.plain ? 'an object' : 'an object that is not a plain object'
  }
}

/**
 * A short, safe English description of any value, as found in the input.
 *
 * INVARIANT: total; reads no property of objects (a getter is never run).
 */
export const describe = (u: unknown): string => receivedEn(receivedOf(u))

const didYouMean = (suggestion: string | undefined): string => (suggestion === undefined ? '' : ` (did you mean ${quote(suggestion)}?)`)

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

const expected = (e: Expected): string =>
  typeof e === 'string' ? EXPECTED_EN[e] : 'oneOf' in e ? `one of ${quoteAll(e.oneOf)}` : e.name

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

/** What `formatIssues` writes in English besides the issues' messages. */
export const ISSUE_LIST_EN: IssueListWording = { root: '(root)', noMessage: '(no message)' }

/**
 * English messages of every issue code, by code, from the issue's parameters. Each says what was expected, then
 * what was found (`expected …, got …`).
 */
export const DECODING_EN: DecodingWording = {
  INVALID_TYPE: (p) => p.text ?? `expected ${expected(p.expected)}, got ${receivedEn(p.received)}`,
  ACCESSOR: (p) =>
    `expected ${expected(p.expected)} as a plain data property, got a getter/setter (decoding never runs accessors)`,
  EMPTY_STRING: (p) => `expected ${expected(p.expected)}, got an empty string ""`,
  UNREADABLE_INPUT: () => 'expected a value that can be read, got one that threw while it was read (a throwing Proxy trap, a revoked Proxy)',
  TOO_MANY_ISSUES: (p) => `expected at most 1000 issues, got ${p.more} more, not listed here`,
  INVALID_ENUM: (p) => `expected one of ${quoteAll(p.allowed)}, got ${receivedEn(p.received)}${didYouMean(p.suggestion)}`,
  INVALID_DATE: (p) => `expected ${EXPECTED_EN.isoDate}, got ${receivedEn(p.received)}`,
  MISSING_KEY: (p) => `expected key ${quote(p.key)} holding ${expected(p.expected)}, got no such key`,
  UNKNOWN_KEY: (p) => `expected only the keys ${quoteAll(p.allowed)}, got unknown key ${quote(p.key)}${didYouMean(p.suggestion)}`,
  DUPLICATE_DOCUMENT_ID: (p) => `expected unique document ids, got ${quote(p.id)} again (first used at ${p.firstAt})`,
  DUPLICATE_REPRESENTATIVE_ID: (p) =>
    `expected unique legal representative ids, got ${quote(p.id)} again (first used at ${p.firstAt})`,
  UNLISTED_REPRESENTATIVE: (p) =>
    `expected the id of a legal representative listed in /record/legalRepresentatives (${
      p.listed.length === 0 ? 'none is listed' : quoteAll(p.listed)
    }), got ${quote(p.id)}`,
  MISSING_DOCUMENT: (p) =>
    `expected key "document" holding the document that action ${quote(p.action)} acts on, got no such key`,
  DOCUMENT_NOT_IN_RECORD: (p) =>
    `expected the id of a document of /record/documents (action ${quote(p.action)} acts on the record's copy, A-7), got ${quote(p.id)}, which the record does not hold`,
  DOCUMENT_DIFFERS_FROM_RECORD: (p) =>
    `expected the record's copy of the document, as at ${p.recordPath} (the record is the source of truth, A-7), got ${receivedEn(p.received)}`,
  FED_DOCUMENT_ID_EXISTS: (p) =>
    `expected a new document id (a fed document is new, R-FEED-1), got ${quote(p.id)}, already used at ${p.recordPath}`,
  FED_DOCUMENT_NOT_ADDED_AT: (p) =>
    `expected the date of the request ${quote(p.at)} (/at): a fed document is added on that day (R-FEED-1), got ${quote(p.addedOn)}`,
  INDIRECT_WITHOUT_ESTABLISHMENT: () =>
    `expected key "establishmentId" holding the FINESS or SIRET of the establishment (indirect authentication is bound to it, R-AUTH-1), got no such key`,
  EMANCIPATED_UNDER_16: (p) =>
    `expected false (emancipation exists only from 16, C. civ. 413-2, R-MINOR-3, and the patient is ${p.age} at ${quote(p.at)}), got true`,
  PROTECTION_MEASURE_MISSING: () =>
    `expected key "protection" holding the measure of this protected adult, e.g. { "measure": "tutelle", "representationOfPerson": true } (since 0.2.0 the measure says who decides, R-MINOR-8), got no such key`,
  REPRESENTATION_NOT_CARRIED_BY_MEASURE: (p) =>
    `expected false: a ${quote(p.measure)} gives no representation relating to the person (a curatelle is assistance, a sauvegarde de justice leaves the person their rights, R-MINOR-8, C. civ. 440, 459; only ${quoteAll(p.measures)} can carry one), got true`,
  PROTECTION_WITHOUT_PROTECTED_ADULT: () =>
    `expected true, as the patient has a protection measure (/record/patient/protection), got false`,
  AT_BEFORE_BIRTH: (p) =>
    `expected a date on or after the patient's birth date ${quote(p.birthDate)} (/record/patient/birthDate), got ${quote(p.at)}`,
}
