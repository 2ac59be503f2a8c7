// The request as the engine reads it: each enumerable field read once, into one object of one fixed shape.
//
// Why: callers build requests by spreading (`{ ...base, document }`), and on Node 20 (V8 11) a named property
// load from many distinct objects made by spread is ~20 times slower than from an object literal (measured:
// docs/performance.md). The rules read the request dozens of times per decision; reading it once, by a for-in
// (which walks the object's own enum cache, fast whatever its origin), into a literal makes every later read cheap.
// It also fixes what a decision depends on: the request's enumerable fields, each read once (as JSON and the
// codecs see a request) — a getter is called once, not once per rule.
import type { Action, Request } from './domain/types.js'

/** Every field of {@link Request}, present (maybe `undefined`) in one fixed order: one hidden class for all. */
type Canonical = { -readonly [K in keyof Request]-?: unknown }

/**
 * The request's enumerable fields (own or inherited, as the rules' reads see them) in one fixed shape; a field
 * the request lacks is `undefined`, which every rule reads as absent. Unknown fields are dropped (no rule reads
 * them). `action`, when given, replaces the request's (visibleDocuments). A value that is not an object is returned
 * as is (the engine denies it as before).
 *
 * INVARIANT: the rules never tell an absent field from one holding `undefined` (no `in`, no `Object.keys` on a
 * request), so the canonical request decides as the request itself.
 */
export const canonicalRequest = (request: Request, action?: Action): Request => {
  if (typeof request !== 'object' || request === null) return request
  const c: Canonical = {
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
  }
  for (const key in request) {
    // Keyed loads inside a for-in use the object's enum cache: fast for objects made by spread too.
    const value: unknown = (request as unknown as Readonly<Record<string, unknown>>)[key]
    switch (key) {
      case 'action':
        c.action = value
        break
      case 'actor':
        c.actor = value
        break
      case 'record':
        c.record = value
        break
      case 'at':
        c.at = value
        break
      case 'document':
        c.document = value
        break
      case 'careTeam':
        c.careTeam = value
        break
      case 'participatesInCare':
        c.participatesInCare = value
        break
      case 'explicitConsent':
        c.explicitConsent = value
        break
      case 'patientOpposes':
        c.patientOpposes = value
        break
      case 'atPatientRequest':
        c.atPatientRequest = value
        break
      case 'inPresenceOfDoctor':
        c.inPresenceOfDoctor = value
        break
      case 'accessMode':
        c.accessMode = value
        break
      case 'api':
        c.api = value
        break
      case 'carteVitaleRead':
        c.carteVitaleRead = value
        break
      case 'shareWith':
        c.shareWith = value
        break
      case 'representativeId':
        c.representativeId = value
        break
    }
  }
  if (action !== undefined) c.action = action
  return c as Request
}
