// The authorizer: one request on one compiled matrix → one Decision. Finds the remembered record-level stage or
// evaluates the record-level rules (src/engine/evaluate.ts), then the document part, and names the Decision of the
// signature reached — combined once per distinct signature, from the signature itself (`decisionAt`), with the
// matrix's version when the matrix speaks.
// INVARIANT: total — never throws on a value of the declared types; anything unknown denies. An exception raised
// while the caller's input is read (src/engine/request.ts: `UnreadableInput`) denies with A-6 UNREADABLE_INPUT; any
// other exception is the library's own fault and denies with A-9 INTERNAL_ERROR (fail closed, never the caller's).
import { addOutcome, decisionOf, denyWith, emptyCombined } from '../decision/combine.js'
import type { Decision } from '../decision/decision.js'
import { notApplicable, type Outcome } from '../decision/outcome.js'
import { BASIS } from '../catalogue/basis.js'
import { isBuilt } from '../domain/built.js'
import { validRequest } from '../domain/copy.js'
import type { Request } from '../domain/types.js'
import { compileMatrix, type CompiledMatrix } from '../matrix/compile.js'
import { DEFAULT_MATRIX } from '../matrix/default.js'
import type { AuthorizationMatrix } from '../matrix/types.js'
import { walkDocumentPart, walkRecordRules, type EvaluationContext, type RecordOutcome } from './evaluate.js'
import { findStage, memoRoot, rememberDecision, rememberStage, type MemoNode } from './memo.js'
import { PLANS, type Plan, type SlotRule } from './plan.js'
import { claimedCopyOf, documentOf, readInput, UnreadableInput } from './request.js'

/** A Decision made once and shared: frozen with its arrays. @internal */
export const frozen = (d: Decision): Decision => {
  Object.freeze(d.reasons)
  Object.freeze(d.allowed ? d.obligations : d.remedies)
  return Object.freeze(d)
}

/** @internal */
export const UNKNOWN_ACTION: Decision = frozen(denyWith('R-ACTOR-3', BASIS['R-ACTOR-3'], 'UNKNOWN_ACTION', ['FIX_THE_REQUEST']))
/** @internal */
export const MALFORMED: Decision = frozen(denyWith('A-6', BASIS['A-6'], 'MALFORMED_REQUEST', ['FIX_THE_REQUEST']))
/** A read of the caller's input threw (a throwing getter, a revoked Proxy): A-6. @internal */
export const UNREADABLE: Decision = frozen(denyWith('A-6', BASIS['A-6'], 'UNREADABLE_INPUT', ['FIX_THE_REQUEST']))
/** The library failed after the input was read (a bug of its own): A-9, no remedy the caller could apply. @internal */
export const INTERNAL: Decision = frozen(denyWith('A-9', BASIS['A-9'], 'INTERNAL_ERROR', []))

/** The denial of an exception the engine caught: A-6 when the caller's input could not be read, else A-9. @internal */
export const failureOf = (e: unknown): Decision => (e instanceof UnreadableInput ? UNREADABLE : INTERNAL)

// -------------------------------------------------------------------------------------
// the matrix
// -------------------------------------------------------------------------------------

/**
 * The matrix compiled: the bundled one by default (src/matrix/compile.ts trusts only built matrices). Reading a
 * caller's matrix may throw: the caller (src/engine/api.ts) denies with A-6. @internal
 */
export const matrixOf = (given: AuthorizationMatrix | undefined): CompiledMatrix => {
  const matrix = given ?? DEFAULT_MATRIX
  // The last built matrix, known by identity (it cannot change): a repeated call does no lookup.
  if (matrix === lastMatrix) return lastCompiled
  const compiled = compileMatrix(matrix)
  if (isBuilt(matrix)) {
    lastMatrix = matrix
    lastCompiled = compiled
  }
  return compiled
}
let lastMatrix: AuthorizationMatrix = DEFAULT_MATRIX
let lastCompiled: CompiledMatrix = compileMatrix(DEFAULT_MATRIX)

/**
 * A decision in which the matrix (R-AUTH-7) speaks names the matrix's version (`matrixVersion`): which edition of
 * the matrix decided is part of "why". Applied once per signature (the memo holds the named Decision).
 */
const withMatrixVersion = (decision: Decision, matrix: CompiledMatrix): Decision =>
  decision.reasons.some((r) => r.rule === 'R-AUTH-7') ? { ...decision, matrixVersion: matrix.version } : decision

// -------------------------------------------------------------------------------------
// combining a signature
// -------------------------------------------------------------------------------------

/**
 * The Decision of the signature `leaf` names (src/engine/memo.ts): the one remembered in the leaf, else combined
 * now from the steps that led to it, in evaluation order (each step's slot names its rule id and basis:
 * `plan.slotRules`), named with the matrix's version, frozen, and kept in the leaf when the memo keeps it.
 * No rule is evaluated again: the outcomes are the steps'. @internal
 */
export const decisionAt = (leaf: MemoNode, plan: Plan, matrix: CompiledMatrix): Decision => {
  const known = leaf.decision
  if (known !== undefined) return known
  const path: Array<MemoNode> = []
  for (let node: MemoNode = leaf; node.parent !== undefined; node = node.parent) path.push(node)
  const combined = emptyCombined()
  for (let i = path.length - 1; i >= 0; i--) {
    // Every step has a slot of its plan and an outcome (only a root, never on the path, has neither).
    const { slot, outcome } = path[i] as MemoNode
    const rule = plan.slotRules[slot] as SlotRule
    addOutcome(combined, rule.id, rule.basis, outcome as Outcome)
  }
  const decision = frozen(withMatrixVersion(decisionOf(combined), matrix))
  if (leaf.kept) leaf.decision = decision
  return decision
}

// -------------------------------------------------------------------------------------
// one request
// -------------------------------------------------------------------------------------

/**
 * The node of a valid canonical request's record-level rules: evaluated from the trie's root, and remembered as a
 * stage when the library built the request's record and actor (src/engine/memo.ts). @internal
 */
export const recordNodeOf = (plan: Plan, matrix: CompiledMatrix, context: EvaluationContext, recordOutcome: RecordOutcome): MemoNode => {
  const node = walkRecordRules(memoRoot(matrix, plan.policy), plan, context, recordOutcome)
  rememberStage(plan, matrix, context.request, node)
  return node
}

/**
 * Decides one request on a compiled matrix. Throws: {@link UnreadableInput} when a read of the caller's input
 * throws, anything else on a library fault ({@link failureOf} names the denial). @internal
 */
export const authorize = (input: Request, matrix: CompiledMatrix, recordOutcome: RecordOutcome): Decision => {
  // A request like one decided before on the same built record and actor: its record-level rules' node is
  // remembered (src/engine/memo.ts); only the document part runs.
  const stage = findStage(input, matrix)
  if (stage !== undefined) {
    // INVARIANT (re-entrancy): `claimed` is taken at once (findStage set it; no caller code ran since); the
    // stage itself is never written below but for its bounded cache of decisions; the context is this call's.
    const claimed = stage.claimed
    stage.claimed = undefined
    const { plan, request } = stage
    if (!plan.isDocumentAction) return decisionAt(stage.node, plan, matrix)
    // The claimed document is read (caller code may run, a nested call included) before anything is evaluated;
    // from then on only built values and copies are read, and no caller code runs.
    const document = documentOf(plan, request.record, claimed)
    const a7 = claimedCopyOf(plan, claimed, document)
    // A document of the record (built, as the stage's record is) whose copy the request matched: its decision is a
    // function of the stage and the document, both immutable; remembered per stage (bounded: src/engine/memo.ts).
    const byDocument = a7 === notApplicable && !plan.isFeed && document !== null && document !== undefined
    if (byDocument) {
      const known = stage.decisions.get(document)
      if (known !== undefined) return known
    }
    const context: EvaluationContext = { request, matrix, document: undefined }
    const decision = decisionAt(walkDocumentPart(stage.node, plan, document, a7, context), plan, matrix)
    if (byDocument) rememberDecision(stage, document, decision)
    return decision
  }
  // Every field read once, into one shape; what the library did not build copied (src/domain/copy.ts): the rules
  // read this.
  const request = readInput(input)
  if (typeof request !== 'object' || request === null) return MALFORMED
  const plan = PLANS.get(request.action)
  if (plan === undefined) return UNKNOWN_ACTION
  if (!validRequest(request as unknown as Readonly<Record<string, unknown>>)) return MALFORMED
  const context: EvaluationContext = { request, matrix, document: undefined }
  const node = recordNodeOf(plan, matrix, context, recordOutcome)
  if (!plan.isDocumentAction) return decisionAt(node, plan, matrix)
  const document = documentOf(plan, request.record, request.document)
  const a7 = claimedCopyOf(plan, request.document, document)
  return decisionAt(walkDocumentPart(node, plan, document, a7, context), plan, matrix)
}
