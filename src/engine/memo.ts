// The engine's memory, which changes no answer: decisions memoised by signature, and the record-level part of an
// evaluation remembered for repeated requests on the same record and actor, when the library built both.
import type { Policy } from '../actions/index.js'
import type { Decision } from '../decision/decision.js'
import type { Outcome } from '../decision/outcome.js'
import { isBuilt } from '../domain/built.js'
import { emptyCanonical, readRequest, UnreadableInput, type Canonical } from './request.js'
import type { HealthDocument, Request } from '../domain/types.js'
import { PLANS, type Plan } from './plan.js'
import type { CompiledMatrix } from '../matrix/compile.js'

// -------------------------------------------------------------------------------------
// the memo of decisions, by signature
// -------------------------------------------------------------------------------------

// The SIGNATURE of an evaluation is the sequence of its outcomes other than NotApplicable, each with its slot: the
// rule's position in the policy (A-7, A-6 and A-8, which the engine applies itself, take the slots after the
// policy's rules: src/engine/plan.ts). Outcomes are frozen constants (src/decision/outcome.ts), so an outcome is
// known by identity.
// INVARIANT: the Decision is a function of the signature, the policy and the matrix's version (each slot names
// one rule id and basis; addOutcome/decisionOf read nothing else), so it is combined, sorted and frozen once per
// distinct signature, FROM the signature (each node knows its parent and the step that led to it:
// src/engine/authorize.ts, `decisionAt`), and shared by every request with that signature: deep-equal to
// combining afresh, and no rule is evaluated twice.
// The memo is a trie per (compiled matrix, policy); a node's children are few (a rule has a handful of outcomes),
// so they are scanned, not hashed. It is bounded: at most MAX_MEMO_NODES nodes per compiled matrix (the number of
// distinct signatures is bounded by the catalogue's rules × outcomes, far below that in practice); once full, a
// new step makes a node that is not kept (`kept: false`): its signature is combined on every call and neither the
// node nor its Decision is remembered. It holds only frozen constants and frozen Decisions: invisible to callers,
// and it lives as long as the compiled matrix (a WeakMap keyed by it).
const MAX_MEMO_NODES = 10_000

/** A node of the trie: the signature of the path from its root to it. @internal */
export interface MemoNode {
  readonly memo: Memo
  /** The node this one was reached from (`undefined` at a root), the slot and the outcome of that step. */
  readonly parent: MemoNode | undefined
  readonly slot: number
  readonly outcome: Outcome | undefined
  /** In the trie (a full memo makes nodes that are not): only a kept node holds a Decision or a stage. */
  readonly kept: boolean
  readonly slots: Array<number>
  readonly outcomes: Array<Outcome>
  readonly children: Array<MemoNode>
  decision: Decision | undefined
}

interface Memo {
  readonly roots: Map<Policy, MemoNode>
  size: number
}

const MEMOS = new WeakMap<CompiledMatrix, Memo>()

const newNode = (memo: Memo, parent: MemoNode | undefined, slot: number, outcome: Outcome | undefined, kept: boolean): MemoNode => ({
  memo,
  parent,
  slot,
  outcome,
  kept,
  slots: [],
  outcomes: [],
  children: [],
  decision: undefined,
})

/** The root of the trie of this matrix and policy (the empty signature). @internal */
export const memoRoot = (matrix: CompiledMatrix, policy: Policy): MemoNode => {
  let memo = MEMOS.get(matrix)
  if (memo === undefined) {
    memo = { roots: new Map(), size: 0 }
    MEMOS.set(matrix, memo)
  }
  let root = memo.roots.get(policy)
  if (root === undefined) {
    root = newNode(memo, undefined, -1, undefined, true)
    memo.roots.set(policy, root)
  }
  return root
}

/** The child of `node` for `outcome` at `slot`: added if absent and the memo is not full, else a node not kept. @internal */
export const step = (node: MemoNode, slot: number, outcome: Outcome): MemoNode => {
  const { memo, slots, outcomes, children } = node
  for (let i = 0; i < slots.length; i++) if (outcomes[i] === outcome && slots[i] === slot) return children[i] as MemoNode
  if (!node.kept || memo.size >= MAX_MEMO_NODES) return newNode(memo, node, slot, outcome, false)
  const child = newNode(memo, node, slot, outcome, true)
  slots.push(slot)
  outcomes.push(outcome)
  children.push(child)
  memo.size++
  return child
}

// -------------------------------------------------------------------------------------
// the record-level part of an evaluation, per frozen record and actor
// -------------------------------------------------------------------------------------

// An editor decides many documents of one record for one actor (a screen, a menu, a batch): every call runs the
// same record-level rules (status, authentication, blocks, consent, representation…) on the same inputs. The node
// they lead to in the trie is remembered per (record, actor) object and the request's other fields, so a repeated
// request walks only its document's rules.
// INVARIANT (sound by construction): remembered only for a record and an actor that the LIBRARY BUILT
// (src/domain/built.ts: fresh plain data, deeply frozen, marked in a module-private WeakSet no caller can forge), so
// that no one can change them nor make two reads of them differ (no prototype, accessor or Proxy of the caller's),
// and only for a request the engine found of its declared types (src/domain/copy.ts; a built value cannot change, so the
// check holds). It is keyed by every other field of the request a record-level rule may read — `action` and the
// fields `sameKey` compares (checked exhaustive against `Request` at compile time), each a primitive compared with
// ===, and `shareWith`'s presence and role. Record-level rules read no document (src/rules/rule.ts), so `document`
// is not part of the key. Requests are the engine's canonical ones (src/engine/request.ts): one shape, so these reads
// are cheap. Any other record or actor (frozen by the caller or not) is copied and evaluated in full on every call.

/** The primitive fields of the key: with `shareWith`'s presence and role, every field but the objects. */
const PRIMITIVE_FIELDS = [
  'action',
  'at',
  'careTeam',
  'participatesInCare',
  'explicitConsent',
  'patientOpposes',
  'atPatientRequest',
  'inPresenceOfDoctor',
  'accessMode',
  'api',
  'carteVitaleRead',
  'representativeId',
  'holderCannotExpressWill',
] as const satisfies ReadonlyArray<keyof Request>

// A field added to Request (or to shareWith) that a rule could read must be compared by sameKey: this fails to
// compile until it is listed above (and test/properties/record-memo.spec.ts fails while sameKey does not compare it).
type KeyedByObject = 'actor' | 'record' | 'document' | 'shareWith'
const exhaustive: [Exclude<keyof Request, (typeof PRIMITIVE_FIELDS)[number] | KeyedByObject>] extends [never]
  ? [Exclude<keyof NonNullable<Request['shareWith']>, 'role'>] extends [never]
    ? true
    : never
  : never = true
void exhaustive

// Field by field, by name: both requests are canonical, so each load is a fixed offset.
const sameKey = (stage: Stage, r: Request): boolean => {
  const k = stage.request
  return (
    k.action === r.action &&
    k.at === r.at &&
    k.careTeam === r.careTeam &&
    k.participatesInCare === r.participatesInCare &&
    k.explicitConsent === r.explicitConsent &&
    k.patientOpposes === r.patientOpposes &&
    k.atPatientRequest === r.atPatientRequest &&
    k.inPresenceOfDoctor === r.inPresenceOfDoctor &&
    k.accessMode === r.accessMode &&
    k.api === r.api &&
    k.carteVitaleRead === r.carteVitaleRead &&
    k.representativeId === r.representativeId &&
    k.holderCannotExpressWill === r.holderCannotExpressWill &&
    stage.hasShareWith === (r.shareWith !== undefined) &&
    // The role as it was when the stage was evaluated: the caller's shareWith object may have changed since.
    stage.shareWithRole === r.shareWith?.role
  )
}

/** At most this many remembered stages per (record, actor); the oldest goes first. */
const MAX_STAGES = 64

/**
 * The record-level part of an evaluation, remembered: the plan and matrix it was made with, the canonical request
 * that was evaluated (its fields are the key), the node its record-level rules led to.
 */
export interface Stage {
  readonly plan: Plan
  readonly matrix: CompiledMatrix
  readonly request: Request
  readonly node: MemoNode
  /** Whether the request had a `shareWith`, and its role, read when it was evaluated (a primitive). */
  readonly hasShareWith: boolean
  readonly shareWithRole: unknown
  /** The claimed document of the request {@link findStage} just matched; the caller takes it at once. */
  claimed: unknown
  /**
   * The decisions of this stage's document action by document of the record (built, immutable: the decision is a
   * function of the stage and the document), at most MAX_DECISIONS.
   */
  readonly decisions: Map<HealthDocument, Decision>
}

/** At most this many remembered decisions per stage (a screen of a large record keeps its first ones). */
const MAX_DECISIONS = 4096

/** Remembers the decision of a document of the stage's record (see {@link Stage.decisions}). */
export const rememberDecision = (stage: Stage, document: HealthDocument, decision: Decision): void => {
  if (stage.decisions.size < MAX_DECISIONS) stage.decisions.set(document, decision)
}

const STAGES = new WeakMap<object, WeakMap<object, Array<Stage>>>()

const isObject = (u: unknown): u is object => typeof u === 'object' && u !== null

// The request being matched is read into one scratch object, so that a repeated request allocates nothing. A getter
// of the request could call the engine while it is read: that nested call then finds no stage (`reading`) and is
// evaluated in full, so the scratch is never read by two calls at once.
const SCRATCH: Canonical = emptyCanonical()
let reading = false

/**
 * The stage remembered for a request equal to `input` in every field but `document` (same built record
 * and actor objects, same action and matrix), or `undefined`. Allocates nothing. On a match, `claimed` holds the
 * request's document.
 */
export const findStage = (input: Request, matrix: CompiledMatrix): Stage | undefined => {
  if (reading || typeof input !== 'object' || input === null) return undefined
  reading = true
  try {
    try {
      readRequest(SCRATCH, input)
    } catch {
      throw new UnreadableInput()
    }
    const plan = PLANS.get(SCRATCH.action)
    const { record, actor } = SCRATCH
    if (plan === undefined || !isObject(record) || !isObject(actor)) return undefined
    // Only built records and actors are ever in STAGES (rememberStage).
    const stages = STAGES.get(record)?.get(actor)
    if (stages === undefined) return undefined
    const request = SCRATCH as Request
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i] as Stage
      if (stage.plan === plan && stage.matrix === matrix && sameKey(stage, request)) {
        stage.claimed = SCRATCH.document
        return stage
      }
    }
    return undefined
  } finally {
    // Keep no caller's object alive.
    SCRATCH.record = SCRATCH.actor = SCRATCH.document = SCRATCH.shareWith = undefined
    reading = false
  }
}

/** The stages of this canonical request's record and actor, created when the library built both; else `undefined`. */
const stagesFor = (request: Request): Array<Stage> | undefined => {
  const { record, actor } = request
  const shareWith: unknown = request.shareWith
  if (!isBuilt(record) || !isBuilt(actor) || (shareWith !== undefined && !isObject(shareWith))) return undefined
  let byActor = STAGES.get(record)
  if (byActor === undefined) {
    byActor = new WeakMap()
    STAGES.set(record, byActor)
  }
  let stages = byActor.get(actor)
  if (stages === undefined) {
    stages = []
    byActor.set(actor, stages)
  }
  return stages
}

/**
 * Remembers the node the record-level rules of `plan` led to for this canonical, valid request, when the library
 * built its record and actor and every field of its key is a primitive.
 */
export const rememberStage = (plan: Plan, matrix: CompiledMatrix, request: Request, node: MemoNode): void => {
  if (!node.kept) return
  const stages = stagesFor(request)
  if (stages === undefined) return
  if (PRIMITIVE_FIELDS.some((field) => isObject(request[field]) || typeof request[field] === 'function')) return
  if (isObject(request.shareWith) && (isObject(request.shareWith.role) || typeof request.shareWith.role === 'function')) return
  // A `shareWith` given as `null` reads as absent but is not `undefined`: such a request is decided in full each time.
  if (request.shareWith === null) return
  if (stages.length >= MAX_STAGES) stages.shift()
  const shareWith = request.shareWith
  stages.push({
    plan,
    matrix,
    request,
    node,
    hasShareWith: shareWith !== undefined,
    shareWithRole: shareWith?.role,
    claimed: undefined,
    decisions: new Map(),
  })
}
