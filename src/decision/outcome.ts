// What one rule says about one request, before combining.
import type { Code } from '../messages/index.js'

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
  readonly code: Code
  readonly obligations: ReadonlyArray<Code>
}

/** The rule denies; each remedy says what would lift this denial. @since 0.1.0 */
export interface Deny {
  readonly _tag: 'Deny'
  readonly code: Code
  readonly remedies: ReadonlyArray<Code>
}

/**
 * The rule neither grants nor denies but attaches obligations to an allowance (e.g. R-CONSENT-4:
 * declare the consent on every allowed consultation).
 *
 * @since 0.1.0
 */
export interface Oblige {
  readonly _tag: 'Oblige'
  readonly obligations: ReadonlyArray<Code>
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

/** @since 0.1.0 */
export const grant = (code: Code, obligations: ReadonlyArray<Code> = []): Outcome => ({ _tag: 'Grant', code, obligations })

/** @since 0.1.0 */
export const deny = (code: Code, remedies: ReadonlyArray<Code> = []): Outcome => ({ _tag: 'Deny', code, remedies })

/** @since 0.1.0 */
export const oblige = (obligations: ReadonlyArray<Code>): Outcome => ({ _tag: 'Oblige', obligations })
