// An action's policy, split by scope once: what the engine's hot loops walk.
import { POLICIES, type Policy } from '../actions/index.js'
import { ACTIONS, DOCUMENT_ACTIONS, type Action } from '../domain/types.js'
import type { Rule } from '../rules/rule.js'
import { BASIS } from '../catalogue/basis.js'
import type { RuleId } from '../catalogue/ids.js'

/** A rule of one scope (the union member of {@link Rule}). */
export type RecordRule = Extract<Rule, { readonly scope: 'record' }>
export type DocumentRule = Extract<Rule, { readonly scope: 'document' }>

/** The rule id and basis a slot of a signature stands for. */
export interface SlotRule {
  readonly id: RuleId
  readonly basis: ReadonlyArray<string>
}

/**
 * An action's policy split by scope once, each rule with its SLOT (its position in the policy, which the memo's
 * signatures use), so that the hot loops walk only the rules they evaluate. The checks the engine applies itself
 * take the slots after the policy's rules: A-7 (`a7Slot`), A-6's missing document, A-8, A-6's malformed document.
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
  readonly missingSlot: number
  readonly notYetAddedSlot: number
  readonly malformedSlot: number
  /** The rule of every slot, the engine's included: what a signature's step combines as (src/engine/authorize.ts). */
  readonly slotRules: ReadonlyArray<SlotRule>
}

const engineRule = (id: RuleId): SlotRule => ({ id, basis: BASIS[id] })

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
    missingSlot: policy.rules.length + 1,
    notYetAddedSlot: policy.rules.length + 2,
    malformedSlot: policy.rules.length + 3,
    slotRules: [
      ...policy.rules.map((rule): SlotRule => ({ id: rule.id, basis: rule.basis })),
      engineRule('A-7'),
      engineRule('A-6'),
      engineRule('A-8'),
      engineRule('A-6'),
    ],
  }
}

/** The plan of every action; a value that is not an action has none. */
export const PLANS: ReadonlyMap<unknown, Plan> = new Map(ACTIONS.map((action) => [action, planOf(action)]))
export const VIEW_PLAN: Plan = planOf('view')

