// The decoding core: small total decoders that accumulate EVERY issue, each with a JSON-pointer path.
// INVARIANT: no decoder throws on any input a JSON parser or a JS program can build from plain data
// (objects, arrays, primitives, null-prototype objects, accessors); accessors are reported, never run.
// INVARIANT: a decoded value is a fresh plain object holding only the declared keys.
import * as E from 'fp-ts/lib/Either.js'
import { isIsoDate, type IsoDate } from '../domain/dates.js'
import {
  decodeIssueMessage,
  receivedOf,
  type DecodeIssue,
  type DecodeIssueCode,
  type DecodeIssueOf,
  type DecodeIssueParams,
  type Expected,
} from '../messages/decoding.js'
import { suggest } from '../messages/suggest.js'
import { deepFreeze } from '../domain/frozen.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

// The issue union, its codes and parameters live in messages/decoding.ts (with their wording); re-exported here.
export type { DecodeIssue, DecodeIssueCode, DecodeIssueOf, DecodeIssueParams, Expected }

/** Segments of a path inside the input (object keys and array indices). */
export type Path = ReadonlyArray<string | number>

/** Internal: an issue whose path is still a list of segments (io-ts contexts need the segments). */
export type RawIssue = { readonly [C in DecodeIssueCode]: RawIssueOf<C> }[DecodeIssueCode]

/** Internal: the raw issue of one code. */
export type RawIssueOf<C extends DecodeIssueCode> = Omit<DecodeIssueOf<C>, 'path'> & { readonly segments: Path }

/** Internal: a decoder with a description of what it expects (used in "missing key" messages). */
export interface Decoder<A> {
  readonly expected: Expected
  readonly decode: (u: unknown, path: Path) => E.Either<ReadonlyArray<RawIssue>, A>
}

/** The type a decoder produces. */
export type TypeOf<D> = D extends Decoder<infer A> ? A : never

const escapeSegment = (s: string | number): string => String(s).replace(/~/g, '~0').replace(/\//g, '~1')

/**
 * The JSON pointer (RFC 6901) of a list of segments: `['record', 'documents', 2]` → `/record/documents/2`.
 *
 * @since 0.1.0
 */
export const toPointer = (segments: Path): string => segments.map((s) => `/${escapeSegment(s)}`).join('')

/** Internal: the public issue of a raw one (the same fields, the segments as a JSON pointer, or `path`), frozen. */
export const publicIssue = (i: RawIssue, path?: string): DecodeIssue => {
  const { code, segments, message, ...params } = i
  return Object.freeze({ code, path: path ?? toPointer(segments), message, ...params }) as DecodeIssue
}

/**
 * Internal: an issue of a code, its message built from the code's parameters (so a code never gets another's words).
 * INVARIANT: deeply frozen: an issue shares the decoder's own lists (`allowed`, `expected`), which a caller must
 * never be able to change (a value pushed into an enum's list would be accepted by the next decode).
 */
export const issue = <C extends DecodeIssueCode>(code: C, segments: Path, params: DecodeIssueParams[C]): RawIssue =>
  deepFreeze({ code, segments, message: decodeIssueMessage(code, params), ...params }) as unknown as RawIssue

/**
 * The decoding issue of a code at a JSON pointer, its message derived from its parameters.
 *
 * @example
 * import { decodeIssue } from 'dmp-rules/codecs'
 * decodeIssue('MISSING_DOCUMENT', '/document', { action: 'mask' }).message.fr
 * // 'attendu la clé "document" contenant le document sur lequel porte l\'action "mask", reçu aucune clé de ce nom'
 *
 * @since 0.3.0
 */
export const decodeIssue = <C extends DecodeIssueCode>(code: C, path: string, params: DecodeIssueParams[C]): DecodeIssueOf<C> =>
  deepFreeze({ code, path, message: decodeIssueMessage(code, params), ...params }) as DecodeIssueOf<C>

const fail = <A, C extends DecodeIssueCode>(code: C, path: Path, params: DecodeIssueParams[C]): E.Either<ReadonlyArray<RawIssue>, A> =>
  E.left([issue(code, path, params)])

/** Internal: the parameters of an `INVALID_ENUM` issue; the suggestion is `meant`, else the nearest by spelling. */
const enumParams = (allowed: ReadonlyArray<string>, found: string, meant?: string): DecodeIssueParams['INVALID_ENUM'] => {
  const suggestion = meant ?? suggest(found, allowed)
  return suggestion === undefined ? { allowed, received: receivedOf(found) } : { allowed, received: receivedOf(found), suggestion }
}

/** Internal: the parameters of an `UNKNOWN_KEY` issue, with the nearest allowed key by spelling. */
const unknownKeyParams = (key: string, allowed: ReadonlyArray<string>): DecodeIssueParams['UNKNOWN_KEY'] => {
  const suggestion = suggest(key, allowed)
  return suggestion === undefined ? { key, allowed } : { key, allowed, suggestion }
}

// -------------------------------------------------------------------------------------
// safe reads
// -------------------------------------------------------------------------------------

/** Is it an object that is not an array (plain or not: the caller decides)? */
export const isRecordLike = (u: unknown): u is object => typeof u === 'object' && u !== null && !Array.isArray(u)

/** A plain object: prototype `Object.prototype` or `null` (what `JSON.parse` and object literals make). */
export const isPlainObject = (u: unknown): u is object => {
  if (!isRecordLike(u)) return false
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

/**
 * An own property, read without running accessors: `absent`, `accessor`, or its value.
 * INVARIANT: `Object.getOwnPropertyDescriptor` runs no user code on ordinary objects and arrays.
 */
export type Own = { readonly tag: 'absent' } | { readonly tag: 'accessor' } | { readonly tag: 'value'; readonly value: unknown }

const ABSENT: Own = { tag: 'absent' }
const ACCESSOR: Own = { tag: 'accessor' }

export const own = (o: object, key: string): Own => {
  const d = Object.getOwnPropertyDescriptor(o, key)
  if (d === undefined) return ABSENT
  return 'value' in d ? { tag: 'value', value: d.value } : ACCESSOR
}

/** The value of an own data property, `undefined` when absent or an accessor (for cross checks on raw input). */
export const ownValue = (u: unknown, key: string): unknown => {
  if (!isRecordLike(u)) return undefined
  const p = own(u, key)
  return p.tag === 'value' ? p.value : undefined
}

// -------------------------------------------------------------------------------------
// primitives
// -------------------------------------------------------------------------------------

/** A string; `nonEmpty` rejects `''` (ids and codes). */
export const string = (expected: Expected, nonEmpty: boolean): Decoder<string> => ({
  expected,
  decode: (u, path) =>
    typeof u !== 'string'
      ? fail('INVALID_TYPE', path, { expected, received: receivedOf(u) })
      : nonEmpty && u.length === 0
        ? fail('EMPTY_STRING', path, { expected })
        : E.right(u),
})

export const boolean: Decoder<boolean> = {
  expected: 'boolean',
  decode: (u, path) => (typeof u === 'boolean' ? E.right(u) : fail('INVALID_TYPE', path, { expected: 'boolean', received: receivedOf(u) })),
}

/** One of a closed list of strings. */
export const oneOf = <T extends string>(allowed: ReadonlyArray<T>): Decoder<T> => {
  const expected: Expected = { oneOf: allowed }
  return {
    expected,
    decode: (u, path) =>
      typeof u === 'string'
        ? (allowed as ReadonlyArray<string>).includes(u)
          ? E.right(u as T)
          : fail('INVALID_ENUM', path, enumParams(allowed, u))
        : fail('INVALID_TYPE', path, { expected, received: receivedOf(u) }),
  }
}

/** A real calendar date `YYYY-MM-DD` ({@link isIsoDate}). */
export const isoDate: Decoder<IsoDate> = {
  expected: 'isoDate',
  decode: (u, path) =>
    isIsoDate(u) ? E.right(u) : typeof u === 'string' ? fail('INVALID_DATE', path, { received: receivedOf(u) }) : fail('INVALID_TYPE', path, { expected: 'isoDate', received: receivedOf(u) }),
}

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/** Appends every issue (a loop: a spread of a long list into `push` overflows the argument stack). */
export const pushAll = <A>(into: Array<A>, items: ReadonlyArray<A>): void => {
  for (let i = 0; i < items.length; i++) into.push(items[i] as A)
}

/** Decodes an own property read with {@link own}; an accessor is an issue, never run. */
const decodeOwn = <A>(d: Decoder<A>, p: Own, path: Path): E.Either<ReadonlyArray<RawIssue>, A> =>
  p.tag === 'value' ? d.decode(p.value, path) : fail('ACCESSOR', path, { expected: d.expected })

/** An array of items, each decoded; issues of every item are reported. */
export const array = <A>(item: Decoder<A>, expected: Expected): Decoder<ReadonlyArray<A>> => ({
  expected,
  decode: (u, path) => {
    if (!Array.isArray(u)) return fail('INVALID_TYPE', path, { expected, received: receivedOf(u) })
    const issues: Array<RawIssue> = []
    const out: Array<A> = []
    for (let i = 0; i < u.length; i++) {
      // A hole of a sparse array reads as `undefined` (reported as "got undefined").
      const p = own(u, String(i))
      const r = decodeOwn(item, p.tag === 'absent' ? { tag: 'value', value: undefined } : p, [...path, i])
      if (E.isLeft(r)) pushAll(issues, r.left)
      else out.push(r.right)
    }
    return issues.length === 0 ? E.right(out) : E.left(issues)
  },
})

type Props = { readonly [key: string]: Decoder<unknown> }

/** The type of a struct: required keys, then optional keys (absent, never `undefined`). */
export type StructOf<R extends Props, O extends Props> = { readonly [K in keyof R]: TypeOf<R[K]> } & {
  readonly [K in keyof O]?: TypeOf<O[K]>
}

/**
 * A plain object with these required and optional keys, and no other: an unknown key is an issue (with a
 * "did you mean" for typos). An optional key whose value is `undefined` counts as absent (JSON cannot say
 * `undefined`; JS callers often write `key: cond ? x : undefined`) and is omitted from the result.
 */
export const struct = <R extends Props, O extends Props>(expected: Expected, required: R, optional: O): Decoder<StructOf<R, O>> => {
  const allowed = [...Object.keys(required), ...Object.keys(optional)]
  return {
    expected,
    decode: (u, path) => {
      if (!isPlainObject(u)) return fail('INVALID_TYPE', path, { expected, received: receivedOf(u) })
      const issues: Array<RawIssue> = []
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(required)) {
        const d = required[key]
        if (d === undefined) continue
        const p = own(u, key)
        if (p.tag === 'absent') {
          issues.push(issue('MISSING_KEY', [...path, key], { key, expected: d.expected }))
          continue
        }
        const r = decodeOwn(d, p, [...path, key])
        if (E.isLeft(r)) pushAll(issues, r.left)
        else out[key] = r.right
      }
      for (const key of Object.keys(optional)) {
        const d = optional[key]
        if (d === undefined) continue
        const p = own(u, key)
        if (p.tag === 'absent' || (p.tag === 'value' && p.value === undefined)) continue
        const r = decodeOwn(d, p, [...path, key])
        if (E.isLeft(r)) pushAll(issues, r.left)
        else out[key] = r.right
      }
      for (const key of Object.keys(u))
        if (!allowed.includes(key)) issues.push(issue('UNKNOWN_KEY', [...path, key], unknownKeyParams(key, allowed)))
      return issues.length === 0 ? E.right(out as StructOf<R, O>) : E.left(issues)
    },
  }
}

/** A literal string (the `kind` of a union member). */
export const literal = <T extends string>(value: T): Decoder<T> => oneOf([value])

/**
 * A union tagged by `kind`: the `kind` is checked first (missing, or not one of the members, is one issue at
 * `…/kind`), then the member's decoder reports the rest.
 *
 * `words` (since 0.3.0): for a member, the values that name a variety of it elsewhere in the input (a legal
 * representative's roles, the professions…). A `kind` that is one of them is not a typo: the issue suggests that
 * member (`"parent"` → `"legal-representative"`), never the kind it happens to be spelt like (`"patient"`). A word
 * listed under two members suggests neither.
 */
export const taggedUnion = <A>(
  expected: Expected,
  members: { readonly [kind: string]: Decoder<A> },
  words: { readonly [kind: string]: ReadonlyArray<string> } = {},
): Decoder<A> => {
  const kinds = Object.keys(members)
  const meant = new Map<string, string | undefined>()
  for (const kind of Object.keys(words))
    for (const w of words[kind] ?? []) meant.set(w, meant.has(w) && meant.get(w) !== kind ? undefined : kind)
  const kindDecoder: Decoder<string> = {
    expected: { oneOf: kinds },
    decode: (u, path) =>
      typeof u !== 'string'
        ? fail('INVALID_TYPE', path, { expected: { oneOf: kinds }, received: receivedOf(u) })
        : kinds.includes(u)
          ? E.right(u)
          : fail('INVALID_ENUM', path, enumParams(kinds, u, meant.get(u))),
  }
  return {
    expected,
    decode: (u, path) => {
      if (!isPlainObject(u)) return fail('INVALID_TYPE', path, { expected, received: receivedOf(u) })
      const p = own(u, 'kind')
      if (p.tag === 'absent') return fail('MISSING_KEY', [...path, 'kind'], { key: 'kind', expected: kindDecoder.expected })
      const k = decodeOwn(kindDecoder, p, [...path, 'kind'])
      if (E.isLeft(k)) return k
      const member = Object.prototype.hasOwnProperty.call(members, k.right) ? members[k.right] : undefined
      return member === undefined ? fail('INVALID_ENUM', [...path, 'kind'], enumParams(kinds, k.right)) : member.decode(u, path)
    },
  }
}

/** Adds checks across fields, run on the raw input even when decoding failed elsewhere (EVERY issue is reported). */
export const withChecks = <A>(
  d: Decoder<A>,
  checks: (u: unknown, path: Path, decoded: A | undefined) => ReadonlyArray<RawIssue>,
): Decoder<A> => ({
  expected: d.expected,
  decode: (u, path) => {
    const r = d.decode(u, path)
    // The checks get the decoded value when decoding succeeded, so that they need not decode its parts again.
    const extra = checks(u, path, E.isRight(r) ? r.right : undefined)
    if (extra.length === 0) return r
    return E.left(E.isLeft(r) ? r.left.concat(extra) : extra)
  },
})

/** A decoder with another description. */
export const describedAs = <A>(d: Decoder<A>, expected: Expected): Decoder<A> => ({ expected, decode: d.decode })
