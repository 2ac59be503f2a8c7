// The wording of decoding issues (English, for developers). Every message says what was expected and what
// was found. Kept in one file so that wording changes (or a second language) touch no decoding logic.

// -------------------------------------------------------------------------------------
// describing values
// -------------------------------------------------------------------------------------

const MAX_SHOWN = 60

/**
 * A short, safe description of any value, as found in the input: strings quoted (and cut when long),
 * numbers and booleans as written, containers by kind.
 *
 * INVARIANT: total; reads no property of objects (a getter is never run).
 */
export const describe = (u: unknown): string => {
  switch (typeof u) {
    case 'string': {
      const s = JSON.stringify(u)
      return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 4)}…" (a string of ${u.length} characters)` : s
    }
    case 'number':
      return Number.isFinite(u) ? (Object.is(u, -0) ? '-0' : String(u)) : `${String(u)} (a number)`
    case 'boolean':
      return String(u)
    case 'bigint':
      return `${String(u)}n (a bigint)`
    case 'undefined':
      return 'undefined'
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    case 'object':
      if (u === null) return 'null'
      if (Array.isArray(u)) return u.length === 0 ? 'an empty array' : `an array of ${u.length} item${u.length === 1 ? '' : 's'}`
      return isPlain(u) ? 'an object' : 'an object that is not a plain object'
  }
}

const isPlain = (u: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

const quote = (s: string): string => JSON.stringify(s)

/** `"a", "b", "c"`. */
export const quoteAll = (xs: ReadonlyArray<string>): string => xs.map(quote).join(', ')

// -------------------------------------------------------------------------------------
// suggestions
// -------------------------------------------------------------------------------------

const distance = (a: string, b: string): number => {
  // Levenshtein distance, O(|a|·|b|) on short strings (keys and enum values).
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub))
    }
    prev = cur
  }
  return prev[b.length] ?? Math.max(a.length, b.length)
}

/** The allowed word closest to a typo (same word in another case, or at most 2 edits away), if any. */
export const suggest = (found: string, allowed: ReadonlyArray<string>): string | undefined => {
  if (found.length > 64) return undefined
  const lower = found.toLowerCase()
  const sameCase = allowed.find((a) => a.toLowerCase() === lower)
  if (sameCase !== undefined) return sameCase
  let best: string | undefined
  let bestD = 3
  for (const a of allowed) {
    if (Math.abs(a.length - lower.length) >= bestD) continue // the distance is at least the difference in length
    const d = distance(lower, a.toLowerCase())
    if (d < bestD) {
      best = a
      bestD = d
    }
  }
  return best
}

const didYouMean = (found: string, allowed: ReadonlyArray<string>): string => {
  const s = suggest(found, allowed)
  return s === undefined ? '' : ` (did you mean ${quote(s)}?)`
}

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

/** Messages of every issue code, by code. */
export const MESSAGES = {
  INVALID_TYPE: (expected: string, found: unknown): string => `expected ${expected}, got ${describe(found)}`,
  ACCESSOR: (expected: string): string =>
    `expected ${expected} as a plain data property, got a getter/setter (decoding never runs accessors)`,
  EMPTY_STRING: (expected: string): string => `expected ${expected}, got an empty string ""`,
  INVALID_ENUM: (allowed: ReadonlyArray<string>, found: unknown): string =>
    `expected one of ${quoteAll(allowed)}, got ${describe(found)}${typeof found === 'string' ? didYouMean(found, allowed) : ''}`,
  INVALID_DATE: (found: unknown): string =>
    `expected an ISO date YYYY-MM-DD that exists, got ${describe(found)}`,
  MISSING_KEY: (key: string, expected: string): string => `expected key ${quote(key)} holding ${expected}, got no such key`,
  UNKNOWN_KEY: (key: string, allowed: ReadonlyArray<string>): string =>
    `expected only the keys ${quoteAll(allowed)}, got unknown key ${quote(key)}${didYouMean(key, allowed)}`,
  DUPLICATE_DOCUMENT_ID: (id: string, firstAt: string): string =>
    `expected unique document ids, got ${quote(id)} again (first used at ${firstAt})`,
  DUPLICATE_REPRESENTATIVE_ID: (id: string, firstAt: string): string =>
    `expected unique legal representative ids, got ${quote(id)} again (first used at ${firstAt})`,
  UNLISTED_REPRESENTATIVE: (id: string, listed: ReadonlyArray<string>): string =>
    `expected the id of a legal representative listed in /record/legalRepresentatives (${
      listed.length === 0 ? 'none is listed' : quoteAll(listed)
    }), got ${quote(id)}`,
  MISSING_DOCUMENT: (action: string): string =>
    `expected key "document" holding the document that action ${quote(action)} acts on, got no such key`,
  DOCUMENT_NOT_IN_RECORD: (action: string, id: string): string =>
    `expected the id of a document of /record/documents (action ${quote(action)} acts on the record's copy, A-7), got ${quote(id)}, which the record does not hold`,
  DOCUMENT_DIFFERS_FROM_RECORD: (recordPath: string, found: unknown): string =>
    `expected the record's copy of the document, as at ${recordPath} (the record is the source of truth, A-7), got ${describe(found)}`,
  FED_DOCUMENT_ID_EXISTS: (id: string, recordPath: string): string =>
    `expected a new document id (a fed document is new, R-FEED-1), got ${quote(id)}, already used at ${recordPath}`,
  FED_DOCUMENT_NOT_ADDED_AT: (at: string, found: string): string =>
    `expected the date of the request ${quote(at)} (/at): a fed document is added on that day (R-FEED-1), got ${quote(found)}`,
  INDIRECT_WITHOUT_ESTABLISHMENT: (): string =>
    `expected key "establishmentId" holding the FINESS or SIRET of the establishment (indirect authentication is bound to it, R-AUTH-1), got no such key`,
  EMANCIPATED_UNDER_16: (age: number, at: string): string =>
    `expected false (emancipation exists only from 16, C. civ. 413-2, R-MINOR-3, and the patient is ${age} at ${quote(at)}), got true`,
  PROTECTION_MEASURE_MISSING: (): string =>
    `expected key "protection" holding the measure of this protected adult, e.g. { "measure": "tutelle", "representationOfPerson": true } (since 0.2.0 the measure says who decides, R-MINOR-8), got no such key`,
  PROTECTION_WITHOUT_PROTECTED_ADULT: (): string =>
    `expected true, as the patient has a protection measure (/record/patient/protection), got false`,
  AT_BEFORE_BIRTH: (at: string, birthDate: string): string =>
    `expected a date on or after the patient's birth date ${quote(birthDate)} (/record/patient/birthDate), got ${quote(at)}`,
} as const
