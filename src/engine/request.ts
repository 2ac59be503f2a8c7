// The request as the engine reads it: each enumerable field read once, into one object of one fixed shape.
//
// A plain object (JSON's, a literal, a spread) is read by a for-in; any other object (a class instance, whose
// getters are on its prototype and not enumerable) field by field, by name, as the rules would read it.
//
// Why: callers build requests by spreading (`{ ...base, document }`), and on Node 20 (V8 11) a named property
// load from many distinct objects made by spread is ~20 times slower than from an object literal (measured:
// docs/performance.md). The rules read the request dozens of times per decision; reading it once, by a for-in
// (which walks the object's own enum cache, fast whatever its origin), into a literal makes every later read cheap.
// It also fixes what a decision depends on: the request's enumerable fields, read once per evaluation (as JSON
// and the codecs see a request) — a getter is called once, not once per rule (and once more when the engine
// matches the request against the ones it remembers, src/engine/memo.ts).
import { notApplicable, type Outcome } from '../decision/outcome.js'
import { isBuilt } from '../domain/built.js'
import { fullDocument, trustedDocument, trustedRequest } from '../domain/copy.js'
import { recordCopyOf } from '../domain/integrity.js'
import type { Action, HealthDocument, HealthRecord, Request } from '../domain/types.js'
import { claimedCopyOutcome } from '../rules/integrity.js'
import type { Plan } from './plan.js'

/** Every field of {@link Request}, present (maybe `undefined`) in one fixed order: one hidden class for all. @internal */
export type Canonical = { -readonly [K in keyof Request]-?: unknown }

/** A canonical request with every field `undefined`. @internal */
export const emptyCanonical = (): Canonical => ({
  action: undefined,
  actor: undefined,
  record: undefined,
  at: undefined,
  document: undefined,
  careTeam: undefined,
  participatesInCare: undefined,
  explicitConsent: undefined,
  patientOpposes: undefined,
  atPatientRequest: undefined,
  inPresenceOfDoctor: undefined,
  accessMode: undefined,
  api: undefined,
  carteVitaleRead: undefined,
  shareWith: undefined,
  representativeId: undefined,
  holderCannotExpressWill: undefined,
})

/** Every field of {@link Request}. */
const FIELDS: ReadonlyArray<keyof Canonical> = Object.keys(emptyCanonical()) as Array<keyof Canonical>

/**
 * Reads the request's fields into `target`, every other field of `target` set to `undefined`; unknown fields are
 * dropped (no rule reads them). A plain object (JSON's, a literal's, a spread's: its prototype is `Object.prototype`
 * or `null`) is read by a for-in over its enumerable properties, fast whatever made it; any other object (a class
 * instance, whose getters live on its prototype and are not enumerable) field by field, by name, as the rules used
 * to read it. @internal
 */
export const readRequest = (target: Canonical, request: object): void => {
  const prototype: unknown = Object.getPrototypeOf(request)
  if (prototype !== Object.prototype && prototype !== null) {
    // A rare path (the hot one is below): field by field, by name, as the rules would read it.
    const r = request as Readonly<Record<string, unknown>>
    for (const field of FIELDS) target[field] = r[field]
    return
  }
  target.action = undefined
  target.actor = undefined
  target.record = undefined
  target.at = undefined
  target.document = undefined
  target.careTeam = undefined
  target.participatesInCare = undefined
  target.explicitConsent = undefined
  target.patientOpposes = undefined
  target.atPatientRequest = undefined
  target.inPresenceOfDoctor = undefined
  target.accessMode = undefined
  target.api = undefined
  target.carteVitaleRead = undefined
  target.shareWith = undefined
  target.representativeId = undefined
  target.holderCannotExpressWill = undefined
  for (const key in request) {
    // Keyed loads inside a for-in use the object's enum cache: fast for objects made by spread too.
    const value: unknown = (request as Readonly<Record<string, unknown>>)[key]
    switch (key) {
      case 'action':
        target.action = value
        break
      case 'actor':
        target.actor = value
        break
      case 'record':
        target.record = value
        break
      case 'at':
        target.at = value
        break
      case 'document':
        target.document = value
        break
      case 'careTeam':
        target.careTeam = value
        break
      case 'participatesInCare':
        target.participatesInCare = value
        break
      case 'explicitConsent':
        target.explicitConsent = value
        break
      case 'patientOpposes':
        target.patientOpposes = value
        break
      case 'atPatientRequest':
        target.atPatientRequest = value
        break
      case 'inPresenceOfDoctor':
        target.inPresenceOfDoctor = value
        break
      case 'accessMode':
        target.accessMode = value
        break
      case 'api':
        target.api = value
        break
      case 'carteVitaleRead':
        target.carteVitaleRead = value
        break
      case 'shareWith':
        target.shareWith = value
        break
      case 'representativeId':
        target.representativeId = value
        break
      case 'holderCannotExpressWill':
        target.holderCannotExpressWill = value
        break
    }
  }
}

/**
 * The request's fields in one fixed shape ({@link readRequest}): a field the request lacks is `undefined`, which
 * every rule reads as absent. `action`, when given, replaces the request's (visibleDocuments). A value that is not
 * an object is returned as is (the engine denies it as before).
 *
 * INVARIANT: the rules never tell an absent field from one holding `undefined` (no `in`, no `Object.keys` on a
 * request), so the canonical request decides as the request itself.
 */
export const canonicalRequest = (request: Request, action?: Action): Request => {
  if (typeof request !== 'object' || request === null) return request
  const c = emptyCanonical()
  readRequest(c, request)
  if (action !== undefined) c.action = action
  return c as Request
}

// -------------------------------------------------------------------------------------
// reading the caller's input: the only place where the caller's code runs
// -------------------------------------------------------------------------------------

/**
 * Thrown by the reader when a read of the caller's input throws (a throwing getter, a revoked Proxy): the engine
 * answers A-6 UNREADABLE_INPUT. Any other exception caught by the engine is a library fault (A-9 INTERNAL_ERROR).
 * Module-private to the engine: no caller can throw one. @internal
 */
export class UnreadableInput extends Error {}

/**
 * The request as the rules read it: one fixed shape ({@link canonicalRequest}), its record, actor and document the
 * caller's when the library built them, else plain copies (src/domain/copy.ts). A value that is not an object is
 * returned as is. Throws {@link UnreadableInput} when a read throws. @internal
 */
export const readInput = (input: Request, action?: Action): Request => {
  try {
    const request = canonicalRequest(input, action)
    if (typeof request === 'object' && request !== null) trustedRequest(request as unknown as Record<string, unknown>)
    return request
  } catch {
    throw new UnreadableInput()
  }
}

/**
 * The claimed document's `id`, read once: by a keyed load inside a for-in when it is an enumerable key (the object's
 * enum cache: fast on the copies a caller makes by spread, each of a hidden class of its own), else by name.
 */
const idOf = (claimed: unknown): unknown => {
  if (typeof claimed !== 'object' || claimed === null) return undefined
  for (const key in claimed) if (key === 'id') return (claimed as Readonly<Record<string, unknown>>)[key]
  return (claimed as { readonly id?: unknown }).id
}

/**
 * The document the rules decide on: for a document action but `feed`, the record's copy of the claimed document
 * {@link claimedCopyOf} says whether the claimed copy differs or is absent); for `feed`, the claimed document
 * (a plain copy unless the library built it). `null`: the request carries no document. The claimed document
 * is read here and in {@link claimedCopyOf}, and nowhere else: once per call, before any document rule runs.
 * Throws {@link UnreadableInput} when a read throws. @internal
 */
export const documentOf = (plan: Plan, record: HealthRecord, claimed: unknown): HealthDocument | null | undefined => {
  if (claimed === undefined || claimed === null) return null
  try {
    if (plan.isFeed) return trustedDocument(claimed) as HealthDocument
    // A document of a copied record is read in full now (once: src/domain/copy.ts).
    return fullDocument(recordCopyOf(record, idOf(claimed) as string))
  } catch {
    throw new UnreadableInput()
  }
}

/**
 * A-7's outcome for the claimed document against the record's copy `own` ({@link documentOf}): NotApplicable for
 * `feed` or no document. Throws {@link UnreadableInput} when a read of the claimed document throws. @internal
 */
export const claimedCopyOf = (plan: Plan, claimed: unknown, own: HealthDocument | null | undefined): Outcome => {
  if (own === null || plan.isFeed) return notApplicable
  try {
    return claimedCopyOutcome(claimed as HealthDocument, own)
  } catch {
    throw new UnreadableInput()
  }
}

/** The record's documents, each of a copied record read in full now (src/domain/copy.ts). @internal */
export const fullDocuments = (documents: ReadonlyArray<HealthDocument>): ReadonlyArray<HealthDocument> => {
  if (isBuilt(documents)) return documents
  try {
    return documents.map(fullDocument)
  } catch {
    throw new UnreadableInput()
  }
}
