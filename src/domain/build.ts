// Builders of records and documents: documented defaults for what a caller's data does not say, never an
// identity. Every optional field accepts `undefined` (a value mapped from a database) and is then left out,
// so callers with `exactOptionalPropertyTypes` need no conditional spreads.
import type { IsoDate } from './dates.js'
import { freezeAndMark, isBuilt } from './built.js'
import { copyActor } from '../read.js'
import type {
  Actor,
  Authorization,
  Block,
  DocumentAuthor,
  EmergencyAccess,
  HealthDocument,
  HealthRecord,
  LegalRepresentative,
  MesStatus,
  Patient,
  ProtectionMeasure,
} from './types.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link buildDocument} needs: the document's identity (`id`, `typeCode`, `author`, `addedOn`) is required;
 * every flag defaults to `false`; `undefined` means absent.
 *
 * @since 0.2.0
 */
export interface DocumentInput {
  readonly id: string
  readonly typeCode: string
  readonly author: DocumentAuthorInput
  readonly addedOn: IsoDate
  /** Default `false`. */
  readonly maskedFromProfessionals?: boolean | undefined
  /** Default `false`. */
  readonly invisibleToPatient?: boolean | undefined
  /** Default `false`. */
  readonly hiddenFromLegalRepresentatives?: boolean | undefined
  readonly subcontractedBy?: string | undefined
}

/**
 * A {@link DocumentAuthor} whose optional `establishmentId` may be `undefined`.
 *
 * @since 0.2.0
 */
export type DocumentAuthorInput =
  | { readonly kind: 'professional'; readonly id: string; readonly establishmentId?: string | undefined }
  | { readonly kind: 'patient' }
  | { readonly kind: 'legal-representative'; readonly id: string }

/**
 * What {@link buildRecord} needs of the patient: the birth date is required (the library never guesses an age);
 * `emancipated` and `protectedAdult` default to `false`; `undefined` means absent.
 *
 * @since 0.2.0
 */
export interface PatientInput {
  readonly birthDate: IsoDate
  /** Default `false`. */
  readonly emancipated?: boolean | undefined
  /** Default `false`; `true` needs {@link PatientInput.protection} (R-MINOR-8). */
  readonly protectedAdult?: boolean | undefined
  readonly protection?: ProtectionMeasure | undefined
  readonly ins?: { readonly qualified: boolean } | undefined
  readonly deceasedOn?: IsoDate | undefined
}

/**
 * A {@link LegalRepresentative} whose `doctorPresenceRequired` defaults to `false`.
 *
 * @since 0.2.0
 */
export interface LegalRepresentativeInput {
  readonly id: string
  readonly role: LegalRepresentative['role']
  /** Default `false`. */
  readonly doctorPresenceRequired?: boolean | undefined
}

/**
 * A {@link Block} whose `until` may be `undefined` (still blocked).
 *
 * @since 0.2.0
 */
export interface BlockInput {
  readonly target: Block['target']
  readonly id: string
  readonly from: IsoDate
  readonly until?: IsoDate | undefined
}

/**
 * What {@link buildRecord} needs: the patient's birth date; the status defaults to active, every list to empty,
 * `emergencyAccess` to absent (the patient's emergency settings then all `true`, R-EMERG-1..3).
 *
 * @since 0.2.0
 */
export interface RecordInput {
  readonly patient: PatientInput
  /** Default `{ kind: 'active' }`. */
  readonly status?: MesStatus | undefined
  /** Default `[]`. */
  readonly treatingDoctorIds?: ReadonlyArray<string> | undefined
  /** Default `[]`. */
  readonly legalRepresentatives?: ReadonlyArray<LegalRepresentativeInput> | undefined
  /** Default `[]`. */
  readonly blocks?: ReadonlyArray<BlockInput> | undefined
  /** Default `[]`. */
  readonly authorizations?: ReadonlyArray<Authorization> | undefined
  /** Default `[]`; each is built by {@link buildDocument}. */
  readonly documents?: ReadonlyArray<DocumentInput> | undefined
  readonly emergencyAccess?: EmergencyAccess | undefined
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const authorOf = (a: DocumentAuthorInput): DocumentAuthor => {
  if (typeof a !== 'object' || a === null) return a
  const kind = a.kind
  switch (kind) {
    case 'professional': {
      const id = a.id
      const establishmentId = a.establishmentId
      return establishmentId === undefined ? { kind, id } : { kind, id, establishmentId }
    }
    case 'patient':
      return { kind }
    case 'legal-representative':
      return { kind, id: a.id }
    default:
      // INVARIANT: unreachable for the declared types; an unknown kind is kept for the engine to deny.
      return { kind } as unknown as DocumentAuthor
  }
}

/**
 * A {@link HealthDocument} from its identity: no flag set (not masked, not invisible to the patient, not hidden
 * from the legal representatives) unless the input says so. Optional fields given as `undefined` are left out;
 * fields the domain does not know (a database row's other columns) are not copied.
 *
 * @param input - the document's `id`, `typeCode`, `author` and `addedOn` (required), and any flag
 * @returns a new HealthDocument, deeply frozen and marked as built (the engine remembers work on built values only); a document built already is returned as is
 *
 * @example
 * import { buildDocument } from 'dmp-rules'
 * // A row read from a database: `establishmentId` and `masked` may be missing.
 * const row: { establishmentId?: string; masked?: boolean } = {}
 * const document = buildDocument({
 *   id: 'cr-1', typeCode: '11490-0', addedOn: '2025-01-20',
 *   author: { kind: 'professional', id: 'dr-1', establishmentId: row.establishmentId },
 *   maskedFromProfessionals: row.masked,
 * })
 * // { id: 'cr-1', typeCode: '11490-0', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2025-01-20',
 * //   maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false }
 *
 * @since 0.2.0
 */
export const buildDocument = (input: DocumentInput): HealthDocument => {
  if (isBuilt(input)) return input as HealthDocument
  // Each field read once (a getter runs once), into a fresh object.
  const subcontractedBy = input.subcontractedBy
  const document: HealthDocument = {
    id: input.id,
    typeCode: input.typeCode,
    author: authorOf(input.author),
    addedOn: input.addedOn,
    maskedFromProfessionals: input.maskedFromProfessionals ?? false,
    invisibleToPatient: input.invisibleToPatient ?? false,
    hiddenFromLegalRepresentatives: input.hiddenFromLegalRepresentatives ?? false,
  }
  return freezeAndMark(subcontractedBy === undefined ? document : { ...document, subcontractedBy })
}

// Only the fields of the domain are copied, nested objects included, each read once.
const patientOf = (p: PatientInput): Patient => {
  const protection = p.protection
  const ins = p.ins
  const deceasedOn = p.deceasedOn
  return {
    birthDate: p.birthDate,
    emancipated: p.emancipated ?? false,
    protectedAdult: p.protectedAdult ?? false,
    ...(protection === undefined || protection === null
      ? {}
      : { protection: { measure: protection.measure, representationOfPerson: protection.representationOfPerson } }),
    ...(ins === undefined || ins === null ? {} : { ins: { qualified: ins.qualified } }),
    ...(deceasedOn === undefined ? {} : { deceasedOn }),
  }
}

const statusOf = (s: MesStatus): MesStatus => {
  if (typeof s !== 'object' || s === null) return s
  const kind = s.kind
  switch (kind) {
    case 'active':
    case 'deactivated':
      return { kind }
    case 'closed':
    case 'deleted':
    case 'refused':
      return { kind, on: (s as { readonly on: IsoDate }).on }
    default:
      // INVARIANT: unreachable for the declared types; an unknown status is kept for the engine to deny.
      return { kind } as unknown as MesStatus
  }
}

const authorizationOf = (a: Authorization): Authorization => {
  const professionalId = (a as { readonly professionalId?: string }).professionalId
  const status = a.status
  return professionalId !== undefined
    ? { professionalId, status }
    : { establishmentId: (a as { readonly establishmentId: string }).establishmentId, status }
}

const emergencyAccessOf = (e: EmergencyAccess): EmergencyAccess => ({
  breakGlass: e.breakGlass,
  regulationCentre: e.regulationCentre,
  maskedDocuments: e.maskedDocuments,
})

const blockOf = (b: BlockInput): Block => {
  const until = b.until
  const block = { target: b.target, id: b.id, from: b.from }
  return until === undefined ? block : { ...block, until }
}

/** A fresh array of the input's items, each read once (the length once, then each index). */
const listOf = <A, B>(input: ReadonlyArray<A> | undefined, item: (a: A) => B): Array<B> => {
  if (input === undefined || input === null) return []
  const length = input.length
  const out: Array<B> = []
  for (let i = 0; i < length; i++) out.push(item(input[i] as A))
  return out
}

/**
 * A {@link HealthRecord} from what the caller knows: the patient's birth date is required; the patient is not
 * emancipated nor a protected adult, the space is active, every list is empty and `emergencyAccess` is absent
 * unless the input says otherwise. Documents are built by {@link buildDocument}; legal representatives need no
 * doctor's presence unless said. Optional fields given as `undefined` are left out; only the fields of the domain
 * are copied, nested objects included (a database row's other columns stay behind), so the result shares no
 * object with the input.
 *
 * @param input - at least `{ patient: { birthDate } }`
 * @returns a new HealthRecord, deeply frozen and marked as built: repeated decisions on it (with a built actor) skip the record-level work already done; documents built already are kept, not copied
 *
 * @example
 * import { buildRecord } from 'dmp-rules'
 * const record = buildRecord({ patient: { birthDate: '2010-04-12', deceasedOn: undefined }, legalRepresentatives: [{ id: 'mum', role: 'parent' }] })
 * // { patient: { birthDate: '2010-04-12', emancipated: false, protectedAdult: false }, status: { kind: 'active' },
 * //   treatingDoctorIds: [], legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: false }],
 * //   blocks: [], authorizations: [], documents: [] }
 *
 * @since 0.2.0
 */
export const buildRecord = (input: RecordInput): HealthRecord => {
  if (isBuilt(input)) return input as HealthRecord
  const status = input.status
  const emergencyAccess = input.emergencyAccess
  const record: HealthRecord = {
    patient: patientOf(input.patient),
    status: status === undefined ? { kind: 'active' } : statusOf(status),
    treatingDoctorIds: listOf(input.treatingDoctorIds, (id) => id),
    legalRepresentatives: listOf(input.legalRepresentatives, (r): LegalRepresentative => ({ id: r.id, role: r.role, doctorPresenceRequired: r.doctorPresenceRequired ?? false })),
    blocks: listOf(input.blocks, blockOf),
    authorizations: listOf(input.authorizations, authorizationOf),
    // A document the library built already is kept as is (it is immutable); any other is built.
    documents: listOf(input.documents, buildDocument),
  }
  return freezeAndMark(emergencyAccess === undefined ? record : { ...record, emergencyAccess: emergencyAccessOf(emergencyAccess) })
}

// -------------------------------------------------------------------------------------
// actors
// -------------------------------------------------------------------------------------

/**
 * What {@link buildActor} needs: an {@link Actor} whose every optional field may be `undefined` (then left out).
 *
 * @since 0.3.0
 */
export type ActorInput = Actor extends infer A ? (A extends Actor ? { readonly [K in keyof A]: A[K] | (undefined extends A[K] ? undefined : never) } : never) : never

/**
 * An {@link Actor} the library built: a fresh plain object holding exactly the fields of the actor's kind (each
 * read once; optional fields given as `undefined` left out; other fields, such as a database row's columns, left
 * behind), deeply frozen and marked as built. Repeated decisions for the same built actor on the same built record
 * skip the record-level work already done (docs/performance.md); any other actor is copied and decided in full on
 * every call, with the same answers.
 *
 * @param input - an actor, e.g. `{ kind: 'professional', id, profession, authentication, establishmentId: row.establishment }`
 * @returns a new Actor, deeply frozen (an actor of an unknown kind keeps only its kind: the engine denies it, A-6)
 *
 * @example
 * import { buildActor } from 'dmp-rules'
 * const row: { establishment?: string } = {}
 * const doctor = buildActor({ kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps', establishmentId: row.establishment })
 * // { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' }
 *
 * @see A-6, R-ACTOR-3
 * @since 0.3.0
 */
export const buildActor = <A extends ActorInput>(input: A): Extract<Actor, { readonly kind: A['kind'] }> => {
  if (isBuilt(input)) return input as unknown as Extract<Actor, { readonly kind: A['kind'] }>
  return freezeAndMark(copyActor(input) as Extract<Actor, { readonly kind: A['kind'] }>)
}
