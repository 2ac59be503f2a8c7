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
import type { Action, Request } from '../domain/types.js'

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
