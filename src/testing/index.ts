// dmp-rules/testing — fast-check arbitraries of every domain type, for property tests (ours and users').
//
// Design: every arbitrary is built from `fc.record` / `fc.constantFrom` / `fc.oneof` and `map` (no filter, no
// chain), so that it shrinks well. Identifiers come from small shared pools so that the actor of a request is
// often an author, a treating doctor, blocked or authorised; dates are built as shifts from an anchor (the
// request's `at`) clustered on the boundaries the rules care about (18th birthday, block from/until, refusal +
// 1 year, feeding + 1 month), so that both sides of each boundary are reached.
// INVARIANT: every generated value is of its declared type under `exactOptionalPropertyTypes` (an absent
// optional key is omitted, never `undefined`), and every generated `Request` is valid (it decodes with
// `decodeRequest` of `dmp-rules/codecs`).
import * as fc from 'fast-check'
import { addDays, addMonths, compareDates, formatIsoDate, parseIsoDate, type IsoDate } from '../domain/dates.js'
import { deepFreeze as freezeDeeply } from '../domain/frozen.js'
import { PROFESSIONS, type Profession } from '../domain/profession.js'
import {
  ACCESS_MODES,
  ACTIONS,
  AUTHENTICATIONS,
  DOCUMENT_ACTIONS,
  MEDICO_SOCIAL_ROLES,
  PROTECTION_MEASURES,
  MEASURES_WITH_REPRESENTATION_OF_PERSON,
  THIRD_PARTIES,
  type AccessMode,
  type Action,
  type Actor,
  type Authentication,
  type Authorization,
  type Block,
  type DocumentAuthor,
  type EmergencyAccess,
  type HealthDocument,
  type HealthRecord,
  type LegalRepresentative,
  type LegalRepresentativeActor,
  type MedicoSocialRole,
  type MesStatus,
  type Patient,
  type PatientActor,
  type ProfessionalActor,
  type Request,
  type RequestOf,
  type ThirdPartyActor,
} from '../domain/types.js'
import type { AuthorizationMatrix, MatrixGrant, OccupationalGrant, ProfessionGrant } from '../matrix/types.js'
import { ROLE_OF_ADULT_REPRESENTATIVE } from '../rules/facts.js'
import { POST_MORTEM_PURPOSES, POST_MORTEM_REQUESTERS, type PostMortemRequest } from '../lifecycle/post-mortem.js'

// -------------------------------------------------------------------------------------
// pools
// -------------------------------------------------------------------------------------

/**
 * The identifiers the arbitraries draw from. They are few on purpose: a generated actor is then often the
 * author of a document, a treating doctor, blocked or authorised on the generated record. Use them to build
 * your own related values (e.g. a block on `SAMPLE_IDS.professionals[0]`).
 *
 * @example
 * import { SAMPLE_IDS } from 'dmp-rules/testing'
 * SAMPLE_IDS.professionals.includes('ps-1') // true
 *
 * @since 0.1.0
 */
export const SAMPLE_IDS = {
  professionals: ['ps-1', 'ps-2', 'ps-3', 'ps-4'],
  establishments: ['est-1', 'est-2'],
  representatives: ['rl-1', 'rl-2', 'rl-3'],
  documents: ['doc-1', 'doc-2', 'doc-3', 'doc-4', 'doc-5', 'doc-6'],
  /** LOINC document types: consultation note, discharge summary, lab report, imaging, prescription, patient summary. */
  typeCodes: ['11488-4', '34133-9', '11502-2', '18748-4', '57833-6', '60591-5'],
  /** Specialty codes (TRE_R38 style). */
  specialties: ['SM26', 'SM04', 'SM15'],
} as const
freezeDeeply(SAMPLE_IDS)

/** An id from a pool, now and then any short non-empty string (ids with `/`, `~`, spaces… must work too). */
const arbId = (pool: ReadonlyArray<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...pool), weight: 12 },
    { arbitrary: fc.string({ minLength: 1, maxLength: 6 }), weight: 1 },
  )

/** A boolean, `true` `t` times for `f` times `false` (shrinks to `false`). */
const often = (t: number, f: number): fc.Arbitrary<boolean> =>
  fc.oneof({ arbitrary: fc.constant(false), weight: f }, { arbitrary: fc.constant(true), weight: t })

// -------------------------------------------------------------------------------------
// dates
// -------------------------------------------------------------------------------------

// Proleptic Gregorian day numbers (days since 1970-01-01), exact for every year 0..9999, no Date involved.
const toDayNumber = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const fromDayNumber = (n: number): IsoDate => {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return formatIsoDate({ year: month <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe, month, day })
}

const dayNumberOf = (date: IsoDate, name: string): number => {
  const d = parseIsoDate(date)
  if (d === undefined) throw new RangeError(`arbIsoDate: ${name} must be an ISO date YYYY-MM-DD that exists, got ${JSON.stringify(date)}`)
  return toDayNumber(d.year, d.month, d.day)
}

/**
 * Options of {@link arbIsoDate}: inclusive bounds.
 *
 * @since 0.1.0
 */
export interface IsoDateConstraints {
  /** Earliest date, inclusive (default `1920-01-01`). */
  readonly min?: IsoDate | undefined
  /** Latest date, inclusive (default `2040-12-31`). */
  readonly max?: IsoDate | undefined
}

/**
 * Real calendar dates `YYYY-MM-DD` between `min` and `max` (inclusive; default 1920-01-01..2040-12-31),
 * biased to boundaries: the bounds themselves, 1 January, month ends, 29 February and 1 March.
 *
 * @throws RangeError when a bound is not a real date or `min` is after `max` (a mistake in the test itself).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbIsoDate } from 'dmp-rules/testing'
 * import { isIsoDate } from 'dmp-rules'
 * fc.assert(fc.property(arbIsoDate({ min: '2000-01-01' }), (d) => isIsoDate(d) && d >= '2000-01-01'))
 *
 * @since 0.1.0
 */
export const arbIsoDate = (constraints: IsoDateConstraints = {}): fc.Arbitrary<IsoDate> => {
  const lo = dayNumberOf(constraints.min ?? '1920-01-01', 'min')
  const hi = dayNumberOf(constraints.max ?? '2040-12-31', 'max')
  if (lo > hi) throw new RangeError(`arbIsoDate: min ${constraints.min} is after max ${constraints.max}`)
  const clamp = (n: number): number => Math.min(hi, Math.max(lo, n))
  const loYear = Number(fromDayNumber(lo).slice(0, 4))
  const hiYear = Number(fromDayNumber(hi).slice(0, 4))
  // A boundary of the calendar in a year of the range: 1 Jan, 31 Dec, a month end, 29 Feb (or 28 Feb), 1 Mar.
  const special = fc
    .record({
      year: fc.integer({ min: loYear, max: hiYear }),
      month: fc.integer({ min: 1, max: 12 }),
      which: fc.constantFrom('first', 'last', 'feb-end', 'mar-1'),
    })
    .map(({ year, month, which }) => {
      if (which === 'feb-end') return clamp(toDayNumber(year, 3, 1) - 1)
      if (which === 'mar-1') return clamp(toDayNumber(year, 3, 1))
      if (which === 'first') return clamp(toDayNumber(year, month, 1))
      return clamp(toDayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1)
    })
  return fc
    .oneof(
      { arbitrary: fc.integer({ min: lo, max: hi }), weight: 6 },
      { arbitrary: special, weight: 3 },
      { arbitrary: fc.constantFrom(lo, hi), weight: 1 },
    )
    .map(fromDayNumber)
}

/**
 * A date relative to an anchor: `months` whole months (clamped to the month's end), then `days` days.
 * Generated around chosen centres ± 1 day so that both sides of a boundary are reached.
 */
interface Shift {
  readonly months: number
  readonly days: number
}

const applyShift = (anchor: IsoDate, s: Shift): IsoDate => {
  const m = addMonths(anchor, s.months) ?? anchor
  return addDays(m, s.days) ?? m
}

const notAfter = (date: IsoDate, anchor: IsoDate): IsoDate => (compareDates(date, anchor) > 0 ? anchor : date)

const arbShift = (centreMonths: ReadonlyArray<number>, spanMonths: number): fc.Arbitrary<Shift> =>
  fc.oneof(
    {
      arbitrary: fc.record({ months: fc.constantFrom(...centreMonths), days: fc.constantFrom(0, -1, 1) }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        months: fc.integer({ min: -spanMonths, max: spanMonths }),
        days: fc.integer({ min: -31, max: 31 }),
      }),
      weight: 2,
    },
  )

const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) >= 0 ? a : b)

/** Dates at which the rules change: MES opening (2022-01-01), qualified INS only (2023-01-01), end of API v1 (2023-12-30). */
const KEY_DATES: ReadonlyArray<IsoDate> = [
  '2021-12-31', '2022-01-01', '2022-12-31', '2023-01-01', '2023-01-02',
  '2023-12-29', '2023-12-30', '2023-12-31', '2024-02-29', '2024-03-01',
]

/** `at` of a request: mostly the DMP era, often a date at which a rule changes. */
const arbAt: fc.Arbitrary<IsoDate> = fc.oneof(
  { arbitrary: arbIsoDate({ min: '2004-01-01', max: '2040-12-31' }), weight: 4 },
  { arbitrary: fc.constantFrom(...KEY_DATES), weight: 1 },
)

// Internal: values built from an anchor date (the request's `at`), as plain functions over generated parts.
type Around<T> = fc.Arbitrary<(anchor: IsoDate) => T>

const around = <T>(builder: Around<T>, anchor: fc.Arbitrary<IsoDate>): fc.Arbitrary<T> =>
  fc.tuple(anchor, builder).map(([a, b]) => b(a))

// -------------------------------------------------------------------------------------
// actors
// -------------------------------------------------------------------------------------

/**
 * Every {@link Profession}, biased to `medecin` (the profession most rules mention).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbProfession } from 'dmp-rules/testing'
 * import { isProfession } from 'dmp-rules'
 * fc.assert(fc.property(arbProfession(), isProfession))
 *
 * @since 0.1.0
 */
export const arbProfession = (): fc.Arbitrary<Profession> =>
  fc.oneof({ arbitrary: fc.constant('medecin' as const), weight: 2 }, { arbitrary: fc.constantFrom(...PROFESSIONS), weight: 3 })

/**
 * Every {@link Authentication}, mostly the accepted ones (R-AUTH-1).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbAuthentication } from 'dmp-rules/testing'
 * fc.sample(arbAuthentication(), 5) // e.g. ['cps', 'indirect', 'e-cps', 'cps', 'none']
 *
 * @since 0.1.0
 */
export const arbAuthentication = (): fc.Arbitrary<Authentication> =>
  fc.oneof(
    { arbitrary: fc.constantFrom<Authentication>('cps', 'e-cps', 'indirect'), weight: 4 },
    { arbitrary: fc.constantFrom(...AUTHENTICATIONS), weight: 1 },
  )

/**
 * A professional actor: an id from {@link SAMPLE_IDS}, every profession, with or without a specialty and an
 * establishment, every authentication; indirect authentication always with an establishment (R-AUTH-1).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbProfessionalActor } from 'dmp-rules/testing'
 * import type { ProfessionalActor } from 'dmp-rules'
 * const myAppCanOpen = (actor: ProfessionalActor): boolean => actor.authentication !== 'none' // your code
 * // My wrapper never lets an unauthenticated professional in (R-AUTH-1).
 * fc.assert(fc.property(arbProfessionalActor(), (actor) => actor.authentication !== 'none' || !myAppCanOpen(actor)))
 *
 * @since 0.1.0
 */
export const arbProfessionalActor = (): fc.Arbitrary<ProfessionalActor> =>
  fc
    .record({
      actor: fc.record(
        {
          kind: fc.constant('professional' as const),
          id: arbId(SAMPLE_IDS.professionals),
          profession: arbProfession(),
          specialty: arbId(SAMPLE_IDS.specialties),
          establishmentId: arbId(SAMPLE_IDS.establishments),
          authentication: arbAuthentication(),
        },
        { requiredKeys: ['kind', 'id', 'profession', 'authentication'] },
      ),
      establishmentId: arbId(SAMPLE_IDS.establishments),
      // R-ACTOR-4: a médico-social professional usually carries a role; R-ACTOR-7: a doctor is sometimes the
      // occupational doctor; R-ACTOR-8 (rev. 3): a doctor (and, rarely, another professional) is sometimes the
      // coordinating doctor of the resident's EHPAD.
      role: fc.option(fc.constantFrom(...MEDICO_SOCIAL_ROLES), { nil: undefined, freq: 5 }),
      occupational: often(1, 9),
      coordinating: often(1, 9),
      // R-ACTOR-4 rev. 3: a role-less médico-social professional, often enough that every run meets one (~5 %).
      roleless: often(1, 19),
    })
    .map(({ actor, establishmentId, role, occupational, coordinating, roleless }): ProfessionalActor => {
      // INVARIANT: indirect authentication always names its establishment (R-AUTH-1, rev. 2).
      let out: ProfessionalActor = actor.authentication === 'indirect' && actor.establishmentId === undefined ? { ...actor, establishmentId } : actor
      if (roleless) out = { ...out, profession: 'medico-social' }
      else if (out.profession === 'medico-social' && role !== undefined) out = { ...out, role }
      if (out.profession === 'medecin' && occupational) out = { ...out, occupationalDoctor: true }
      if (coordinating && (out.profession === 'medecin' || role === 'coordination')) out = { ...out, residenceCoordinatingDoctor: true }
      return out
    })

const arbPatientActor: fc.Arbitrary<PatientActor> = fc.constant({ kind: 'patient' as const }).map((a) => ({ ...a }))

const arbLegalRepresentativeActor: fc.Arbitrary<LegalRepresentativeActor> = fc.record({
  kind: fc.constant('legal-representative' as const),
  id: arbId(SAMPLE_IDS.representatives),
})

const arbThirdPartyActor: fc.Arbitrary<ThirdPartyActor> = fc.record({
  kind: fc.constant('third-party' as const),
  party: fc.constantFrom(...THIRD_PARTIES),
})

/**
 * Any {@link Actor}: the patient, a legal representative, a professional (the most frequent), or a third
 * party of every kind. A legal representative generated here is not tied to a record: {@link arbRequest}
 * lists it in the record.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbActor } from 'dmp-rules/testing'
 * import type { Actor } from 'dmp-rules'
 * const describeActor = (actor: Actor): string => actor.kind // your code
 * fc.assert(fc.property(arbActor(), (actor) => typeof describeActor(actor) === 'string'))
 *
 * @since 0.1.0
 */
export const arbActor = (): fc.Arbitrary<Actor> =>
  fc.oneof(
    { arbitrary: arbPatientActor, weight: 2 },
    { arbitrary: arbLegalRepresentativeActor, weight: 2 },
    { arbitrary: arbProfessionalActor(), weight: 5 },
    { arbitrary: arbThirdPartyActor, weight: 2 },
  )

// -------------------------------------------------------------------------------------
// documents
// -------------------------------------------------------------------------------------

/**
 * Who fed a document: a professional (with or without establishment), the patient or a legal representative,
 * ids from {@link SAMPLE_IDS}.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbDocumentAuthor } from 'dmp-rules/testing'
 * fc.sample(arbDocumentAuthor(), 1) // e.g. [{ kind: 'professional', id: 'ps-2' }]
 *
 * @since 0.1.0
 */
export const arbDocumentAuthor = (): fc.Arbitrary<DocumentAuthor> =>
  fc.oneof(
    {
      arbitrary: fc.record(
        {
          kind: fc.constant('professional' as const),
          id: arbId(SAMPLE_IDS.professionals),
          establishmentId: arbId(SAMPLE_IDS.establishments),
        },
        { requiredKeys: ['kind', 'id'] },
      ),
      weight: 5,
    },
    { arbitrary: fc.constant({ kind: 'patient' as const }).map((a) => ({ ...a })), weight: 1 },
    {
      arbitrary: fc.record({ kind: fc.constant('legal-representative' as const), id: arbId(SAMPLE_IDS.representatives) }),
      weight: 1,
    },
  )

// Feeding dates cluster on `at` - 1 month (R-INVIS-3) and `at` - 2 weeks, never after `at` (a document added later
// did not exist then: A-8, since 0.3.0); the flags are set one time in four.
const documentAround = (ids: fc.Arbitrary<string>): Around<HealthDocument> =>
  fc
    .record({
      id: ids,
      typeCode: arbId(SAMPLE_IDS.typeCodes),
      author: arbDocumentAuthor(),
      addedOn: fc.oneof(
        { arbitrary: arbShift([-1, 0, -12], 120), weight: 4 },
        { arbitrary: fc.record({ months: fc.constant(0), days: fc.constantFrom(-14, -13, -15) }), weight: 1 },
      ),
      maskedFromProfessionals: often(1, 2),
      invisibleToPatient: often(1, 2),
      hiddenFromLegalRepresentatives: often(1, 2),
      subcontractedBy: fc.option(arbId(SAMPLE_IDS.establishments), { nil: undefined, freq: 6 }),
    })
    .map((d) => (anchor: IsoDate): HealthDocument => {
      const doc: HealthDocument = {
        id: d.id,
        typeCode: d.typeCode,
        author: d.author,
        addedOn: notAfter(applyShift(anchor, d.addedOn), anchor),
        maskedFromProfessionals: d.maskedFromProfessionals,
        invisibleToPatient: d.invisibleToPatient,
        hiddenFromLegalRepresentatives: d.hiddenFromLegalRepresentatives,
      }
      return d.subcontractedBy === undefined ? doc : { ...doc, subcontractedBy: d.subcontractedBy }
    })

/**
 * A document of every kind of author, with every combination of flags (masked, invisible to the patient,
 * hidden from the legal representatives) and a type code from {@link SAMPLE_IDS}.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbDocument } from 'dmp-rules/testing'
 * import { toXdsConfidentialityCodes } from 'dmp-rules/interop'
 * import type { HealthDocument } from 'dmp-rules'
 * const toXdsMetadata = (doc: HealthDocument) => ({ typeCode: doc.typeCode, confidentialityCode: toXdsConfidentialityCodes(doc) }) // your code
 * fc.assert(fc.property(arbDocument(), (doc) => toXdsMetadata(doc).typeCode === doc.typeCode))
 *
 * @since 0.1.0
 */
export const arbDocument = (): fc.Arbitrary<HealthDocument> => around(documentAround(arbId(SAMPLE_IDS.documents)), arbAt)

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
 * Every {@link MesStatus} kind, with dates (closure, deletion, refusal) around the given anchor.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbMesStatus } from 'dmp-rules/testing'
 * fc.assert(fc.property(arbMesStatus(), (s) => ['active', 'deactivated', 'closed', 'deleted', 'refused'].includes(s.kind)))
 *
 * @since 0.1.0
 */
export const arbMesStatus = (constraints: { readonly around?: IsoDate | undefined } = {}): fc.Arbitrary<MesStatus> =>
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

const recordAround: Around<HealthRecord> = fc
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
export const arbRecord = (constraints: { readonly around?: IsoDate | undefined } = {}): fc.Arbitrary<HealthRecord> =>
  around(recordAround, constraints.around === undefined ? arbAt : fc.constant(constraints.around))

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

const asList = <T>(v: T | ReadonlyArray<T>): ReadonlyArray<T> => (Array.isArray(v) ? (v as ReadonlyArray<T>) : [v as T])

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

// An id the record's documents do not use: `id` itself, or `id` with the first free suffix.
const unusedId = (record: HealthRecord, id: string): string => {
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

// -------------------------------------------------------------------------------------
// post-mortem requests (R-ACTOR-6)
// -------------------------------------------------------------------------------------

/**
 * A post-mortem request (R-ACTOR-6): of an heir, the concubin or the PACS partner with a purpose, or (since 0.3.0,
 * R-ACTOR-6 rev. 3) of a parent of the deceased, `requesterId` usually a representative the record lists (often as
 * `parent`, sometimes as `guardian`, sometimes unlisted). The record's holder is often deceased, often a minor at
 * death; the holder's opposition is present or absent.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbPostMortemRequest } from 'dmp-rules/testing'
 * import { canRequestPostMortemAccess } from 'dmp-rules'
 * fc.assert(fc.property(arbPostMortemRequest(), (r) => typeof canRequestPostMortemAccess(r).allowed === 'boolean'))
 *
 * @since 0.3.0
 */
export const arbPostMortemRequest = (): fc.Arbitrary<PostMortemRequest> =>
  fc
    .record({
      at: arbAt,
      record: recordAround,
      relative: fc.constantFrom(...POST_MORTEM_REQUESTERS),
      purpose: fc.constantFrom(...POST_MORTEM_PURPOSES),
      deceasedOpposed: fc.option(fc.boolean(), { nil: undefined }),
      asParent: often(1, 1),
      diedMinor: often(1, 1),
      listed: fc.constantFrom('parent' as const, 'guardian' as const, 'unlisted' as const),
      requesterId: arbId(SAMPLE_IDS.representatives),
      diedDaysAgo: fc.integer({ min: 0, max: 400 }),
      ageAtDeath: fc.integer({ min: 0, max: 17 }),
    })
    .map((g): PostMortemRequest => {
      let record = g.record(g.at)
      // Often a holder who died before `at` — a minor at death, not emancipated, for the parents' request.
      if (g.diedMinor) {
        const deceasedOn = addDays(g.at, -g.diedDaysAgo) ?? g.at
        const birthDate = addDays(addMonths(deceasedOn, -12 * g.ageAtDeath) ?? deceasedOn, -1) ?? deceasedOn
        record = { ...record, patient: { birthDate, emancipated: false, protectedAdult: false, deceasedOn } }
      }
      const common = g.deceasedOpposed === undefined ? { record, at: g.at } : { record, at: g.at, deceasedOpposed: g.deceasedOpposed }
      if (!g.asParent) return { ...common, requester: g.relative, purpose: g.purpose }
      if (g.listed !== 'unlisted' && !record.legalRepresentatives.some((r) => r.id === g.requesterId))
        record = { ...record, legalRepresentatives: [...record.legalRepresentatives, { id: g.requesterId, role: g.listed, doctorPresenceRequired: false }] }
      return { ...common, record, requester: 'parent', requesterId: g.requesterId }
    })

// -------------------------------------------------------------------------------------
// matrix
// -------------------------------------------------------------------------------------

const arbGrant: fc.Arbitrary<ProfessionGrant> = fc.record(
  {
    profession: arbProfession(),
    specialty: arbId(SAMPLE_IDS.specialties),
    typeCodes: fc.oneof(
      { arbitrary: fc.constant('*' as const), weight: 1 },
      { arbitrary: fc.uniqueArray(arbId(SAMPLE_IDS.typeCodes), { maxLength: 4 }), weight: 4 },
    ),
    source: fc.constantFrom('Arrêté du 26 octobre 2023, annexe', 'test fixture'),
  },
  { requiredKeys: ['profession', 'typeCodes'] },
)

// A médico-social grant usually names a role (R-ACTOR-4 rev. 2): one of the six, or none (every role). Since 0.3.0 a
// grant is also, often, a role-less médico-social one (R-ACTOR-4 rev. 3: it must never select a role-less actor) or
// one to occupational doctors (R-ACTOR-7 rev. 3), each about one grant in ten.
const arbGrantWithRole: fc.Arbitrary<MatrixGrant> = fc
  .record({
    grant: arbGrant,
    role: fc.option(fc.constantFrom<MedicoSocialRole>(...MEDICO_SOCIAL_ROLES), { nil: undefined, freq: 4 }),
    kind: fc.oneof(
      { arbitrary: fc.constant('as-drawn' as const), weight: 8 },
      { arbitrary: fc.constant('roleless-medico-social' as const), weight: 1 },
      { arbitrary: fc.constant('occupational' as const), weight: 1 },
    ),
  })
  .map(({ grant, role, kind }): MatrixGrant => {
    const { specialty: _bySpecialty, ...byProfession } = grant
    if (kind === 'occupational') {
      const occupational: OccupationalGrant = grant.source === undefined
        ? { occupationalDoctor: true, typeCodes: grant.typeCodes }
        : { occupationalDoctor: true, typeCodes: grant.typeCodes, source: grant.source }
      return occupational
    }
    if (kind === 'roleless-medico-social') return { ...byProfession, profession: 'medico-social' }
    // Médico-social columns are by role, not by specialty.
    if (grant.profession !== 'medico-social' || role === undefined) return grant
    return { ...byProfession, role }
  })

/**
 * An {@link AuthorizationMatrix}: grants of every profession, with or without a specialty, of some type codes
 * from {@link SAMPLE_IDS} (the ones documents use) or of all of them (`'*'`), sourced or not.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbMatrix, arbRequest } from 'dmp-rules/testing'
 * import { decide } from 'dmp-rules'
 * fc.assert(fc.property(arbRequest({ action: 'view' }), arbMatrix(), (request, matrix) => {
 *   decide(request, { matrix }) // never throws, whatever the matrix
 * }))
 *
 * @since 0.1.0
 */
export const arbMatrix = (): fc.Arbitrary<AuthorizationMatrix> =>
  fc.record({
    version: fc.oneof(fc.constantFrom('2023-10-26', 'test-1'), fc.string({ minLength: 1, maxLength: 8 })),
    grants: fc.array(arbGrantWithRole, { maxLength: 6 }),
  })

// -------------------------------------------------------------------------------------
// immutability
// -------------------------------------------------------------------------------------

/**
 * Freezes a value and everything reachable from it (objects and arrays), in place, and returns it: a function
 * under test that mutates its input then throws in strict mode instead of passing silently. The same function as
 * the main entry's `deepFreeze` (since 0.2.0 a deeply frozen record also lets the engine remember its work).
 *
 * @example
 * import { deepFreeze } from 'dmp-rules/testing'
 * const request = deepFreeze({ a: { b: [1] } })
 * Object.isFrozen(request.a.b) // true
 *
 * @since 0.1.0
 */
export const deepFreeze: <T>(value: T) => T = freezeDeeply

/**
 * The values of `arb`, deeply frozen ({@link deepFreeze}): for checking that code never mutates its input.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbDeepFrozen, arbRequest } from 'dmp-rules/testing'
 * import { decide } from 'dmp-rules'
 * fc.assert(fc.property(arbDeepFrozen(arbRequest()), (request) => {
 *   decide(request) // would throw a TypeError if it wrote into the request
 * }))
 *
 * @since 0.1.0
 */
export const arbDeepFrozen = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> => arb.map((v) => deepFreeze(v))

// -------------------------------------------------------------------------------------
// tampered requests
// -------------------------------------------------------------------------------------

/**
 * How a {@link TamperedRequest} departs from the record: a document the record does not hold at all, or the
 * record's document with one field changed.
 *
 * @since 0.2.0
 */
export type Alteration =
  | 'foreign-document'
  | 'id'
  | 'typeCode'
  | 'author'
  | 'addedOn'
  | 'maskedFromProfessionals'
  | 'invisibleToPatient'
  | 'hiddenFromLegalRepresentatives'

/** @since 0.2.0 */
export const ALTERATIONS: ReadonlyArray<Alteration> = [
  'foreign-document',
  'id',
  'typeCode',
  'author',
  'addedOn',
  'maskedFromProfessionals',
  'invisibleToPatient',
  'hiddenFromLegalRepresentatives',
]
freezeDeeply(ALTERATIONS)

/**
 * A valid request (`original`, its document the record's own copy) and the same request whose document was
 * tampered with (`tampered`): what a caller that edits its copy of a document, or invents one, would send.
 *
 * @since 0.2.0
 */
export interface TamperedRequest {
  readonly original: Request
  readonly tampered: Request
  readonly alteration: Alteration
}

/** Document actions other than `feed`: the ones decided on the record's copy. */
const ON_RECORD_DOCUMENT: ReadonlyArray<Action> = DOCUMENT_ACTIONS.filter((a) => a !== 'feed')

const sameAuthor = (a: DocumentAuthor, b: DocumentAuthor): boolean =>
  a.kind === b.kind &&
  (a.kind === 'patient' ||
    (a.id === (b as { readonly id?: string }).id &&
      (a.kind !== 'professional' || a.establishmentId === (b as { readonly establishmentId?: string }).establishmentId)))

/**
 * Tampered requests, for testing guards against forged documents: for every document action but `feed`
 * (or the actions given), a valid request from {@link arbRequest} and its copy whose document is either foreign
 * to the record or the record's document with one field changed — its id, type, author, date or one of its
 * three flags. The change is always real (the tampered document differs from every copy the record holds
 * under its id). `dmp-rules` denies every tampered request and the codecs reject it with a path under
 * `/document`; your own layer should do no less.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbTamperedRequest } from 'dmp-rules/testing'
 * import { decide } from 'dmp-rules'
 * fc.assert(fc.property(arbTamperedRequest(), ({ tampered }) => !decide(tampered).allowed))
 *
 * @see A-7
 * @since 0.2.0
 */
export const arbTamperedRequest = (constraints: RequestConstraints = {}): fc.Arbitrary<TamperedRequest> => {
  const wanted = constraints.action === undefined ? ON_RECORD_DOCUMENT : asList(constraints.action).filter((a) => ON_RECORD_DOCUMENT.includes(a))
  const actions = wanted.length === 0 ? ON_RECORD_DOCUMENT : wanted
  return fc
    .record({
      original: arbRequest({ ...constraints, action: actions }),
      alteration: fc.constantFrom(...ALTERATIONS),
      author: arbDocumentAuthor(),
      typeCode: arbId(SAMPLE_IDS.typeCodes),
      days: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: -400, max: -1 })),
      foreign: documentAround(arbId(SAMPLE_IDS.documents)),
    })
    .map(({ original, alteration, author, typeCode, days, foreign }): TamperedRequest => {
      // INVARIANT: arbRequest gives every non-feed document action a document of the record.
      const doc = original.document as HealthDocument
      const altered = ((): HealthDocument => {
        switch (alteration) {
          case 'foreign-document': {
            const f = foreign(original.at)
            return { ...f, id: unusedId(original.record, f.id) }
          }
          case 'id':
            return { ...doc, id: unusedId(original.record, `${doc.id}-forged`) }
          case 'typeCode':
            return { ...doc, typeCode: typeCode === doc.typeCode ? `${typeCode}-forged` : typeCode }
          case 'author':
            return { ...doc, author: sameAuthor(author, doc.author) ? { kind: 'professional', id: 'forger' } : author }
          case 'addedOn':
            return { ...doc, addedOn: addDays(doc.addedOn, days) ?? (doc.addedOn === '2000-01-01' ? '2000-01-02' : '2000-01-01') }
          case 'maskedFromProfessionals':
          case 'invisibleToPatient':
          case 'hiddenFromLegalRepresentatives':
            return { ...doc, [alteration]: !doc[alteration] }
        }
      })()
      return { original, tampered: { ...original, document: altered }, alteration }
    })
}
