// dmp-rules/testing — requests: VALID requests of every action, the actor related to the record and its
// document, every optional flag present or absent.
import * as fc from 'fast-check'
import type { IsoDate } from '../domain/dates.js'
import {
  ACCESS_MODES,
  ACTIONS,
  DOCUMENT_ACTIONS,
  type AccessMode,
  type Action,
  type Actor,
  type DocumentAuthor,
  type HealthDocument,
  type HealthRecord,
  type Request,
  type RequestOf,
} from '../domain/types.js'
import { arbActor, arbLegalRepresentativeActor, arbPatientActor, arbProfessionalActor, arbThirdPartyActor } from './actors.js'
import { arbAt } from './dates.js'
import { documentAround } from './documents.js'
import { SAMPLE_IDS, arbId, often } from './pools.js'
import { recordAround } from './record.js'

// -------------------------------------------------------------------------------------
// requests
// -------------------------------------------------------------------------------------

/**
 * Options of {@link arbRequest}.
 *
 * @since 0.1.0
 */
export interface RequestConstraints<A extends Action = Action> {
  /**
   * The action, or the actions to choose from (default: every action). Since 0.2.0 it types the requests:
   * `arbRequest({ action: 'view' })` is an arbitrary of `RequestOf<'view'>`, whose `document` is required.
   */
  readonly action?: A | ReadonlyArray<A> | undefined
  /** The kind of actor, or the kinds to choose from (default: every kind, professionals most often). */
  readonly actorKind?: Actor['kind'] | ReadonlyArray<Actor['kind']> | undefined
}

/** Internal: a value or a list of values, as a list. */
export const asList = <T>(v: T | ReadonlyArray<T>): ReadonlyArray<T> => (Array.isArray(v) ? (v as ReadonlyArray<T>) : [v as T])

const arbActorOfKinds = (kinds: ReadonlyArray<Actor['kind']> | undefined): fc.Arbitrary<Actor> => {
  if (kinds === undefined || kinds.length === 0) return arbActor()
  const byKind: { readonly [K in Actor['kind']]: fc.Arbitrary<Actor> } = {
    patient: arbPatientActor,
    'legal-representative': arbLegalRepresentativeActor,
    professional: arbProfessionalActor(),
    'third-party': arbThirdPartyActor,
  }
  return fc.oneof(...kinds.map((k) => byKind[k]))
}

const arbFlags = fc.record(
  {
    careTeam: often(2, 1),
    participatesInCare: often(3, 1),
    explicitConsent: often(2, 1),
    patientOpposes: often(1, 3),
    atPatientRequest: fc.boolean(),
    inPresenceOfDoctor: fc.boolean(),
    accessMode: fc.oneof(
      { arbitrary: fc.constant<AccessMode>('normal'), weight: 2 },
      { arbitrary: fc.constantFrom(...ACCESS_MODES), weight: 2 },
    ),
    api: fc.constantFrom('v1' as const, 'v2' as const),
    carteVitaleRead: fc.boolean(),
    shareWith: fc.record({ role: fc.constantFrom('parent' as const, 'guardian' as const, 'other' as const) }),
    // R-MINOR-8 (c), R-ACTOR-8 (rev. 3)
    holderCannotExpressWill: often(1, 2),
  },
  { requiredKeys: [] },
)

// Which document a request carries: one of the record's (by index), or another one.
const arbDocumentChoice = fc.oneof(
  { arbitrary: fc.record({ existing: fc.constant(true as const), index: fc.nat({ max: 9 }) }), weight: 4 },
  {
    arbitrary: fc.record({
      existing: fc.constant(false as const),
      id: fc.oneof(arbId(SAMPLE_IDS.documents), fc.constantFrom('doc-new-1', 'doc-new-2')),
      doc: documentAround(fc.constant('')),
    }),
    weight: 1,
  },
)

/**
 * A VALID request: `at` on or after the birth date, a `document` for every document action — for `feed` a new
 * one (an id the record does not hold, `addedOn` = `at`, R-FEED-1), for every other action one OF THE RECORD,
 * the record's own copy (A-7; an empty record gets one) — a legal-representative actor always listed in the
 * record, indirect authentication always with an establishment (R-AUTH-1), emancipation only from 16
 * (R-MINOR-3), every optional flag present or absent. Requests the codecs reject are
 * {@link arbTamperedRequest}'s job. Ids are shared so that the actor is often an author,
 * a treating doctor, blocked or authorised, and dates cluster on the boundaries of the rules (18th
 * birthday, start and end of blocks, refusal + 1 year, feeding + 1 month, 2023-01-01, 2023-12-30), so that
 * both allowed and denied decisions come out often.
 *
 * Typed by the actions asked for (since 0.2.0): `arbRequest({ action: 'view' })` generates `RequestOf<'view'>`,
 * whose `action` is `'view'` and whose `document` is required; without `action`, plain {@link Request}s.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbRequest } from 'dmp-rules/testing'
 * import { canConsult, decide, type RequestOf } from 'dmp-rules'
 * const openButtonEnabled = (request: RequestOf<'consult'>): boolean => canConsult(request).allowed // your code
 * // My UI greys out the "open record" button exactly when the library denies.
 * fc.assert(
 *   fc.property(arbRequest({ action: 'consult' }), (request) =>
 *     openButtonEnabled(request) === decide(request).allowed,
 *   ),
 * )
 *
 * @since 0.1.0
 */
export const arbRequest = <A extends Action = Action>(constraints: RequestConstraints<A> = {}): fc.Arbitrary<RequestOf<A>> => {
  const actions: ReadonlyArray<Action> = constraints.action === undefined ? ACTIONS : asList<Action>(constraints.action)
  const kinds = constraints.actorKind === undefined ? undefined : asList(constraints.actorKind)
  return fc
    .record({
      action: fc.constantFrom(...(actions.length === 0 ? ACTIONS : actions)),
      at: arbAt,
      record: recordAround,
      actor: arbActorOfKinds(kinds),
      repIndex: fc.nat({ max: 5 }),
      newRep: fc.record({
        role: fc.constantFrom('parent' as const, 'guardian' as const, 'other' as const),
        doctorPresenceRequired: fc.boolean(),
      }),
      document: arbDocumentChoice,
      documentOnOtherAction: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
      flags: arbFlags,
      // Relations that make allowances frequent: the actor authored the document, is a treating doctor, holds a
      // valid authorisation (on top of whatever the record says).
      relate: fc.record({ author: often(1, 3), feedOwn: often(3, 1), treating: often(1, 3), authorised: often(1, 2) }),
    })
    .map((g): Request => {
      let record = g.record(g.at)
      let actor = g.actor
      // INVARIANT: a legal-representative actor is listed in the record; usually it is one already there.
      if (actor.kind === 'legal-representative') {
        const reps = record.legalRepresentatives
        const chosen = reps.length === 0 ? undefined : reps[g.repIndex % (reps.length + 1)]
        const id = chosen === undefined ? actor.id : chosen.id
        actor = { kind: 'legal-representative', id }
        if (!reps.some((r) => r.id === id)) record = { ...record, legalRepresentatives: [...reps, { id, ...g.newRep }] }
      }
      const isDocumentAction = DOCUMENT_ACTIONS.includes(g.action)
      let document: HealthDocument | undefined
      if (g.action === 'feed') {
        // INVARIANT: a fed document is new — an id the record does not hold, added on `at` (R-FEED-1).
        const c = g.document
        const drawn = c.existing ? freshFrom(c.index, g.at) : { ...c.doc(g.at), id: c.id }
        document = { ...drawn, id: unusedId(record, drawn.id), addedOn: g.at }
      } else if (isDocumentAction || g.documentOnOtherAction) {
        // INVARIANT: the document of any other action is one OF THE RECORD, the record's own object; an
        // empty record gets one first.
        const c = g.document
        const picked = c.existing ? record.documents[c.index % Math.max(record.documents.length, 1)] : undefined
        if (picked !== undefined) document = picked
        else {
          const drawn = c.existing ? freshFrom(c.index, g.at) : { ...c.doc(g.at), id: c.id }
          document = { ...drawn, id: unusedId(record, drawn.id) }
          record = { ...record, documents: [...record.documents, document] }
        }
      }
      if (actor.kind === 'professional') {
        const pid = actor.id
        if (g.relate.treating && !record.treatingDoctorIds.includes(pid))
          record = { ...record, treatingDoctorIds: [...record.treatingDoctorIds, pid] }
        if (g.relate.authorised)
          record = { ...record, authorizations: [...record.authorizations, { professionalId: pid, status: 'valid' }] }
      }
      // Whoever feeds a document is usually its author (R-FEED-1, R-FEED-3).
      const authored = g.relate.author || (g.action === 'feed' && g.relate.feedOwn)
      if (authored && document !== undefined && actor.kind !== 'third-party') {
        const author: DocumentAuthor =
          actor.kind === 'professional'
            ? actor.establishmentId === undefined
              ? { kind: 'professional', id: actor.id }
              : { kind: 'professional', id: actor.id, establishmentId: actor.establishmentId }
            : actor.kind === 'legal-representative'
              ? { kind: 'legal-representative', id: actor.id }
              : { kind: 'patient' }
        const before = document
        const after: HealthDocument = { ...before, author }
        // The same document in the record, if it is one of the record's.
        record = { ...record, documents: record.documents.map((d) => (d === before ? after : d)) }
        document = after
      }
      // The representative `require-doctor-presence` is about: usually one of the record's (R-MINOR-6).
      const named = g.action === 'require-doctor-presence' ? record.legalRepresentatives[g.repIndex % (record.legalRepresentatives.length + 1)] : undefined
      const flags = named === undefined ? g.flags : { ...g.flags, representativeId: named.id }
      const base: Request = { action: g.action, actor, record, at: g.at, ...flags }
      return document === undefined ? base : { ...base, document }
    }) as fc.Arbitrary<RequestOf<A>> // INVARIANT (above): the action is one of A; a document action has its document
}

/** Internal: an id the record's documents do not use: `id` itself, or `id` with the first free suffix. */
export const unusedId = (record: HealthRecord, id: string): string => {
  const used = new Set(record.documents.map((d) => d.id))
  let candidate = id
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`
  return candidate
}

// A new document when the choice asked for an existing one but there is none (or the action is `feed`).
const freshFrom = (index: number, at: IsoDate): HealthDocument => ({
  id: `doc-new-${index}`,
  typeCode: SAMPLE_IDS.typeCodes[index % SAMPLE_IDS.typeCodes.length] ?? '11488-4',
  author: index % 3 === 0 ? { kind: 'patient' } : { kind: 'professional', id: SAMPLE_IDS.professionals[index % 4] ?? 'ps-1' },
  addedOn: at,
  maskedFromProfessionals: index % 4 === 1,
  invisibleToPatient: index % 5 === 2,
  hiddenFromLegalRepresentatives: index % 6 === 3,
})
