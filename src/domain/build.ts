// Builders of records and documents: documented defaults for what a caller's data does not say, never an
// identity. Every optional field accepts `undefined` (a value mapped from a database) and is then left out,
// so callers with `exactOptionalPropertyTypes` need no conditional spreads.
import type { IsoDate } from './dates.js'
import { freezeBuilt } from './frozen.js'
import type {
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
  switch (a.kind) {
    case 'professional':
      return a.establishmentId === undefined
        ? { kind: 'professional', id: a.id }
        : { kind: 'professional', id: a.id, establishmentId: a.establishmentId }
    case 'patient':
      return { kind: 'patient' }
    case 'legal-representative':
      return { kind: 'legal-representative', id: a.id }
  }
}

/**
 * A {@link HealthDocument} from its identity: no flag set (not masked, not invisible to the patient, not hidden
 * from the legal representatives) unless the input says so. Optional fields given as `undefined` are left out;
 * fields the domain does not know (a database row's other columns) are not copied.
 *
 * @param input - the document's `id`, `typeCode`, `author` and `addedOn` (required), and any flag
 * @returns a new HealthDocument, deeply frozen (see {@link isDeeplyFrozen})
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
  const document: HealthDocument = {
    id: input.id,
    typeCode: input.typeCode,
    author: authorOf(input.author),
    addedOn: input.addedOn,
    maskedFromProfessionals: input.maskedFromProfessionals ?? false,
    invisibleToPatient: input.invisibleToPatient ?? false,
    hiddenFromLegalRepresentatives: input.hiddenFromLegalRepresentatives ?? false,
  }
  return freezeBuilt(input.subcontractedBy === undefined ? document : { ...document, subcontractedBy: input.subcontractedBy })
}

// Only the fields of the domain are copied, nested objects included: a row's other columns stay behind.
const patientOf = (p: PatientInput): Patient => ({
  birthDate: p.birthDate,
  emancipated: p.emancipated ?? false,
  protectedAdult: p.protectedAdult ?? false,
  ...(p.protection === undefined
    ? {}
    : { protection: { measure: p.protection.measure, representationOfPerson: p.protection.representationOfPerson } }),
  ...(p.ins === undefined ? {} : { ins: { qualified: p.ins.qualified } }),
  ...(p.deceasedOn === undefined ? {} : { deceasedOn: p.deceasedOn }),
})

const statusOf = (s: MesStatus): MesStatus => {
  switch (s.kind) {
    case 'active':
    case 'deactivated':
      return { kind: s.kind }
    case 'closed':
    case 'deleted':
    case 'refused':
      return { kind: s.kind, on: s.on }
    default:
      // INVARIANT: unreachable for the declared types; an unknown status is kept (a copy) for the engine to deny.
      return { ...(s as object) } as MesStatus
  }
}

const authorizationOf = (a: Authorization): Authorization =>
  'professionalId' in a ? { professionalId: a.professionalId, status: a.status } : { establishmentId: a.establishmentId, status: a.status }

const emergencyAccessOf = (e: EmergencyAccess): EmergencyAccess => ({
  breakGlass: e.breakGlass,
  regulationCentre: e.regulationCentre,
  maskedDocuments: e.maskedDocuments,
})

const blockOf = (b: BlockInput): Block =>
  b.until === undefined ? { target: b.target, id: b.id, from: b.from } : { target: b.target, id: b.id, from: b.from, until: b.until }

/**
 * A {@link HealthRecord} from what the caller knows: the patient's birth date is required; the patient is not
 * emancipated nor a protected adult, the space is active, every list is empty and `emergencyAccess` is absent
 * unless the input says otherwise. Documents are built by {@link buildDocument}; legal representatives need no
 * doctor's presence unless said. Optional fields given as `undefined` are left out; only the fields of the domain
 * are copied, nested objects included (a database row's other columns stay behind), so the result shares no
 * object with the input.
 *
 * @param input - at least `{ patient: { birthDate } }`
 * @returns a new HealthRecord, deeply frozen: repeated decisions on it skip the record-level work already done (see {@link isDeeplyFrozen})
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
  const record: HealthRecord = {
    patient: patientOf(input.patient),
    status: input.status === undefined ? { kind: 'active' } : statusOf(input.status),
    treatingDoctorIds: [...(input.treatingDoctorIds ?? [])],
    legalRepresentatives: (input.legalRepresentatives ?? []).map(
      (r): LegalRepresentative => ({ id: r.id, role: r.role, doctorPresenceRequired: r.doctorPresenceRequired ?? false }),
    ),
    blocks: (input.blocks ?? []).map(blockOf),
    authorizations: (input.authorizations ?? []).map(authorizationOf),
    documents: (input.documents ?? []).map(buildDocument),
  }
  return freezeBuilt(input.emergencyAccess === undefined ? record : { ...record, emergencyAccess: emergencyAccessOf(input.emergencyAccess) })
}
