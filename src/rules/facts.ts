// Derived facts about a request, shared by the rules. Total: an impossible date yields `undefined`,
// which every caller must read as "deny".
import { compareDates, isIsoDate, isMinorAt, periodEnd } from '../domain/dates.js'
import type {
  AccessMode,
  Request,
  Actor,
  AuthorizationStatus,
  Block,
  HealthDocument,
  HealthRecord,
  LegalRepresentative,
  ProfessionalActor,
  ProtectionMeasureKind,
} from '../domain/types.js'
import { MEASURES_WITH_REPRESENTATION_OF_PERSON, PROTECTION_MEASURES } from '../domain/types.js'

/**
 * Where the patient stands at a date (R-MINOR-1..3, R-MINOR-8 rev. 2 and 3): an adult, a minor, an emancipated
 * minor, a protected adult whose measure gives a representation relating to the person (`represented-adult`: the
 * representative named for that measure acts too), a protected adult without such a representation
 * (`protected-adult-alone`: they decide personally, nobody acts for them), or a protected adult whose measure the
 * record does not give, or gives outside the known measures (`protection-unknown`: invalid, every decision
 * denies). Since 0.3.0 (R-MINOR-8 (b)) only a tutelle, a habilitation familiale or a mandat de protection future
 * can carry a representation relating to the person: `representationOfPerson: true` with a curatelle or a
 * sauvegarde de justice (invalid input for the codecs) reads as no representation. `undefined` when the birth date
 * or `at` is impossible, or `at` precedes the birth.
 *
 * @since 0.1.0
 */
export type PatientStage =
  | 'adult'
  | 'minor'
  | 'emancipated-minor'
  | 'represented-adult'
  | 'protected-adult-alone'
  | 'protection-unknown'

// The last stage computed is kept with every value it was computed from (the patient's fields, read once, and the
// date), so the rules of one decision (several read the stage) and a batch of decisions on one patient compute it
// once. Keyed by VALUES, not by the patient object: a patient changed in place (a birth date corrected) is never
// answered from the cache. Invisible to callers.
interface KnownStage {
  readonly birthDate: unknown
  readonly emancipated: unknown
  readonly protectedAdult: unknown
  readonly protected: boolean
  readonly measure: unknown
  readonly representationOfPerson: unknown
  readonly at: string
  readonly stage: PatientStage | undefined
}

let lastStage: KnownStage | undefined

/** @since 0.1.0 */
export const patientStage = (record: HealthRecord, at: string): PatientStage | undefined => {
  const patient = record.patient
  const birthDate: unknown = patient.birthDate
  const emancipated: unknown = patient.emancipated
  const protectedAdult: unknown = patient.protectedAdult
  const protection: unknown = patient.protection
  const isProtected = protection !== undefined && protection !== null
  const representationOfPerson: unknown = isProtected ? (protection as { readonly representationOfPerson?: unknown }).representationOfPerson : undefined
  const measure: unknown = isProtected ? (protection as { readonly measure?: unknown }).measure : undefined
  const known = lastStage
  if (
    known !== undefined &&
    known.at === at &&
    known.birthDate === birthDate &&
    known.emancipated === emancipated &&
    known.protectedAdult === protectedAdult &&
    known.protected === isProtected &&
    known.measure === measure &&
    known.representationOfPerson === representationOfPerson
  )
    return known.stage
  const stage = stageOf(birthDate, emancipated, protectedAdult, isProtected, measure, representationOfPerson, at)
  lastStage = { birthDate, emancipated, protectedAdult, protected: isProtected, measure, representationOfPerson, at, stage }
  return stage
}

/**
 * The role a representative of an adult is listed with under each measure that can carry a representation relating
 * to the person (R-MINOR-8 (a) rev. 3): the tuteur (`guardian`) under a tutelle — a parent or a professional the
 * judge named tuteur included —, the person authorised (`other`) under a habilitation familiale or a mandat de
 * protection future. A parent listed as `parent` never represents an adult: parental authority ends at majority.
 *
 * @see R-MINOR-8
 * @since 0.3.0
 */
export const ROLE_OF_ADULT_REPRESENTATIVE: { readonly [M in ProtectionMeasureKind]?: LegalRepresentative['role'] } = {
  tutelle: 'guardian',
  'habilitation-familiale': 'other',
  'mandat-protection-future': 'other',
}

/**
 * How a listed representative stands towards a represented adult (R-MINOR-8 (a) rev. 3): `'represents'` when their
 * role is the one the measure gives, `'parent'` when listed as a parent (parental authority ended at majority),
 * `'wrong-role'` for any other pairing.
 *
 * @since 0.3.0
 */
export const adultRepresentation = (record: HealthRecord, rep: LegalRepresentative): 'represents' | 'parent' | 'wrong-role' => {
  const protection = record.patient.protection
  const expected = protection === undefined || protection === null ? undefined : ROLE_OF_ADULT_REPRESENTATIVE[protection.measure]
  if (expected !== undefined && rep.role === expected) return 'represents'
  return rep.role === 'parent' ? 'parent' : 'wrong-role'
}

/**
 * Does this listed representative act for the patient at `at` (R-MINOR-1, 2, 8): a parent or guardian of a
 * non-emancipated minor, or the representative the measure names (by its role) of a represented adult?
 *
 * @since 0.3.0
 */
export const representsPatient = (record: HealthRecord, rep: LegalRepresentative, at: string): boolean => {
  const stage = patientStage(record, at)
  if (stage === 'minor') return rep.role === 'parent' || rep.role === 'guardian'
  return stage === 'represented-adult' && adultRepresentation(record, rep) === 'represents'
}

/**
 * Is the patient a protected adult at `at` (whatever the measure, R-MINOR-8 (c) rev. 3)?
 *
 * @since 0.3.0
 */
export const isProtectedAdultStage = (stage: PatientStage | undefined): boolean =>
  stage === 'represented-adult' || stage === 'protected-adult-alone'

const stageOf = (
  birthDate: unknown,
  emancipated: unknown,
  protectedAdult: unknown,
  isProtected: boolean,
  measure: unknown,
  representationOfPerson: unknown,
  at: string,
): PatientStage | undefined => {
  const minor = isMinorAt(birthDate as string, at)
  if (minor === undefined) return undefined
  if (minor) return emancipated === true ? 'emancipated-minor' : 'minor'
  if (isProtected) {
    // A measure outside the known ones: the library cannot tell who decides (fail closed, A-6).
    if (!(PROTECTION_MEASURES as ReadonlyArray<unknown>).includes(measure)) return 'protection-unknown'
    // R-MINOR-8 (b) rev. 3: a curatelle or a sauvegarde never carries a representation relating to the person.
    return representationOfPerson === true && (MEASURES_WITH_REPRESENTATION_OF_PERSON as ReadonlyArray<unknown>).includes(measure)
      ? 'represented-adult'
      : 'protected-adult-alone'
  }
  return protectedAdult === true ? 'protection-unknown' : 'adult'
}

/**
 * Does a legal representative consent and act for the patient at `at` (a non-emancipated minor, or an adult whose
 * measure gives a representation of the person: R-CONSENT-8, R-MINOR-1, 2, 8)?
 *
 * @since 0.2.0
 */
export const isRepresented = (stage: PatientStage | undefined): boolean => stage === 'minor' || stage === 'represented-adult'

/**
 * Is a date inside a block (from ≤ date ≤ until, `until` inclusive and optional)? An impossible date answers
 * `whenImpossible`: the fail-closed answer depends on whether a block denies (R-AUTH-6: count it as blocked) or
 * grants (R-DEL-2: count it as not blocked).
 */
const blockCovers = (b: Block, date: string, whenImpossible: boolean): boolean => {
  if (!isIsoDate(date) || !isIsoDate(b.from) || (b.until !== undefined && !isIsoDate(b.until))) return whenImpossible
  return compareDates(b.from, date) <= 0 && (b.until === undefined || compareDates(date, b.until) <= 0)
}

/** Does a block target this professional, or an establishment they act for? */
const blockTargets = (b: Block, who: { readonly id: string; readonly establishmentId?: string | undefined }): boolean =>
  (b.target === 'professional' && b.id === who.id) ||
  (b.target === 'establishment' && who.establishmentId !== undefined && b.id === who.establishmentId)

/**
 * The blocks (R-AUTH-6) that cover a professional, or an establishment they act for, on a date. Impossible dates
 * count as blocked (fail closed: a block denies).
 *
 * @since 0.1.0
 */
export const blocksOn = (
  record: HealthRecord,
  who: { readonly id: string; readonly establishmentId?: string | undefined },
  date: string,
): ReadonlyArray<Block> => record.blocks.filter((b) => blockTargets(b, who) && blockCovers(b, date, true))

const AUTH_RANK: { readonly [S in AuthorizationStatus]: number } = { valid: 0, expired: 1, forbidden: 2 }

/**
 * The access authorisation (R-AUTH-5) of a professional on the record: the entries recorded for them and, since
 * 0.2.0, for the establishment they act for (the care team's consent, R-CONSENT-1 rev. 2). With several entries
 * the most restrictive wins (fail closed); `undefined` when there is none.
 *
 * @since 0.1.0
 */
export const authorizationOf = (
  record: HealthRecord,
  professionalId: string,
  establishmentId?: string | undefined,
): AuthorizationStatus | undefined => {
  let best: AuthorizationStatus | undefined
  for (const a of record.authorizations) {
    const mine =
      ('professionalId' in a && a.professionalId === professionalId) ||
      ('establishmentId' in a && establishmentId !== undefined && a.establishmentId === establishmentId)
    if (!mine) continue
    const rank = AUTH_RANK[a.status]
    if (rank === undefined) return 'forbidden'
    if (best === undefined || rank > AUTH_RANK[best]) best = a.status
  }
  return best
}

/**
 * Is the professional a health professional (*professionnel de santé*)? Social and médico-social staff are not
 * (R-ACTOR-4): they never use the emergency modes, mask, unmask or end an invisibility.
 *
 * @since 0.2.0
 */
export const isHealthProfessional = (actor: Actor): actor is ProfessionalActor =>
  actor.kind === 'professional' && actor.profession !== 'medico-social'

/**
 * Does the actor act for the establishment of the document's author (both identified)? R-MASK-2 (the structure
 * that placed the document), R-FEED-1 and R-DEL-1 (indirect authentication of the author's establishment).
 *
 * @since 0.2.0
 */
export const ofAuthorsEstablishment = (document: HealthDocument, actor: Actor): boolean =>
  actor.kind === 'professional' &&
  document.author.kind === 'professional' &&
  actor.establishmentId !== undefined &&
  actor.establishmentId !== '' &&
  document.author.establishmentId === actor.establishmentId

/**
 * Is the document the actor's to feed or delete (the producer, R-FEED-1, R-DEL-1 rev. 2): they authored it, or
 * they act through their establishment's indirect authentication and a professional of that establishment did.
 *
 * @since 0.2.0
 */
export const isProducer = (document: HealthDocument, actor: Actor): boolean =>
  isAuthor(document, actor) || (actor.kind === 'professional' && actor.authentication === 'indirect' && ofAuthorsEstablishment(document, actor))

/**
 * Is the actor a declared treating doctor (*médecin traitant DMP*) of the patient? Only a professional
 * whose profession is `medecin` and whose id is declared (R-MASK-2).
 *
 * @since 0.1.0
 */
export const isTreatingDoctor = (record: HealthRecord, actor: Actor): actor is ProfessionalActor =>
  actor.kind === 'professional' && actor.profession === 'medecin' && record.treatingDoctorIds.includes(actor.id)

/**
 * Did this actor author the document (R-AUTH-8, R-MASK-2, R-MASK-4, R-DEL-1, R-FEED-3)?
 *
 * @since 0.1.0
 */
export const isAuthor = (document: HealthDocument, actor: Actor): boolean => {
  const a = document.author
  switch (actor.kind) {
    case 'professional':
      return a.kind === 'professional' && a.id === actor.id
    case 'patient':
      return a.kind === 'patient'
    case 'legal-representative':
      return a.kind === 'legal-representative' && a.id === actor.id
    case 'third-party':
      return false
  }
}

/**
 * The record's entry for a legal-representative actor, `undefined` if they are not listed.
 *
 * @since 0.1.0
 */
export const representativeOf = (record: HealthRecord, actor: Actor): LegalRepresentative | undefined =>
  actor.kind === 'legal-representative' ? record.legalRepresentatives.find((r) => r.id === actor.id) : undefined

/**
 * The last day of the one-year window after a refusal of MES (R-STATUS-5), the first anniversary:
 * access is kept through it, inclusive.
 *
 * @since 0.1.0
 */
export const refusalGraceEnds = (refusedOn: string): string | undefined => periodEnd(refusedOn, 1, 'years')

/**
 * Has the patient died on or before `at`? Impossible dates count as deceased (fail closed).
 *
 * @since 0.1.0
 */
export const isDeceasedAt = (record: HealthRecord, at: string): boolean => {
  const d = record.patient.deceasedOn
  if (d === undefined) return false
  if (!isIsoDate(d) || !isIsoDate(at)) return true
  return compareDates(d, at) <= 0
}

/**
 * The patient's emergency settings, with the default (all `true`) when absent (R-EMERG-1..3).
 *
 * @since 0.1.0
 */
export const emergencySettings = (record: HealthRecord): NonNullable<HealthRecord['emergencyAccess']> =>
  record.emergencyAccess ?? { breakGlass: true, regulationCentre: true, maskedDocuments: true }

/**
 * The day a document's invisibility to the patient lapses by law (R-INVIS-3): one calendar month after
 * the feeding (`addedOn` + 1 month, clamped to the end of a shorter month: fed on `2024-01-31`, it lapses on
 * `2024-02-29`). The document is invisible to the patient up to the day before, visible from that day on.
 * `undefined` for an impossible `addedOn`.
 *
 * @see R-INVIS-3 (CSP R.1111-53)
 * @since 0.1.0
 */
export const invisibilityLapsesOn = (document: HealthDocument): string | undefined => {
  // Keyed by the VALUE of addedOn (a document changed in place is read again): date strings are garbage per call.
  const addedOn: unknown = document.addedOn
  if (typeof addedOn !== 'string') return periodEnd(addedOn as string, 1, 'months')
  let lapse = LAPSES.get(addedOn)
  if (lapse === undefined) {
    if (LAPSES.size >= MAX_LAPSES) LAPSES.clear()
    lapse = { on: periodEnd(addedOn, 1, 'months') }
    LAPSES.set(addedOn, lapse)
  }
  return lapse.on
}

/** The lapse date by `addedOn`, at most MAX_LAPSES dates (about 27 years of days), then started afresh. */
const LAPSES = new Map<string, { readonly on: string | undefined }>()
const MAX_LAPSES = 10_000

/**
 * Has the invisibility to the patient of a document lapsed at `at` (`at` is on or after
 * {@link invisibilityLapsesOn})? An impossible date counts as not lapsed (fail closed: it stays invisible).
 *
 * @see R-INVIS-3
 * @since 0.1.0
 */
export const invisibilityLapsedAt = (document: HealthDocument, at: string): boolean => {
  const lapse = invisibilityLapsesOn(document)
  return lapse !== undefined && isIsoDate(at) && compareDates(lapse, at) <= 0
}

// -------------------------------------------------------------------------------------
// document actions (issue 4)
// -------------------------------------------------------------------------------------

/**
 * Is the actor on the patient's side: the holder, or a legal representative acting as the patient?
 * (Whether they may act is for the representation rules, R-MINOR-1..8, A-3.)
 *
 * @since 0.1.0
 */
export const isPatientSide = (actor: Actor): boolean => actor.kind === 'patient' || actor.kind === 'legal-representative'

/**
 * Was a professional (or an establishment they acted for) blocked on a date? Unlike {@link blocksOn}, which
 * reads an impossible date as blocked because a block denies, this one reads it as NOT blocked, because here
 * a block grants (R-DEL-2 lets the patient delete what was fed during a block): fail closed both ways.
 *
 * @see R-DEL-2, R-AUTH-6
 * @since 0.1.0
 */
export const wasBlockedOn = (
  record: HealthRecord,
  who: { readonly id: string; readonly establishmentId?: string | undefined },
  date: string,
): boolean => record.blocks.some((b) => blockTargets(b, who) && blockCovers(b, date, false))

/**
 * The first day only a qualified INS is accepted to feed the record (R-FEED-1, faq:278).
 *
 * @since 0.1.0
 */
export const QUALIFIED_INS_ONLY_FROM = '2023-01-01'

/**
 * Does the patient's INS allow feeding (and deleting, which belongs to the feeding transaction) at `at`
 * (R-FEED-1)? From 2023-01-01 only a qualified INS is accepted; before, an INS was needed but not
 * necessarily qualified. `'missing'` when there is none, `'not-qualified'` when it is not qualified from
 * 2023-01-01; an impossible `at` counts as `'not-qualified'` unless the INS is qualified (fail closed).
 *
 * @see R-FEED-1, R-DEL-1
 * @since 0.1.0
 */
export const insForFeeding = (record: HealthRecord, at: string): 'accepted' | 'missing' | 'not-qualified' => {
  const ins = record.patient.ins
  if (ins === undefined || ins === null) return 'missing'
  if (ins.qualified === true) return 'accepted'
  return isIsoDate(at) && compareDates(at, QUALIFIED_INS_ONLY_FROM) < 0 ? 'accepted' : 'not-qualified'
}

// -------------------------------------------------------------------------------------
// access modes (R-EMERG-1, 2)
// -------------------------------------------------------------------------------------

/**
 * The access mode of a request (TRE_R248 *ModeAcces*), `'normal'` when absent. A value outside
 * {@link ACCESS_MODES} is returned as is: callers must read it as "deny".
 *
 * @since 0.1.0
 */
export const accessModeOf = (request: Request): unknown => request.accessMode ?? 'normal'

/**
 * Is this an emergency access mode, break-glass (*bris de glace*) or regulation centre (*centre 15*)?
 *
 * @see R-EMERG-1, R-EMERG-2
 * @since 0.1.0
 */
export const isEmergencyMode = (mode: unknown): mode is Exclude<AccessMode, 'normal'> =>
  mode === 'break-glass' || mode === 'regulation-centre'

// -------------------------------------------------------------------------------------
// the EHPAD coordinating doctor (R-ACTOR-8, rev. 3)
// -------------------------------------------------------------------------------------

/**
 * Whether the resident's agreement that the EHPAD coordinating doctor accesses the record is shown (R-ACTOR-8):
 * `'given'` when `explicitConsent` is `true` and it can be the resident's own (the request does not say the
 * resident cannot express their will) or, when the request says so, that of the representative of a represented
 * adult (R-MINOR-8 (c)); `'not-the-residents'` when it can only come from someone who never gives it — a parent
 * (the patient is a minor), a curator or any person when the measure gives no representation of the person and
 * the resident cannot express their will —, or when the patient's stage cannot be told; `'missing'` without
 * `explicitConsent`.
 *
 * @see R-ACTOR-8, R-MINOR-8
 * @since 0.3.0
 */
export const residentAgreement = (request: Request): 'given' | 'missing' | 'not-the-residents' => {
  if (request.explicitConsent !== true) return 'missing'
  // A value outside the type cannot say whose agreement it is (fail closed).
  const unable: unknown = request.holderCannotExpressWill
  if (unable !== true && unable !== false && unable !== undefined) return 'not-the-residents'
  const stage = patientStage(request.record, request.at)
  if (stage === 'adult' || stage === 'emancipated-minor' || stage === 'protected-adult-alone' || stage === 'represented-adult')
    return request.holderCannotExpressWill !== true || stage === 'represented-adult' ? 'given' : 'not-the-residents'
  return 'not-the-residents'
}

/**
 * Is the actor the EHPAD coordinating doctor, acting as such (R-ACTOR-8)? Not when they also claim to be the
 * occupational doctor: R-ACTOR-7, the stricter, decides them.
 *
 * @since 0.3.0
 */
export const isResidenceCoordinatingDoctor = (actor: Actor): actor is ProfessionalActor =>
  actor.kind === 'professional' && actor.residenceCoordinatingDoctor === true && actor.occupationalDoctor !== true
