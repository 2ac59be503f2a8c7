// The engine: picks the action's policy, evaluates its rules, combines the outcomes.
// INVARIANT: total — never throws on a value of the declared types; anything unknown denies.
import { POLICIES, type Policy } from './actions/index.js'
import { combine, denyWith, type RuledOutcome } from './decision/combine.js'
import type { Decision } from './decision/decision.js'
import { ACTIONS, DOCUMENT_ACTIONS, type Action, type ActionlessRequest, type HealthDocument, type Request } from './domain/types.js'
import { compileMatrix, type CompiledMatrix } from './matrix/compile.js'
import { DEFAULT_MATRIX } from './matrix/default.js'
import type { AuthorizationMatrix } from './matrix/types.js'
import type { DocumentContext, RecordContext } from './rules/rule.js'

/**
 * Options of every decision function.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The authorisation matrix (R-AUTH-7); default: the bundled {@link DEFAULT_MATRIX}. */
  readonly matrix?: AuthorizationMatrix
}

const isAction = (u: unknown): u is Action => typeof u === 'string' && (ACTIONS as ReadonlyArray<string>).includes(u)

const evaluateRecord = (policy: Policy, ctx: RecordContext, out: Array<RuledOutcome>): void => {
  for (const rule of policy.rules)
    if (rule.scope === 'record') out.push({ rule: rule.id, basis: rule.basis, outcome: rule.evaluate(ctx) })
}

const evaluateDocument = (policy: Policy, ctx: DocumentContext, out: Array<RuledOutcome>): void => {
  for (const rule of policy.rules)
    if (rule.scope === 'document') out.push({ rule: rule.id, basis: rule.basis, outcome: rule.evaluate(ctx) })
}

const matrixOf = (options: Options | undefined): CompiledMatrix => compileMatrix(options?.matrix ?? DEFAULT_MATRIX)

const decideUnsafe = (request: Request, options: Options | undefined): Decision => {
  const action: unknown = request.action
  if (!isAction(action)) return denyWith('R-ACTOR-3', [], 'UNKNOWN_ACTION')
  const policy = POLICIES[action]
  const matrix = matrixOf(options)
  const outcomes: Array<RuledOutcome> = []
  evaluateRecord(policy, { request, matrix }, outcomes)
  const document = request.document
  if (DOCUMENT_ACTIONS.includes(action)) {
    if (document === undefined || document === null)
      outcomes.push({ rule: 'A-6', basis: [], outcome: { _tag: 'Deny', code: 'DOCUMENT_MISSING', remedies: [] } })
    else evaluateDocument(policy, { request, matrix, document }, outcomes)
  }
  return combine(outcomes)
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
    return decideUnsafe(request, options)
  } catch {
    // INVARIANT: unreachable for values of the declared types; a malformed value fails closed.
    return denyWith('A-6', [], 'MALFORMED_REQUEST')
  }
}

const named =
  (action: Action) =>
  (request: ActionlessRequest, options?: Options): Decision =>
    decide({ ...request, action }, options)

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
    const recordOutcomes: Array<RuledOutcome> = []
    evaluateRecord(policy, { request: viewRequest, matrix }, recordOutcomes)
    return request.record.documents.map((document) => {
      const outcomes = recordOutcomes.slice()
      evaluateDocument(policy, { request: { ...viewRequest, document }, matrix, document }, outcomes)
      return { document, decision: combine(outcomes) }
    })
  } catch {
    // INVARIANT: unreachable for values of the declared types.
    const docs = Array.isArray(request?.record?.documents) ? request.record.documents : []
    return docs.map((document) => ({ document, decision: denyWith('A-6', [], 'MALFORMED_REQUEST') }))
  }
}
