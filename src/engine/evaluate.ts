// The evaluator: runs a plan's rules in policy order and walks the memo's trie by their outcomes. It combines
// nothing: the node it reaches names the signature, whose Decision src/engine/authorize.ts combines (once per
// distinct signature). Two modes, one function each: the record-level rules (`walkRecordRules`) and the document
// part (`walkDocumentPart`: the engine's own checks, then the document-scoped rules).
// INVARIANT: every rule is evaluated at most once per evaluation; rules are pure and total (src/rules/rule.ts), and
// read only values the library built or copied (src/domain/copy.ts): no caller code runs in here.
import { deny, notApplicable, type Outcome } from '../decision/outcome.js'
import { checkedDocument } from '../domain/copy.js'
import type { HealthDocument, Request } from '../domain/types.js'
import type { CompiledMatrix } from '../matrix/compile.js'
import type { DocumentContext, RecordContext, Rule } from '../rules/rule.js'
import { step, type MemoNode } from './memo.js'
import type { DocumentRule, Plan, RecordRule } from './plan.js'

/** The outcome of a record-scoped rule (allowedActions shares them between actions). @internal */
export type RecordOutcome = (rule: Rule & { readonly scope: 'record' }, ctx: RecordContext) => Outcome

/** A record-scoped rule's outcome, evaluated now. @internal */
export const evaluateRecordRule: RecordOutcome = (rule, ctx) => rule.evaluate(ctx)

/**
 * A record evaluator for several actions on one request (allowedActions): a record-scoped rule that did not read
 * `request.action` is evaluated once, its outcome reused by every later action whose policy holds the same rule
 * object; a rule that read it (R-ACTOR-7 and R-FEED-2 do) is evaluated again for each action.
 * INVARIANT: sound because rules are pure functions of their context (src/rules/rule.ts), and the only part of the
 * context that differs between the actions is `request.action`, read through a getter that records the read
 * (a spread or a destructuring of the request reads it too). The matrix and every other field are the same.
 * @internal
 */
export const sharedRecordEvaluator = (): RecordOutcome => {
  const shared = new Map<Rule, Outcome>()
  return (rule, ctx) => {
    const known = shared.get(rule)
    if (known !== undefined) return known
    const action = ctx.request.action
    let read = false
    const request: Request = {
      ...ctx.request,
      get action() {
        read = true
        return action
      },
    }
    const outcome = rule.evaluate({ request, matrix: ctx.matrix })
    if (!read) shared.set(rule, outcome)
    return outcome
  }
}

/** What the document part's rules see: the request and matrix, the document set before the document rules run. @internal */
export interface EvaluationContext {
  readonly request: Request
  readonly matrix: CompiledMatrix
  document: HealthDocument | undefined
}

/**
 * Evaluates the plan's record-scoped rules in policy order, walking the trie from `node` by each outcome other than
 * NotApplicable at the rule's slot. Returns the node reached. @internal
 */
export const walkRecordRules = (node: MemoNode, plan: Plan, ctx: RecordContext, recordOutcome: RecordOutcome): MemoNode => {
  const { recordRules: rules, recordSlots: slots } = plan
  for (let i = 0; i < rules.length; i++) {
    const outcome = recordOutcome(rules[i] as RecordRule, ctx)
    if (outcome !== notApplicable) node = step(node, slots[i] as number, outcome)
  }
  return node
}

/** The same for the plan's document-scoped rules, on one document. */
const walkDocumentRules = (node: MemoNode, plan: Plan, ctx: DocumentContext): MemoNode => {
  const { documentRules: rules, documentSlots: slots } = plan
  for (let i = 0; i < rules.length; i++) {
    const outcome = (rules[i] as DocumentRule).evaluate(ctx)
    if (outcome !== notApplicable) node = step(node, slots[i] as number, outcome)
  }
  return node
}

const DOCUMENT_MISSING: Outcome = deny('DOCUMENT_MISSING', ['FIX_THE_REQUEST'])
const DOCUMENT_MALFORMED: Outcome = deny('MALFORMED_REQUEST', ['FIX_THE_REQUEST'])
const DOCUMENT_NOT_YET_ADDED: Outcome = deny('DOCUMENT_NOT_YET_ADDED', [])

/**
 * a document of the record added after the decision date did not exist then (an audit asks about the past):
 * every action on it is denied. Dates `YYYY-MM-DD` compare as strings (no parse, no allocation; an impossible `at`
 * is denied by A-6 anyway); a date of another form proves nothing: denied (fail closed).
 */
const notYetAdded = (document: HealthDocument, at: string): boolean => {
  const addedOn: unknown = document.addedOn
  return typeof addedOn !== 'string' || addedOn.length !== 10 || at.length !== 10 || addedOn > at
}

/**
 * The document part of one evaluation (A-6's missing or malformed document, A-7, A-8, the document-scoped rules),
 * walking the trie on from `node` (the record-level rules' node). `document` and `a7` are src/engine/request.ts's
 * `documentOf` and `claimedCopyOf`; `context.document` is set here, before the document rules run. @internal
 */
export const walkDocumentPart = (
  node: MemoNode,
  plan: Plan,
  document: HealthDocument | null | undefined,
  a7: Outcome,
  context: EvaluationContext,
): MemoNode => {
  if (document === null) return step(node, plan.missingSlot, DOCUMENT_MISSING)
  if (a7 !== notApplicable) node = step(node, plan.a7Slot, a7)
  if (document === undefined) return node
  const record = context.request.record
  if (!checkedDocument(plan.isFeed ? undefined : record.documents, document)) return step(node, plan.malformedSlot, DOCUMENT_MALFORMED)
  if (!plan.isFeed && notYetAdded(document, context.request.at)) node = step(node, plan.notYetAddedSlot, DOCUMENT_NOT_YET_ADDED)
  context.document = document
  return walkDocumentRules(node, plan, context as DocumentContext)
}
