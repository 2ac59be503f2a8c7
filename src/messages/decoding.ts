// Decoding issues as data: the code of each issue, the parameters it carries, and its message derived from them by
// the language files (en/decoding.ts, fr/decoding.ts). After zod v4's issues: a union keyed by a stable code.
// Nothing here holds words: adding a language adds two files under messages/<lang>/ and one line below.
import type { EXPECTED_EN } from './en/decoding.js'
import { DECODING_EN, ISSUE_LIST_EN } from './en/decoding.js'
import { DECODING_FR, ISSUE_LIST_FR } from './fr/decoding.js'
import { MAX_SHOWN, isPlain } from './suggest.js'
import type { Message } from './message.js'

// -------------------------------------------------------------------------------------
// what a decoder expects
// -------------------------------------------------------------------------------------

/** The key of a description of what a decoder expects (the key set of `EXPECTED_EN`). @since 0.3.0 */
export type ExpectedKey = keyof typeof EXPECTED_EN

/**
 * What a decoder expects: a described shape (by key), one of a closed list of strings, or (for codecs of other
 * libraries, met by `issuesOf`) a codec's name.
 *
 * @since 0.3.0
 */
export type Expected = ExpectedKey | { readonly oneOf: ReadonlyArray<string> } | { readonly name: string }

// -------------------------------------------------------------------------------------
// what was found
// -------------------------------------------------------------------------------------

/**
 * What a decoder found, as data every language can word: the value's kind, and for primitives the value (a string
 * as its JSON text, cut when long). An issue never holds the input itself (no reference to a caller's object,
 * getter or Proxy).
 *
 * @example
 * import { receivedOf } from 'dmp-rules/codecs'
 * receivedOf([1, 2]) // { type: 'array', length: 2 }
 *
 * @since 0.3.0
 */
export type Received =
  /** `json`: the string's JSON text, its first `MAX_SHOWN - 4` characters when `cut`; `length`: of the string. */
  | { readonly type: 'string'; readonly json: string; readonly cut: boolean; readonly length: number }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  /** `digits`: the bigint in decimal. */
  | { readonly type: 'bigint'; readonly digits: string }
  | { readonly type: 'undefined' | 'symbol' | 'function' | 'null' }
  | { readonly type: 'array'; readonly length: number }
  /** `plain`: its prototype is `Object.prototype` or `null`. */
  | { readonly type: 'object'; readonly plain: boolean }

/**
 * The description of any value as found in the input.
 *
 * INVARIANT: total; reads no property of objects (a getter is never run).
 *
 * @example
 * import { receivedOf } from 'dmp-rules/codecs'
 * receivedOf('abc') // { type: 'string', json: '"abc"', cut: false, length: 3 }
 *
 * @since 0.3.0
 */
export const receivedOf = (u: unknown): Received => {
  switch (typeof u) {
    case 'string': {
      const s = JSON.stringify(u)
      const cut = s.length > MAX_SHOWN
      return { type: 'string', json: cut ? s.slice(0, MAX_SHOWN - 4) : s, cut, length: u.length }
    }
    case 'number':
      return { type: 'number', value: u }
    case 'boolean':
      return { type: 'boolean', value: u }
    case 'bigint':
      return { type: 'bigint', digits: String(u) }
    case 'undefined':
    case 'symbol':
    case 'function':
      return { type: typeof u as 'undefined' | 'symbol' | 'function' }
    case 'object':
      if (u === null) return { type: 'null' }
      if (Array.isArray(u)) return { type: 'array', length: u.length }
      return { type: 'object', plain: isPlain(u) }
  }
}

// -------------------------------------------------------------------------------------
// issues
// -------------------------------------------------------------------------------------

/**
 * The parameters each decoding issue carries, by code: the message of every language is a function of them.
 *
 * @since 0.3.0
 */
export interface DecodeIssueParams {
  /** A value of the wrong type (or the input is not an object). `text`: a foreign io-ts codec's own message, met by `issuesOf` (one language, standing for both). */
  readonly INVALID_TYPE: { readonly expected: Expected; readonly received: Received; readonly text?: string }
  /** A getter/setter where a plain value was expected (JS callers only). */
  readonly ACCESSOR: { readonly expected: Expected }
  /** An empty id or code. */
  readonly EMPTY_STRING: { readonly expected: Expected }
  /** The value threw while it was read (a throwing Proxy trap, a revoked Proxy). */
  readonly UNREADABLE_INPUT: { readonly [k in never]: never }
  /** The last issue when more than 1 000 were found: how many more. */
  readonly TOO_MANY_ISSUES: { readonly more: number }
  /** A string outside a closed list. `suggestion`: the allowed value meant, if one is near enough (or named by the input). */
  readonly INVALID_ENUM: { readonly allowed: ReadonlyArray<string>; readonly received: Received; readonly suggestion?: string }
  /** Not an ISO date `YYYY-MM-DD`, or a day that does not exist. */
  readonly INVALID_DATE: { readonly received: Received }
  /** A required key is absent. */
  readonly MISSING_KEY: { readonly key: string; readonly expected: Expected }
  /** A key the type does not have. `suggestion`: the allowed key meant, if one is near enough. */
  readonly UNKNOWN_KEY: { readonly key: string; readonly allowed: ReadonlyArray<string>; readonly suggestion?: string }
  /** The second use of a document id; `firstAt`: the JSON pointer of the first. */
  readonly DUPLICATE_DOCUMENT_ID: { readonly id: string; readonly firstAt: string }
  /** The second use of a legal representative's id; `firstAt`: the JSON pointer of the first. */
  readonly DUPLICATE_REPRESENTATIVE_ID: { readonly id: string; readonly firstAt: string }
  /** A legal-representative actor absent from `record.legalRepresentatives`; `listed`: the ids listed. */
  readonly UNLISTED_REPRESENTATIVE: { readonly id: string; readonly listed: ReadonlyArray<string> }
  /** A document action without `document`. */
  readonly MISSING_DOCUMENT: { readonly action: string }
  /** The request's document is not one of the record's. */
  readonly DOCUMENT_NOT_IN_RECORD: { readonly action: string; readonly id: string }
  /** The request's document differs from the record's copy; `recordPath`: where the record's value is. */
  readonly DOCUMENT_DIFFERS_FROM_RECORD: { readonly recordPath: string; readonly received: Received }
  /** A fed document reuses an id of the record (R-FEED-1); `recordPath`: where. */
  readonly FED_DOCUMENT_ID_EXISTS: { readonly id: string; readonly recordPath: string }
  /** A fed document is not added on the request's date (R-FEED-1); `addedOn`: the date found. */
  readonly FED_DOCUMENT_NOT_ADDED_AT: { readonly at: string; readonly addedOn: string }
  /** Indirect authentication without `establishmentId` (R-AUTH-1). */
  readonly INDIRECT_WITHOUT_ESTABLISHMENT: { readonly [k in never]: never }
  /** An emancipated patient under 16 at `at` (R-MINOR-3). */
  readonly EMANCIPATED_UNDER_16: { readonly age: number; readonly at: string }
  /** A protected adult without the measure (R-MINOR-8). */
  readonly PROTECTION_MEASURE_MISSING: { readonly [k in never]: never }
  /** A measure that carries no representation of the person (R-MINOR-8); `measures`: those that can. */
  readonly REPRESENTATION_NOT_CARRIED_BY_MEASURE: { readonly measure: string; readonly measures: ReadonlyArray<string> }
  /** A protection measure on a patient who is not a protected adult. */
  readonly PROTECTION_WITHOUT_PROTECTED_ADULT: { readonly [k in never]: never }
  /** `at` before the patient's birth date. */
  readonly AT_BEFORE_BIRTH: { readonly at: string; readonly birthDate: string }
}

/**
 * Stable code of a decoding issue (the key set of {@link DecodeIssueParams}).
 *
 * - `INVALID_TYPE`: a value of the wrong type (or the input is not an object).
 * - `ACCESSOR`: a getter/setter where a plain value was expected (JS callers only).
 * - `EMPTY_STRING`: an empty id or code.
 * - `INVALID_ENUM`: a string outside a closed list (the message lists the allowed values).
 * - `INVALID_DATE`: not an ISO date `YYYY-MM-DD`, or a day that does not exist (`2023-02-30`).
 * - `MISSING_KEY`: a required key is absent.
 * - `UNKNOWN_KEY`: a key the type does not have (a typo must not silently become `false`).
 * - `DUPLICATE_DOCUMENT_ID`, `DUPLICATE_REPRESENTATIVE_ID`: the second use of an id (path of the second one).
 * - `UNLISTED_REPRESENTATIVE`: a legal-representative actor absent from `record.legalRepresentatives`.
 * - `MISSING_DOCUMENT`: a document action without `document`.
 * - `AT_BEFORE_BIRTH`: `at` before the patient's birth date.
 * - `UNREADABLE_INPUT` (0.3.0): the value threw while it was read (a throwing Proxy trap, a revoked Proxy).
 * - `TOO_MANY_ISSUES` (0.3.0): the last issue when more than 1 000 were found: how many more.
 *
 * @since 0.1.0
 */
export type DecodeIssueCode = keyof DecodeIssueParams

/**
 * The decoding issue of one code: where (a JSON pointer), its message in both languages, and its parameters.
 *
 * @since 0.3.0
 */
export type DecodeIssueOf<C extends DecodeIssueCode> = {
  readonly code: C
  readonly path: string
  /** What was expected and what was found, in both languages. @since 0.2.0 (a string in 0.1) */
  readonly message: Message
} & DecodeIssueParams[C]

/**
 * One problem found in an untrusted input: where (a JSON pointer into the input, RFC 6901: `''` is the
 * root, `~` is written `~0` and `/` is written `~1`), a message in French and English saying what was expected
 * and what was found (`expected …, got …`; `attendu …, reçu …`), and a stable `code`. Since 0.3.0 a union keyed by
 * `code`: each issue also carries the parameters its message is made of ({@link DecodeIssueParams}), e.g.
 * `allowed`, `received` and `suggestion` for `INVALID_ENUM`.
 *
 * Since 0.2.0 `message` is `{ fr, en }`, like a decision's `Reason.message` (in 0.1 it was the English string:
 * read `issue.message.en` instead, or render with `formatIssues(issues, lang)`).
 *
 * @example
 * import { decodeRequest } from 'dmp-rules/codecs'
 * const result = decodeRequest({ action: 'consult' })
 * result._tag // 'Left'
 * const first = result._tag === 'Left' ? result.left[0] : undefined
 * // { code: 'MISSING_KEY', path: '/actor', key: 'actor', expected: 'actor',
 * //   message: { en: 'expected key "actor" holding an actor object …, got no such key',
 * //              fr: 'attendu la clé "actor" contenant un objet acteur …, reçu aucune clé de ce nom' } }
 *
 * @since 0.1.0
 */
export type DecodeIssue = { readonly [C in DecodeIssueCode]: DecodeIssueOf<C> }[DecodeIssueCode]

/** How `formatIssues` writes what is not an issue's own message, in one language. @since 0.3.0 */
export interface IssueListWording {
  /** The path of the whole input. */
  readonly root: string
  /** Said in place of a message that is missing or not text. */
  readonly noMessage: string
}

/** The wording of every decoding issue in one language: a function of the issue's parameters, by code. @since 0.3.0 */
export type DecodingWording = { readonly [C in DecodeIssueCode]: (p: DecodeIssueParams[C]) => string }

const WORDING: { readonly [L in keyof Message]: DecodingWording } = { en: DECODING_EN, fr: DECODING_FR }

/**
 * Every decoding issue code, in the order of the English wording.
 *
 * @example
 * import { DECODE_ISSUE_CODES } from 'dmp-rules/codecs'
 * DECODE_ISSUE_CODES.includes('UNKNOWN_KEY') // true
 *
 * @since 0.3.0
 */
export const DECODE_ISSUE_CODES: ReadonlyArray<DecodeIssueCode> = Object.freeze(Object.keys(DECODING_EN) as Array<DecodeIssueCode>)

/**
 * The message of a decoding issue in both languages, from its parameters.
 * INVARIANT: every language's wording has every code (each is typed by {@link DecodingWording}).
 *
 * @example
 * import { decodeIssueMessage } from 'dmp-rules/codecs'
 * decodeIssueMessage('MISSING_DOCUMENT', { action: 'mask' }).en
 * // 'expected key "document" holding the document that action "mask" acts on, got no such key'
 *
 * @since 0.3.0
 */
export const decodeIssueMessage = <C extends DecodeIssueCode>(code: C, params: DecodeIssueParams[C]): Message => ({
  fr: (WORDING.fr[code] as (p: DecodeIssueParams[C]) => string)(params),
  en: (WORDING.en[code] as (p: DecodeIssueParams[C]) => string)(params),
})

const ISSUE_LIST: { readonly [L in keyof Message]: IssueListWording } = { en: ISSUE_LIST_EN, fr: ISSUE_LIST_FR }

/** What `formatIssues` writes besides the issues' messages, in a language (English for an unknown one). @since 0.3.0 */
export const issueListOf = (lang: keyof Message): IssueListWording =>
  Object.prototype.hasOwnProperty.call(ISSUE_LIST, lang) ? ISSUE_LIST[lang] : ISSUE_LIST.en
