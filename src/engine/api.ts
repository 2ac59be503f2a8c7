// The public API of the engine: the options, `decide`, the named function of every action, the batch functions and
// `createRules`. Each reads the options' matrix (a read that throws denies: A-6 UNREADABLE_INPUT) and hands the
// request to the authorizer (src/engine/authorize.ts) or the batch functions (src/engine/batch.ts).
// INVARIANT: total — no function here throws on a value of its declared types; anything unknown denies.
import type { Decision } from '../decision/decision.js'
import { RECORD_DOCUMENT_ACTIONS, type Action, type Request, type RequestFor } from '../domain/types.js'
import type { CompiledMatrix } from '../matrix/compile.js'
import type { AuthorizationMatrix } from '../matrix/types.js'
import { authorize, failureOf, matrixOf, UNREADABLE } from './authorize.js'
import {
  actionsOf,
  documentsOf,
  viewOf,
  type AllowedActions,
  type DocumentDecision,
  type DocumentRequest,
  type RecordRequest,
  type RecordView,
} from './batch.js'
import { evaluateRecordRule } from './evaluate.js'
import { readInput } from './request.js'

export type {
  AllowedActions,
  DocumentActionsRequest,
  DocumentDecision,
  DocumentRequest,
  DocumentRow,
  OwnReasons,
  RecordRequest,
  RecordView,
  RecordViewRequest,
} from './batch.js'

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

// Options whose matrix cannot be read: reading it throws, so every decision denies (A-6 UNREADABLE_INPUT).
const UNREADABLE_OPTIONS: Options = Object.freeze({
  get matrix(): AuthorizationMatrix {
    throw new TypeError('the options could not be read')
  },
})

/** The options' matrix, compiled (src/engine/authorize.ts); `undefined` when reading the options throws (A-6). */
const compiledMatrixOf = (options: Options | undefined): CompiledMatrix | undefined => {
  try {
    return matrixOf(options?.matrix)
  } catch {
    return undefined
  }
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
 * // d.allowed === false; d.reasons[0]?.rule === 'R-ACTOR-1'
 *
 * @see docs/rules.md (shipped in the package) for every rule id.
 * @since 0.1.0
 */
export const decide = (request: Request, options?: Options): Decision => {
  const matrix = compiledMatrixOf(options)
  if (matrix === undefined) return UNREADABLE
  try {
    return authorize(request, matrix, evaluateRecordRule)
  } catch (e) {
    // A read of the caller's input threw (a throwing getter, a revoked Proxy): A-6; any other exception is the
    // library's own fault: A-9 (src/engine/authorize.ts).
    return failureOf(e)
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
    } catch (e) {
      return failureOf(e)
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
  const matrix = compiledMatrixOf(options)
  return matrix === undefined ? [] : documentsOf(request, matrix)
}

// -------------------------------------------------------------------------------------
// every action on one document
// -------------------------------------------------------------------------------------

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
  const matrix = compiledMatrixOf(options)
  if (matrix === undefined) {
    const out: { -readonly [A in keyof AllowedActions]?: Decision } = {}
    for (const action of RECORD_DOCUMENT_ACTIONS) out[action] = UNREADABLE
    return out as AllowedActions
  }
  return actionsOf(request, matrix)
}

// -------------------------------------------------------------------------------------
// a record's screen: the consultation once, each document's own reasons
// -------------------------------------------------------------------------------------

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
  } catch (e) {
    return { consultation: failureOf(e), documents: [] }
  }
  const matrix = compiledMatrixOf(options)
  if (matrix === undefined) return { consultation: UNREADABLE, documents: [] }
  return viewOf(base, matrix)
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
