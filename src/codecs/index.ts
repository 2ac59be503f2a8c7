// dmp-rules/codecs — io-ts codecs and decoders for untrusted input (JSON from another system, a file, a form).
//
// Decode once at the boundary, then call the decision functions with a value of the declared type.
// Policy: STRICT. Every issue is reported at once, never thrown: wrong types at any depth, unknown enum values,
// impossible dates, empty ids, UNKNOWN KEYS at every level (a typo such as `explicitConsnet` must not silently
// become `false`), duplicate document or legal-representative ids, a legal-representative actor absent from the
// record, a document action without `document`, `at` before the birth date, and (0.2.0) what the record
// contradicts: a document other than the record's copy, a fed document that is not new, indirect authentication
// without an establishment, an emancipation before 16, a protected adult without the measure.
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import type { IsoDate } from '../domain/dates.js'
import { freezeAndMark } from '../domain/built.js'
import type { Profession } from '../domain/profession.js'
import type {
  AccessMode,
  Action,
  Actor,
  Authentication,
  Authorization,
  Block,
  DocumentAuthor,
  EmergencyAccess,
  HealthDocument,
  HealthRecord,
  LegalRepresentative,
  LegalRepresentativeActor,
  MesStatus,
  Patient,
  PatientActor,
  ProfessionalActor,
  Request,
  ThirdParty,
  ThirdPartyActor,
} from '../domain/types.js'
import type { AuthorizationMatrix, MatrixGrant } from '../matrix/types.js'
import type { Lang, Message } from '../messages/index.js'
import { decodeIssue, isoDate, issue, publicIssue, toPointer, type DecodeIssue, type DecodeIssueCode, type Decoder, type RawIssue } from './decoder.js'
import { issueListOf, receivedOf } from '../messages/decoding.js'
import * as D from './domain.js'
import { deepFreeze } from '../domain/frozen.js'

export type { DecodeIssue, DecodeIssueCode } from './decoder.js'
export type { DecodeIssueOf, DecodeIssueParams, Expected, ExpectedKey, Received } from '../messages/decoding.js'
export { DECODE_ISSUE_CODES, decodeIssueMessage, receivedOf } from '../messages/decoding.js'
export { decodeIssue } from './decoder.js'

// -------------------------------------------------------------------------------------
// io-ts bridge
// -------------------------------------------------------------------------------------

/** An io-ts validation error that also carries our stable issue code and both messages (`message` is the English one). */
interface CodedValidationError extends t.ValidationError {
  readonly code: DecodeIssueCode
  readonly messages: Message
}

// The validation errors our codecs made, with the issue each carries (its parameters included). Only these are
// read back as our issues: an error object from elsewhere is worded as a foreign codec's.
const CODED = new WeakMap<t.ValidationError, RawIssue>()

const valueAt = (u: unknown, segments: ReadonlyArray<string | number>): unknown => {
  let v = u
  for (const s of segments) {
    if (typeof v !== 'object' || v === null) return undefined
    const d = Object.getOwnPropertyDescriptor(v, String(s))
    v = d !== undefined && 'value' in d ? d.value : undefined
  }
  return v
}

const toValidationError = (i: RawIssue, c: t.Context, u: unknown): CodedValidationError => {
  const e: CodedValidationError = {
    code: i.code,
    value: valueAt(u, i.segments),
    context: [...c, ...i.segments.map((s) => ({ key: String(s), type: t.unknown, actual: undefined }))],
    message: i.message.en,
    messages: i.message,
  }
  CODED.set(e, i)
  return e
}

const codec = <A>(name: string, d: Decoder<A>): t.Type<A, A, unknown> =>
  new t.Type<A, A, unknown>(
    name,
    (u): u is A => E.isRight(d.decode(u, [])),
    (u, c) => {
      const r = d.decode(u, [])
      return E.isRight(r) ? t.success(r.right) : t.failures(r.left.map((i) => toValidationError(i, c, u)))
    },
    t.identity,
  )

// io-ts combinators that append to the context the index of a member (not a key of the input): `t.intersection`
// and `t.union` (`t.taggedUnion` is a union). Their entries are no step into the value (issue 22 item 7).
const MEMBER_INDEX_TAGS: ReadonlySet<unknown> = new Set(['IntersectionType', 'UnionType'])

/** The JSON-pointer segments of an io-ts context: every key after the root, but a member index of those combinators. */
const pathOf = (context: t.Context): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1]?.type as { readonly _tag?: unknown } | undefined
    if (parent !== undefined && MEMBER_INDEX_TAGS.has(parent._tag)) continue
    out.push(context[i]?.key ?? '')
  }
  return out
}

/**
 * The {@link DecodeIssue}s of io-ts errors: for composing our codecs with io-ts combinators (e.g.
 * `t.array(RequestCodec)`) and still getting JSON-pointer paths, messages (French and English) and codes. Errors
 * of other codecs get the code `INVALID_TYPE` and a message built from the codec's name (or, when such a codec
 * set its own `message`, that text, in one language only: it stands for both). Since 0.3.0 the paths are those of
 * the input under `t.intersection` and `t.union` too (`/actor/profession`, not `/0/actor/profession`): the index
 * of the member that failed is not a step into the value.
 *
 * @example
 * import * as t from 'io-ts'
 * import { RequestCodec, issuesOf } from 'dmp-rules/codecs'
 * const r = t.array(RequestCodec).decode([{}])
 * const first = r._tag === 'Left' ? issuesOf(r.left)[0] : undefined
 * first?.path // '/0/action'
 * first?.message.en // 'expected key "action" holding one of "consult", …, got no such key'
 * if (first?.code === 'MISSING_KEY') first.key // 'action'
 *
 * @since 0.1.0
 */
export const issuesOf = (errors: t.Errors): ReadonlyArray<DecodeIssue> =>
  errors.map((e) => {
    const path = toPointer(pathOf(e.context))
    const coded = CODED.get(e)
    if (coded !== undefined) return publicIssue({ ...coded, segments: [] }, path)
    const last = e.context[e.context.length - 1]
    const expected = last === undefined ? 'aValidValue' : { name: last.type.name }
    const received = receivedOf(e.value)
    return e.message !== undefined
      ? decodeIssue('INVALID_TYPE', path, { expected, received, text: e.message })
      : decodeIssue('INVALID_TYPE', path, { expected, received })
  })

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/** An ISO calendar date `YYYY-MM-DD` that exists. @since 0.1.0 */
export const IsoDateCodec: t.Type<IsoDate, IsoDate, unknown> = codec('IsoDate', isoDate)
deepFreeze(IsoDateCodec)
/** One of the {@link Profession}s. @since 0.1.0 */
export const ProfessionCodec: t.Type<Profession, Profession, unknown> = codec('Profession', D.profession)
deepFreeze(ProfessionCodec)
/** @since 0.1.0 */
export const AuthenticationCodec: t.Type<Authentication, Authentication, unknown> = codec('Authentication', D.authentication)
deepFreeze(AuthenticationCodec)
/** @since 0.1.0 */
export const ThirdPartyCodec: t.Type<ThirdParty, ThirdParty, unknown> = codec('ThirdParty', D.thirdParty)
deepFreeze(ThirdPartyCodec)
/** @since 0.1.0 */
export const PatientActorCodec: t.Type<PatientActor, PatientActor, unknown> = codec('PatientActor', D.patientActor)
deepFreeze(PatientActorCodec)
/** @since 0.1.0 */
export const LegalRepresentativeActorCodec: t.Type<LegalRepresentativeActor, LegalRepresentativeActor, unknown> = codec(
  'LegalRepresentativeActor',
  D.legalRepresentativeActor,
)
deepFreeze(LegalRepresentativeActorCodec)
/** @since 0.1.0 */
export const ProfessionalActorCodec: t.Type<ProfessionalActor, ProfessionalActor, unknown> = codec(
  'ProfessionalActor',
  D.professionalActor,
)
deepFreeze(ProfessionalActorCodec)
/** @since 0.1.0 */
export const ThirdPartyActorCodec: t.Type<ThirdPartyActor, ThirdPartyActor, unknown> = codec('ThirdPartyActor', D.thirdPartyActor)
deepFreeze(ThirdPartyActorCodec)
/**
 * Any {@link Actor}, by its `kind`. (Whether a legal representative is listed in the record is checked by
 * {@link RequestCodec}, which sees both.)
 *
 * @since 0.1.0
 */
export const ActorCodec: t.Type<Actor, Actor, unknown> = codec('Actor', D.actor)
deepFreeze(ActorCodec)
/** @since 0.1.0 */
export const MesStatusCodec: t.Type<MesStatus, MesStatus, unknown> = codec('MesStatus', D.mesStatus)
deepFreeze(MesStatusCodec)
/** @since 0.1.0 */
export const DocumentAuthorCodec: t.Type<DocumentAuthor, DocumentAuthor, unknown> = codec('DocumentAuthor', D.documentAuthor)
deepFreeze(DocumentAuthorCodec)
/** @since 0.1.0 */
export const HealthDocumentCodec: t.Type<HealthDocument, HealthDocument, unknown> = codec('HealthDocument', D.healthDocument)
deepFreeze(HealthDocumentCodec)
/** @since 0.1.0 */
export const PatientCodec: t.Type<Patient, Patient, unknown> = codec('Patient', D.patient)
deepFreeze(PatientCodec)
/** @since 0.1.0 */
export const LegalRepresentativeCodec: t.Type<LegalRepresentative, LegalRepresentative, unknown> = codec(
  'LegalRepresentative',
  D.legalRepresentative,
)
deepFreeze(LegalRepresentativeCodec)
/** @since 0.1.0 */
export const BlockCodec: t.Type<Block, Block, unknown> = codec('Block', D.block)
deepFreeze(BlockCodec)
/** @since 0.1.0 */
export const AuthorizationCodec: t.Type<Authorization, Authorization, unknown> = codec('Authorization', D.authorization)
deepFreeze(AuthorizationCodec)
/** @since 0.1.0 */
export const EmergencyAccessCodec: t.Type<EmergencyAccess, EmergencyAccess, unknown> = codec('EmergencyAccess', D.emergencyAccess)
deepFreeze(EmergencyAccessCodec)
/**
 * A {@link HealthRecord}, including unique document ids and unique legal-representative ids.
 *
 * @since 0.1.0
 */
export const HealthRecordCodec: t.Type<HealthRecord, HealthRecord, unknown> = codec('HealthRecord', D.healthRecord)
deepFreeze(HealthRecordCodec)
/** @since 0.1.0 */
export const ActionCodec: t.Type<Action, Action, unknown> = codec('Action', D.action)
deepFreeze(ActionCodec)
/** @since 0.1.0 */
export const AccessModeCodec: t.Type<AccessMode, AccessMode, unknown> = codec('AccessMode', D.accessMode)
deepFreeze(AccessModeCodec)
/**
 * A {@link Request}, with every check of {@link decodeRequest}.
 *
 * @example
 * import { RequestCodec } from 'dmp-rules/codecs'
 * RequestCodec.is({ action: 'consult' }) // false
 *
 * @since 0.1.0
 */
export const RequestCodec: t.Type<Request, Request, unknown> = codec('Request', D.request)
deepFreeze(RequestCodec)
/** @since 0.1.0 */
export const MatrixGrantCodec: t.Type<MatrixGrant, MatrixGrant, unknown> = codec('MatrixGrant', D.matrixGrant)
deepFreeze(MatrixGrantCodec)
/** @since 0.1.0 */
export const AuthorizationMatrixCodec: t.Type<AuthorizationMatrix, AuthorizationMatrix, unknown> = codec(
  'AuthorizationMatrix',
  D.authorizationMatrix,
)
deepFreeze(AuthorizationMatrixCodec)

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

// Decoded values are fresh plain objects (the decoders copy what they accept, reading own data properties only),
// deeply frozen and marked as built (since 0.3.0, src/domain/built.ts): the engine remembers work on them.
// Total (since 0.3.0): a value that throws while it is read (a throwing Proxy trap, a revoked Proxy) is one issue,
// UNREADABLE_INPUT; at most MAX_ISSUES issues are returned, then one, TOO_MANY_ISSUES, says how many more there were.
const run = <A>(d: Decoder<A>, u: unknown): E.Either<ReadonlyArray<DecodeIssue>, A> => {
  let r: E.Either<ReadonlyArray<RawIssue>, A>
  try {
    r = d.decode(u, [])
  } catch {
    return E.left([publicIssue(issue('UNREADABLE_INPUT', [], {}))])
  }
  if (E.isRight(r)) return E.right(freezeAndMark(r.right))
  return E.left(capped(r.left))
}

/**
 * The most issues a decoder returns (`decodeRequest`, `decodeRecord`, `decodeMatrix`); when there are more, one
 * more issue, `TOO_MANY_ISSUES`, says how many were left out. A body of any size decodes without throwing.
 *
 * @example
 * import { decodeRecord, MAX_ISSUES } from 'dmp-rules/codecs'
 * const r = decodeRecord({ patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false }, status: { kind: 'active' },
 *   treatingDoctorIds: new Array(5000).fill(0), legalRepresentatives: [], blocks: [], authorizations: [], documents: [] })
 * const issues = r._tag === 'Left' ? r.left : []
 * // issues.length === MAX_ISSUES + 1; issues[MAX_ISSUES]?.code === 'TOO_MANY_ISSUES'
 *
 * @since 0.3.0
 */
export const MAX_ISSUES = 1000

const capped = (issues: ReadonlyArray<RawIssue>): ReadonlyArray<DecodeIssue> => {
  const n = Math.min(issues.length, MAX_ISSUES)
  const out: Array<DecodeIssue> = []
  for (let i = 0; i < n; i++) out.push(publicIssue(issues[i] as RawIssue))
  if (issues.length > MAX_ISSUES) out.push(publicIssue(issue('TOO_MANY_ISSUES', [], { more: issues.length - MAX_ISSUES })))
  return out
}

/**
 * Decodes an untrusted value into a {@link Request}, or lists EVERY issue found (never throws).
 *
 * Strict: unknown keys are issues at every level (a typo such as `explicitConsnet` must not silently become
 * `false`); an optional key set to `undefined` counts as absent. Also checked: real calendar dates, enum
 * values (the message lists the allowed ones), non-empty ids, unique document ids and legal-representative
 * ids (path of the second one), a legal-representative actor listed in `record.legalRepresentatives` (path
 * `/actor/id`), `document` present for a document action (path `/document`), `at` on or after the birth date.
 * Since 0.2.0, the record is the source of truth: for a document action but `feed` the document must be the
 * record's copy (`DOCUMENT_NOT_IN_RECORD` at `/document/id`, `DOCUMENT_DIFFERS_FROM_RECORD` at each differing field);
 * a fed document is new (`FED_DOCUMENT_ID_EXISTS`, `FED_DOCUMENT_NOT_ADDED_AT`, R-FEED-1); indirect authentication
 * names its establishment (`INDIRECT_WITHOUT_ESTABLISHMENT`, R-AUTH-1); no emancipation before 16
 * (`EMANCIPATED_UNDER_16`, R-MINOR-3); a protected adult's measure is stated (`PROTECTION_MEASURE_MISSING`, R-MINOR-8).
 * Since 0.3.0 a curatelle or a sauvegarde de justice never carries a representation of the person
 * (`REPRESENTATION_NOT_CARRIED_BY_MEASURE` at `/record/patient/protection/representationOfPerson`, R-MINOR-8 (b)), and
 * the request may say `holderCannotExpressWill` (R-MINOR-8 (c)) and the actor `residenceCoordinatingDoctor` (R-ACTOR-8).
 * The result is a fresh plain object, deeply frozen (since 0.2.0): the input is neither mutated nor shared.
 * Since 0.3.0 the record's `treatingDoctorIds`, `legalRepresentatives` and `documents` may be left out (they are
 * then empty, as `buildRecord` makes them: their absence can only deny); `blocks` and `authorizations` may not (a
 * list left out could hide a block or a prohibition: the issue says to write `[]`), nor `documents` to `feed`.
 *
 * @param u - anything, e.g. the result of `JSON.parse`.
 * @returns `Right(request)` or `Left(issues)`, each with a JSON-pointer `path` (RFC 6901), a `message` in French
 *   and English (`{ fr, en }`, since 0.2.0) saying what was expected and what was found, and a stable `code`.
 *
 * @example
 * import { decodeRequest, formatIssues } from 'dmp-rules/codecs'
 * import { decide } from 'dmp-rules'
 * // The body of an HTTP request, say:
 * const body = '{"action":"consult","actor":{"kind":"patient"},"at":"2024-06-01","record":{"patient":{"birthDate":"1980-01-01","emancipated":false,"protectedAdult":false},"status":{"kind":"active"},"blocks":[],"authorizations":[]}}'
 * const result = decodeRequest(JSON.parse(body))
 * if (result._tag === 'Left') throw new Error(formatIssues(result.left))
 * const decision = decide(result.right)
 *
 * @see R-ACTOR-3 (who acts), A-6 (a decision needs a real date), R-MINOR-1 (listed legal representatives).
 * @since 0.1.0
 */
export const decodeRequest = (u: unknown): E.Either<ReadonlyArray<DecodeIssue>, Request> => run(D.request, u)

/**
 * Decodes an untrusted value into an {@link AuthorizationMatrix}, or lists EVERY issue (never throws).
 * Strict as {@link decodeRequest}: unknown keys, unknown professions, empty codes are issues. Since 0.3.0 a grant is a
 * profession grant or a grant to occupational doctors, `{ occupationalDoctor: true, typeCodes, source? }` (R-ACTOR-7
 * rev. 3), which names no profession (a `profession` key on it is an unknown key).
 *
 * @example
 * import { decodeMatrix } from 'dmp-rules/codecs'
 * decodeMatrix({ version: '1', grants: [{ profession: 'medecin', typeCodes: '*' }] })._tag // 'Right'
 * decodeMatrix({ version: '1', grants: [{ occupationalDoctor: true, typeCodes: ['11488-4'] }] })._tag // 'Right'
 * const bad = decodeMatrix({ version: '1', grants: [{ profession: 'doctor', typeCodes: '*' }] })
 * const issue = bad._tag === 'Left' ? bad.left[0] : undefined
 * issue?.code // 'INVALID_ENUM'
 * issue?.path // '/grants/0/profession'
 * issue?.message.en // 'expected one of "medecin", … got "doctor"…'
 * issue?.message.fr // `attendu l'une des valeurs "medecin", … reçu "doctor"…`
 *
 * @see R-AUTH-7
 * @since 0.1.0
 */
export const decodeMatrix = (u: unknown): E.Either<ReadonlyArray<DecodeIssue>, AuthorizationMatrix> =>
  run(D.authorizationMatrix, u)

/**
 * Decodes an untrusted value into a {@link HealthRecord}, or lists every issue. Left-out `treatingDoctorIds`,
 * `legalRepresentatives` and `documents` are empty (since 0.3.0); `blocks` and `authorizations` are required.
 *
 * @example
 * import { decodeRecord } from 'dmp-rules/codecs'
 * decodeRecord({})._tag // 'Left'
 *
 * @since 0.1.0
 */
export const decodeRecord = (u: unknown): E.Either<ReadonlyArray<DecodeIssue>, HealthRecord> => run(D.healthRecord, u)

// -------------------------------------------------------------------------------------
// rendering
// -------------------------------------------------------------------------------------


/**
 * Renders issues for humans, one per line, `path: message`, in English (default) or French (the root is
 * written `(root)`, or `(racine)`). It takes the issues of the decoders and, since 0.3.0, those of the interop
 * readers (`InteropIssue` of `dmp-rules/interop`: same `{ code, path, message: { fr, en } }` shape). A message
 * that is a plain string (an issue of 0.2 or of the caller's own) is printed as is, whatever the language.
 *
 * @param issues - issues of the decoders or of the interop readers (anything with a `path` and a `message` in
 *   both languages).
 * @param lang - the language of the messages: `'en'` (default) or `'fr'`. Since 0.2.0.
 *
 * @example
 * import { decodeRequest, formatIssues } from 'dmp-rules/codecs'
 * const r = decodeRequest({ action: 'consult', actor: { kind: 'patient' }, record: {}, at: '2023-02-30' })
 * if (r._tag === 'Left') {
 *   formatIssues(r.left) // '/record/patient: expected key "patient" holding …\n…\n/at: expected an ISO date YYYY-MM-DD that exists, got "2023-02-30"'
 *   formatIssues(r.left, 'fr') // '…\n/at: attendu une date ISO AAAA-MM-JJ qui existe, reçu "2023-02-30"'
 * }
 *
 * @since 0.1.0
 */
export const formatIssues = (issues: ReadonlyArray<FormattableIssue>, lang: Lang = 'en'): string => {
  const l: Lang = lang === 'fr' ? 'fr' : 'en'
  return issues.map((i) => `${i.path === '' ? issueListOf(l).root : i.path}: ${textOf(i.message, l)}`).join('\n')
}

/**
 * What {@link formatIssues} renders: a codec's {@link DecodeIssue}, an interop reader's `InteropIssue`, or any
 * issue with a JSON-pointer `path` and a message in both languages.
 *
 * @example
 * import type { FormattableIssue } from 'dmp-rules/codecs'
 * const mine: FormattableIssue = { path: '/rows/3', message: { fr: 'ligne vide', en: 'empty row' } }
 *
 * @since 0.3.0
 */
export interface FormattableIssue {
  readonly path: string
  readonly message: Message
}

// A plain string message (0.2's interop issues, a caller's own) stands for both languages; a missing one is said so.
const textOf = (message: unknown, lang: Lang): string => {
  if (typeof message === 'string') return message
  if (typeof message === 'object' && message !== null) {
    const text: unknown = (message as Partial<Record<Lang, unknown>>)[lang] ?? (message as Partial<Record<Lang, unknown>>).en
    if (typeof text === 'string') return text
  }
  return issueListOf(lang).noMessage
}

/**
 * Prefixes the paths of issues with a JSON pointer, e.g. `/3` for the fourth request of an array.
 *
 * @example
 * import { prefixIssues } from 'dmp-rules/codecs'
 * prefixIssues('/3', [{ code: 'MISSING_KEY', path: '/at', message: { fr: '…', en: '…' } }])[0]?.path // '/3/at'
 *
 * @since 0.1.0
 */
export const prefixIssues = <I extends { readonly path: string }>(prefix: string, issues: ReadonlyArray<I>): ReadonlyArray<I> =>
  issues.map((i) => ({ ...i, path: `${prefix}${i.path}` }))
