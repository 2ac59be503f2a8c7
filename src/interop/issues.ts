// Problems found while reading codes of the national nomenclatures: data, never exceptions.
// After io-ts and zod: an issue is keyed by a stable code, with a JSON-pointer path and a message in French and
// English, the shape of the codecs' DecodeIssue (`formatIssues` of dmp-rules/codecs renders both).
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray'
import type { Message } from '../messages/index.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The kinds of problem an interop reader reports.
 *
 * - `WRONG_TYPE`: the value is not of the expected JSON type (array, object, string, boolean…).
 * - `UNKNOWN_CODE`: a code no nomenclature the reader knows defines (never ignored).
 * - `UNKNOWN_CODE_SYSTEM`: a code system (OID) that does not carry this kind of code.
 * - `UNSUPPORTED_CODE`: a real code of the nomenclature that the library's model cannot express;
 *   reported rather than dropped, so nothing is silently lost.
 * - `MISSING_NORMAL`: XDS confidentiality codes without the HL7 `N` code.
 * - `MISSING_FIELD`: a required field is absent.
 * - `MISSING_INCLUDED`: a JSON:API relationship points at no `included` resource.
 * - `UNKNOWN_PROFESSION`: a profession code that maps to no profession of the library.
 * - `CONFLICTING_ROWS`: two matrix rows give opposite answers for the same cell.
 * - `INCOMPLETE_PAGES`: the last JSON:API page still links to a next one.
 *
 * @since 0.1.0
 */
export type InteropIssueCode =
  | 'WRONG_TYPE'
  | 'UNKNOWN_CODE'
  | 'UNKNOWN_CODE_SYSTEM'
  | 'UNSUPPORTED_CODE'
  | 'MISSING_NORMAL'
  | 'MISSING_FIELD'
  | 'MISSING_INCLUDED'
  | 'UNKNOWN_PROFESSION'
  | 'CONFLICTING_ROWS'
  | 'INCOMPLETE_PAGES'

/**
 * One problem, at a JSON-pointer path of the input (`''` for the whole input, `/2` for its third item), with a
 * stable `code` and a message in French and English: the shape of the codecs' `DecodeIssue` (`{ code, path,
 * message: { fr, en } }`), so that `formatIssues(issues, lang)` of `dmp-rules/codecs` renders either.
 * Since 0.3.0 `message` is `{ fr, en }` (it was the English string: read `issue.message.en`).
 *
 * @example
 * import { fromXdsConfidentialityCodes } from 'dmp-rules/interop'
 * import { formatIssues } from 'dmp-rules/codecs'
 * const r = fromXdsConfidentialityCodes(['N', 'SECRET'])
 * r._tag // 'Left'
 * if (r._tag === 'Left') formatIssues(r.left, 'fr') // '/1: "SECRET" n\'est pas un code de confidentialité de TRE_A07 ou HL7.'
 *
 * @since 0.1.0
 */
export interface InteropIssue {
  readonly code: InteropIssueCode
  readonly path: string
  /** What is wrong, in both languages. @since 0.3.0 (a string, in English, before) */
  readonly message: Message
}

/** Every reader answers `Left` with at least one issue. @since 0.1.0 */
export type InteropIssues = ReadonlyNonEmptyArray<InteropIssue>

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** @internal */
export const issue = (code: InteropIssueCode, path: string, en: string, fr: string): InteropIssue => ({ code, path, message: { fr, en } })

/** Escapes one JSON-pointer segment (RFC 6901). @internal */
export const pointer = (...segments: ReadonlyArray<string | number>): string =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
