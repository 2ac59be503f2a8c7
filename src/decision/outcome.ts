// What one rule says about one request, before combining.
import type { ReasonCode } from '../messages/index.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** The rule does not speak to this request. @since 0.1.0 */
export interface NotApplicable {
  readonly _tag: 'NotApplicable'
}

/** The rule grants, and the actor must then honour these obligations. @since 0.1.0 */
export interface Grant {
  readonly _tag: 'Grant'
  readonly code: ReasonCode
  readonly obligations: ReadonlyArray<ReasonCode>
}

/** The rule denies; each remedy says what would lift this denial. @since 0.1.0 */
export interface Deny {
  readonly _tag: 'Deny'
  readonly code: ReasonCode
  readonly remedies: ReadonlyArray<ReasonCode>
}

/**
 * The rule neither grants nor denies but attaches obligations to an allowance (e.g. R-CONSENT-4:
 * declare the consent on every allowed consultation).
 *
 * @since 0.1.0
 */
export interface Oblige {
  readonly _tag: 'Oblige'
  readonly obligations: ReadonlyArray<ReasonCode>
}

/**
 * `NotApplicable | Grant | Deny | Oblige`.
 *
 * @since 0.1.0
 */
export type Outcome = NotApplicable | Grant | Deny | Oblige

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** @since 0.1.0 */
export const notApplicable: Outcome = Object.freeze({ _tag: 'NotApplicable' })

// INVARIANT: an outcome is a frozen constant, one object per distinct (kind, code, codes): `deny(c, rs)` called
// twice gives the same object, so a rule builds nothing per call (hoist the constant when the rule is hot) and
// the engine can key its memo of decisions on outcome identity (src/engine/). The table is bounded by the
// catalogue's codes; past {@link MAX_OUTCOMES} distinct outcomes (only a caller inventing codes gets there) a
// fresh frozen object is returned, equal by value.
const MAX_OUTCOMES = 4096
const OUTCOMES = new Map<string, Outcome>()

const interned = (key: string, make: () => Outcome): Outcome => {
  const known = OUTCOMES.get(key)
  if (known !== undefined) return known
  const made = make()
  if (OUTCOMES.size < MAX_OUTCOMES) OUTCOMES.set(key, made)
  return made
}

const keyOf = (tag: string, code: string, codes: ReadonlyArray<ReasonCode>): string => (codes.length === 0 ? `${tag} ${code}` : `${tag} ${code} ${codes.join(' ')}`)

/** @since 0.1.0 */
export const grant = (code: ReasonCode, obligations: ReadonlyArray<ReasonCode> = []): Outcome =>
  interned(keyOf('G', code, obligations), () => Object.freeze({ _tag: 'Grant', code, obligations: Object.freeze([...obligations]) }))

/** @since 0.1.0 */
export const deny = (code: ReasonCode, remedies: ReadonlyArray<ReasonCode> = []): Outcome =>
  interned(keyOf('D', code, remedies), () => Object.freeze({ _tag: 'Deny', code, remedies: Object.freeze([...remedies]) }))

/** @since 0.1.0 */
export const oblige = (obligations: ReadonlyArray<ReasonCode>): Outcome =>
  interned(keyOf('O', '', obligations), () => Object.freeze({ _tag: 'Oblige', obligations: Object.freeze([...obligations]) }))
