// Input integrity (A-7, R-FEED-1, R-AUTH-1, R-MINOR-3): what a request may not claim against its own record.
// Shared by the engine (which denies) and the codecs (which report an issue with its path), so both read the
// same facts the same way.
import { ageAt, compareDates, isIsoDate, type IsoDate } from './dates.js'
import { isBuilt } from './built.js'
import type { HealthDocument, HealthRecord } from './types.js'

// -------------------------------------------------------------------------------------
// documents (A-7, R-FEED-1)
// -------------------------------------------------------------------------------------

/**
 * The record's own copy of the document with this id (*the record is the source of truth*, A-7), or
 * `undefined` when the record holds none.
 *
 * @see A-7
 * @since 0.2.0
 */
export const recordCopyOf = (record: HealthRecord, id: string): HealthDocument | undefined => {
  const documents = record.documents
  if (documents.length >= INDEXED_FROM) {
    const index = indexOf(documents)
    if (index !== undefined) return index.get(id)
  }
  // An index loop: a for-of over a frozen array allocates its iterator.
  for (let i = 0; i < documents.length; i++) if ((documents[i] as HealthDocument).id === id) return documents[i]
  return undefined
}

/** Records of fewer documents are scanned: an index would cost more than it saves. */
const INDEXED_FROM = 16

// The documents of a record by id (the first of an id, as the scan finds it), built once per documents array THE
// LIBRARY BUILT (src/domain/built.ts: its elements, and theirs, can never change, nor answer two reads differently).
// Any other array (frozen by the caller or not) is scanned on every call.
const INDEXES = new WeakMap<ReadonlyArray<HealthDocument>, ReadonlyMap<string, HealthDocument>>()

const indexOf = (documents: ReadonlyArray<HealthDocument>): ReadonlyMap<string, HealthDocument> | undefined => {
  let index = INDEXES.get(documents)
  if (index === undefined) {
    if (!isBuilt(documents)) return undefined
    const byId = new Map<string, HealthDocument>()
    for (let i = 0; i < documents.length; i++) {
      const d = documents[i] as HealthDocument
      if (!byId.has(d.id)) byId.set(d.id, d)
    }
    index = byId
    INDEXES.set(documents, index)
  }
  return index
}

/** A path into a value, as object keys and array indices. @since 0.2.0 */
export type ValuePath = ReadonlyArray<string | number>

const isObjectLike = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null

/**
 * Where two data values differ: the paths of the leaves (or of the first differing subtree) that are not
 * equal, `[]` when they are equal. Keys are compared as own enumerable keys; a key holding `undefined`
 * counts as absent (as `exactOptionalPropertyTypes` and the codecs read it).
 *
 * INVARIANT: total on plain data (the domain types); it never throws and reads no prototype.
 *
 * @example
 * import { differences } from 'dmp-rules'
 * differences({ a: 1, b: { c: true } }, { a: 1, b: { c: false } }) // [['b', 'c']]
 *
 * @since 0.2.0
 */
export const differences = (a: unknown, b: unknown, at: ValuePath = []): ReadonlyArray<ValuePath> => {
  const out: Array<ValuePath> = []
  try {
    differencesInto(out, a, b, at, 0)
  } catch {
    // A value that cannot be read (a throwing getter, a revoked Proxy): it differs where it stands.
    out.push(at)
  }
  return out
}

/** Deeper than this, two values are reported as differing where they stand (a cycle never ends; data is shallow). */
const MAX_DIFFERENCE_DEPTH = 64

const differencesInto = (out: Array<ValuePath>, a: unknown, b: unknown, at: ValuePath, depth: number): void => {
  if (Object.is(a, b)) return
  if (!isObjectLike(a) || !isObjectLike(b) || Array.isArray(a) !== Array.isArray(b) || depth >= MAX_DIFFERENCE_DEPTH) {
    out.push(at)
    return
  }
  const keys = new Set<string>()
  for (const k of Object.keys(a)) if (a[k] !== undefined) keys.add(k)
  for (const k of Object.keys(b)) if (b[k] !== undefined) keys.add(k)
  for (const k of [...keys].sort()) {
    const key: string | number = Array.isArray(a) ? Number(k) : k
    differencesInto(out, a[k], b[k], [...at, key], depth + 1)
  }
}

/**
 * Is the request's copy of a document the same as the record's, field by field? Identity first, so
 * a request that passes the record's own object costs nothing.
 *
 * @since 0.2.0
 */
export const sameDocument = (claimed: HealthDocument, own: HealthDocument): boolean => {
  if (claimed === own) return true
  if (!isObjectLike(claimed) || !isObjectLike(own)) return sameData(claimed, own)
  // The common case without allocating: each key of the copy read once, in a for-in (keyed loads use the object's
  // enum cache: fast on copies made by spread, which each get a hidden class of their own), compared with the
  // record's; as many keys as the record's copy. Anything else (a key holding `undefined` or an object, another
  // key) goes to the general comparison, which reads own enumerable keys.
  const o = own as unknown as Readonly<Record<string, unknown>>
  // A class instance or a Proxy (its fields may be getters on its prototype, not enumerable): field by field, by name,
  // as the rules read a document.
  const prototype: unknown = Object.getPrototypeOf(claimed)
  if (prototype !== Object.prototype && prototype !== null) return sameByName(claimed as Readonly<Record<string, unknown>>, o)
  let n = 0
  for (const key in claimed) {
    const v: unknown = (claimed as Readonly<Record<string, unknown>>)[key]
    if (key === 'author') {
      if (!sameAuthor(v, o['author'])) return false
    } else if (v !== o[key]) return typeof v === 'object' && v !== null ? sameData(claimed, own) : false
    n++
  }
  return n === keyCount(own) || sameData(claimed, own)
}

const DOCUMENT_FIELDS = [
  'id',
  'typeCode',
  'addedOn',
  'maskedFromProfessionals',
  'invisibleToPatient',
  'hiddenFromLegalRepresentatives',
  'subcontractedBy',
] as const satisfies ReadonlyArray<Exclude<keyof HealthDocument, 'author'>>

const sameByName = (c: Readonly<Record<string, unknown>>, o: Readonly<Record<string, unknown>>): boolean => {
  for (const field of DOCUMENT_FIELDS) if (c[field] !== o[field]) return false
  const a = c['author']
  const b = o['author']
  if (a === b) return true
  if (!isObjectLike(a) || !isObjectLike(b)) return false
  return a['kind'] === b['kind'] && a['id'] === b['id'] && a['establishmentId'] === b['establishmentId']
}

const keyCount = (o: object): number => {
  let n = 0
  for (const _key in o) n++
  return n
}

const sameAuthor = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (!isObjectLike(a) || !isObjectLike(b)) return false
  let n = 0
  for (const key in a) {
    const v = a[key]
    if (v !== b[key]) return typeof v === 'object' && v !== null ? sameData(a, b) : false
    n++
  }
  return n === keyCount(b) || sameData(a, b)
}

/**
 * Are two data values equal as {@link differences} reads them (`differences(a, b)` is empty), without building
 * the list: own enumerable keys, a key holding `undefined` counts as absent, arrays are not objects.
 *
 * @since 0.2.0
 */
export const sameData = (a: unknown, b: unknown): boolean => sameDataAt(a, b, 0)

const sameDataAt = (a: unknown, b: unknown, depth: number): boolean => {
  if (Object.is(a, b)) return true
  if (!isObjectLike(a) || !isObjectLike(b) || Array.isArray(a) !== Array.isArray(b) || depth >= MAX_DIFFERENCE_DEPTH) return false
  let defined = 0
  for (const k of Object.keys(a)) {
    const v = a[k]
    if (v === undefined) continue
    defined++
    if (!sameDataAt(v, b[k], depth + 1)) return false
  }
  for (const k of Object.keys(b)) if (b[k] !== undefined) defined--
  return defined === 0
}

/**
 * Is a fed document dated the day of the request (R-FEED-1, rev. 2: `addedOn` = `at`)? A later `addedOn` would keep a
 * document invisible to the patient for longer than the law allows (R-INVIS-3), an earlier one would shorten it. An
 * impossible date is not the day of the request (fail closed). Its id must also be new: {@link recordCopyOf}.
 *
 * @see R-FEED-1, R-INVIS-3
 * @since 0.2.0
 */
export const addedOnRequestDay = (document: HealthDocument, at: IsoDate): boolean =>
  isIsoDate(document.addedOn) && isIsoDate(at) && compareDates(document.addedOn, at) === 0

// -------------------------------------------------------------------------------------
// the patient (R-MINOR-3)
// -------------------------------------------------------------------------------------

/**
 * The youngest age at which a minor may be emancipated (C. civ. 413-2: from 16).
 *
 * @see R-MINOR-3
 * @since 0.2.0
 */
export const EMANCIPATION_MIN_AGE = 16

/**
 * Does the record claim an emancipation the law does not allow at `at` (a child under 16 marked
 * `emancipated`, R-MINOR-3)? An impossible date counts as impossible emancipation (fail closed) when the flag
 * is set.
 *
 * @see R-MINOR-3 (C. civ. 413-2)
 * @since 0.2.0
 */
export const impossibleEmancipation = (record: HealthRecord, at: IsoDate): boolean => {
  if (record.patient.emancipated !== true) return false
  const age = ageAt(record.patient.birthDate, at)
  return age === undefined || age < EMANCIPATION_MIN_AGE
}
