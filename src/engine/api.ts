// The engine: picks the action's policy, evaluates its rules, combines the outcomes.
// INVARIANT: total — never throws on a value of the declared types; anything unknown denies.
import { addOutcome, decisionOf, denyWith, emptyCombined, type Combined } from '../decision/combine.js'
import type { Decision, Obligation, Reason, Remedy } from '../decision/decision.js'
import { deny, notApplicable, type Outcome } from '../decision/outcome.js'
import {
  type Action,
  type HealthDocument,
  type HealthRecord,
  RECORD_DOCUMENT_ACTIONS,
  type RecordDocumentAction,
  type Request,
  type RequestFor,
} from '../domain/types.js'
import { compileMatrix, type CompiledMatrix } from '../matrix/compile.js'
import { isBuilt } from '../domain/built.js'
import { DEFAULT_MATRIX } from '../matrix/default.js'
import type { AuthorizationMatrix } from '../matrix/types.js'
import { BASIS } from '../catalogue/basis.js'
import { claimedCopyOutcome } from '../rules/integrity.js'
import { recordCopyOf } from '../domain/integrity.js'
import { canonicalRequest } from './request.js'
import { checkedDocument, fullDocument, originalDocuments, trustedDocument, trustedRequest, validRequest } from '../domain/copy.js'
import { findStage, memoRoot, rememberDecision, rememberStage, step, type MemoNode, type StageContext } from './memo.js'
import { PLANS, VIEW_PLAN, type DocumentRule, type Plan, type RecordRule } from './plan.js'
import type { DocumentContext, RecordContext, Rule } from '../rules/rule.js'

/**
 * Options of every decision function.
 *
 * @since 0.1.0
 */
export interface Options {
  /**
   * The authorisation matrix (R-AUTH-7); default: the bundled {@link DEFAULT_MATRIX}. It is compiled into lookup
   * tables once per matrix object, so treat it as immutable: to change a matrix, pass a new object.
   */
  readonly matrix?: AuthorizationMatrix | undefined
}

/** A Decision made once and shared: frozen with its arrays. */
const frozen = (d: Decision): Decision => {
  Object.freeze(d.reasons)
  Object.freeze(d.allowed ? d.obligations : d.remedies)
  return Object.freeze(d)
}

// -------------------------------------------------------------------------------------
// evaluating
// -------------------------------------------------------------------------------------

/** The outcome of a record-scoped rule (allowedActions shares them between actions). */
type RecordOutcome = (rule: Rule & { readonly scope: 'record' }, ctx: RecordContext) => Outcome

const evaluateRecordRule: RecordOutcome = (rule, ctx) => rule.evaluate(ctx)

/**
 * A record evaluator for several actions on one request (allowedActions): a record-scoped rule that did not read
 * `request.action` is evaluated once, its outcome reused by every later action whose policy holds the same rule
 * object; a rule that read it (R-ACTOR-7 and R-FEED-2 do) is evaluated again for each action.
 * INVARIANT: sound because rules are pure functions of their context (src/rules/rule.ts), and the only part of the
 * context that differs between the actions is `request.action`, read through a getter that records the read
 * (a spread or a destructuring of the request reads it too). The matrix and every other field are the same.
 */
const sharedRecordEvaluator = (): RecordOutcome => {
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

/**
 * Evaluates the plan's record-scoped rules in policy order: walks the memo from `node` by the outcomes' signature
 * and, when `into` is given (a memo miss, combined afresh), folds every outcome into it. Returns the node reached.
 */
const evaluateRecordRules = (
  node: MemoNode | undefined,
  plan: Plan,
  ctx: RecordContext,
  recordOutcome: RecordOutcome,
  into: Combined | undefined,
): MemoNode | undefined => {
  const { recordRules: rules, recordSlots: slots } = plan
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as RecordRule
    const outcome = recordOutcome(rule, ctx)
    if (outcome === notApplicable) continue
    if (into !== undefined) addOutcome(into, rule.id, rule.basis, outcome)
    node = step(node, slots[i] as number, outcome)
  }
  return node
}

/** The same for the plan's document-scoped rules, on one document. */
const evaluateDocumentRules = (node: MemoNode | undefined, plan: Plan, ctx: DocumentContext, into: Combined | undefined): MemoNode | undefined => {
  const { documentRules: rules, documentSlots: slots } = plan
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as DocumentRule
    const outcome = rule.evaluate(ctx)
    if (outcome === notApplicable) continue
    if (into !== undefined) addOutcome(into, rule.id, rule.basis, outcome)
    node = step(node, slots[i] as number, outcome)
  }
  return node
}

// Options whose matrix cannot be read: reading it throws, so every decision denies (A-6 UNREADABLE_INPUT).
const UNREADABLE_OPTIONS: Options = Object.freeze({
  get matrix(): AuthorizationMatrix {
    throw new TypeError('the options could not be read')
  },
})

/** The options' matrix, compiled: the bundled one by default (src/matrix/compile.ts trusts only built matrices). */
const matrixOf = (options: Options | undefined): CompiledMatrix => {
  const matrix = options?.matrix ?? DEFAULT_MATRIX
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
 * The claimed document's `id`, read once: by a keyed load inside a for-in when it is an enumerable key (the object's
 * enum cache: fast on the copies a caller makes by spread, each of a hidden class of its own), else by name.
 */
const idOf = (claimed: unknown): unknown => {
  if (typeof claimed !== 'object' || claimed === null) return undefined
  for (const key in claimed) if (key === 'id') return (claimed as Readonly<Record<string, unknown>>)[key]
  return (claimed as { readonly id?: unknown }).id
}

// The A-7 outcome of the last resolveDocument, read by its caller at once (no caller code runs in between).
let resolvedA7: Outcome = notApplicable

/**
 * The document the rules decide on: for a document action but `feed`, the record's copy of the claimed document
 * (A-7; `resolvedA7` says whether the claimed copy differs or is absent); for `feed`, the claimed document (a plain
 * copy unless the library built it). `null`: the request carries no document. The claimed document is read
 * here and nowhere else: once per call, before any rule runs.
 */
const resolveDocument = (plan: Plan, record: HealthRecord, claimed: unknown): HealthDocument | null | undefined => {
  if (claimed === undefined || claimed === null) {
    resolvedA7 = notApplicable
    return null
  }
  if (plan.isFeed) {
    const fed = trustedDocument(claimed) as HealthDocument
    resolvedA7 = notApplicable
    return fed
  }
  const own = fullDocument(recordCopyOf(record, idOf(claimed) as string))
  const a7 = claimedCopyOutcome(claimed as HealthDocument, own)
  resolvedA7 = a7
  return own
}

/**
 * The document part of one evaluation (A-6's missing or malformed document, A-7, A-8, the document-scoped rules),
 * walking the memo on from `node` (the record-level rules' node) and folding into `into` when given. `document` and
 * `a7` are {@link resolveDocument}'s; `context` is the document rules' context, its `document` set here.
 */
const evaluateDocumentPart = (
  node: MemoNode | undefined,
  plan: Plan,
  document: HealthDocument | null | undefined,
  a7: Outcome,
  context: StageContext,
  into: Combined | undefined,
): MemoNode | undefined => {
  if (document === null) {
    if (into !== undefined) addOutcome(into, 'A-6', BASIS['A-6'], DOCUMENT_MISSING)
    return step(node, plan.a7Slot + 1, DOCUMENT_MISSING)
  }
  if (a7 !== notApplicable) {
    if (into !== undefined) addOutcome(into, 'A-7', BASIS['A-7'], a7)
    node = step(node, plan.a7Slot, a7)
  }
  if (document === undefined) return node
  const record = context.request.record
  if (!checkedDocument(plan.isFeed ? undefined : record.documents, document)) {
    if (into !== undefined) addOutcome(into, 'A-6', BASIS['A-6'], DOCUMENT_MALFORMED)
    return step(node, plan.a7Slot + 3, DOCUMENT_MALFORMED)
  }
  if (!plan.isFeed && notYetAdded(document, context.request.at)) {
    if (into !== undefined) addOutcome(into, 'A-8', BASIS['A-8'], DOCUMENT_NOT_YET_ADDED)
    node = step(node, plan.a7Slot + 2, DOCUMENT_NOT_YET_ADDED)
  }
  context.document = document
  return evaluateDocumentRules(node, plan, context as DocumentContext, into)
}

const UNKNOWN_ACTION: Decision = frozen(denyWith('R-ACTOR-3', BASIS['R-ACTOR-3'], 'UNKNOWN_ACTION', ['FIX_THE_REQUEST']))
const MALFORMED: Decision = frozen(denyWith('A-6', BASIS['A-6'], 'MALFORMED_REQUEST', ['FIX_THE_REQUEST']))
const UNREADABLE: Decision = frozen(denyWith('A-6', BASIS['A-6'], 'UNREADABLE_INPUT', ['FIX_THE_REQUEST']))

/**
 * The request as the rules read it: one fixed shape (src/engine/request.ts), its record, actor and document the
 * caller's when the library built them, else plain copies (src/domain/copy.ts). Throws when a read throws.
 */
const readInput = (input: Request, action?: Action): Request => {
  const request = canonicalRequest(input, action)
  if (typeof request === 'object' && request !== null) trustedRequest(request as unknown as Record<string, unknown>)
  return request
}

const decideUnsafe = (input: Request, matrix: CompiledMatrix, recordOutcome: RecordOutcome): Decision => {
  // A request like one decided before on the same built record and actor: its record-level rules' node is
  // remembered (src/engine/memo.ts); only the document part runs, and nothing is allocated.
  const stage = findStage(input, matrix)
  if (stage !== undefined) {
    const claimed = stage.claimed
    stage.claimed = undefined
    const { plan, request } = stage
    if (!plan.isDocumentAction) return stage.node.decision ?? combineAfresh(plan, request, undefined, notApplicable, matrix, recordOutcome, stage.node)
    // INVARIANT (re-entrancy): the claimed document is read (caller code may run, a nested call included) before
    // the stage's context is touched; from then on only built values are read, and no caller code runs.
    const document = resolveDocument(plan, request.record, claimed)
    const a7 = resolvedA7
    // A document of the record (built, as the stage's record is) whose copy the request matched: its decision is a
    // function of the stage and the document, both immutable; remembered per stage (bounded: src/engine/memo.ts).
    const byDocument = a7 === notApplicable && !plan.isFeed && document !== null && document !== undefined
    if (byDocument) {
      const known = stage.decisions.get(document)
      if (known !== undefined) return known
    }
    const leaf = evaluateDocumentPart(stage.node, plan, document, a7, stage.context, undefined)
    stage.context.document = undefined
    const decision = leaf?.decision ?? combineAfresh(plan, request, document, a7, matrix, recordOutcome, leaf)
    if (byDocument) rememberDecision(stage, document, decision)
    return decision
  }
  // Every field read once, into one shape; what the library did not build copied (src/domain/copy.ts): the rules read this.
  const request = readInput(input)
  if (typeof request !== 'object' || request === null) return MALFORMED
  const plan = PLANS.get(request.action)
  if (plan === undefined) return UNKNOWN_ACTION
  if (!validRequest(request as unknown as Readonly<Record<string, unknown>>)) return MALFORMED
  const context: StageContext = { request, matrix, document: undefined }
  const node = evaluateRecordRules(memoRoot(matrix, plan.policy), plan, context, recordOutcome, undefined)
  if (node !== undefined) rememberStage(plan, matrix, request, node)
  if (!plan.isDocumentAction) return node?.decision ?? combineAfresh(plan, request, undefined, notApplicable, matrix, recordOutcome, node)
  const document = resolveDocument(plan, request.record, request.document)
  const a7 = resolvedA7
  const leaf = evaluateDocumentPart(node, plan, document, a7, context, undefined)
  return leaf?.decision ?? combineAfresh(plan, request, document, a7, matrix, recordOutcome, leaf)
}

/**
 * A signature not seen yet (or a full memo): evaluates the request again (rules are pure; the document already
 * resolved), combining this time, and keeps the Decision in the memo's leaf, if any.
 */
const combineAfresh = (
  plan: Plan,
  request: Request,
  document: HealthDocument | null | undefined,
  a7: Outcome,
  matrix: CompiledMatrix,
  recordOutcome: RecordOutcome,
  leaf: MemoNode | undefined,
): Decision => {
  const combined = emptyCombined()
  const context: StageContext = { request, matrix, document: undefined }
  evaluateRecordRules(undefined, plan, context, recordOutcome, combined)
  if (plan.isDocumentAction) evaluateDocumentPart(undefined, plan, document, a7, context, combined)
  return rememberedDecision(combined, matrix, leaf)
}

/** The Decision of a combination, named and frozen, kept in the memo's leaf if any. */
const rememberedDecision = (combined: Combined, matrix: CompiledMatrix, leaf: MemoNode | undefined): Decision => {
  const decision = frozen(withMatrixVersion(decisionOf(combined), matrix))
  if (leaf !== undefined) leaf.decision = decision
  return decision
}

/**
 * A decision in which the matrix (R-AUTH-7) speaks names the matrix's version (`matrixVersion`): which edition of
 * the matrix decided is part of "why". Applied once per signature (the memo holds the named Decision).
 */
const withMatrixVersion = (decision: Decision, matrix: CompiledMatrix): Decision =>
  decision.reasons.some((r) => r.rule === 'R-AUTH-7') ? { ...decision, matrixVersion: matrix.version } : decision

/**
 * Decides a request: may this actor do this action on this record, at this date — and why.
 *
 * Deny overrides grant; every denying rule is listed; no granting rule means a denial. Pure and total:
 * a request that is not of the declared type (e.g. built without the codecs) is denied, never allowed.
 *
 * @example
 * import { decide } from 'dmp-rules'
 * const d = decide({
 *   action: 'consult',
 *   actor: { kind: 'third-party', party: 'insurer' },
 *   at: '2024-06-01',
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 *   },
 * })
 * // d.allowed === false; d.reasons[0]?.rule === 'R-ACTOR-1'
 *
 * @see docs/rules.md (shipped in the package) for every rule id.
 * @since 0.1.0
 */
export const decide = (request: Request, options?: Options): Decision => {
  try {
    return decideUnsafe(request, matrixOf(options), evaluateRecordRule)
  } catch {
    // A read of the caller's input threw (a throwing getter, a revoked Proxy): it could not be read; denied.
    return UNREADABLE
  }
}

// The named function of `action`: its request type refuses another action and, for a document action, a missing
// document; at run time the function's own action still decides (a plain-JS caller's wrong action is overridden).
const named =
  <A extends Action>(action: A) =>
  (request: RequestFor<A>, options?: Options): Decision => {
    let input: Request
    try {
      // Read once (src/domain/copy.ts), this function's action in place of the caller's.
      input = readInput(request as Request, action)
    } catch {
      return UNREADABLE
    }
    return decide(input, options)
  }

/** May the actor open the record? (`consult`) @since 0.1.0 */
export const canConsult = named('consult')
/** May the actor see this document? (`view`) @since 0.1.0 */
export const isVisibleTo = named('view')
/** May the actor mask this document from professionals? (`mask`, R-MASK-1, R-MASK-3) @since 0.1.0 */
export const canMask = named('mask')
/** May the actor unmask this document? (`unmask`, R-MASK-4) @since 0.1.0 */
export const canUnmask = named('unmask')
/** May the actor delete this document? (`delete`, R-DEL-1, R-DEL-2) @since 0.1.0 */
export const canDelete = named('delete')
/** May the actor feed this document? (`feed`, R-FEED-1..3) @since 0.1.0 */
export const canFeed = named('feed')
/** May the actor make this document visible to the patient? (R-INVIS-2) @since 0.1.0 */
export const canMakeVisibleToPatient = named('make-visible-to-patient')
/** May the actor make this document invisible to the patient? (R-INVIS-2) @since 0.1.0 */
export const canMakeInvisibleToPatient = named('make-invisible-to-patient')
/** May the actor read the activity history? (R-PATIENT-1) @since 0.1.0 */
export const canViewHistory = named('view-history')
/** May the actor block or unblock a professional or establishment? (R-PATIENT-2) @since 0.1.0 */
export const canBlock = named('block')
/** May the actor share the child's profile? (R-MINOR-4) @since 0.1.0 */
export const canShareProfile = named('share-profile')
/** May the actor modify this document the patient's side added? (`modify`, R-FEED-3 rev. 2) @since 0.2.0 */
export const canModify = named('modify')
/** May the actor close the space? (`close`, R-PATIENT-4) @since 0.2.0 */
export const canClose = named('close')
/** May the actor hide this document from the minor's legal representatives, after feeding? (R-MINOR-5 rev. 2) @since 0.2.0 */
export const canHideFromRepresentatives = named('hide-from-representatives')
/** May the actor require a doctor's presence for the legal representative `representativeId`? (R-MINOR-6 rev. 2) @since 0.2.0 */
export const canRequireDoctorPresence = named('require-doctor-presence')

/**
 * One document of the record with the decision on `view` for it.
 *
 * @since 0.1.0
 */
export interface DocumentDecision {
  readonly document: HealthDocument
  readonly decision: Decision
}

/**
 * The one request of the record-level functions ({@link visibleDocuments}, {@link recordView}) and of the named
 * functions of record actions (`canConsult`, `canViewHistory`, `canBlock`, `canClose`, `canShareProfile`,
 * `canRequireDoctorPresence`): who asks, on which record, at which date, in which context — no action (each
 * function decides its own) and no document. Add the document and it is a {@link DocumentRequest}, what
 * `isVisibleTo`, `canMask`… and {@link allowedActions} take: `isVisibleTo({ ...request, document })` compiles.
 *
 * @example
 * import { buildDocument, buildRecord, isVisibleTo, visibleDocuments, type RecordRequest } from 'dmp-rules'
 * const note = buildDocument({ id: 'note-1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02' })
 * const request: RecordRequest = { actor: { kind: 'patient' }, at: '2024-06-01', record: buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [note] }) }
 * visibleDocuments(request).length // 1
 * isVisibleTo({ ...request, document: note }).allowed // true
 *
 * @since 0.3.0
 */
export type RecordRequest = Omit<Request, 'action' | 'document'>

/**
 * A {@link RecordRequest} about one document: what {@link allowedActions} and the named functions of document
 * actions (`isVisibleTo`, `canMask`, `canDelete`…) take.
 *
 * @example
 * import { allowedActions, buildDocument, buildRecord, canMask, type DocumentRequest } from 'dmp-rules'
 * const note = buildDocument({ id: 'note-1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02' })
 * const request: DocumentRequest = { actor: { kind: 'patient' }, at: '2024-06-01', record: buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [note] }), document: note }
 * canMask(request).allowed === allowedActions(request).mask.allowed // true
 *
 * @since 0.3.0
 */
export type DocumentRequest = RecordRequest & { readonly document: HealthDocument }

/**
 * Decides `view` for every document of the record, in record order. Record-level rules are evaluated
 * once; each document adds only its own rules. Agrees with `decide` on `view`, document by document.
 * A request's `action` and `document`, if a caller passes them anyway, are ignored.
 *
 * @example
 * import { buildDocument, buildRecord, visibleDocuments } from 'dmp-rules'
 * const note = buildDocument({ id: 'note-1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02' })
 * const record = buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [note] })
 * visibleDocuments({ actor: { kind: 'patient' }, at: '2024-06-01', record })[0]?.decision.allowed // true
 *
 * @since 0.1.0
 */
export const visibleDocuments = (request: RecordRequest, options?: Options): ReadonlyArray<DocumentDecision> => {
  let documents: ReadonlyArray<HealthDocument> = []
  let originals: ReadonlyArray<HealthDocument> = []
  try {
    const plan = VIEW_PLAN
    const matrix = matrixOf(options)
    // Read once, what the library did not build copied (src/domain/copy.ts): the rows hold the documents the rules read.
    const viewRequest: Request = readInput(request as Request, 'view')
    if (typeof viewRequest !== 'object' || viewRequest === null) return []
    const record: unknown = viewRequest.record
    const listed: unknown = typeof record === 'object' && record !== null ? (record as HealthRecord).documents : undefined
    documents = Array.isArray(listed) ? (listed as ReadonlyArray<HealthDocument>) : []
    originals = originalDocuments(documents)
    if (!validRequest(viewRequest as unknown as Readonly<Record<string, unknown>>)) return originals.map((document) => ({ document, decision: MALFORMED }))
    // Every document is decided: each one of a copied record is copied whole now (once; src/domain/copy.ts).
    if (!isBuilt(documents)) documents = documents.map(fullDocument)
    // The record-level rules run once (or not at all, when remembered for a built record and actor: src/engine/memo.ts),
    // walking the memo to the record's node; each document walks on from there with its own rules. Documents whose
    // rules say the same thing share one frozen Decision (most documents of a record do): a record of 100 000
    // documents holds a handful of decisions, not 100 000. A document's own copy is the record's, so A-7 is
    // NotApplicable and takes no step: the same signature, so the same Decision, as decide.
    // One context for the whole call, its document set before each document's rules: no allocation per document.
    // INVARIANT (re-entrancy): only built values and copies are read from here on; no caller code runs.
    const context: StageContext = { request: viewRequest, matrix, document: undefined }
    const stage = findStage(viewRequest, matrix)
    if (stage !== undefined) stage.claimed = undefined
    let recordNode = stage?.node
    if (recordNode === undefined) {
      recordNode = evaluateRecordRules(memoRoot(matrix, plan.policy), plan, context, evaluateRecordRule, undefined)
      if (recordNode !== undefined) rememberStage(plan, matrix, viewRequest, recordNode)
    }
    // INVARIANT: document-scoped rules read `ctx.document`, never `ctx.request.document` (src/rules/rule.ts),
    // so every document shares one request; the property "agrees with decide" checks it.
    // Each row gives back the caller's own document (the rules read its copy, when the library did not build it).
    return documents.map((document, i) => {
      const leaf = evaluateDocumentPart(recordNode, plan, document, notApplicable, context, undefined)
      const original = originals[i] as HealthDocument
      if (leaf?.decision !== undefined) return { document: original, decision: leaf.decision }
      // A signature not seen yet (or a full memo): evaluate again, combining this time.
      const combined = emptyCombined()
      evaluateRecordRules(undefined, plan, context, evaluateRecordRule, combined)
      evaluateDocumentPart(undefined, plan, document, notApplicable, context, combined)
      return { document: original, decision: rememberedDecision(combined, matrix, leaf) }
    })
  } catch {
    // A read of the caller's input threw: it could not be read; every document it listed is denied.
    return originals.map((document) => ({ document, decision: UNREADABLE }))
  }
}

// -------------------------------------------------------------------------------------
// every action on one document
// -------------------------------------------------------------------------------------

/**
 * The decision of every action on one document of the record, keyed by action ({@link RECORD_DOCUMENT_ACTIONS}).
 *
 * @since 0.2.0
 */
export type AllowedActions = { readonly [A in RecordDocumentAction]: Decision }

/**
 * The request of {@link allowedActions} before 0.3.0 (an `action`, if present, was one of
 * {@link RECORD_DOCUMENT_ACTIONS} and was ignored); still accepted by `allowedActions`. Prefer
 * {@link DocumentRequest}.
 *
 * @since 0.2.0
 */
export type DocumentActionsRequest = DocumentRequest & { readonly action?: RecordDocumentAction | undefined }

/**
 * What the actor may do with one document of the record: the Decision of `view`, `mask`, `unmask`, `delete`,
 * `make-visible-to-patient`, `make-invisible-to-patient`, `modify` and `hide-from-representatives`, each exactly
 * what {@link decide} gives for that action — e.g. to enable a document's menu entries and say why the others
 * are greyed out. The record-level rules the actions share are evaluated once (those that read the action, once
 * per action). `feed` is not there: a fed document is a new one.
 *
 * @param request - the request, with the record's `document`; its `action`, if any, is ignored
 * @returns a readonly record of Decisions, one per action
 *
 * @example
 * import { allowedActions, buildDocument, buildRecord } from 'dmp-rules'
 * const document = buildDocument({ id: 'note-1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02' })
 * const record = buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [document] })
 * const menu = allowedActions({ actor: { kind: 'patient' }, at: '2024-06-01', record, document })
 * // menu.view.allowed === true; menu.delete.allowed === true (R-DEL-1); menu.mask.allowed === true (R-MASK-1)
 * // menu.make-invisible-to-patient: denied, the patient's side never hides a document from itself (R-INVIS-2)
 * menu['make-invisible-to-patient'].allowed // false
 *
 * @see A-7 (the record's copy decides), R-MASK-1..4, R-DEL-1..2, R-INVIS-2, R-FEED-3, R-MINOR-5
 * @since 0.2.0
 */
export const allowedActions = (request: DocumentRequest, options?: Options): AllowedActions => {
  const out: { [A in RecordDocumentAction]?: Decision } = {}
  try {
    const matrix = matrixOf(options)
    // Read once (src/domain/copy.ts): every action decides on the same values.
    const base = readInput(request as Request)
    if (typeof base !== 'object' || base === null) throw new TypeError('not a request')
    const recordRules = sharedRecordEvaluator()
    for (const action of RECORD_DOCUMENT_ACTIONS) out[action] = decideUnsafe({ ...base, action }, matrix, recordRules)
  } catch {
    // The input could not be read (or is no object): every action is denied, as decide denies it.
    const denial = typeof request === 'object' && request !== null ? UNREADABLE : MALFORMED
    for (const action of RECORD_DOCUMENT_ACTIONS) out[action] = denial
  }
  return out as AllowedActions
}

// -------------------------------------------------------------------------------------
// a record's screen: the consultation once, each document's own reasons
// -------------------------------------------------------------------------------------

/**
 * What one document's decision says beyond the consultation's ({@link RecordView.consultation}): its reasons,
 * obligations and remedies that the consultation's decision does not hold (same rule and code), in the decision's
 * order. Empty for a document the actor sees for the consultation's reasons alone.
 *
 * @since 0.2.0
 */
export interface OwnReasons {
  readonly reasons: ReadonlyArray<Reason>
  /** Empty when the document is denied. */
  readonly obligations: ReadonlyArray<Obligation>
  /** Empty when the document is allowed. */
  readonly remedies: ReadonlyArray<Remedy>
}

/**
 * One row of a {@link RecordView}: a document, its `view` Decision (exactly {@link decide}'s) and what that
 * decision says beyond the consultation's.
 *
 * @since 0.2.0
 */
export interface DocumentRow extends DocumentDecision {
  readonly own: OwnReasons
}

/**
 * The request of {@link recordView} before 0.3.0 (a consultation: `consult` or `view`, or no action; `document`
 * ignored); still accepted by `recordView`. Prefer {@link RecordRequest}.
 *
 * @since 0.2.0
 */
export type RecordViewRequest = RecordRequest & {
  readonly action?: 'consult' | 'view' | undefined
  readonly document?: HealthDocument | undefined
}

/**
 * A record as a screen shows it: the consultation's decision once, then every document of the record.
 *
 * @since 0.2.0
 */
export interface RecordView {
  /** The decision on `consult`: may the actor open the record, with its obligations (or remedies). */
  readonly consultation: Decision
  /** Every document of the record, in record order. */
  readonly documents: ReadonlyArray<DocumentRow>
}

const sameNote = (a: { readonly rule: string; readonly code: string }) => (b: { readonly rule: string; readonly code: string }) =>
  a.rule === b.rule && a.code === b.code

const notIn =
  <A extends { readonly rule: string; readonly code: string }>(xs: ReadonlyArray<{ readonly rule: string; readonly code: string }>) =>
  (x: A): boolean =>
    !xs.some(sameNote(x))

const ownOf = (consultation: Decision, decision: Decision): OwnReasons =>
  Object.freeze({
    reasons: Object.freeze(decision.reasons.filter(notIn(consultation.reasons))),
    obligations: Object.freeze(decision.allowed ? decision.obligations.filter(notIn(consultation.allowed ? consultation.obligations : [])) : []),
    remedies: Object.freeze(decision.allowed ? [] : decision.remedies.filter(notIn(consultation.allowed ? [] : consultation.remedies))),
  })

/**
 * The decisions a record's screen needs: the consultation's (`consult`) once, and for every document its `view`
 * Decision — exactly {@link decide}'s, as {@link visibleDocuments} gives — with its {@link OwnReasons}, so that
 * the screen shows the consultation's obligations once and each row only what is its own (a masked document's
 * R-MASK-2, a type the matrix does not grant…).
 *
 * A document is visible only to an actor who may consult (the view policy holds every record-level rule of
 * consult): when the consultation is denied, every row is, with the consultation's reasons and maybe its own;
 * when both are allowed or both denied, a row's reasons are its own and the consultation's; a row denied under
 * an allowed consultation has only its own.
 *
 * @param request - the request; its `document`, if any, is ignored
 * @returns the consultation's decision and a row per document of the record, in record order
 *
 * @example
 * import { buildDocument, buildRecord, recordView } from 'dmp-rules'
 * const note = buildDocument({ id: 'note-1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02' })
 * const record = buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [note] })
 * const screen = recordView({ actor: { kind: 'patient' }, at: '2024-06-01', record })
 * // screen.consultation.allowed === true; screen.documents[0]?.decision.allowed === true
 * screen.documents[0]?.own.reasons.map((r) => r.rule) // ['R-AUTH-8']: what only this row says (the patient wrote the note)
 *
 * @see R-AUTH-7, R-MASK-2, R-INVIS-1, R-MINOR-5
 * @since 0.2.0
 */
export const recordView = (request: RecordRequest, options?: Options): RecordView => {
  let base: Request
  try {
    // Read once (src/domain/copy.ts): the consultation and the rows decide on the same values.
    base = readInput(request as Request, 'consult')
  } catch {
    return { consultation: UNREADABLE, documents: [] }
  }
  const consultation = decide(base, options)
  // Rows of one record share their Decision objects (visibleDocuments' memo): compute each one's own reasons once.
  const owns = new Map<Decision, OwnReasons>()
  const documents = visibleDocuments(base, options).map(({ document, decision }): DocumentRow => {
    let own = owns.get(decision)
    if (own === undefined) {
      own = ownOf(consultation, decision)
      owns.set(decision, own)
    }
    return { document, decision, own }
  })
  return { consultation, documents }
}

// -------------------------------------------------------------------------------------
// bound to one Options
// -------------------------------------------------------------------------------------

/**
 * Every decision function, bound to one {@link Options}: no call can forget the matrix.
 *
 * @since 0.2.0
 */
export interface Rules {
  /** The options every function is bound to (a frozen copy). */
  readonly options: Options
  readonly decide: (request: Request) => Decision
  readonly canConsult: (request: RequestFor<'consult'>) => Decision
  readonly isVisibleTo: (request: RequestFor<'view'>) => Decision
  readonly canMask: (request: RequestFor<'mask'>) => Decision
  readonly canUnmask: (request: RequestFor<'unmask'>) => Decision
  readonly canDelete: (request: RequestFor<'delete'>) => Decision
  readonly canFeed: (request: RequestFor<'feed'>) => Decision
  readonly canMakeVisibleToPatient: (request: RequestFor<'make-visible-to-patient'>) => Decision
  readonly canMakeInvisibleToPatient: (request: RequestFor<'make-invisible-to-patient'>) => Decision
  readonly canViewHistory: (request: RequestFor<'view-history'>) => Decision
  readonly canBlock: (request: RequestFor<'block'>) => Decision
  readonly canShareProfile: (request: RequestFor<'share-profile'>) => Decision
  readonly canModify: (request: RequestFor<'modify'>) => Decision
  readonly canClose: (request: RequestFor<'close'>) => Decision
  readonly canHideFromRepresentatives: (request: RequestFor<'hide-from-representatives'>) => Decision
  readonly canRequireDoctorPresence: (request: RequestFor<'require-doctor-presence'>) => Decision
  readonly visibleDocuments: (request: RecordRequest) => ReadonlyArray<DocumentDecision>
  readonly recordView: (request: RecordRequest) => RecordView
  readonly allowedActions: (request: DocumentRequest) => AllowedActions
}

/**
 * Binds every decision function to one {@link Options} (the matrix…), so that no call can forget it: create it
 * once, where the matrix is loaded, and pass it around. Each bound function equals the free one called with
 * these options; the free functions stay.
 *
 * @param options - the options of every call (copied: a later change to the object does not reach the rules)
 * @returns the bound functions and the options they use
 *
 * @example
 * import { createRules, DEFAULT_MATRIX, buildRecord } from 'dmp-rules'
 * const rules = createRules({ matrix: DEFAULT_MATRIX })
 * const record = buildRecord({ patient: { birthDate: '1980-01-01' } })
 * rules.canConsult({ actor: { kind: 'patient' }, at: '2024-06-01', record }).allowed // true
 *
 * @since 0.2.0
 */
export const createRules = (options: Options = {}): Rules => {
  let bound: Options
  try {
    const matrix = options?.matrix
    bound = Object.freeze(matrix === undefined ? {} : { matrix })
  } catch {
    // Options that cannot be read: every bound function denies (A-6 UNREADABLE_INPUT), as decide does.
    bound = UNREADABLE_OPTIONS
  }
  return Object.freeze({
    options: bound,
    decide: (request: Request) => decide(request, bound),
    canConsult: (request: RequestFor<'consult'>) => canConsult(request, bound),
    isVisibleTo: (request: RequestFor<'view'>) => isVisibleTo(request, bound),
    canMask: (request: RequestFor<'mask'>) => canMask(request, bound),
    canUnmask: (request: RequestFor<'unmask'>) => canUnmask(request, bound),
    canDelete: (request: RequestFor<'delete'>) => canDelete(request, bound),
    canFeed: (request: RequestFor<'feed'>) => canFeed(request, bound),
    canMakeVisibleToPatient: (request: RequestFor<'make-visible-to-patient'>) => canMakeVisibleToPatient(request, bound),
    canMakeInvisibleToPatient: (request: RequestFor<'make-invisible-to-patient'>) => canMakeInvisibleToPatient(request, bound),
    canViewHistory: (request: RequestFor<'view-history'>) => canViewHistory(request, bound),
    canBlock: (request: RequestFor<'block'>) => canBlock(request, bound),
    canShareProfile: (request: RequestFor<'share-profile'>) => canShareProfile(request, bound),
    canModify: (request: RequestFor<'modify'>) => canModify(request, bound),
    canClose: (request: RequestFor<'close'>) => canClose(request, bound),
    canHideFromRepresentatives: (request: RequestFor<'hide-from-representatives'>) => canHideFromRepresentatives(request, bound),
    canRequireDoctorPresence: (request: RequestFor<'require-doctor-presence'>) => canRequireDoctorPresence(request, bound),
    visibleDocuments: (request: RecordRequest) => visibleDocuments(request, bound),
    recordView: (request: RecordRequest) => recordView(request, bound),
    allowedActions: (request: DocumentRequest) => allowedActions(request, bound),
  })
}
