// The answer of the library: allowed or denied, always with its reasons.
// After cedar's authorizer: a decision plus the rules that determined it; deny overrides grant; default deny.
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray'
import type { ReasonCode, Message } from '../messages/index.js'
import type { RuleId } from '../catalogue/ids.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Why: one rule that decided, with its legal basis and a message in French and English.
 *
 * @since 0.1.0
 */
export interface Reason {
  /** Stable SCREAMING_SNAKE code, e.g. `'MES_CLOSED'`. */
  readonly code: ReasonCode
  /** The rule id of the catalogue, e.g. `'R-STATUS-3'`. */
  readonly rule: RuleId
  /** Legal references, e.g. `['CSP L.1111-17 I al. 1', 'CSP R.1111-48']` (may be empty). */
  readonly basis: ReadonlyArray<string>
  readonly message: Message
}

/**
 * What an allowed actor must do next (inform the patient, declare the consent…).
 *
 * @since 0.1.0
 */
export interface Obligation {
  readonly code: ReasonCode
  readonly rule: RuleId
  readonly message: Message
}

/**
 * What would change a refusal (collect consent, authenticate with a CPS…).
 *
 * @since 0.1.0
 */
export interface Remedy {
  readonly code: ReasonCode
  readonly rule: RuleId
  readonly message: Message
}

/** @since 0.1.0 */
export interface Allowed {
  readonly allowed: true
  /** The rules that grant, sorted by rule id. */
  readonly reasons: ReadonlyNonEmptyArray<Reason>
  readonly obligations: ReadonlyArray<Obligation>
  /** The version of the authorisation matrix that decided, when the matrix (R-AUTH-7) is among the reasons (0.2.0). */
  readonly matrixVersion?: string
}

/** @since 0.1.0 */
export interface Denied {
  readonly allowed: false
  /** Every rule that denies (not only the first), sorted by rule id. */
  readonly reasons: ReadonlyNonEmptyArray<Reason>
  readonly remedies: ReadonlyArray<Remedy>
  /** The version of the authorisation matrix that decided, when the matrix (R-AUTH-7) is among the reasons (0.2.0). */
  readonly matrixVersion?: string
}

/**
 * The answer to a request.
 *
 * @since 0.1.0
 */
export type Decision = Allowed | Denied

// -------------------------------------------------------------------------------------
// guards and destructors
// -------------------------------------------------------------------------------------

/**
 * @example
 * import { buildRecord, decide, isAllowed } from 'dmp-rules'
 * const decision = decide({ action: 'consult', actor: { kind: 'patient' }, at: '2024-06-01', record: buildRecord({ patient: { birthDate: '1980-01-01' } }) })
 * isAllowed(decision) // true
 * if (isAllowed(decision)) decision.obligations // the type knows it: an allowed decision has obligations
 *
 * @since 0.1.0
 */
export const isAllowed = (d: Decision): d is Allowed => d.allowed === true

/** @since 0.1.0 */
export const isDenied = (d: Decision): d is Denied => d.allowed !== true

/**
 * Folds a decision.
 *
 * @example
 * import { buildRecord, decide, match } from 'dmp-rules'
 * const label = match(
 *   (denied) => `refused (${denied.reasons.map((r) => r.rule).join(', ')})`,
 *   () => 'allowed',
 * )
 * label(decide({ action: 'consult', actor: { kind: 'third-party', party: 'bank' }, at: '2024-06-01', record: buildRecord({ patient: { birthDate: '1980-01-01' } }) })) // 'refused (R-ACTOR-1)'
 *
 * @since 0.1.0
 */
export const match =
  <B>(onDenied: (d: Denied) => B, onAllowed: (a: Allowed) => B) =>
  (d: Decision): B =>
    isAllowed(d) ? onAllowed(d) : onDenied(d)

/**
 * The distinct rule ids that decided, in order.
 *
 * @since 0.1.0
 */
export const decidingRules = (d: Decision): ReadonlyArray<RuleId> => {
  const out: Array<RuleId> = []
  for (const r of d.reasons) if (!out.includes(r.rule)) out.push(r.rule)
  return out
}
