// Builders of records and documents: documented defaults for what a caller's data does not say, never an
// identity. Every optional field accepts `undefined` (a value mapped from a database) and is then left out,
// so callers with `exactOptionalPropertyTypes` need no conditional spreads.
import type { IsoDate } from './dates.js'
import { freezeAndMark, isBuilt } from './built.js'
import { copyActor, leaf, NOT_A_VALUE } from './copy.js'
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
  if (typeof a !== 'object' || a === null) return leaf(a) as DocumentAuthor
  const kind = a.kind
  switch (kind) {
    case 'professional': {
      const id = leaf(a.id) as string
      const establishmentId = leaf(a.establishmentId) as string | undefined
      return establishmentId === undefined ? { kind, id } : { kind, id, establishmentId }
    }
    case 'patient':
      return { kind }
    case 'legal-representative':
      return { kind, id: leaf(a.id) as string }
    default:
      // INVARIANT: unreachable for the declared types; an unknown kind is kept for the engine to deny.
      return { kind: leaf(kind) } as unknown as DocumentAuthor
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
  try {
    return documentOf(input)
  } catch {
    // An input that cannot be read (a throwing getter, a revoked Proxy): a document of no declared type.
    return UNREADABLE_DOCUMENT
  }
}

const UNREADABLE_DOCUMENT = freezeAndMark({ id: NOT_A_VALUE }) as unknown as HealthDocument

const documentOf = (input: DocumentInput): HealthDocument => {
  if (typeof input !== 'object' || input === null) return UNREADABLE_DOCUMENT
  if (isBuilt(input)) return input as HealthDocument
  // Each field read once (a getter runs once), into a fresh object.
  const subcontractedBy = leaf(input.subcontractedBy) as string | undefined
  const document = {
    id: leaf(input.id),
    typeCode: leaf(input.typeCode),
    author: authorOf(input.author),
    addedOn: leaf(input.addedOn),
    maskedFromProfessionals: leaf(input.maskedFromProfessionals) ?? false,
    invisibleToPatient: leaf(input.invisibleToPatient) ?? false,
    hiddenFromLegalRepresentatives: leaf(input.hiddenFromLegalRepresentatives) ?? false,
  } as HealthDocument
  return freezeAndMark(subcontractedBy === undefined ? document : { ...document, subcontractedBy })
}

// Only the fields of the domain are copied, nested objects included, each read once.
const patientOf = (p: PatientInput): Patient => {
  if (typeof p !== 'object' || p === null) return leaf(p) as Patient
  const protection = p.protection
  const ins = p.ins
  const deceasedOn = leaf(p.deceasedOn)
  return {
    birthDate: leaf(p.birthDate),
    emancipated: leaf(p.emancipated) ?? false,
    protectedAdult: leaf(p.protectedAdult) ?? false,
    ...(protection === undefined || protection === null
      ? {}
      : { protection: { measure: leaf(protection.measure), representationOfPerson: leaf(protection.representationOfPerson) } }),
    ...(ins === undefined || ins === null ? {} : { ins: { qualified: leaf(ins.qualified) } }),
    ...(deceasedOn === undefined ? {} : { deceasedOn }),
  } as Patient
}

const statusOf = (s: MesStatus): MesStatus => {
  if (typeof s !== 'object' || s === null) return leaf(s) as MesStatus
  const kind = leaf(s.kind)
  switch (kind) {
    case 'active':
    case 'deactivated':
      return { kind }
    case 'closed':
    case 'deleted':
    case 'refused':
      return { kind, on: leaf((s as { readonly on: IsoDate }).on) as IsoDate }
    default:
      // INVARIANT: unreachable for the declared types; an unknown status is kept for the engine to deny.
      return { kind } as unknown as MesStatus
  }
}

const authorizationOf = (a: Authorization): Authorization => {
  if (typeof a !== 'object' || a === null) return leaf(a) as Authorization
  const professionalId = leaf((a as { readonly professionalId?: string }).professionalId) as string | undefined
  const status = leaf(a.status) as Authorization['status']
  return professionalId !== undefined
    ? { professionalId, status }
    : { establishmentId: leaf((a as { readonly establishmentId: string }).establishmentId) as string, status }
}

const emergencyAccessOf = (e: EmergencyAccess): EmergencyAccess =>
  typeof e !== 'object' || e === null
    ? (leaf(e) as EmergencyAccess)
    : ({ breakGlass: leaf(e.breakGlass), regulationCentre: leaf(e.regulationCentre), maskedDocuments: leaf(e.maskedDocuments) } as EmergencyAccess)

const blockOf = (b: BlockInput): Block => {
  if (typeof b !== 'object' || b === null) return leaf(b) as Block
  const until = leaf(b.until)
  const block = { target: leaf(b.target), id: leaf(b.id), from: leaf(b.from) } as Block
  return until === undefined ? block : { ...block, until: until as IsoDate }
}

/** A fresh array of the input's items, each read once (the length once, then each index). */
const listOf = <A, B>(input: ReadonlyArray<A> | undefined, item: (a: A) => B): Array<B> => {
  if (input === undefined || input === null) return []
  if (!Array.isArray(input)) return leaf(input) as Array<B>
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
  try {
    return recordOf(input)
  } catch {
    // An input that cannot be read (a throwing getter, a revoked Proxy): a record every decision denies.
    return UNREADABLE_RECORD
  }
}

const UNREADABLE_RECORD = freezeAndMark({ patient: NOT_A_VALUE, status: NOT_A_VALUE, treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [] }) as unknown as HealthRecord

const recordOf = (input: RecordInput): HealthRecord => {
  if (typeof input !== 'object' || input === null) return UNREADABLE_RECORD
  if (isBuilt(input)) return input as HealthRecord
  const status = input.status
  const emergencyAccess = input.emergencyAccess
  const record: HealthRecord = {
    patient: patientOf(input.patient),
    status: status === undefined ? { kind: 'active' } : statusOf(status),
    treatingDoctorIds: listOf(input.treatingDoctorIds, (id) => leaf(id) as string),
    legalRepresentatives: listOf(input.legalRepresentatives, (r): LegalRepresentative =>
      typeof r !== 'object' || r === null
        ? (leaf(r) as LegalRepresentative)
        : ({ id: leaf(r.id), role: leaf(r.role), doctorPresenceRequired: leaf(r.doctorPresenceRequired) ?? false } as LegalRepresentative),
    ),
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
  type Built = Extract<Actor, { readonly kind: A['kind'] }>
  if (isBuilt(input)) return input as unknown as Built
  try {
    const copy = copyActor(input)
    return freezeAndMark((typeof copy === 'object' && copy !== null ? copy : { kind: NOT_A_VALUE }) as Built)
  } catch {
    // An input that cannot be read (a throwing getter, a revoked Proxy): an actor of no declared kind.
    return UNREADABLE_ACTOR as Built
  }
}

const UNREADABLE_ACTOR = freezeAndMark({ kind: NOT_A_VALUE }) as unknown as Actor
