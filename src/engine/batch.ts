// The batch functions: many decisions on one request — every document's `view` (visibleDocuments), every action on
// one document (allowedActions), a record's screen (recordView). They share the authorizer's one path
// (src/engine/authorize.ts): the record-level rules evaluated once (or found remembered), each document walking on
// from their node, each signature's Decision combined once. The public functions, with their options, are
// src/engine/api.ts's; the types of their answers are here.
import type { Decision, Obligation, Reason, Remedy } from '../decision/decision.js'
import { notApplicable } from '../decision/outcome.js'
import { originalDocuments, validRequest } from '../domain/copy.js'
import { RECORD_DOCUMENT_ACTIONS, type HealthDocument, type HealthRecord, type RecordDocumentAction, type Request } from '../domain/types.js'
import type { CompiledMatrix } from '../matrix/compile.js'
import { authorize, decisionAt, failureOf, MALFORMED, recordNodeOf } from './authorize.js'
import { evaluateRecordRule, sharedRecordEvaluator, walkDocumentPart, type EvaluationContext } from './evaluate.js'
import { findStage } from './memo.js'
import { VIEW_PLAN } from './plan.js'
import { fullDocuments, readInput } from './request.js'

// -------------------------------------------------------------------------------------
// every document's view
// -------------------------------------------------------------------------------------

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
 * `view` for every document of the record, in record order, on a compiled matrix ({@link visibleDocuments} of
 * src/engine/api.ts). Never throws: a read of the caller's input that throws denies every listed document, a
 * library fault too. @internal
 */
export const documentsOf = (request: RecordRequest, matrix: CompiledMatrix): ReadonlyArray<DocumentDecision> => {
  let originals: ReadonlyArray<HealthDocument> = []
  try {
    const plan = VIEW_PLAN
    // Read once, what the library did not build copied (src/domain/copy.ts): the rows hold the documents the rules read.
    const viewRequest: Request = readInput(request as Request, 'view')
    if (typeof viewRequest !== 'object' || viewRequest === null) return []
    const record: unknown = viewRequest.record
    const listed: unknown = typeof record === 'object' && record !== null ? (record as HealthRecord).documents : undefined
    let documents: ReadonlyArray<HealthDocument> = Array.isArray(listed) ? (listed as ReadonlyArray<HealthDocument>) : []
    originals = originalDocuments(documents)
    if (!validRequest(viewRequest as unknown as Readonly<Record<string, unknown>>)) return originals.map((document) => ({ document, decision: MALFORMED }))
    // Every document is decided: each one of a copied record is copied whole now (once; src/domain/copy.ts).
    documents = fullDocuments(documents)
    // The record-level rules run once (or not at all, when remembered for a built record and actor:
    // src/engine/memo.ts), walking the trie to the record's node; each document walks on from there with its own
    // rules. Documents whose rules say the same thing share one frozen Decision (most documents of a record do): a
    // record of 100 000 documents holds a handful of decisions, not 100 000. A document's own copy is the record's,
    // so A-7 is NotApplicable and takes no step: the same signature, so the same Decision, as decide.
    // One context for the whole call, its document set before each document's rules: no allocation per document.
    // INVARIANT (re-entrancy): only built values and copies are read from here on; no caller code runs.
    const context: EvaluationContext = { request: viewRequest, matrix, document: undefined }
    const stage = findStage(viewRequest, matrix)
    if (stage !== undefined) stage.claimed = undefined
    const recordNode = stage?.node ?? recordNodeOf(plan, matrix, context, evaluateRecordRule)
    // INVARIANT: document-scoped rules read `ctx.document`, never `ctx.request.document` (src/rules/rule.ts),
    // so every document shares one request; the property "agrees with decide" checks it.
    // Each row gives back the caller's own document (the rules read its copy, when the library did not build it).
    return documents.map((document, i) => ({
      document: originals[i] as HealthDocument,
      decision: decisionAt(walkDocumentPart(recordNode, plan, document, notApplicable, context), plan, matrix),
    }))
  } catch (e) {
    // A read of the caller's input threw, or the library failed: every document it listed is denied.
    const denial = failureOf(e)
    return originals.map((document) => ({ document, decision: denial }))
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
 * Every action on one document, on a compiled matrix ({@link allowedActions} of src/engine/api.ts): each exactly
 * what the authorizer gives for that action; the record-level rules the actions share are evaluated once. Never
 * throws: every action gets the same denial when the input cannot be read or the library fails. @internal
 */
export const actionsOf = (request: DocumentRequest, matrix: CompiledMatrix): AllowedActions => {
  const out: { [A in RecordDocumentAction]?: Decision } = {}
  try {
    // Read once (src/domain/copy.ts): every action decides on the same values.
    const base = readInput(request as Request)
    if (typeof base !== 'object' || base === null) {
      for (const action of RECORD_DOCUMENT_ACTIONS) out[action] = MALFORMED
      return out as AllowedActions
    }
    const recordRules = sharedRecordEvaluator()
    for (const action of RECORD_DOCUMENT_ACTIONS) out[action] = authorize({ ...base, action }, matrix, recordRules)
  } catch (e) {
    const denial = failureOf(e)
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
 * A record's screen on a compiled matrix ({@link recordView} of src/engine/api.ts): the consultation's decision and
 * every document's `view` row with its own reasons. `base` is already read (src/engine/request.ts). @internal
 */
export const viewOf = (base: Request, matrix: CompiledMatrix): RecordView => {
  let consultation: Decision
  try {
    consultation = authorize(base, matrix, evaluateRecordRule)
  } catch (e) {
    consultation = failureOf(e)
  }
  // Rows of one record share their Decision objects (the memo's): compute each one's own reasons once.
  const owns = new Map<Decision, OwnReasons>()
  const documents = documentsOf(base, matrix).map(({ document, decision }): DocumentRow => {
    let own = owns.get(decision)
    if (own === undefined) {
      own = ownOf(consultation, decision)
      owns.set(decision, own)
    }
    return { document, decision, own }
  })
  return { consultation, documents }
}
