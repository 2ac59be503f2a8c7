// Interop issues as data: the code of each problem an interop reader reports (nomenclature codes, the MES JSON:API
// matrix), the parameters it carries, and its message derived from them by en/interop.ts and fr/interop.ts.
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray'
import type { INTEROP_EXPECTED_EN } from './en/interop.js'
import { INTEROP_EN } from './en/interop.js'
import { INTEROP_FR } from './fr/interop.js'
import type { Message } from './message.js'

/** The key of a description of what an interop reader expects (the key set of `INTEROP_EXPECTED_EN`). @since 0.3.0 */
export type InteropExpectedKey = keyof typeof INTEROP_EXPECTED_EN

/** What an interop reader expects: a described value (by key), or a JSON:API related resource by name. @since 0.3.0 */
export type InteropExpected = InteropExpectedKey | { readonly relatedResource: string }

/**
 * The parameters each interop issue carries, by code: the message of every language is a function of them.
 *
 * @since 0.3.0
 */
export interface InteropIssueParams {
  /** The value is not of the expected JSON type. */
  readonly WRONG_TYPE: { readonly expected: InteropExpected }
  /** A code no nomenclature the reader knows defines: an access mode (TRE_R248) or a confidentiality code (of `codeSystem`, when given). */
  readonly UNKNOWN_CODE:
    | { readonly nomenclature: 'TRE_R248'; readonly received: string }
    | { readonly nomenclature: 'confidentiality'; readonly received: string; readonly codeSystem?: string }
  /** A code system (OID) that carries no code of this kind. */
  readonly UNKNOWN_CODE_SYSTEM: { readonly codeSystem: string }
  /** A real code of `codeSystem` that the library's model cannot express. */
  readonly UNSUPPORTED_CODE: { readonly codeSystem: 'TRE_A07' | 'HL7'; readonly received: string }
  /** XDS confidentiality codes without the HL7 `N` code. */
  readonly MISSING_NORMAL: { readonly [k in never]: never }
  /** A required field is absent. */
  readonly MISSING_FIELD: { readonly expected: InteropExpected }
  /** A JSON:API relationship points at no `included` resource. */
  readonly MISSING_INCLUDED: { readonly resourceType: string; readonly resourceId: string }
  /** A profession code that maps to no profession of the library: read as a TRE_G15 code, or in a matrix row. */
  readonly UNKNOWN_PROFESSION: { readonly in: 'TRE_G15' | 'matrix'; readonly received: string }
  /** Two matrix rows give opposite answers for the same cell; `otherPath`: the other row. */
  readonly CONFLICTING_ROWS: { readonly otherPath: string; readonly profession: string; readonly typeCode: string }
  /** The last JSON:API page still links to a next one. */
  readonly INCOMPLETE_PAGES: { readonly [k in never]: never }
}

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
export type InteropIssueCode = keyof InteropIssueParams

/**
 * The interop issue of one code: where, its message in both languages, and its parameters.
 *
 * @since 0.3.0
 */
export type InteropIssueOf<C extends InteropIssueCode> = {
  readonly code: C
  readonly path: string
  /** What is wrong, in both languages. @since 0.3.0 (a string, in English, before) */
  readonly message: Message
} & InteropIssueParams[C]

/**
 * One problem, at a JSON-pointer path of the input (`''` for the whole input, `/2` for its third item), with a
 * stable `code` and a message in French and English: the shape of the codecs' `DecodeIssue` (`{ code, path,
 * message: { fr, en } }`), so that `formatIssues(issues, lang)` of `dmp-rules/codecs` renders either.
 * Since 0.3.0 `message` is `{ fr, en }` (it was the English string: read `issue.message.en`), and the issue is a
 * union keyed by `code` that carries the parameters its message is made of ({@link InteropIssueParams}).
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
export type InteropIssue = { readonly [C in InteropIssueCode]: InteropIssueOf<C> }[InteropIssueCode]

/** Every reader answers `Left` with at least one issue. @since 0.1.0 */
export type InteropIssues = ReadonlyNonEmptyArray<InteropIssue>

/** The wording of every interop issue in one language, by code. @since 0.3.0 */
export type InteropWording = { readonly [C in InteropIssueCode]: (p: InteropIssueParams[C]) => string }

const WORDING: { readonly [L in keyof Message]: InteropWording } = { en: INTEROP_EN, fr: INTEROP_FR }

/**
 * Every interop issue code.
 *
 * @example
 * import { INTEROP_ISSUE_CODES } from 'dmp-rules/interop'
 * INTEROP_ISSUE_CODES.includes('MISSING_NORMAL') // true
 *
 * @since 0.3.0
 */
export const INTEROP_ISSUE_CODES: ReadonlyArray<InteropIssueCode> = Object.freeze(Object.keys(INTEROP_EN) as Array<InteropIssueCode>)

/**
 * The message of an interop issue in both languages, from its parameters.
 *
 * @example
 * import { interopIssueMessage } from 'dmp-rules/interop'
 * interopIssueMessage('UNKNOWN_CODE_SYSTEM', { codeSystem: '1.2.3' }).en
 * // 'Code system 1.2.3 carries no confidentiality code the library knows.'
 *
 * @since 0.3.0
 */
export const interopIssueMessage = <C extends InteropIssueCode>(code: C, params: InteropIssueParams[C]): Message => ({
  fr: (WORDING.fr[code] as (p: InteropIssueParams[C]) => string)(params),
  en: (WORDING.en[code] as (p: InteropIssueParams[C]) => string)(params),
})
