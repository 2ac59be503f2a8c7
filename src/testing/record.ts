// dmp-rules/testing — records: the patient at every stage of life, the status, legal representatives, blocks,
// authorisations, documents and emergency settings, dates clustered around an anchor.
import * as fc from 'fast-check'
import { addDays, addMonths, compareDates, type IsoDate } from '../domain/dates.js'
import {
  MEASURES_WITH_REPRESENTATION_OF_PERSON,
  PROTECTION_MEASURES,
  type Authorization,
  type Block,
  type EmergencyAccess,
  type HealthRecord,
  type LegalRepresentative,
  type MesStatus,
  type Patient,
} from '../domain/types.js'
import { ROLE_OF_ADULT_REPRESENTATIVE } from '../rules/facts.js'
import { applyShift, arbAt, arbShift, around, laterOf, type Around } from './dates.js'
import { documentAround } from './documents.js'
import { SAMPLE_IDS, arbId, often } from './pools.js'

// -------------------------------------------------------------------------------------
// record
// -------------------------------------------------------------------------------------

const statusAround: Around<MesStatus> = fc.oneof(
  { arbitrary: fc.constant(() => ({ kind: 'active' as const })), weight: 12 },
  { arbitrary: fc.constant(() => ({ kind: 'deactivated' as const })), weight: 1 },
  ...(['closed', 'deleted'] as const).map((kind) => ({
    arbitrary: arbShift([0, -1], 240).map((s) => (anchor: IsoDate): MesStatus => ({ kind, on: applyShift(anchor, s) })),
    weight: 1,
  })),
  {
    // The one-year window after a refusal (R-STATUS-5): centred on `at` - 12 months.
    arbitrary: arbShift([-12, -11, 0], 60).map((s) => (anchor: IsoDate): MesStatus => ({ kind: 'refused', on: applyShift(anchor, s) })),
    weight: 2,
  },
)

/**
 * Options of {@link arbMesStatus}.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbMesStatus, type MesStatusConstraints } from 'dmp-rules/testing'
 * const constraints: MesStatusConstraints = { around: '2024-01-01' }
 * fc.sample(arbMesStatus(constraints), 1).length // 1
 *
 * @since 0.3.0
 */
export interface MesStatusConstraints {
  /** The anchor the dates of closure, deletion and refusal cluster around (default: a generated date). */
  readonly around?: IsoDate | undefined
}

/**
 * Every {@link MesStatus} kind, with dates (closure, deletion, refusal) around the given anchor.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbMesStatus } from 'dmp-rules/testing'
 * fc.assert(fc.property(arbMesStatus(), (s) => ['active', 'deactivated', 'closed', 'deleted', 'refused'].includes(s.kind)))
 *
 * @since 0.1.0
 */
export const arbMesStatus = (constraints: MesStatusConstraints = {}): fc.Arbitrary<MesStatus> =>
  around(statusAround, constraints.around === undefined ? arbAt : fc.constant(constraints.around))

// The stage of the patient at `at`: minors, emancipated minors, adults, protected adults, right around the 18th
// birthday, or born on 29 February.
const arbStage = fc.constantFrom(
  'minor',
  'emancipated-minor',
  'adult',
  'protected-adult',
  'turning-18',
  'leapling',
  'any',
)

const patientAround: Around<Patient> = fc
  .record({
    stage: arbStage,
    minorAge: fc.integer({ min: 0, max: 17 }),
    adultAge: fc.integer({ min: 18, max: 100 }),
    dayShift: fc.integer({ min: 0, max: 364 }),
    edge: fc.constantFrom(-1, 0, 1),
    emancipated: fc.boolean(),
    protectedAdult: fc.boolean(),
    measure: fc.constantFrom(...PROTECTION_MEASURES),
    // R-MINOR-8 (b) rev. 3: only a tutelle, a habilitation familiale or a mandat carries it (the map below).
    representationOfPerson: often(2, 1),
    ins: fc.option(
      fc.record({ qualified: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }) }),
      { nil: undefined, freq: 5 },
    ),
    deceased: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 9 },
      { arbitrary: arbShift([0, -1], 24), weight: 1 },
    ),
  })
  .map((p) => (anchor: IsoDate): Patient => {
    const { stage } = p
    let birthDate: IsoDate
    if (stage === 'turning-18') birthDate = addDays(addMonths(anchor, -12 * 18) ?? anchor, p.edge) ?? anchor
    else if (stage === 'leapling') {
      const y = Number(anchor.slice(0, 4)) - 18 + p.edge
      const leap = y - (((y % 4) + 4) % 4) // the last year divisible by 4 (1900 and 2100 are outside the range)
      birthDate = `${String(leap).padStart(4, '0')}-02-29`
    } else {
      // INVARIANT: an emancipated minor is 16 or 17 (C. civ. 413-2, R-MINOR-3).
    const years = stage === 'minor' ? p.minorAge : stage === 'emancipated-minor' ? 16 + (p.minorAge % 2) : p.adultAge
      birthDate = addDays(addMonths(anchor, -12 * years) ?? anchor, -p.dayShift) ?? anchor
    }
    // INVARIANT: the birth is on or before `at` (a valid request).
    if (compareDates(birthDate, anchor) > 0) birthDate = anchor
    const free = stage === 'turning-18' || stage === 'leapling' || stage === 'any'
    const emancipated = stage === 'emancipated-minor' || (free && p.emancipated)
    const protectedAdult = stage === 'protected-adult' || (free && p.protectedAdult)
    // INVARIANT: a protected adult's record states the measure (R-MINOR-8 rev. 2).
    // INVARIANT: a representation relating to the person only under a measure that can carry it (R-MINOR-8 (b)).
    const representationOfPerson = p.representationOfPerson && MEASURES_WITH_REPRESENTATION_OF_PERSON.includes(p.measure)
    const base: Patient = protectedAdult
      ? { birthDate, emancipated, protectedAdult, protection: { measure: p.measure, representationOfPerson } }
      : { birthDate, emancipated, protectedAdult }
    const withIns: Patient = p.ins === undefined ? base : { ...base, ins: p.ins }
    return p.deceased === undefined
      ? withIns
      : { ...withIns, deceasedOn: laterOf(applyShift(anchor, p.deceased), birthDate) }
  })

const arbLegalRepresentatives: fc.Arbitrary<ReadonlyArray<LegalRepresentative>> = fc.uniqueArray(
  fc.record({
    id: arbId(SAMPLE_IDS.representatives),
    role: fc.oneof(
      { arbitrary: fc.constantFrom('parent' as const, 'guardian' as const), weight: 5 },
      { arbitrary: fc.constant('other' as const), weight: 1 },
    ),
    doctorPresenceRequired: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
  }),
  { selector: (r) => r.id, maxLength: 3 },
)

// Blocks start around `at` (± 1 day) and end around `at` (± 1 day) or never.
const blockAround: Around<Block> = fc
  .record({
    target: fc.oneof(
      { arbitrary: fc.constant('professional' as const), weight: 3 },
      { arbitrary: fc.constant('establishment' as const), weight: 1 },
    ),
    proId: arbId(SAMPLE_IDS.professionals),
    estId: arbId(SAMPLE_IDS.establishments),
    from: arbShift([0, -1, -12], 60),
    until: fc.option(arbShift([0, 1, 12], 60), { nil: undefined }),
  })
  .map((b) => (anchor: IsoDate): Block => {
    const from = applyShift(anchor, b.from)
    const id = b.target === 'professional' ? b.proId : b.estId
    return b.until === undefined
      ? { target: b.target, id, from }
      : { target: b.target, id, from, until: laterOf(applyShift(anchor, b.until), from) }
  })

const arbAuthorizationStatus = fc.oneof(
  { arbitrary: fc.constant('valid' as const), weight: 3 },
  { arbitrary: fc.constantFrom('expired' as const, 'forbidden' as const), weight: 2 },
)

// Of a professional, or (rev. 2) of an establishment: the care team's consent recorded for it.
const arbAuthorization: fc.Arbitrary<Authorization> = fc.oneof(
  { arbitrary: fc.record({ professionalId: arbId(SAMPLE_IDS.professionals), status: arbAuthorizationStatus }), weight: 3 },
  { arbitrary: fc.record({ establishmentId: arbId(SAMPLE_IDS.establishments), status: arbAuthorizationStatus }), weight: 1 },
)

const arbEmergencyAccess: fc.Arbitrary<EmergencyAccess> = fc.record({
  breakGlass: fc.boolean(),
  regulationCentre: fc.boolean(),
  maskedDocuments: fc.boolean(),
})

/** Internal: a record built around an anchor (the request's `at`). */
export const recordAround: Around<HealthRecord> = fc
  .record({
    patient: patientAround,
    status: statusAround,
    treatingDoctorIds: fc.uniqueArray(arbId(SAMPLE_IDS.professionals), { maxLength: 2 }),
    legalRepresentatives: arbLegalRepresentatives,
    blocks: fc.array(blockAround, { maxLength: 3 }),
    authorizations: fc.array(arbAuthorization, { maxLength: 4 }),
    documents: fc
      .uniqueArray(fc.tuple(arbId(SAMPLE_IDS.documents), documentAround(fc.constant(''))), {
        selector: ([id]) => id,
        maxLength: 5,
      }),
    emergencyAccess: fc.option(arbEmergencyAccess, { nil: undefined, freq: 2 }),
    // R-MINOR-8 (a) rev. 3: the first representative of a protected adult often carries the role the measure gives
    // (`guardian` under a tutelle, `other` under a habilitation familiale or a mandat); otherwise any role.
    measureRole: often(1, 1),
  })
  .map((r) => (anchor: IsoDate): HealthRecord => {
    const patient = r.patient(anchor)
    const paired = patient.protection === undefined ? undefined : ROLE_OF_ADULT_REPRESENTATIVE[patient.protection.measure]
    const legalRepresentatives =
      r.measureRole && paired !== undefined ? r.legalRepresentatives.map((rep, i) => (i === 0 ? { ...rep, role: paired } : rep)) : r.legalRepresentatives
    const base: HealthRecord = {
      patient,
      status: r.status(anchor),
      treatingDoctorIds: r.treatingDoctorIds,
      legalRepresentatives,
      blocks: r.blocks.map((b) => b(anchor)),
      authorizations: r.authorizations,
      documents: r.documents.map(([id, d]) => ({ ...d(anchor), id })),
    }
    return r.emergencyAccess === undefined ? base : { ...base, emergencyAccess: r.emergencyAccess }
  })

/**
 * Options of {@link arbRecord}.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbRecord, type RecordConstraints } from 'dmp-rules/testing'
 * const constraints: RecordConstraints = { around: '2024-01-01' }
 * fc.assert(fc.property(arbRecord(constraints), (record) => record.patient.birthDate <= '2024-01-01'))
 *
 * @since 0.3.0
 */
export interface RecordConstraints {
  /**
   * The anchor the record's dates cluster around (default: a generated date), as {@link arbRequest} does with `at`:
   * the patient is born on or before it, blocks start and end around it, documents are fed up to it.
   */
  readonly around?: IsoDate | undefined
}

/**
 * A record: minors, emancipated minors, protected adults, adults (some deceased, some right at their 18th
 * birthday, some born on 29 February), every status, legal representatives, blocks with and without an end,
 * authorisations of every status, documents with unique ids, emergency settings present or absent. Dates
 * cluster around the anchor `around` (default: a generated date) as {@link arbRequest} does with `at`.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbRecord } from 'dmp-rules/testing'
 * import type { HealthRecord } from 'dmp-rules'
 * const exportRecord = (record: HealthRecord): HealthRecord => JSON.parse(JSON.stringify(record)) // your code
 * // My export never drops a document.
 * fc.assert(fc.property(arbRecord(), (record) => exportRecord(record).documents.length === record.documents.length))
 *
 * @since 0.1.0
 */
export const arbRecord = (constraints: RecordConstraints = {}): fc.Arbitrary<HealthRecord> =>
  around(recordAround, constraints.around === undefined ? arbAt : fc.constant(constraints.around))
