// What both readers share: times to a Paris day, the confidentiality codes' issues, the author agreement rule, and
// the final assembly (duplicate ids rejected, documents built and frozen by `buildDocument`).
import type { IsoDate } from '../domain/dates.js'
import { isIsoDate } from '../domain/dates.js'
import { buildDocument, type DocumentAuthorInput, type DocumentInput } from '../domain/build.js'
import { isoDateInParis } from '../domain/calendar.js'
import type { InteropIssue } from '../interop/issues.js'
import { readIssue, type ReadIssue, type ReadIssueCode, type ReadResult, type RejectedEntry, type SkippedEntry, type SkipReason } from './issues.js'

// -------------------------------------------------------------------------------------
// entries
// -------------------------------------------------------------------------------------

/** @internal What a reader found for one entry, before the duplicate-id check. */
export type Outcome =
  | { readonly kind: 'read'; readonly entryUUID: string; readonly path: string; readonly input: DocumentInput }
  | { readonly kind: 'rejected'; readonly entry: RejectedEntry }
  | { readonly kind: 'skipped'; readonly entry: SkippedEntry }

/** @internal */
export const rejected = (entryUUID: string, id: string | undefined, path: string, issues: ReadonlyArray<ReadIssue>): Outcome => {
  const [first, ...rest] = issues
  // INVARIANT: callers reject with at least one issue; an empty list still rejects, with a generic issue.
  const all: readonly [ReadIssue, ...Array<ReadIssue>] = first === undefined ? [readIssue('INVALID_STRUCTURE', path)] : [first, ...rest]
  return { kind: 'rejected', entry: id === undefined ? { entryUUID, path, issues: all } : { entryUUID, id, path, issues: all } }
}

/** @internal */
export const skipped = (entryUUID: string, id: string | undefined, path: string, reason: SkipReason): Outcome => ({
  kind: 'skipped',
  entry: id === undefined ? { entryUUID, path, reason } : { entryUUID, id, path, reason },
})

/**
 * @internal Two current entries with one document id are both rejected (DUPLICATE_ID): a record holds one document
 * per id, and which entry's flags are the record's cannot be told. The others are built by `buildDocument`.
 */
export const assemble = (outcomes: ReadonlyArray<Outcome>): ReadResult => {
  const count = new Map<string, number>()
  for (const o of outcomes) if (o.kind === 'read') count.set(o.input.id, (count.get(o.input.id) ?? 0) + 1)
  const documents = []
  const rejectedEntries: Array<RejectedEntry> = []
  const skippedEntries: Array<SkippedEntry> = []
  for (const o of outcomes) {
    if (o.kind === 'rejected') rejectedEntries.push(o.entry)
    else if (o.kind === 'skipped') skippedEntries.push(o.entry)
    else if ((count.get(o.input.id) ?? 0) > 1)
      rejectedEntries.push({ entryUUID: o.entryUUID, id: o.input.id, path: o.path, issues: [readIssue('DUPLICATE_ID', o.path, JSON.stringify(o.input.id))] })
    else documents.push(buildDocument(o.input))
  }
  return { documents, rejected: rejectedEntries, skipped: skippedEntries }
}

// -------------------------------------------------------------------------------------
// times
// -------------------------------------------------------------------------------------

/** @internal A time read to its Paris day, or the issue code saying why not. */
export type DayReading = { readonly ok: true; readonly day: IsoDate; readonly instant: string } | { readonly ok: false; readonly code: ReadIssueCode }

const dayOf = (iso: string, date: string): DayReading => {
  if (!isIsoDate(date)) return { ok: false, code: 'INVALID_TIME' }
  const day = isoDateInParis(iso)
  return day === undefined ? { ok: false, code: 'INVALID_TIME' } : { ok: true, day, instant: new Date(iso).toISOString() }
}

/**
 * @internal An HL7 v2 DTM of XDS (`YYYY[MM[DD[hh[mm[ss]]]]]`, UTC, optionally `±ZZZZ`) → its Paris day. Precise to the
 * hour at least (the Paris offset is whole hours, so the day of every minute of an hour is the same); a day alone
 * (`20250630`) is a UTC day that straddles two Paris days: IMPRECISE_TIME, never shifted by a guess.
 */
export const dayOfDtm = (dtm: string): DayReading => {
  const m = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d{1,4})?([+-]\d{4})?$/.exec(dtm.trim())
  if (m === null) return { ok: false, code: 'INVALID_TIME' }
  const [, y, mo, d, h, mi, s, zone] = m
  if (mo === undefined || d === undefined || h === undefined) return { ok: false, code: 'IMPRECISE_TIME' }
  const offset = zone === undefined ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`
  const date = `${y}-${mo}-${d}`
  if (Number(h) > 23 || Number(mi ?? '0') > 59 || Number(s ?? '0') > 59) return { ok: false, code: 'INVALID_TIME' }
  return dayOf(`${date}T${h}:${mi ?? '00'}:${s ?? '00'}${offset}`, date)
}

/**
 * @internal A FHIR `instant` or `dateTime` → its Paris day. A `dateTime` without a time (`2025-06-30`, `2025`) or
 * without an offset is IMPRECISE_TIME (FHIR: a time must have an offset, a date alone has no zone).
 */
export const dayOfFhirDateTime = (value: string): DayReading => {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return { ok: false, code: 'IMPRECISE_TIME' }
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value)
  if (m === null) return { ok: false, code: 'INVALID_TIME' }
  if (m[6] === undefined) return { ok: false, code: 'IMPRECISE_TIME' }
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number((m[4] ?? ':00').slice(1, 3)) > 59) return { ok: false, code: 'INVALID_TIME' }
  return dayOf(value, m[1] as string)
}

// -------------------------------------------------------------------------------------
// confidentiality
// -------------------------------------------------------------------------------------

const CONFIDENTIALITY_CODES: { readonly [K in InteropIssue['code']]?: ReadIssueCode } = {
  UNKNOWN_CODE: 'UNKNOWN_CONFIDENTIALITY_CODE',
  UNKNOWN_CODE_SYSTEM: 'UNKNOWN_CONFIDENTIALITY_SYSTEM',
  UNSUPPORTED_CODE: 'UNSUPPORTED_CONFIDENTIALITY_CODE',
  MISSING_NORMAL: 'MISSING_NORMAL',
}

/**
 * @internal The issues of `fromXdsConfidentialityCodes` (`/i` or `/i/codeSystem` of the list it was given) as
 * reader issues at the path of the i-th code in the input, with the code found.
 */
export const confidentialityIssue = (i: InteropIssue, pathOf: (index: number) => string, whole: string, found: (index: number) => string): ReadIssue => {
  const m = /^\/(\d+)/.exec(i.path)
  const index = m === null ? undefined : Number(m[1])
  const code = CONFIDENTIALITY_CODES[i.code] ?? 'UNKNOWN_CONFIDENTIALITY_CODE'
  return index === undefined ? readIssue(code, whole) : readIssue(code, pathOf(index), found(index))
}

// -------------------------------------------------------------------------------------
// authors
// -------------------------------------------------------------------------------------

const authorKey = (a: DocumentAuthorInput): string =>
  a.kind === 'professional' ? `professional ${a.id} ${a.establishmentId ?? ''}` : a.kind === 'patient' ? 'patient' : `legal-representative ${a.id}`

/** @internal What an entry's author list reads to, one author per item. */
export type AuthorReading = { readonly ok: true; readonly author: DocumentAuthorInput } | { readonly ok: false; readonly issues: ReadonlyArray<ReadIssue> }

/**
 * @internal The rule for several authors (XDS author classifications, FHIR `author[]`), fail closed: every author
 * must be read, and all must be one and the same (same kind, id and establishment); otherwise the entry is
 * rejected (CONFLICTING_AUTHORS), since author-only rights (R-MASK-2, R-FEED-1, R-DEL-1, R-DEL-2) would follow a pick.
 */
export const oneAuthor = (readings: ReadonlyArray<AuthorReading>, path: string): AuthorReading => {
  if (readings.length === 0) return { ok: false, issues: [readIssue('MISSING_AUTHOR', path)] }
  const issues = readings.flatMap((r) => (r.ok ? [] : r.issues))
  if (issues.length > 0) return { ok: false, issues }
  const authors = readings.flatMap((r) => (r.ok ? [r.author] : []))
  const keys = [...new Set(authors.map(authorKey))]
  const first = authors[0]
  if (keys.length !== 1 || first === undefined) return { ok: false, issues: [readIssue('CONFLICTING_AUTHORS', path, keys.join(' | '))] }
  return { ok: true, author: first }
}
