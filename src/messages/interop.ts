// Interop issues as data: the code of each problem an interop reader reports (nomenclature codes, the MES JSON:API
// matrix), the parameters it carries, and its message derived from them by en/interop.ts and fr/interop.ts.
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray'
import { INTEROP_EN, INTEROP_EXPECTED_EN } from './en/interop.js'
import type { MATRIX_EXPECTED_EN } from './en/matrix.js'
import { MATRIX_EN } from './en/matrix.js'
import { INTEROP_FR } from './fr/interop.js'
import { MATRIX_FR } from './fr/matrix.js'
import type { Message } from './message.js'

/** What a nomenclature reader expects, by key (the key set of `INTEROP_EXPECTED_EN`). @since 0.3.0 */
export type NomenclatureExpectedKey = keyof typeof INTEROP_EXPECTED_EN

/** What the JSON:API matrix reader expects, by key (the key set of `MATRIX_EXPECTED_EN`). @since 0.3.0 */
export type MatrixExpectedKey = keyof typeof MATRIX_EXPECTED_EN

/** What the JSON:API matrix reader expects: a described value (by key), or a related resource by name. @since 0.3.0 */
export type MatrixExpected = MatrixExpectedKey | { readonly relatedResource: string }

/** What an interop reader expects. @since 0.3.0 */
export type InteropExpected = NomenclatureExpectedKey | MatrixExpected

/** The key of a description of what an interop reader expects. @since 0.3.0 */
export type InteropExpectedKey = NomenclatureExpectedKey | MatrixExpectedKey

/**
 * The parameters of the nomenclature readers' issues (`decodeAccessModeCode`, `decodeProfessionCode`,
 * `fromXdsConfidentialityCodes`), by code.
 *
 * @since 0.3.0
 */
export interface NomenclatureIssueParams {
  /** The value is not of the expected JSON type. */
  readonly WRONG_TYPE: { readonly expected: NomenclatureExpectedKey }
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
  /** A TRE_G15 code that maps to no profession of the library. */
  readonly UNKNOWN_PROFESSION: { readonly in: 'TRE_G15'; readonly received: string }
}

/** The parameters of the MES JSON:API matrix reader's issues (`matrixFromMesJsonApi`), by code. @since 0.3.0 */
export interface MatrixIssueParams {
  /** The value is not of the expected JSON type. */
  readonly WRONG_TYPE: { readonly expected: MatrixExpected }
  /** A required field is absent. */
  readonly MISSING_FIELD: { readonly expected: MatrixExpected }
  /** A JSON:API relationship points at no `included` resource. */
  readonly MISSING_INCLUDED: { readonly resourceType: string; readonly resourceId: string }
  /** A row's profession code maps to no profession of the library. */
  readonly UNKNOWN_PROFESSION: { readonly in: 'matrix'; readonly received: string }
  /** Two matrix rows give opposite answers for the same cell; `otherPath`: the other row. */
  readonly CONFLICTING_ROWS: { readonly otherPath: string; readonly profession: string; readonly typeCode: string }
  /** The last JSON:API page still links to a next one. */
  readonly INCOMPLETE_PAGES: { readonly [k in never]: never }
}

type Of<T, C> = C extends keyof T ? T[C] : never

/**
 * The parameters each interop issue carries, by code (those of the nomenclature readers and of the matrix reader):
 * the message of every language is a function of them.
 *
 * @since 0.3.0
 */
export type InteropIssueParams = {
  readonly [C in keyof NomenclatureIssueParams | keyof MatrixIssueParams]: Of<NomenclatureIssueParams, C> | Of<MatrixIssueParams, C>
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

/** The wording of the nomenclature readers' issues in one language, by code. @since 0.3.0 */
export type NomenclatureWording = { readonly [C in keyof NomenclatureIssueParams]: (p: NomenclatureIssueParams[C]) => string }

/** The wording of the matrix reader's issues in one language, by code. @since 0.3.0 */
export type MatrixWording = { readonly [C in keyof MatrixIssueParams]: (p: MatrixIssueParams[C]) => string }

const NOMENCLATURE: { readonly [L in keyof Message]: NomenclatureWording } = { en: INTEROP_EN, fr: INTEROP_FR }
const MATRIX: { readonly [L in keyof Message]: MatrixWording } = { en: MATRIX_EN, fr: MATRIX_FR }

const CODE_LIST = [
  'WRONG_TYPE',
  'UNKNOWN_CODE',
  'UNKNOWN_CODE_SYSTEM',
  'UNSUPPORTED_CODE',
  'MISSING_NORMAL',
  'MISSING_FIELD',
  'MISSING_INCLUDED',
  'UNKNOWN_PROFESSION',
  'CONFLICTING_ROWS',
  'INCOMPLETE_PAGES',
] as const satisfies ReadonlyArray<InteropIssueCode>
// A literal (not the tables' keys) so that a reader of codes alone does not carry the matrix reader's wording; the
// list fails to compile when a code is missing from it.
type Unlisted = Exclude<InteropIssueCode, (typeof CODE_LIST)[number]>
/**
 * Every interop issue code.
 *
 * @example
 * import { INTEROP_ISSUE_CODES } from 'dmp-rules/interop'
 * INTEROP_ISSUE_CODES.includes('MISSING_NORMAL') // true
 *
 * @since 0.3.0
 */
export const INTEROP_ISSUE_CODES: ReadonlyArray<InteropIssueCode> & ([Unlisted] extends [never] ? unknown : never) = /* @__PURE__ */ Object.freeze(CODE_LIST)

/** The message of a nomenclature reader's issue in both languages (the readers' builder: no matrix wording). @since 0.3.0 */
export const nomenclatureIssueMessage = <C extends keyof NomenclatureIssueParams>(code: C, params: NomenclatureIssueParams[C]): Message => ({
  fr: (NOMENCLATURE.fr[code] as (p: NomenclatureIssueParams[C]) => string)(params),
  en: (NOMENCLATURE.en[code] as (p: NomenclatureIssueParams[C]) => string)(params),
})

/** The message of the matrix reader's issue in both languages. @since 0.3.0 */
export const matrixIssueMessage = <C extends keyof MatrixIssueParams>(code: C, params: MatrixIssueParams[C]): Message => ({
  fr: (MATRIX.fr[code] as (p: MatrixIssueParams[C]) => string)(params),
  en: (MATRIX.en[code] as (p: MatrixIssueParams[C]) => string)(params),
})

// Which reader an issue's parameters come from: a code only one reader raises tells; the two they share tell by
// `expected` (WRONG_TYPE: a key of the nomenclatures' table) and by `in` (UNKNOWN_PROFESSION).
const isNomenclature = (code: InteropIssueCode, params: InteropIssueParams[InteropIssueCode]): boolean => {
  if (!Object.prototype.hasOwnProperty.call(MATRIX_EN, code)) return true
  const expected: unknown = (params as { readonly expected?: unknown }).expected
  if (code === 'WRONG_TYPE') return typeof expected === 'string' && Object.prototype.hasOwnProperty.call(INTEROP_EXPECTED_EN, expected)
  return code === 'UNKNOWN_PROFESSION' && (params as { readonly in?: unknown }).in === 'TRE_G15'
}

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
export const interopIssueMessage = <C extends InteropIssueCode>(code: C, params: InteropIssueParams[C]): Message =>
  isNomenclature(code, params)
    ? nomenclatureIssueMessage(code as keyof NomenclatureIssueParams, params as never)
    : matrixIssueMessage(code as keyof MatrixIssueParams, params as never)
