// The engine: picks the action's policy, evaluates its rules, combines the outcomes.
// INVARIANT: total — never throws on a value of the declared types; anything unknown denies.
import { POLICIES, type Policy } from './actions/index.js'
import {
  addOutcome,
  clearCombined,
  decisionOf,
  decisionMemo,
  denyWith,
  emptyCombined,
  memoDecisionWith,
  sortCombined,
  type Combined,
} from './decision/combine.js'
import type { Decision } from './decision/decision.js'
import type { Outcome } from './decision/outcome.js'
import {
  ACTIONS,
  DOCUMENT_ACTIONS,
  type Action,
  type ActionlessRequest,
  type HealthDocument,
  RECORD_DOCUMENT_ACTIONS,
  type RecordDocumentAction,
  type Request,
  type RequestFor,
} from './domain/types.js'
import { compileMatrix, type CompiledMatrix } from './matrix/compile.js'
import { DEFAULT_MATRIX } from './matrix/default.js'
import type { AuthorizationMatrix } from './matrix/types.js'
import { BASIS } from './rules/basis.js'
import { resolveDocument } from './rules/integrity.js'
import type { DocumentContext, RecordContext, Rule } from './rules/rule.js'

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
  readonly matrix?: AuthorizationMatrix
}

const isAction = (u: unknown): u is Action => typeof u === 'string' && (ACTIONS as ReadonlyArray<string>).includes(u)

// Each rule's outcome is folded straight into the combination: no intermediate list of outcomes.
type RecordEvaluator = (policy: Policy, ctx: RecordContext, into: Combined) => void

const evaluateRecord: RecordEvaluator = (policy, ctx, into) => {
  for (const rule of policy.rules) if (rule.scope === 'record') addOutcome(into, rule.id, rule.basis, rule.evaluate(ctx))
}

/**
 * A record evaluator for several actions on one request (allowedActions): a record-scoped rule that did not read
 * `request.action` is evaluated once, its outcome reused by every later action whose policy holds the same rule
 * object; a rule that read it (R-ACTOR-7 and R-FEED-2 do) is evaluated again for each action.
 * INVARIANT: sound because rules are pure functions of their context (src/rules/rule.ts), and the only part of the
 * context that differs between the actions is `request.action`, read through a getter that records the read
 * (a spread or a destructuring of the request reads it too). The matrix and every other field are the same.
 */
const sharedRecordEvaluator = (): RecordEvaluator => {
  const shared = new Map<Rule, Outcome>()
  return (policy, ctx, into) => {
    const action = ctx.request.action
    let read = false
    const request: Request = {
      ...ctx.request,
      get action() {
        read = true
        return action
      },
    }
    const tracked: RecordContext = { request, matrix: ctx.matrix }
    for (const rule of policy.rules) {
      if (rule.scope !== 'record') continue
      let outcome = shared.get(rule)
      if (outcome === undefined) {
        read = false
        outcome = rule.evaluate(tracked)
        if (!read) shared.set(rule, outcome)
      }
      addOutcome(into, rule.id, rule.basis, outcome)
    }
  }
}

const evaluateDocument = (policy: Policy, ctx: DocumentContext, into: Combined): void => {
  for (const rule of policy.rules) if (rule.scope === 'document') addOutcome(into, rule.id, rule.basis, rule.evaluate(ctx))
}

const matrixOf = (options: Options | undefined): CompiledMatrix => compileMatrix(options?.matrix ?? DEFAULT_MATRIX)

const decideUnsafe = (request: Request, matrix: CompiledMatrix, recordRules: RecordEvaluator): Decision => {
  const action: unknown = request.action
  if (!isAction(action)) return denyWith('R-ACTOR-3', BASIS['R-ACTOR-3'], 'UNKNOWN_ACTION')
  const policy = POLICIES[action]
  const combined = emptyCombined()
  recordRules(policy, { request, matrix }, combined)
  const claimed = request.document
  if (DOCUMENT_ACTIONS.includes(action)) {
    if (claimed === undefined || claimed === null)
      addOutcome(combined, 'A-6', BASIS['A-6'], { _tag: 'Deny', code: 'DOCUMENT_MISSING', remedies: [] })
    else if (action === 'feed') evaluateDocument(policy, { request, matrix, document: claimed }, combined)
    else {
      // the record's copy decides; the request's copy only adds a denial when it is absent or differs.
      const { document, outcome } = resolveDocument(request.record, claimed)
      addOutcome(combined, 'A-7', BASIS['A-7'], outcome)
      if (document !== undefined) evaluateDocument(policy, { request, matrix, document }, combined)
    }
  }
  return decisionOf(combined)
}

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
 * // d.allowed === false; d.reasons[0].rule === 'R-ACTOR-1'
 *
 * @see RULES.md for every rule id.
 * @since 0.1.0
 */
export const decide = (request: Request, options?: Options): Decision => {
  try {
    return decideUnsafe(request, matrixOf(options), evaluateRecord)
  } catch {
    // INVARIANT: unreachable for values of the declared types; a malformed value fails closed.
    return denyWith('A-6', BASIS['A-6'], 'MALFORMED_REQUEST')
  }
}

// The named function of `action`: its request type refuses another action and, for a document action, a missing
// document; at run time the function's own action still decides (a plain-JS caller's wrong action is overridden).
const named =
  <A extends Action>(action: A) =>
  (request: RequestFor<A>, options?: Options): Decision =>
    decide({ ...(request as ActionlessRequest), action }, options)

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
 * Decides `view` for every document of the record, in record order. Record-level rules are evaluated
 * once; each document adds only its own rules. Agrees with `decide` on `view`, document by document.
 *
 * @since 0.1.0
 */
export const visibleDocuments = (request: ActionlessRequest, options?: Options): ReadonlyArray<DocumentDecision> => {
  try {
    const policy = POLICIES.view
    const matrix = matrixOf(options)
    const viewRequest: Request = { ...request, action: 'view' }
    // The record-level rules run once and are combined (and sorted) once; each document's own outcomes are
    // folded into a scratch combination, then merged into the record's: the same Decision as `decide`.
    const recordCombined = emptyCombined()
    evaluateRecord(policy, { request: viewRequest, matrix }, recordCombined)
    sortCombined(recordCombined)
    const documentCombined = emptyCombined()
    // Documents whose own rules say the same thing share one frozen Decision (most documents of a record do):
    // a record of 100 000 documents then holds a handful of decisions, not 100 000.
    const memo = decisionMemo()
    // INVARIANT: document-scoped rules read `ctx.document`, never `ctx.request.document` (src/rules/rule.ts),
    // so every document shares one request; the property "agrees with decide" checks it.
    return request.record.documents.map((document) => {
      clearCombined(documentCombined)
      evaluateDocument(policy, { request: viewRequest, matrix, document }, documentCombined)
      return { document, decision: memoDecisionWith(memo, recordCombined, documentCombined) }
    })
  } catch {
    // INVARIANT: unreachable for values of the declared types.
    const docs = Array.isArray(request?.record?.documents) ? request.record.documents : []
    return docs.map((document) => ({ document, decision: denyWith('A-6', BASIS['A-6'], 'MALFORMED_REQUEST') }))
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
 * The request of {@link allowedActions}: one document of the record; an `action`, if present, is one of
 * {@link RECORD_DOCUMENT_ACTIONS} and is ignored.
 *
 * @since 0.2.0
 */
export type DocumentActionsRequest = Omit<Request, 'action' | 'document'> & {
  readonly action?: RecordDocumentAction
  readonly document: HealthDocument
}

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
 * // menu.view.allowed === true; menu.delete.allowed === true (R-DEL-1); menu.mask.allowed === false
 *
 * @see A-7 (the record's copy decides), R-MASK-1..4, R-DEL-1..2, R-INVIS-2, R-FEED-3, R-MINOR-5
 * @since 0.2.0
 */
export const allowedActions = (request: DocumentActionsRequest, options?: Options): AllowedActions => {
  const out: { [A in RecordDocumentAction]?: Decision } = {}
  try {
    const matrix = matrixOf(options)
    const recordRules = sharedRecordEvaluator()
    for (const action of RECORD_DOCUMENT_ACTIONS) out[action] = decideUnsafe({ ...request, action }, matrix, recordRules)
  } catch {
    // INVARIANT: unreachable for values of the declared types; then each action is decide's own answer.
    for (const action of RECORD_DOCUMENT_ACTIONS) out[action] = decide({ ...request, action }, options)
  }
  return out as AllowedActions
}
