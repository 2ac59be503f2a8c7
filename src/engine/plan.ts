// An action's policy, split by scope once: what the engine's hot loops walk.
import { POLICIES, type Policy } from '../actions/index.js'
import { ACTIONS, DOCUMENT_ACTIONS, type Action } from '../domain/types.js'
import type { Rule } from '../rules/rule.js'

/** A rule of one scope (the union member of {@link Rule}). */
export type RecordRule = Extract<Rule, { readonly scope: 'record' }>
export type DocumentRule = Extract<Rule, { readonly scope: 'document' }>

/**
 * An action's policy split by scope once, each rule with its SLOT (its position in the policy, which the memo's
 * signatures use), so that the hot loops walk only the rules they evaluate. A-7 and A-6's missing document take the
 * two slots after the policy's rules.
 */
export interface Plan {
  readonly policy: Policy
  readonly isDocumentAction: boolean
  readonly isFeed: boolean
  readonly recordRules: ReadonlyArray<RecordRule>
  readonly recordSlots: ReadonlyArray<number>
  readonly documentRules: ReadonlyArray<DocumentRule>
  readonly documentSlots: ReadonlyArray<number>
  readonly a7Slot: number
}

const DOCUMENT_ACTION_SET: ReadonlySet<Action> = new Set(DOCUMENT_ACTIONS)

const planOf = (action: Action): Plan => {
  const policy = POLICIES[action]
  const recordRules: Array<RecordRule> = []
  const recordSlots: Array<number> = []
  const documentRules: Array<DocumentRule> = []
  const documentSlots: Array<number> = []
  policy.rules.forEach((rule, slot) => {
    if (rule.scope === 'record') {
      recordRules.push(rule)
      recordSlots.push(slot)
    } else {
      documentRules.push(rule)
      documentSlots.push(slot)
    }
  })
  return {
    policy,
    isDocumentAction: DOCUMENT_ACTION_SET.has(action),
    isFeed: action === 'feed',
    recordRules,
    recordSlots,
    documentRules,
    documentSlots,
    a7Slot: policy.rules.length,
  }
}

/** The plan of every action; a value that is not an action has none. */
export const PLANS: ReadonlyMap<unknown, Plan> = new Map(ACTIONS.map((action) => [action, planOf(action)]))
export const VIEW_PLAN: Plan = planOf('view')

