// Problems found while reading codes of the national nomenclatures: data, never exceptions.
// After io-ts and zod: an issue is keyed by a stable code, with a JSON-pointer path and a message in French and
// English, the shape of the codecs' DecodeIssue (`formatIssues` of dmp-rules/codecs renders both).
import { deepFreeze } from '../domain/frozen.js'
import {
  interopIssueMessage,
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

/** @internal An issue of a code, its message derived from its parameters; deeply frozen. */
export const issue = <C extends InteropIssueCode>(code: C, path: string, params: InteropIssueParams[C]): InteropIssueOf<C> =>
  deepFreeze({ code, path, message: interopIssueMessage(code, params), ...params }) as InteropIssueOf<C>

/** Escapes one JSON-pointer segment (RFC 6901). @internal */
export const pointer = (...segments: ReadonlyArray<string | number>): string =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
