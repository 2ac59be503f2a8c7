// The metadata readers' issues and skip reasons as data (`dmp-rules/xds`, `dmp-rules/fhir`): their codes, the
// parameter each issue carries (what was found), and their messages derived from it by en/metadata.ts and
// fr/metadata.ts.
import { READ_WORDING_EN } from './en/metadata.js'
import { READ_WORDING_FR } from './fr/metadata.js'
import type { Message } from './message.js'

/**
 * Why an input, or one of its entries, cannot be read exactly.
 *
 * Whole input (`Left`): `NOT_XML` (not well-formed XML), `NOT_A_REGISTRY_RESPONSE` (no `AdhocQueryResponse`),
 * `REGISTRY_FAILURE` (the response's status is Failure), `NOT_FHIR` (neither a DocumentReference nor a Bundle),
 * `UNREADABLE_INPUT` (the input could not be walked: a throwing getter or Proxy).
 *
 * One entry (its `rejected` item): `INVALID_STRUCTURE` (a FHIR element of the wrong JSON type), `MISSING_ENTRY_UUID`,
 * `MISSING_ID`, `AMBIGUOUS_ID`, `DUPLICATE_ID` (two current entries, one id), `MISSING_TYPE`, `AMBIGUOUS_TYPE`,
 * `UNKNOWN_CODE_SYSTEM` (of the type code), `UNKNOWN_CONFIDENTIALITY_CODE`, `UNKNOWN_CONFIDENTIALITY_SYSTEM`,
 * `UNSUPPORTED_CONFIDENTIALITY_CODE` (a real code the library cannot carry: R, V, MASQUE_PSOCIAL, MASQUE_PT),
 * `MISSING_NORMAL` (XDS only: no HL7 `N`), `MISSING_AUTHOR`, `UNREADABLE_AUTHOR`, `NO_NATIONAL_ID` (an internal id
 * within a structure), `UNSUPPORTED_AUTHOR` (a device or system), `CONFLICTING_AUTHORS`, `UNREADABLE_INSTITUTION`,
 * `UNRESOLVED_REFERENCE` (FHIR), `MISSING_SUBMISSION_TIME`, `INVALID_TIME`, `IMPRECISE_TIME` (a day, not an
 * instant), `UNKNOWN_STATUS`.
 *
 * @since 0.3.0
 */
export type ReadIssueCode = keyof typeof READ_WORDING_EN.issues

/**
 * Why an entry is not a current document of the record: `DEPRECATED` (XDS Deprecated: replaced, or an older
 * version of the metadata), `DELETED` (XDS `urn:asip:ci-sis:2010:StatusType:Deleted`, unpublished),
 * `SIGNATURE_DOCUMENT` (the submission set's signature, class `urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1` / type E1762),
 * `SUPERSEDED` and `ENTERED_IN_ERROR` (FHIR statuses).
 *
 * @since 0.3.0
 */
export type SkipCode = keyof typeof READ_WORDING_EN.skips

/**
 * What a reader's issue carries besides its code and path: `found`, what was found where the reader looked (an
 * element's value, JSON-quoted when it is one; the ids or codes that conflict; the parser's error), absent when
 * the code says it all (e.g. `MISSING_AUTHOR`).
 *
 * @since 0.3.0
 */
export interface ReadIssueParams {
  readonly found?: string
}

/**
 * One problem, at a path of the input: a JSON pointer (RFC 6901) into a FHIR input; for XML, the path of
 * element names and 0-based indices among same-named siblings, without namespace prefixes
 * (`/AdhocQueryResponse/RegistryObjectList/ExtrinsicObject/3/Classification/2`), attributes as `@name`.
 * The shape of the codecs' `DecodeIssue`: `{ code, path, message: { fr, en } }`, keyed by `code`, and since 0.3.0
 * with what was found (`found`, {@link ReadIssueParams}) when the message quotes it. Every code takes the same
 * parameters, so one interface stands for the union.
 *
 * @since 0.3.0
 */
export interface ReadIssue extends ReadIssueParams {
  readonly code: ReadIssueCode
  readonly path: string
  readonly message: Message
}

/** The reader issue of one code. @since 0.3.0 */
export type ReadIssueOf<C extends ReadIssueCode> = ReadIssue & { readonly code: C }

/** Why an entry was skipped: a stable code and a message in both languages. @since 0.3.0 */
export interface SkipReason {
  readonly code: SkipCode
  readonly message: Message
}

/** The wording of the readers in one language: each issue's message from what was found, each skip reason's. @since 0.3.0 */
export type ReadWording = {
  readonly issues: { readonly [C in ReadIssueCode]: (found: string) => string }
  readonly skips: { readonly [C in SkipCode]: string }
}

const WORDING: { readonly [L in keyof Message]: ReadWording } = { en: READ_WORDING_EN, fr: READ_WORDING_FR }

/** Every reader issue code. @since 0.3.0 */
export const READ_ISSUE_CODES: ReadonlyArray<ReadIssueCode> = Object.freeze(Object.keys(READ_WORDING_EN.issues) as Array<ReadIssueCode>)

/** Every skip code. @since 0.3.0 */
export const SKIP_CODES: ReadonlyArray<SkipCode> = Object.freeze(Object.keys(READ_WORDING_EN.skips) as Array<SkipCode>)

/** The message of a reader's issue in both languages, from its parameters. @since 0.3.0 */
export const readIssueMessage = (code: ReadIssueCode, params: ReadIssueParams): Message => ({
  fr: WORDING.fr.issues[code](params.found ?? ''),
  en: WORDING.en.issues[code](params.found ?? ''),
})

/** The message of a skip reason in both languages. @since 0.3.0 */
export const skipMessage = (code: SkipCode): Message => ({ fr: WORDING.fr.skips[code], en: WORDING.en.skips[code] })
