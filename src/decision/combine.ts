// Combining rule outcomes into one Decision.
// INVARIANT: deny overrides grant; no grant means a denial with an explicit reason; reasons, obligations
// and remedies are sorted by rule id then code, so the result never depends on rule order.
import type { ReasonCode } from '../messages/index.js'
import { reasonMessage } from '../messages/index.js'
import { BASIS } from '../catalogue/basis.js'
import { compareRuleIds, type RuleId } from '../catalogue/ids.js'
import type { Decision, Obligation, Reason, Remedy } from './decision.js'
import type { Outcome } from './outcome.js'

/**
 * One rule's outcome, with the rule's id and legal basis.
 *
 * @since 0.1.0
 */
export interface RuledOutcome {
  readonly rule: RuleId
  readonly basis: ReadonlyArray<string>
  readonly outcome: Outcome
}

const byRuleThenCode = (a: { rule: string; code: string }, b: { rule: string; code: string }): number =>
  compareRuleIds(a.rule, b.rule) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

const reasonOf = (rule: RuleId, basis: ReadonlyArray<string>, code: ReasonCode): Reason => Object.freeze({ code, rule, basis, message: reasonMessage(code) })

const noteOf = (rule: RuleId, code: ReasonCode): Obligation & Remedy => Object.freeze({ code, rule, message: reasonMessage(code) })

const has = (xs: ReadonlyArray<{ rule: string; code: string }>, rule: string, code: string): boolean => {
  for (const y of xs) if (y.rule === rule && y.code === code) return true
  return false
}

/** Rule and basis of the default denial when nothing grants (R-ACTOR-3: only listed actors may access). */
const DEFAULT_DENY_RULE: RuleId = 'R-ACTOR-3'
const DEFAULT_DENY_BASIS: ReadonlyArray<string> = BASIS[DEFAULT_DENY_RULE]

// -------------------------------------------------------------------------------------
// accumulating (internal: the engine combines once per distinct signature, src/engine/)
// -------------------------------------------------------------------------------------

/**
 * Outcomes combined so far: every distinct (rule, code) of each kind, in arrival order, not yet sorted.
 *
 * @since 0.1.0
 */
export interface Combined {
  // INVARIANT: at most one item per (rule, code) in each array; the first to arrive is kept.
  readonly denials: Array<Reason>
  readonly remedies: Array<Remedy>
  readonly grants: Array<Reason>
  readonly obligations: Array<Obligation>
}

/** Nothing combined yet. @since 0.1.0 */
export const emptyCombined = (): Combined => ({ denials: [], remedies: [], grants: [], obligations: [] })

/**
 * Folds one outcome into `into` (which it mutates: `into` belongs to the caller's current combination).
 * `NotApplicable` changes nothing; a (rule, code) already present is not added again.
 *
 * @since 0.1.0
 */
export const addOutcome = (into: Combined, rule: RuleId, basis: ReadonlyArray<string>, outcome: Outcome): void => {
  switch (outcome._tag) {
    case 'Deny':
      if (!has(into.denials, rule, outcome.code)) into.denials.push(reasonOf(rule, basis, outcome.code))
      for (const r of outcome.remedies) if (!has(into.remedies, rule, r)) into.remedies.push(noteOf(rule, r))
      break
    case 'Grant':
      if (!has(into.grants, rule, outcome.code)) into.grants.push(reasonOf(rule, basis, outcome.code))
      for (const o of outcome.obligations) if (!has(into.obligations, rule, o)) into.obligations.push(noteOf(rule, o))
      break
    case 'Oblige':
      for (const o of outcome.obligations) if (!has(into.obligations, rule, o)) into.obligations.push(noteOf(rule, o))
      break
    case 'NotApplicable':
      break
  }
}

/**
 * The Decision of what was combined: every denial if any; else every grant with its obligations; else
 * `NO_GRANTING_RULE`. Sorts the arrays of `c` in place and hands them to the Decision: `c` must not be used after.
 *
 * @since 0.1.0
 */
export const decisionOf = (c: Combined): Decision => {
  if (c.denials.length > 0) {
    c.denials.sort(byRuleThenCode)
    c.remedies.sort(byRuleThenCode)
    return { allowed: false, reasons: c.denials as unknown as Decision['reasons'], remedies: c.remedies }
  }
  if (c.grants.length > 0) {
    c.grants.sort(byRuleThenCode)
    c.obligations.sort(byRuleThenCode)
    return { allowed: true, reasons: c.grants as unknown as Decision['reasons'], obligations: c.obligations }
  }
  return {
    allowed: false,
    reasons: [reasonOf(DEFAULT_DENY_RULE, DEFAULT_DENY_BASIS, 'NO_GRANTING_RULE')],
    remedies: [],
  }
}

// -------------------------------------------------------------------------------------
// combining
// -------------------------------------------------------------------------------------

/**
 * Combines outcomes: every denying rule if any denies; otherwise every granting rule with the
 * obligations of the grants and of the `Oblige` outcomes; otherwise a denial `NO_GRANTING_RULE`.
 *
 * @since 0.1.0
 */
export const combine = (outcomes: ReadonlyArray<RuledOutcome>): Decision => {
  const c = emptyCombined()
  for (const { rule, basis, outcome } of outcomes) addOutcome(c, rule, basis, outcome)
  return decisionOf(c)
}

/**
 * A denial with one reason, for the engine's own refusals (unknown action, missing document…).
 *
 * @since 0.1.0
 */
export const denyWith = (rule: RuleId, basis: ReadonlyArray<string>, code: ReasonCode, remedies: ReadonlyArray<ReasonCode> = []): Decision =>
  combine([{ rule, basis, outcome: { _tag: 'Deny', code, remedies } }])
