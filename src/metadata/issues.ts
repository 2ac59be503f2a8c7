// What the DMP metadata readers (`dmp-rules/xds`, `dmp-rules/fhir`) report: issues and skip reasons, keyed by a
// stable code, with a path into the input and a message in French and English — the shape of the codecs'
// `DecodeIssue`. The wording lives in messages.ts (one table per language).
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray'
import type { HealthDocument } from '../domain/types.js'
import type { Message } from '../messages/index.js'
import { EN, FR } from '../messages/en/metadata.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

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
export type ReadIssueCode = keyof typeof EN.issues

/**
 * Why an entry is not a current document of the record: `DEPRECATED` (XDS Deprecated: replaced, or an older
 * version of the metadata), `DELETED` (XDS `urn:asip:ci-sis:2010:StatusType:Deleted`, unpublished),
 * `SIGNATURE_DOCUMENT` (the submission set's signature, class `urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1` / type E1762),
 * `SUPERSEDED` and `ENTERED_IN_ERROR` (FHIR statuses).
 *
 * @since 0.3.0
 */
export type SkipCode = keyof typeof EN.skips

/**
 * One problem, at a path of the input: a JSON pointer (RFC 6901) into a FHIR input; for XML, the path of
 * element names and 0-based indices among same-named siblings, without namespace prefixes
 * (`/AdhocQueryResponse/RegistryObjectList/ExtrinsicObject/3/Classification/2`), attributes as `@name`.
 * The shape of the codecs' `DecodeIssue`: `{ code, path, message: { fr, en } }`.
 *
 * @since 0.3.0
 */
export interface ReadIssue {
  readonly code: ReadIssueCode
  readonly path: string
  readonly message: Message
}

/** At least one issue. @since 0.3.0 */
export type ReadIssues = ReadonlyNonEmptyArray<ReadIssue>

/** Why an entry was skipped: a stable code and a message in both languages. @since 0.3.0 */
export interface SkipReason {
  readonly code: SkipCode
  readonly message: Message
}

/**
 * An entry that cannot be read exactly: never silently dropped, never guessed. `entryUUID`: the XDS entry's
 * `@id` (FHIR: the DocumentReference's `id`, else its Bundle entry's `fullUrl`, else `''`); `id`: the document's
 * id when it could be read; `path`: where the entry is in the input.
 *
 * @since 0.3.0
 */
export interface RejectedEntry {
  readonly entryUUID: string
  readonly id?: string
  readonly path: string
  readonly issues: ReadIssues
}

/**
 * An entry that is not a current document of the record (an older version, a deleted document, the signature).
 *
 * @since 0.3.0
 */
export interface SkippedEntry {
  readonly entryUUID: string
  readonly id?: string
  readonly path: string
  readonly reason: SkipReason
}

/**
 * What a reader returns on a readable input: the documents (built by `buildDocument`, deeply frozen, usable as a
 * record's documents at once), the rejected entries with every issue, the skipped entries with their reason.
 * Every entry of the input is in exactly one of the three lists.
 *
 * @since 0.3.0
 */
export interface ReadResult {
  readonly documents: ReadonlyArray<HealthDocument>
  readonly rejected: ReadonlyArray<RejectedEntry>
  readonly skipped: ReadonlyArray<SkippedEntry>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** @internal An issue of a code; `detail` is what was found (quoted in the message). */
export const readIssue = (code: ReadIssueCode, path: string, detail = ''): ReadIssue => ({
  code,
  path,
  message: { fr: FR.issues[code](detail), en: EN.issues[code](detail) },
})

/** @internal */
export const skipReason = (code: SkipCode): SkipReason => ({ code, message: { fr: FR.skips[code], en: EN.skips[code] } })

/** Escapes one JSON-pointer segment (RFC 6901). @internal */
export const pointerOf = (segments: ReadonlyArray<string | number>): string =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
