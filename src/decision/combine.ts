// Combining rule outcomes into one Decision.
// INVARIANT: deny overrides grant; no grant means a denial with an explicit reason; reasons, obligations
// and remedies are sorted by rule id then code, so the result never depends on rule order.
import type { Code } from '../messages/index.js'
import { messageOf } from '../messages/index.js'
import { compareRuleIds, type RuleId } from '../rules/ids.js'
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

const reasonOf = (rule: RuleId, basis: ReadonlyArray<string>, code: Code): Reason => ({
  code,
  rule,
  basis,
  message: messageOf(code),
})

const noteOf = (rule: RuleId, code: Code): Obligation & Remedy => ({ code, rule, message: messageOf(code) })

const pushUnique = <A extends { rule: string; code: string }>(xs: Array<A>, x: A): void => {
  for (const y of xs) if (y.rule === x.rule && y.code === x.code) return
  xs.push(x)
}

/** Rule and basis of the default denial when nothing grants (R-ACTOR-3: only listed actors may access). */
const DEFAULT_DENY_RULE: RuleId = 'R-ACTOR-3'
const DEFAULT_DENY_BASIS: ReadonlyArray<string> = ['CSP L.1111-15']

/**
 * Combines outcomes: every denying rule if any denies; otherwise every granting rule with the
 * obligations of the grants and of the `Oblige` outcomes; otherwise a denial `NO_GRANTING_RULE`.
 *
 * @since 0.1.0
 */
export const combine = (outcomes: ReadonlyArray<RuledOutcome>): Decision => {
  const denials: Array<Reason> = []
  const remedies: Array<Remedy> = []
  const grants: Array<Reason> = []
  const obligations: Array<Obligation> = []
  for (const { rule, basis, outcome } of outcomes) {
    switch (outcome._tag) {
      case 'Deny':
        pushUnique(denials, reasonOf(rule, basis, outcome.code))
        for (const r of outcome.remedies) pushUnique(remedies, noteOf(rule, r))
        break
      case 'Grant':
        pushUnique(grants, reasonOf(rule, basis, outcome.code))
        for (const o of outcome.obligations) pushUnique(obligations, noteOf(rule, o))
        break
      case 'Oblige':
        for (const o of outcome.obligations) pushUnique(obligations, noteOf(rule, o))
        break
      case 'NotApplicable':
        break
    }
  }
  const [firstDenial] = denials
  if (firstDenial !== undefined) {
    denials.sort(byRuleThenCode)
    remedies.sort(byRuleThenCode)
    return { allowed: false, reasons: denials as unknown as Decision['reasons'], remedies }
  }
  const [firstGrant] = grants
  if (firstGrant !== undefined) {
    grants.sort(byRuleThenCode)
    obligations.sort(byRuleThenCode)
    return { allowed: true, reasons: grants as unknown as Decision['reasons'], obligations }
  }
  return {
    allowed: false,
    reasons: [reasonOf(DEFAULT_DENY_RULE, DEFAULT_DENY_BASIS, 'NO_GRANTING_RULE')],
    remedies: [],
  }
}

/**
 * A denial with one reason, for the engine's own refusals (unknown action, missing document…).
 *
 * @since 0.1.0
 */
export const denyWith = (rule: RuleId, basis: ReadonlyArray<string>, code: Code, remedies: ReadonlyArray<Code> = []): Decision =>
  combine([{ rule, basis, outcome: { _tag: 'Deny', code, remedies } }])
