// Problems found while reading codes of the national nomenclatures: data, never exceptions.
// After io-ts and zod: an issue is keyed by a stable code, with a JSON-pointer path and a message in French and
// English, the shape of the codecs' DecodeIssue (`formatIssues` of dmp-rules/codecs renders both).
import {
  matrixIssueMessage,
  nomenclatureIssueMessage,
  type MatrixIssueParams,
  type NomenclatureIssueParams,
  type InteropIssue,
  type InteropIssueCode,
  type InteropIssueOf,
  type InteropIssueParams,
  type InteropIssues,
} from '../messages/interop.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

// The issue union, its codes, parameters and wording live in messages/interop.ts (re-exported here).
export type { InteropIssue, InteropIssueCode, InteropIssueOf, InteropIssueParams, InteropIssues }

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** @internal A nomenclature reader's issue, its message derived from its parameters; frozen. */
export const issue = <C extends keyof NomenclatureIssueParams>(code: C, path: string, params: NomenclatureIssueParams[C]): InteropIssue =>
  Object.freeze({ code, path, message: Object.freeze(nomenclatureIssueMessage(code, params)), ...params }) as unknown as InteropIssue

/** @internal The JSON:API matrix reader's issue, its message derived from its parameters; frozen. */
export const matrixIssue = <C extends keyof MatrixIssueParams>(code: C, path: string, params: MatrixIssueParams[C]): InteropIssue =>
  Object.freeze({ code, path, message: Object.freeze(matrixIssueMessage(code, params)), ...params }) as unknown as InteropIssue

/** Escapes one JSON-pointer segment (RFC 6901). @internal */
export const pointer = (...segments: ReadonlyArray<string | number>): string =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
