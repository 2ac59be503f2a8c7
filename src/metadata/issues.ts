// What the DMP metadata readers (`dmp-rules/xds`, `dmp-rules/fhir`) report: issues and skip reasons, keyed by a
// stable code, with a path into the input and a message in French and English — the shape of the codecs'
// `DecodeIssue`. The codes and the wording live in src/messages/ (metadata.ts, en/metadata.ts, fr/metadata.ts).
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray'
import type { HealthDocument } from '../domain/types.js'
import {
  readIssueMessage,
  skipMessage,
  type ReadIssue,
  type ReadIssueCode,
  type ReadIssueOf,
  type ReadIssueParams,
  type SkipCode,
  type SkipReason,
} from '../messages/metadata.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

// The issue union, its codes, parameters and wording live in messages/metadata.ts (re-exported here).
export type { ReadIssue, ReadIssueCode, ReadIssueOf, ReadIssueParams, SkipCode, SkipReason }

/** At least one issue. @since 0.3.0 */
export type ReadIssues = ReadonlyNonEmptyArray<ReadIssue>

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

/** @internal An issue of a code; `detail` is what was found (quoted in the message), '' when none. Frozen. */
export const readIssue = (code: ReadIssueCode, path: string, detail = ''): ReadIssue => {
  const params: ReadIssueParams = detail === '' ? {} : { found: detail }
  return Object.freeze({ code, path, message: Object.freeze(readIssueMessage(code, params)), ...params })
}

/** @internal */
export const skipReason = (code: SkipCode): SkipReason => Object.freeze({ code, message: Object.freeze(skipMessage(code)) })

/** Escapes one JSON-pointer segment (RFC 6901). @internal */
export const pointerOf = (segments: ReadonlyArray<string | number>): string =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
