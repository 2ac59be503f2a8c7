// A deliberately naive reference model of the access rules, written straight from design/RULES.md (catalogue
// REVISION 3: its Revision 3 section wins over the rows it names, then revision 2) and the FAQ as decision tables.
// It shares nothing with src/ but the domain types: no rule, no combinator, no date helper of the library. The
// differential test (differential.spec.ts) checks the engine against it; model.spec.ts checks the model alone
// against hand-written cases of the catalogue. Every revision-3 change is marked "rev. 3" with its rule id.
//
// INVARIANT: every function here is total on values of the declared types and never reads a clock.
// Where RULES.md is silent, the model takes the fail-closed reading; each such reading is marked (M-n) in the
// tables and listed in MODEL_ASSUMPTIONS below. Which rules are NAMED among the grants of an allowance (e.g.
// R-STATUS-1) is a convention, not a rule: there the model follows the engine (marked "convention").
// The model decides valid requests only (those of the declared types, as arbRequest generates): requests
// outside the types are the fail-closed invariants' business (test/properties/invariants.ts).
//
// Revision 3 shapes (the lead's shape contract, issue 20) are read through the model's own widened view of the
// input (RequestV3, GrantView below), so that the model compiles whether or not src/ declares them yet:
// `request.holderCannotExpressWill`, `actor.residenceCoordinatingDoctor`, occupational matrix grants
// `{ occupationalDoctor: true, typeCodes }`, and the post-mortem requester `'parent'` with `requesterId`.
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import type { Action, HealthDocument, HealthRecord, ProfessionalActor, Request } from '../../src/domain/types.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** The model's answer: allowed or not, and the set of deciding rule ids (denying if denied, granting if allowed). */
export interface ModelDecision {
  readonly allowed: boolean
  readonly rules: ReadonlySet<string>
}

/**
 * The readings the model takes where RULES.md and the FAQ are silent or ambiguous. `fail-closed`: the model's
 * own reading from the start. `aligned`: the model first read it otherwise and adopted the engine's reading after
 * the differential test showed the difference, because RULES.md supports it (see the report / regressions).
 * `contract`: a reading fixed with the engine's author where revision 2 leaves a choice.
 */
export const MODEL_ASSUMPTIONS: Readonly<Record<string, string>> = {
  'M-1': 'rev. 3 (R-MINOR-8 (c)): a protected adult, whatever the measure, is the holder of their space and acts on it as any adult holder (granted by R-MINOR-8); A-3 is about minors only. (rev. 2 denied a represented adult any direct access.)',
  'M-2': 'rev. 3 (R-MINOR-8 (a), (b)): a listed representative represents an adult only when the measure gives a representation relating to the person — `representationOfPerson: true` under a tutelle, a habilitation familiale or a mandat de protection future; with a curatelle or a sauvegarde de justice it is read as no representation — and when their role follows the measure: `guardian` under a tutelle, `other` under a habilitation familiale or a mandat de protection future. Any other pairing (a `parent` above all: parental authority ends at majority) is denied by R-MINOR-8; an unprotected adult\'s representatives by R-MINOR-7. A representative of role `other` never represents a minor (R-MINOR-1).',
  'M-3': 'aligned: a refused space (R-STATUS-5) leaves the holder\'s side every action for one year (through the first anniversary, inclusive, as delays are counted in French law); professionals and third parties are denied (R-STATUS-5 for professionals).',
  'M-4': 'fail-closed: a professional must authenticate (R-AUTH-1) for every action on the record, feeding included.',
  'M-5': 'rev. 2 (R-ACTOR-4): médico-social staff act only as members of the care team carrying a matrix role (else R-ACTOR-4 on every action); they see what the grants of their role (or role-less médico-social grants) give; they are never "health professionals" for R-MASK-3/4, R-INVIS-2, R-MINOR-5, R-MINOR-6, and never use an emergency mode on consult, view or feed (R-EMERG-1, R-EMERG-2), even where another professional\'s request would be decided in the normal mode\'s terms (R-ACTOR-4 rev. 3 keeps "may not use the emergency modes"). A matrix grant carrying a role applies only to an actor carrying that role; rev. 3: a role-less grant never selects a role-less médico-social actor.',
  'M-6': 'fail-closed: a treating doctor (R-MASK-2, R-MASK-4, R-PATIENT-1) is a medecin whose id is in treatingDoctorIds.',
  'M-7': 'fail-closed: the holder\'s side acts only on a document it sees (R-INVIS-1/3, A-2, R-MINOR-5), modify included.',
  'M-8': 'rev. 2: professionals mask (at the patient\'s request) and unmask (at the patient\'s request, without opposition, R-MASK-4) without consent nor matrix check: only R-AUTH-1, 5 (forbidden), 6 apply; making visible (R-INVIS-2) and hiding from the representatives (R-MINOR-5) need the document\'s `view` to be allowed.',
  'M-9': 'fail-closed: API v1 (R-FEED-2) needs the Carte Vitale read (the model cannot know it is not the first access); rev. 2: on consult, view, feed and delete.',
  'M-10': 'fail-closed: feeding a masked document needs the patient\'s request (R-MASK-3); hidden from the representatives needs a non-emancipated minor who asked (R-MINOR-5); médico-social staff feed neither (R-ACTOR-4).',
  'M-11': 'fail-closed: the holder\'s side feeds its own documents only (R-FEED-3), never invisible to the patient (R-INVIS-1) nor hidden from representatives (R-MINOR-5).',
  'M-12': 'rev. 2 (R-INVIS-2): any health professional whose `view` of the document is allowed makes it visible; one already visible (flag off, or lapsed by R-INVIS-3) is refused.',
  'M-13': 'make-invisible-to-patient is always denied: R-INVIS-1 (only at feeding) and R-INVIS-2 (never again / already so).',
  'M-14': 'R-DEL-2: "blocked when the document was added" counts a block on the author or on the author\'s establishment covering addedOn.',
  'M-15': 'aligned, rev. 2: R-DEL-1 needs an INS, qualified from 2023-01-01 as for feeding (R-FEED-1); the space active or deactivated; the producer is the author or an indirect actor of the author\'s establishment; the document must be in the record for the holder\'s side too; a blocked professional cannot delete (R-AUTH-6); a non-valid authorisation also denies by R-AUTH-5 ("deleting needs valid").',
  'M-16': 'fail-closed: the doctor-presence restriction (R-MINOR-6) binds a representative whenever they represent (a minor, or a represented adult), on every action of the holder\'s side, closing included.',
  'M-17': 'rev. 3 (R-EMERG-1, R-EMERG-2): an emergency-mode request that carries a consent route — participation in the normal sense (care team, participatesInCare, or the R-ACTOR-8 agreement on consult and view) and the consent R-CONSENT-1/2/8 check — is decided in the normal mode\'s terms: the emergency rule says nothing, and a prior refusal of the mode does not override the consent given now. Otherwise break-glass needs a health professional and no prior refusal (R-EMERG-1), the regulation centre a medecin (the regulating doctor) and no prior refusal (R-EMERG-2). An expressed opposition (R-CONSENT-5) wins over both. Feeding in break-glass follows the same (R-EMERG-1 names canFeed): a feed carrying a consent route is not refused by the mode — an occupational doctor\'s never carries one (R-ACTOR-7: their consent is not R-CONSENT-1/2\'s and never works in an emergency mode).',
  'M-18': 'rev. 2: a valid authorisation (of the professional or of their establishment) stands for the care team\'s recorded consent (R-CONSENT-1) only; outside the care team it never replaces explicit consent (R-CONSENT-2).',
  'M-19': 'aligned, rev. 2: the authorisation status is the most restrictive (forbidden, expired, valid) of the entries for the professional\'s id and for their establishment; the care team\'s recorded consent needs that combined status to be valid.',
  'M-20': 'rev. 2 (R-FEED-1): a professional feeds a document they authored, one authored in their establishment when authenticated indirectly, or a subcontracted analysis whose originating laboratory is their establishment.',
  'M-21': 'fail-closed (R-FEED-1 "professionals participating in the care", R-ACTOR-3 fn all): feeding also needs participation in the care (care team, participatesInCare, or an emergency mode; rev. 3: for the coordinating doctor, the resident\'s agreement, M-31); masking, unmasking, deleting, making visible and the history do not (they open no content; R-DEL-1, R-INVIS-2, R-MINOR-5 and R-PATIENT-1 list their own conditions); rev. 3: requiring a doctor\'s presence does (M-33).',
  'M-22': 'fail-closed (R-ACTOR-7, L.1111-17 IV names only the médecin du travail): an actor flagged occupationalDoctor whose profession is not medecin is denied every action by R-ACTOR-7.',
  'M-23': 'R-ACTOR-7: the occupational doctor\'s express consent replaces R-ACTOR-3 and R-CONSENT-1/2/8 and the emergency rules on consult, view and feed; R-AUTH-1/5/6, R-CONSENT-5, R-FEED-1 (what they feed), R-FEED-2 and the view rules still apply. rev. 3 (R-PATIENT-1): they read the traces of their own actions like every professional (R-AUTH-1/5/6 only, no consent); every other action is denied by R-ACTOR-7.',
  'M-24': 'fail-closed (R-MINOR-8): `protectedAdult: true` without `protection` is an invalid record whatever the age: every action denied by R-MINOR-8; a `protection` on a minor is not acted on before majority (the minor\'s rules apply).',
  'M-25': 'R-MINOR-5 `hide-from-representatives`, R-INVIS-2 `make-visible-to-patient`: when the actor\'s `view` of the document is denied, the view\'s denying rules are named (with R-MINOR-5 / R-INVIS-2 when their own conditions fail too); when allowed only R-MINOR-5 / R-INVIS-2 grant (with the view\'s grants). rev. 3 (R-MINOR-5): after feeding only the health professional who fed the document or one of the establishment that fed it may hide it, else R-MINOR-5; aligned: the establishment that fed it is the author\'s or, for a subcontracted analysis, the originating laboratory, which feeds it (R-FEED-5, R-FEED-1).',
  'M-26': 'R-FEED-3 `modify`: the holder\'s side modifies a document authored by the holder\'s side (the holder or any listed representative), of the record, that it sees.',
  'M-27': 'R-MINOR-5 / R-MINOR-6: "a non-emancipated minor" is a patient born, under 18 at `at`, not emancipated; R-MINOR-6 needs `representativeId` naming a representative listed on the record (any role).',
  'M-28': 'R-PATIENT-4 `close`: the holder\'s side decides through the table of who acts as the patient; rev. 3: closing is possible at any time, a deactivated space included (R-STATUS-2 no longer denies it, and is not named among the grants: aligned, convention); a representative of a represented adult closes only when the holder cannot express their will (M-30). Heirs are denied by R-ACTOR-5 only (they close through the fund), other third parties by their rule and R-PATIENT-4.',
  'M-29': 'R-ACTOR-6: the status of the space enters the post-mortem decision only through the data being kept (not deleted, not closed more than ten years ago); otherwise the decision is on death, opposition, requester and purpose. rev. 3: a `parent` requester names (`requesterId`) a representative listed `parent` on the record, of a holder who died a minor not emancipated; no purpose is needed and the minor\'s own opposition does not bar them.',
  'M-30': 'rev. 3 (R-MINOR-8 (c)): a representative of a represented adult restricts at any time (mask, `block` — read as blocking —, delete, feed and modify their own documents) and consults, views and reads the history; unmasking and closing (acts that widen access or end the space) need `holderCannotExpressWill: true`, else R-MINOR-8. Who set the restriction being lifted is not on the record: the model cannot check "never override the holder\'s restriction".',
  'M-31': 'rev. 3 (R-ACTOR-8), aligned with the engine where the catalogue leaves the reading open, always the closed one: a professional acting as the EHPAD coordinating doctor (`residenceCoordinatingDoctor: true`; an occupational doctor is R-ACTOR-7\'s alone) is decided on consult, view and feed by the resident\'s agreement, which is their participation in the care, care team or not ("accesses … with the resident\'s agreement, as a professional participating in the care"): not a medecin, denied by R-ACTOR-8 in any mode; an agreement declared (`explicitConsent`) that is the resident\'s own grants R-ACTOR-8 — a non-emancipated minor\'s is a parent\'s and never counts; a request saying the holder cannot express their will carries a representative\'s, which counts only under a representation of the person (M-2) —, one that is not is denied by R-ACTOR-8 in any mode; no agreement: denied by R-ACTOR-8 in the normal mode (it stands for R-ACTOR-3 there, a recorded consent notwithstanding), the emergency rules decide in an emergency mode. Not on require-doctor-presence (M-33).',
  'M-32': 'rev. 3 (R-EMERG-3): a masked document (not the actor\'s own, of their establishment, or of a treating doctor: R-MASK-2) is shown in an emergency mode only when the emergency rule granted the opening (R-EMERG-1 or R-EMERG-2 granted, not decided in the normal mode\'s terms) and the patient did not refuse it (else R-EMERG-3 and R-MASK-2); in every other case R-MASK-2 decides as in the normal mode.',
  'M-33': 'rev. 3 (R-MINOR-6): requiring a doctor\'s presence needs a health professional taking part in the minor\'s care — the care team or participatesInCare, not an emergency mode nor the R-ACTOR-8 agreement (aligned: "care team or participating") — else R-MINOR-6; authenticated, not forbidden, not blocked (R-AUTH-1/5/6), on an open space; the minor\'s request stands for consent (no R-CONSENT-8).',
  'M-34': 'rev. 3 (R-INVIS-2): making a document visible to the patient in a declared mode other than `normal` is denied by R-INVIS-2, whatever else grants.',
  'M-35': 'rev. 3 (R-ACTOR-7): a matrix grant names occupational doctors (`occupationalDoctor: true`, no profession) or a profession; only the former gives an occupational doctor a type, and a profession grant never selects an actor flagged occupationalDoctor. An empty list of types grants nothing.',
}

// -------------------------------------------------------------------------------------
// naive calendar (re-implemented here on purpose: no date helper of src/)
// -------------------------------------------------------------------------------------

const y = (d: string): number => Number(d.slice(0, 4))
const m = (d: string): number => Number(d.slice(5, 7))
const dd = (d: string): number => Number(d.slice(8, 10))
const two = (n: number): string => (n < 10 ? `0${n}` : String(n))
const four = (n: number): string => String(n).padStart(4, '0')
const leap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const monthLength = (year: number, month: number): number =>
  month === 2 ? (leap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31

/** `date` plus `n` months, the day clamped to the end of the target month. */
export const plusMonths = (date: string, n: number): string => {
  const index = y(date) * 12 + (m(date) - 1) + n
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${four(year)}-${two(month)}-${two(Math.min(dd(date), monthLength(year, month)))}`
}

/** Whole years from `birth` to `at` (the birthday counts; born 29 February → 1 March in a common year); undefined before birth. */
export const yearsOld = (birth: string, at: string): number | undefined => {
  if (at < birth) return undefined
  return y(at) - y(birth) - (at.slice(5) < birth.slice(5) ? 1 : 0)
}

// -------------------------------------------------------------------------------------
// facts read from the request
// -------------------------------------------------------------------------------------

type Side = 'holder' | 'representative' | 'professional' | 'third-party' | 'unknown'

const sideOf = (r: Request): Side => {
  switch (r.actor.kind) {
    case 'patient':
      return 'holder'
    case 'legal-representative':
      return 'representative'
    case 'professional':
      return 'professional'
    case 'third-party':
      return 'third-party'
    default:
      return 'unknown'
  }
}

const isMinor = (r: Request): boolean => {
  const age = yearsOld(r.record.patient.birthDate, r.at)
  return age === undefined || age < 18 // not born yet at `at`: treat as a minor (fail-closed)
}

/** A born, non-emancipated minor at `at` (M-27): the one R-MINOR-5 and R-MINOR-6 protect. */
const nonEmancipatedMinor = (r: Request): boolean => {
  const age = yearsOld(r.record.patient.birthDate, r.at)
  return age !== undefined && age < 18 && !r.record.patient.emancipated
}

/** A protected adult's record (R-MINOR-8 rev. 2): `protectedAdult`, or a protection measure on record. */
const isProtected = (r: Request): boolean => r.record.patient.protectedAdult || r.record.patient.protection !== undefined

/**
 * R-MINOR-8 (b) rev. 3: a representation relating to the person exists only under a tutelle, a habilitation
 * familiale or a mandat de protection future that so provide; `representationOfPerson: true` with a curatelle
 * (assistance) or a sauvegarde de justice is read as NO representation.
 */
const MEASURES_REPRESENTING_THE_PERSON: ReadonlyArray<string> = ['tutelle', 'habilitation-familiale', 'mandat-protection-future']

/** An adult whose measure gives a representation relating to the person (R-MINOR-8 (b) rev. 3, M-2). */
const representedAdult = (r: Request): boolean => {
  const protection = r.record.patient.protection
  return (
    !isMinor(r) &&
    protection !== undefined &&
    protection.representationOfPerson &&
    MEASURES_REPRESENTING_THE_PERSON.includes(protection.measure)
  )
}

/**
 * R-MINOR-8 (a) rev. 3: the role of an adult's representative follows the measure — the tuteur (`guardian`)
 * under a tutelle, the person authorised (`other`) under a habilitation familiale or a mandat de protection
 * future. Any other pairing does not represent (a `parent` never: parental authority ends at majority).
 */
const ROLE_FOR_MEASURE: Readonly<Record<string, string>> = {
  tutelle: 'guardian',
  'habilitation-familiale': 'other',
  'mandat-protection-future': 'other',
}

/** Who consents for the patient is a representative (R-CONSENT-8): a non-emancipated minor, or a represented adult. */
const byRepresentative = (r: Request): boolean => (isMinor(r) ? !r.record.patient.emancipated : representedAdult(r))

/**
 * The revision-3 fields of the input, read through the model's own widened view (the lead's shape contract, issue
 * 20), so that the model compiles whether or not src/ declares them yet.
 */
interface RequestV3 {
  /** R-MINOR-8 (c) rev. 3: the request states that the holder cannot express their will. */
  readonly holderCannotExpressWill?: boolean | undefined
}
interface ProfessionalV3 {
  /** R-ACTOR-8 rev. 3: the coordinating doctor of the resident's nursing home (EHPAD, médecin coordonnateur). */
  readonly residenceCoordinatingDoctor?: boolean | undefined
}

/** R-MINOR-8 (c) rev. 3: the request says the holder cannot express their will. */
const holderCannotExpressWill = (r: Request): boolean => (r as RequestV3).holderCannotExpressWill === true

const blockedOn = (record: HealthRecord, professionalId: string, establishmentId: string | undefined, on: string): boolean =>
  record.blocks.some(
    (b) =>
      ((b.target === 'professional' && b.id === professionalId) ||
        (b.target === 'establishment' && establishmentId !== undefined && b.id === establishmentId)) &&
      b.from <= on &&
      (b.until === undefined || on <= b.until),
  )

type AuthorizationStatus = 'valid' | 'expired' | 'forbidden' | 'none'

/** R-AUTH-5 rev. 2 (M-19): the most restrictive of the entries for the professional and for their establishment. */
const authorizationOf = (record: HealthRecord, p: ProfessionalActor): AuthorizationStatus => {
  const mine = record.authorizations.filter((a) =>
    'professionalId' in a ? a.professionalId === p.id : p.establishmentId !== undefined && a.establishmentId === p.establishmentId,
  )
  if (mine.some((a) => a.status === 'forbidden')) return 'forbidden'
  if (mine.some((a) => a.status === 'expired')) return 'expired'
  if (mine.some((a) => a.status === 'valid')) return 'valid'
  return 'none'
}

/** Does this grant's role select this actor? A role-less grant: every actor but a role-less médico-social (M-5). */
const roleMatches = (grantRole: string | undefined, p: ProfessionalActor): boolean =>
  // R-ACTOR-4 rev. 3: a role-less grant never selects a social or médico-social actor without a role
  grantRole === undefined ? p.profession !== 'medico-social' || p.role !== undefined : p.role === grantRole

/**
 * One matrix grant as the model reads it (rev. 3 shape contract): a profession grant, or an occupational grant
 * `{ occupationalDoctor: true, typeCodes }` without a profession (R-ACTOR-7 rev. 3).
 */
interface GrantView {
  readonly profession?: string | undefined
  readonly specialty?: string | undefined
  readonly role?: string | undefined
  readonly occupationalDoctor?: boolean | undefined
  readonly typeCodes: ReadonlyArray<string> | '*'
}

/**
 * Does this grant select this professional? R-ACTOR-7 rev. 3 (M-35): the occupational doctor sees only what a grant
 * naming occupational doctors gives, and a profession grant never selects an actor flagged occupationalDoctor.
 */
const selects = (g: GrantView, p: ProfessionalActor): boolean =>
  g.occupationalDoctor === true
    ? isOccupational(p)
    : !isOccupational(p) &&
      g.profession === p.profession &&
      (g.specialty === undefined || g.specialty === p.specialty) &&
      roleMatches(g.role, p)

/** The matrix grants that apply to this professional and grant at least one type ('*' or a non-empty list). */
const grantsOf = (matrix: AuthorizationMatrix, p: ProfessionalActor): ReadonlyArray<GrantView> =>
  (matrix.grants as ReadonlyArray<GrantView>).filter((g) => selects(g, p) && (g.typeCodes === '*' || g.typeCodes.length > 0))

const matrixAllowsType = (matrix: AuthorizationMatrix, p: ProfessionalActor, typeCode: string): boolean =>
  grantsOf(matrix, p).some((g) => g.typeCodes === '*' || g.typeCodes.includes(typeCode))

const isAuthor = (p: ProfessionalActor, d: HealthDocument): boolean => d.author.kind === 'professional' && d.author.id === p.id

/** The actor acts for the establishment of the document's (professional) author; both ids defined. */
const sameEstablishmentAsAuthor = (p: ProfessionalActor, d: HealthDocument): boolean =>
  d.author.kind === 'professional' && d.author.establishmentId !== undefined && p.establishmentId === d.author.establishmentId

const isTreatingDoctor = (r: Request, p: ProfessionalActor): boolean =>
  p.profession === 'medecin' && r.record.treatingDoctorIds.includes(p.id)

const isHealthProfessional = (p: ProfessionalActor): boolean => p.profession !== 'medico-social'

/** R-ACTOR-7: flagged occupational doctor (a non-medecin so flagged is denied everything, M-22). */
const isOccupational = (p: ProfessionalActor): boolean => p.occupationalDoctor === true

/**
 * R-ACTOR-8 rev. 3 (M-31): the actor says they act as the coordinating doctor of the resident's EHPAD (médecin
 * coordonnateur). An occupational doctor is decided by R-ACTOR-7 alone.
 */
const actsAsCoordinatingDoctor = (p: ProfessionalActor): boolean =>
  (p as ProfessionalActor & ProfessionalV3).residenceCoordinatingDoctor === true && !isOccupational(p)

/**
 * R-ACTOR-8 rev. 3 (M-31): `explicitConsent` is the resident's agreement. The agreement is the resident's own; a
 * representative's counts only under a representation relating to the person AND when the request says the holder
 * cannot express their will (R-MINOR-8 (c)); a curator or a parent never gives it.
 */
const residentAgreed = (r: Request): boolean => {
  if (r.explicitConsent !== true) return false
  // the holder cannot agree: the agreement can only be a representative's, which counts under a representation of the person
  if (holderCannotExpressWill(r)) return representedAdult(r)
  // a non-emancipated minor's consent is given by a parent (R-CONSENT-8): a parent never gives this agreement
  return !(isMinor(r) && !r.record.patient.emancipated)
}

/**
 * R-ACTOR-8 rev. 3 (M-31) — the coordinating doctor on consult, view and feed:
 *
 *   condition                                                        verdict
 *   not acting as the coordinating doctor                            (not this table)
 *   acting as such, not a medecin                                    R-ACTOR-8 (any mode)
 *   an agreement declared (explicitConsent), the resident's (above)  grant R-ACTOR-8: participating in the care
 *   an agreement declared that is not the resident's                 R-ACTOR-8 (any mode)
 *   no agreement, the normal mode (care team or not)                 R-ACTOR-8 (it stands for R-ACTOR-3)
 *   no agreement, an emergency mode                                  silent: the emergency rules decide
 */
type Coordination = 'not-coordinating' | 'agreed' | 'denied' | 'silent'

const coordinationTable = (r: Request, p: ProfessionalActor, v: Verdict): Coordination => {
  if (!actsAsCoordinatingDoctor(p)) return 'not-coordinating'
  if (p.profession === 'medecin' && residentAgreed(r)) {
    v.grant.add('R-ACTOR-8')
    return 'agreed'
  }
  if (p.profession === 'medecin' && r.explicitConsent !== true && modeOf(r) !== 'normal') return 'silent'
  v.deny.add('R-ACTOR-8')
  return 'denied'
}

/** Invisible to the patient at `at`: flagged, and not yet a month after feeding (R-INVIS-1, R-INVIS-3). */
const invisibleToPatientNow = (d: HealthDocument, at: string): boolean => d.invisibleToPatient && at < plusMonths(d.addedOn, 1)

const modeOf = (r: Request) => r.accessMode ?? 'normal'

/** R-ACTOR-3 rev. 2 (D1): the professional takes part in the care, as feeding asks it (M-21). An emergency mode says so. */
const participates = (r: Request): boolean => r.careTeam === true || r.participatesInCare === true || modeOf(r) !== 'normal'

/** R-FEED-2 rev. 2 (M-9): API v1 after 2023-12-30, or v1 without the Carte Vitale read. */
const apiRefused = (r: Request): boolean => (r.api ?? 'v2') === 'v1' && (r.at > '2023-12-30' || r.carteVitaleRead !== true)

/** INS present, qualified from 2023-01-01 (R-FEED-1; M-15 for deleting). */
const insOk = (r: Request): boolean => {
  const ins = r.record.patient.ins
  return ins !== undefined && (r.at < '2023-01-01' || ins.qualified)
}

// -------------------------------------------------------------------------------------
// verdict accumulator
// -------------------------------------------------------------------------------------

interface Verdict {
  readonly deny: Set<string>
  readonly grant: Set<string>
}

const verdict = (): Verdict => ({ deny: new Set(), grant: new Set() })

const when = (v: Verdict, cond: boolean, rule: string): void => {
  if (cond) v.deny.add(rule)
}

/** Deny overrides grant; a status grant alone (R-STATUS-*) lets nobody in: nothing else granting is the default denial. */
const finish = (v: Verdict): ModelDecision =>
  v.deny.size > 0
    ? { allowed: false, rules: v.deny }
    : [...v.grant].some((g) => !g.startsWith('R-STATUS-'))
      ? { allowed: true, rules: v.grant }
      : { allowed: false, rules: new Set(['R-ACTOR-3']) } // nothing grants: default denial

// -------------------------------------------------------------------------------------
// table 1 — who may ever touch the record (R-ACTOR-1..5, 4, 7)
//
//   actor                                                              verdict
//   third party                                                        its rule (below)
//   medico-social, in the care team and carrying a role                grant R-ACTOR-4, else R-ACTOR-4 (every action)
//   flagged occupational doctor, not a medecin                         R-ACTOR-7 (every action, M-22)
//   occupational doctor, any action but consult, view, feed,
//     view-history (rev. 3, R-PATIENT-1: their own traces)             R-ACTOR-7 (their consent: table 4, feed; M-23)
// -------------------------------------------------------------------------------------

const THIRD_PARTY_RULE: Readonly<Record<string, string>> = {
  state: 'R-ACTOR-1',
  'health-insurance': 'R-ACTOR-1',
  insurer: 'R-ACTOR-1',
  bank: 'R-ACTOR-1',
  employer: 'R-ACTOR-1',
  caregiver: 'R-ACTOR-2',
  heir: 'R-ACTOR-5',
  other: 'R-ACTOR-3',
}

// R-PATIENT-1 rev. 3: the occupational doctor, like every professional, reads the traces of their own actions
const OCCUPATIONAL_ACTIONS: ReadonlyArray<string> = ['consult', 'view', 'feed', 'view-history']

const actorTable = (r: Request, v: Verdict): void => {
  const a = r.actor
  if (a.kind === 'third-party') v.deny.add(THIRD_PARTY_RULE[a.party] ?? 'R-ACTOR-3')
  else if (sideOf(r) === 'unknown') v.deny.add('R-ACTOR-3')
  else if (a.kind === 'professional') {
    if (a.profession === 'medico-social') {
      if (r.careTeam === true && a.role !== undefined) v.grant.add('R-ACTOR-4')
      else v.deny.add('R-ACTOR-4')
    }
    if (isOccupational(a)) when(v, a.profession !== 'medecin' || !OCCUPATIONAL_ACTIONS.includes(r.action), 'R-ACTOR-7')
  }
}

// -------------------------------------------------------------------------------------
// table 2 — status of the space (R-STATUS-2, 3, 4, 5, 9)
//
//   status        holder side                         professionals / others
//   active        ok                                  ok
//   deactivated   R-STATUS-2; close: ok            ok
//                 (rev. 3, R-PATIENT-4: closing at any time, M-28)
//   closed        R-STATUS-3                          R-STATUS-3
//   deleted       R-STATUS-4                          R-STATUS-4
//   refused       ≤ 1 year: grant R-STATUS-5; else R-STATUS-5     R-STATUS-5 (M-3)
//   holder dead   R-STATUS-9                          R-STATUS-9
// -------------------------------------------------------------------------------------

const statusTable = (r: Request, v: Verdict): void => {
  const side = sideOf(r)
  const holderSide = side === 'holder' || side === 'representative'
  const s = r.record.status
  when(v, s.kind === 'closed', 'R-STATUS-3')
  when(v, s.kind === 'deleted', 'R-STATUS-4')
  const dead = r.record.patient.deceasedOn
  when(v, dead !== undefined && dead <= r.at, 'R-STATUS-9')
  if (side === 'third-party' || side === 'unknown') return // R-ACTOR-1..5 speak for them
  // R-PATIENT-4 rev. 3: closing is possible at any time, a deactivated space included (R-STATUS-2 no longer wins)
  const closing = r.action === 'close'
  when(v, s.kind === 'deactivated' && holderSide && !closing, 'R-STATUS-2')
  if (s.kind === 'refused') {
    const kept = holderSide && r.at <= plusMonths(s.on, 12)
    if (kept) v.grant.add('R-STATUS-5')
    else v.deny.add('R-STATUS-5')
  }
  // convention (engine): the status that lets the actor in is named among the grants
  if (s.kind === 'active') v.grant.add('R-STATUS-1')
  if (s.kind === 'deactivated' && !holderSide) v.grant.add('R-STATUS-2')
}

// -------------------------------------------------------------------------------------
// table 2b — claims the law rules out (every action, every actor)
//
//   indirect authentication without an establishment (FINESS/SIRET)   R-AUTH-1
//   the patient marked emancipated and under 16 at `at`                R-MINOR-3 (C. civ. 413-2)
//   protectedAdult without a protection measure on record             R-MINOR-8 (M-24)
// -------------------------------------------------------------------------------------

const claimsTable = (r: Request, v: Verdict): void => {
  const a = r.actor
  const p = r.record.patient
  when(v, a.kind === 'professional' && a.authentication === 'indirect' && a.establishmentId === undefined, 'R-AUTH-1')
  const age = yearsOld(p.birthDate, r.at)
  when(v, p.emancipated && (age === undefined || age < 16), 'R-MINOR-3')
  when(v, p.protectedAdult && p.protection === undefined, 'R-MINOR-8')
}

// -------------------------------------------------------------------------------------
// table 3 — the holder's side: who acts as the patient (§6)
//
//   actor            patient                                         verdict
//   holder           adult, not protected                            grant R-ACTOR-3
//   holder           adult, protected, whatever the measure          grant R-MINOR-8 (rev. 3 (c): the holder acts, M-1)
//   holder           adult, protectedAdult without measure           R-MINOR-8 (M-24)
//   holder           minor, emancipated                              grant R-MINOR-3
//   holder           minor, not emancipated (or not born)            A-3 (about minors only, rev. 3)
//   representative   not listed in the record                        R-ACTOR-3
//   representative   minor, not emancipated, parent / guardian       grant R-MINOR-1 / R-MINOR-2
//   representative   minor, not emancipated, other                   R-MINOR-1 (M-2)
//   representative   minor, emancipated                              R-MINOR-3
//   representative   adult, not protected                            R-MINOR-7
//   representative   adult, protected, no measure on record          R-MINOR-8 (M-24)
//   representative   adult, no representation of the person
//                      (rev. 3 (b): curatelle / sauvegarde read so)  R-MINOR-8
//   representative   adult, represented, role not the measure's
//                      (rev. 3 (a): tutelle→guardian, HF/MPF→other)  R-MINOR-8 (a parent: parental authority ended)
//   representative   adult, represented, the measure's role          grant R-MINOR-8
//                      unmask or close without holderCannotExpressWill   R-MINOR-8 (rev. 3 (c), M-30)
//   representative   representing, doctor presence required          with a doctor: grant R-MINOR-6; without: R-MINOR-6 (M-16)
// -------------------------------------------------------------------------------------

/**
 * R-MINOR-8 (c) rev. 3 (M-30): the acts of a represented adult's representative that widen access or end the
 * space — unmasking, closing — need the request to state that the holder cannot express their will.
 */
const WIDENING_ACTIONS: ReadonlyArray<string> = ['unmask', 'close']

const holderSideTable = (r: Request, v: Verdict): void => {
  const p = r.record.patient
  const minor = isMinor(r)
  if (r.actor.kind === 'patient') {
    if (minor) {
      if (p.emancipated) v.grant.add('R-MINOR-3')
      else v.deny.add('A-3')
    } else if (isProtected(r)) {
      // R-MINOR-8 (c) rev. 3: a protected adult, whatever the measure, is the holder of their space and decides
      // for it as far as their state allows (the library cannot judge that state: their own acts are allowed);
      // a record saying protectedAdult without the measure stays invalid (M-24)
      if (p.protection !== undefined) v.grant.add('R-MINOR-8')
      else v.deny.add('R-MINOR-8')
    } else v.grant.add('R-ACTOR-3')
    return
  }
  if (r.actor.kind !== 'legal-representative') return
  const id = r.actor.id
  const rep = r.record.legalRepresentatives.find((l) => l.id === id)
  if (rep === undefined) {
    v.deny.add('R-ACTOR-3')
    return
  }
  let representing = false
  if (minor) {
    if (p.emancipated) v.deny.add('R-MINOR-3')
    else if (rep.role === 'guardian') {
      v.grant.add('R-MINOR-2')
      representing = true
    } else if (rep.role === 'parent') {
      v.grant.add('R-MINOR-1')
      representing = true
    } else v.deny.add('R-MINOR-1')
  } else if (!isProtected(r)) v.deny.add('R-MINOR-7')
  // R-MINOR-8 (b) rev. 3: no representation of the person (a curatelle or a sauvegarde de justice so marked included)
  else if (!representedAdult(r)) v.deny.add('R-MINOR-8')
  // R-MINOR-8 (a) rev. 3: the representative's role follows the measure; a parent does not represent an adult
  else if (p.protection === undefined || ROLE_FOR_MEASURE[p.protection.measure] !== rep.role) v.deny.add('R-MINOR-8')
  else {
    v.grant.add('R-MINOR-8')
    representing = true
    // R-MINOR-8 (c) rev. 3: the representative restricts at any time, but widens access or ends the space only
    // when the holder cannot express their will (M-30)
    when(v, WIDENING_ACTIONS.includes(r.action) && !holderCannotExpressWill(r), 'R-MINOR-8')
  }
  if (representing && rep.doctorPresenceRequired) {
    if (r.inPresenceOfDoctor === true) v.grant.add('R-MINOR-6')
    else v.deny.add('R-MINOR-6')
  }
}

/** Is the actor this document's author (a professional by id, the holder, a representative by id)? */
const authored = (r: Request, d: HealthDocument): boolean => {
  const a = r.actor
  const au = d.author
  if (a.kind === 'professional') return au.kind === 'professional' && au.id === a.id
  if (a.kind === 'patient') return au.kind === 'patient'
  if (a.kind === 'legal-representative') return au.kind === 'legal-representative' && au.id === a.id
  return false
}

/**
 * Can the holder's side see this document? (R-INVIS-1/3, A-2, R-MINOR-5, R-MASK-2, R-AUTH-8; M-7)
 *
 *   flag / fact                               holder                  representative
 *   invisible, within a month of feeding      R-INVIS-1               A-2
 *   invisible, a month or more after          grant R-INVIS-3         grant R-INVIS-3
 *   hidden from representatives               —                       R-MINOR-5
 *   own document                              grant R-AUTH-8          grant R-AUTH-8
 */
const holderSideSeesTable = (r: Request, d: HealthDocument, v: Verdict): void => {
  const rep = r.actor.kind === 'legal-representative'
  if (d.invisibleToPatient) {
    if (invisibleToPatientNow(d, r.at)) v.deny.add(rep ? 'A-2' : 'R-INVIS-1')
    else v.grant.add('R-INVIS-3')
  }
  when(v, rep && d.hiddenFromLegalRepresentatives, 'R-MINOR-5')
  if (authored(r, d)) v.grant.add('R-AUTH-8') // convention (engine): the author's own document is named
}

// -------------------------------------------------------------------------------------
// table 4 — a professional opening the record (consult, view)
//           (R-ACTOR-3, 4, 7, 8, R-AUTH-1, 5, 6, R-FEED-2, R-CONSENT-1, 2, 5, 8, R-EMERG-1, 2)
//
//   condition                                                         verdict
//   authentication 'none'                                             R-AUTH-1
//   authorisation (professional + establishment) forbidden            R-AUTH-5 (M-19)
//   professional or their establishment blocked at `at`               R-AUTH-6
//   patient opposes                                                   R-CONSENT-5
//   API v1 after 2023-12-30, or v1 without the Carte Vitale           R-FEED-2 (M-9)
//   occupational doctor: explicit consent, normal mode                grant R-ACTOR-7, else R-ACTOR-7 (nothing below, M-23)
//   participating (in the normal mode) = care team | participatesInCare
//     | rev. 3: the EHPAD coordinating doctor with the resident's agreement (R-ACTOR-8, M-31: grant R-ACTOR-8
//       when it is what makes them participate)
//   normal mode, not participating                                    R-ACTOR-3 (consent or not)
//   consented = care team: explicit consent or a valid authorisation (M-18) | else: explicit consent
//   C = R-CONSENT-1 (care team) | R-CONSENT-8 (minor, represented adult) | R-CONSENT-2
//   normal mode, participating: consented                             grant C, else C
//   "normal terms grant" = participating (normal sense) and consented
//   break-glass: medico-social                                        R-EMERG-1 (M-5)
//   break-glass: normal terms grant (rev. 3, R-EMERG-1)               grant C, R-EMERG-1 silent (a refusal of the
//                                                                       mode does not override a consent given now)
//   break-glass: otherwise the patient refused it                     R-EMERG-1, else grant R-EMERG-1 (emergency granted)
//   regulation-centre: medico-social                                  R-EMERG-2 (M-5)
//   regulation-centre: normal terms grant                             grant C, R-EMERG-2 silent (M-17)
//   regulation-centre: otherwise not a medecin (rev. 3: the mode is
//     the regulating doctor's), or refused                            R-EMERG-2, else grant R-EMERG-2 (emergency granted)
//   (an emergency mode: a consent collected is named among the grants, convention)
//
//   The table returns whether an EMERGENCY RULE granted the opening: only then are masked documents shown by
//   R-EMERG-3 (rev. 3, M-32).
// -------------------------------------------------------------------------------------

/** What table 4 tells table 5: did an emergency rule (R-EMERG-1 or R-EMERG-2) grant the opening? */
interface Opening {
  readonly emergencyGranted: boolean
}

const professionalOpensTable = (r: Request, p: ProfessionalActor, v: Verdict): Opening => {
  const authz = authorizationOf(r.record, p)
  const mode = modeOf(r)
  const emergency = r.record.emergencyAccess
  when(v, p.authentication === 'none', 'R-AUTH-1')
  when(v, authz === 'forbidden', 'R-AUTH-5')
  when(v, blockedOn(r.record, p.id, p.establishmentId, r.at), 'R-AUTH-6')
  when(v, r.patientOpposes === true, 'R-CONSENT-5')
  when(v, apiRefused(r), 'R-FEED-2')
  if (isOccupational(p)) {
    if (r.explicitConsent === true && mode === 'normal') {
      if (p.profession === 'medecin') v.grant.add('R-ACTOR-7') // else R-ACTOR-7 denies already (table 1)
    } else v.deny.add('R-ACTOR-7')
    return { emergencyGranted: false }
  }
  const inTeam = r.careTeam === true
  const consentRule = inTeam ? 'R-CONSENT-1' : byRepresentative(r) ? 'R-CONSENT-8' : 'R-CONSENT-2'
  const consented = r.explicitConsent === true || (inTeam && authz === 'valid')
  // R-ACTOR-8 rev. 3 (M-31): the EHPAD coordinating doctor accesses the record with the resident's agreement, as a
  // professional participating in the care — their participation is that agreement, care team or not
  const coordination = coordinationTable(r, p, v)
  const coordinating = coordination !== 'not-coordinating'
  // the normal mode's participation: the care team, participatesInCare or R-ACTOR-8, not the emergency mode itself (M-17)
  const participatesNormally = coordinating ? coordination === 'agreed' : inTeam || r.participatesInCare === true
  const normalGrants = participatesNormally && consented
  const medicoSocial = p.profession === 'medico-social'
  if (mode === 'normal') {
    // every denying rule is named: not taking part in the care, and the consent missing (aligned with the engine);
    // for the coordinating doctor R-ACTOR-8 speaks for participation (M-31)
    when(v, !coordinating && !participatesNormally, 'R-ACTOR-3')
    if (consented) v.grant.add(consentRule)
    else v.deny.add(consentRule)
    return { emergencyGranted: false }
  }
  if (consented) v.grant.add(consentRule) // convention (engine): a consent collected is named, participation or not
  if (mode === 'break-glass') {
    if (medicoSocial) v.deny.add('R-EMERG-1') // R-ACTOR-4: no emergency mode (M-5)
    else if (normalGrants) {
      // R-EMERG-1 rev. 3: a break-glass request carrying a consent route is decided in the normal mode's terms;
      // break-glass is for a patient who cannot express their will, and a refusal of the mode does not override
      // a consent given now
    } else if (emergency?.breakGlass === false) v.deny.add('R-EMERG-1')
    else {
      v.grant.add('R-EMERG-1')
      return { emergencyGranted: true }
    }
    return { emergencyGranted: false }
  }
  // regulation-centre
  if (medicoSocial) v.deny.add('R-EMERG-2') // R-ACTOR-4: no emergency mode (M-5)
  else if (normalGrants) {
    // R-EMERG-2 rev. 3: decided in the normal mode's terms where those grant (D17), whatever the profession
  } else if (p.profession !== 'medecin' || emergency?.regulationCentre === false) {
    // R-EMERG-2 rev. 3: the mode is the regulating doctor's (a medecin); another profession is denied by it
    v.deny.add('R-EMERG-2')
  } else {
    v.grant.add('R-EMERG-2')
    return { emergencyGranted: true }
  }
  return { emergencyGranted: false }
}

// -------------------------------------------------------------------------------------
// table 5 — a professional seeing one document (R-AUTH-7, 8, R-MASK-2, R-EMERG-3, R-INVIS-1, R-MINOR-5)
//
//   condition                                                         verdict
//   the author                                                        grant R-AUTH-8
//   not the author: matrix grants the type (by role: M-5) / not       grant R-AUTH-7 / R-AUTH-7
//   masked, author, same establishment as the author, treating doctor grant R-MASK-2
//   not the author, occupational doctor: only an occupational grant (rev. 3, R-ACTOR-7, M-35)
//   masked, other, not opened by an emergency rule (the normal mode,
//     or an emergency mode decided in the normal mode's terms, or
//     the emergency rule denied)                                      R-MASK-2 (rev. 3, R-EMERG-3, M-32)
//   masked, other, opened by R-EMERG-1/2, patient accepts it           grant R-EMERG-3
//   masked, other, opened by R-EMERG-1/2, patient refused              R-EMERG-3 and R-MASK-2
//   invisible to the patient (professionals still see)                grant R-INVIS-1
// -------------------------------------------------------------------------------------

const professionalSeesTable = (
  r: Request,
  p: ProfessionalActor,
  d: HealthDocument,
  matrix: AuthorizationMatrix,
  opening: Opening,
  v: Verdict,
): void => {
  const author = isAuthor(p, d)
  if (author) v.grant.add('R-AUTH-8')
  else if (matrixAllowsType(matrix, p, d.typeCode)) v.grant.add('R-AUTH-7')
  else v.deny.add('R-AUTH-7')
  if (d.maskedFromProfessionals) {
    if (author || sameEstablishmentAsAuthor(p, d) || isTreatingDoctor(r, p)) v.grant.add('R-MASK-2')
    // R-EMERG-3 rev. 3: masked documents are shown in an emergency only when an emergency rule granted the access;
    // declaring a mode never widens anything by itself
    else if (!opening.emergencyGranted) v.deny.add('R-MASK-2')
    else if (r.record.emergencyAccess?.maskedDocuments !== false) v.grant.add('R-EMERG-3')
    else {
      v.deny.add('R-EMERG-3')
      v.deny.add('R-MASK-2')
    }
  }
  if (d.invisibleToPatient) v.grant.add('R-INVIS-1')
}

// -------------------------------------------------------------------------------------
// the actions
// -------------------------------------------------------------------------------------

type ActionTable = (r: Request, matrix: AuthorizationMatrix, v: Verdict) => void

/** A professional acting on the record beyond consultation: authenticated, not forbidden, not blocked (R-AUTH-1, 5, 6). */
const professionalOnRecord = (r: Request, p: ProfessionalActor, v: Verdict): void => {
  when(v, p.authentication === 'none', 'R-AUTH-1')
  when(v, authorizationOf(r.record, p) === 'forbidden', 'R-AUTH-5')
  when(v, blockedOn(r.record, p.id, p.establishmentId, r.at), 'R-AUTH-6')
}

const holderSide = (r: Request): boolean => r.actor.kind === 'patient' || r.actor.kind === 'legal-representative'

//   consult   professional: table 4 | holder side: table 3
const consult: ActionTable = (r, _matrix, v) => {
  if (r.actor.kind === 'professional') professionalOpensTable(r, r.actor, v)
  else if (holderSide(r)) holderSideTable(r, v)
}

/** A document as a string with sorted keys and no undefined values, to compare two copies field by field. */
const canonical = (u: unknown): string =>
  JSON.stringify(u, (_k, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  )

//   A-7 (every document action but feed): the record's copy of the document decides
//     no document of that id in the record                       A-7; the model stops there (the engine also lists
//                                                                what the record-level rules say: the differential
//                                                                checks that the model's rules are among the engine's)
//     the request's copy differs from the record's in any field  A-7, and the record's copy is decided on
const withDocument =
  (f: (r: Request, d: HealthDocument, matrix: AuthorizationMatrix, v: Verdict) => void): ActionTable =>
  (r, matrix, v) => {
    const d = r.document
    if (d === undefined) {
      v.deny.add('A-6')
      return
    }
    if (r.action === 'feed') {
      f(r, d, matrix, v)
      return
    }
    const own = r.record.documents.find((x) => x.id === d.id)
    if (own === undefined) v.deny.add('A-7')
    else {
      when(v, canonical(own) !== canonical(d), 'A-7')
      f(r, own, matrix, v)
    }
  }

/** The professional's `view` of the record's copy `d`, decided whole (every table), for R-INVIS-2 and R-MINOR-5. */
const professionalView = (r: Request, p: ProfessionalActor, d: HealthDocument, matrix: AuthorizationMatrix): ModelDecision => {
  const vr: Request = { ...r, action: 'view', document: d }
  const v = verdict()
  actorTable(vr, v)
  statusTable(vr, v)
  claimsTable(vr, v)
  const opening = professionalOpensTable(vr, p, v)
  professionalSeesTable(vr, p, d, matrix, opening, v)
  return finish(v)
}

/**
 * When the view is allowed, name its grants and grant `rule`; else name the view's denying rules (M-25, aligned:
 * the action's own rule then speaks only for what it checks itself).
 */
const byView = (view: ModelDecision, rule: string, v: Verdict): void => {
  if (view.allowed) {
    for (const x of view.rules) v.grant.add(x)
    v.grant.add(rule)
  } else for (const x of view.rules) v.deny.add(x)
}

//   view      professional: tables 4 and 5 | holder side: table 3 and what it sees
const view = withDocument((r, d, matrix, v) => {
  if (r.actor.kind === 'professional') {
    const opening = professionalOpensTable(r, r.actor, v)
    professionalSeesTable(r, r.actor, d, matrix, opening, v)
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
  }
})

//   mask      already masked                                    A-4
//             holder side (table 3), on a document it sees (M-7)  grant R-MASK-1
//             health professional (R-AUTH-1, 5, 6), at the patient's request   grant R-MASK-3, else R-MASK-3
//             medico-social staff (not a health professional)   R-MASK-3
//             anybody else                                      R-MASK-1
const mask = withDocument((r, d, _matrix, v) => {
  when(v, d.maskedFromProfessionals, 'A-4')
  if (r.actor.kind === 'professional') {
    professionalOnRecord(r, r.actor, v)
    if (r.atPatientRequest === true && isHealthProfessional(r.actor)) v.grant.add('R-MASK-3')
    else v.deny.add('R-MASK-3')
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    v.grant.add('R-MASK-1')
  } else v.deny.add('R-MASK-1')
})

//   unmask    not masked                                        A-4
//             holder side (table 3), on a document it sees      grant R-MASK-4
//             health professional (R-AUTH-1, 5, 6), treating doctor (any document) or author (own documents),
//               at the patient's request and without the patient's opposition   grant R-MASK-4, else R-MASK-4
//             anybody else (medico-social staff included)       R-MASK-4
const unmask = withDocument((r, d, _matrix, v) => {
  when(v, !d.maskedFromProfessionals, 'A-4')
  if (r.actor.kind === 'professional') {
    const p = r.actor
    professionalOnRecord(r, p, v)
    const may = isHealthProfessional(p) && (isTreatingDoctor(r, p) || isAuthor(p, d))
    if (may && r.atPatientRequest === true && r.patientOpposes !== true) v.grant.add('R-MASK-4')
    else v.deny.add('R-MASK-4')
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    v.grant.add('R-MASK-4')
  } else v.deny.add('R-MASK-4')
})

//   delete    professional (R-AUTH-1, 5, 6, R-FEED-2): the producer (author, or an indirect actor of the author's
//             establishment), with a qualified INS, the DMP usable (active or deactivated), a valid
//             authorisation, the document in the DMP: grant R-DEL-1, else R-DEL-1; not valid: also R-AUTH-5
//             ("deleting needs valid") (M-15)
//             holder side (table 3), on a document it sees (M-7) and that is in the DMP (R-DEL-1):
//               added by the holder's side: grant R-FEED-3
//               added by a professional: blocked that day (M-14) grant R-DEL-2, else R-DEL-2
//             anybody else                                      R-DEL-1
const remove = withDocument((r, d, _matrix, v) => {
  const inDmp = true // `d` is the record's copy (absent documents are denied before this table)
  if (r.actor.kind === 'professional') {
    const p = r.actor
    const valid = authorizationOf(r.record, p) === 'valid'
    professionalOnRecord(r, p, v)
    when(v, !valid, 'R-AUTH-5')
    when(v, apiRefused(r), 'R-FEED-2')
    const producer = isAuthor(p, d) || (p.authentication === 'indirect' && sameEstablishmentAsAuthor(p, d))
    const usable = r.record.status.kind === 'active' || r.record.status.kind === 'deactivated'
    if (producer && insOk(r) && usable && valid && inDmp) v.grant.add('R-DEL-1')
    else v.deny.add('R-DEL-1')
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    when(v, !inDmp, 'R-DEL-1')
    if (d.author.kind === 'professional') {
      const a = d.author
      if (blockedOn(r.record, a.id, a.establishmentId, d.addedOn)) v.grant.add('R-DEL-2')
      else v.deny.add('R-DEL-2')
    } else v.grant.add('R-FEED-3')
  } else v.deny.add('R-DEL-1')
})

//   feed      professional (R-AUTH-1; blocked or forbidden may still feed, A-1):
//               occupational doctor: explicit consent, normal mode     grant R-ACTOR-7, else R-ACTOR-7 (M-23)
//               anybody else not participating in the care             R-ACTOR-3 (M-21)
//               what they feed (M-20): their own document; through indirect authentication, one authored in
//                 their establishment; the subcontracted analysis of their (originating) laboratory — and
//                 an INS present, qualified from 2023-01-01             grant R-FEED-1, else R-FEED-1
//               API v1 after 2023-12-30, or without the Carte Vitale   R-FEED-2 (M-9)
//               the patient's accepted opposition                      R-CONSENT-7
//               break-glass, medico-social                             R-EMERG-1 (M-5)
//               break-glass, the patient refused it, unless the feed carries a consent route (participating in
//                 the normal sense and consented: rev. 3, R-EMERG-1, M-17)   R-EMERG-1
//               regulation-centre, medico-social                       R-EMERG-2 (M-5)
//               masked: at the patient's request by a health professional grant R-MASK-3, else R-MASK-3 (M-10)
//               hidden from representatives: a non-emancipated minor asked, a health professional
//                                                                      grant R-MINOR-5, else R-MINOR-5 (M-10)
//               blocked                                                grant A-1
//             holder side (table 3): its own document (M-11), else R-FEED-3; never invisible to the
//               patient (R-INVIS-1) nor hidden from representatives (R-MINOR-5)        grant R-FEED-3
//             anybody else                                             R-FEED-3
//             whoever feeds: a new document added on the day of the request, else R-FEED-1
const feed = withDocument((r, d, _matrix, v) => {
  if (r.actor.kind === 'professional') {
    const p = r.actor
    const mode = modeOf(r)
    const health = isHealthProfessional(p)
    when(v, p.authentication === 'none', 'R-AUTH-1')
    if (isOccupational(p)) {
      if (r.explicitConsent === true && mode === 'normal') {
        if (p.profession === 'medecin') v.grant.add('R-ACTOR-7')
      } else v.deny.add('R-ACTOR-7')
    } else {
      // R-ACTOR-8 rev. 3 (M-31): the coordinating doctor takes part in the care through the resident's agreement
      const coordination = coordinationTable(r, p, v)
      if (coordination === 'not-coordinating') when(v, !participates(r), 'R-ACTOR-3')
    }
    const what =
      isAuthor(p, d) ||
      (p.authentication === 'indirect' && sameEstablishmentAsAuthor(p, d)) ||
      (d.subcontractedBy !== undefined && p.establishmentId === d.subcontractedBy)
    if (what && insOk(r)) v.grant.add('R-FEED-1')
    else v.deny.add('R-FEED-1')
    when(v, apiRefused(r), 'R-FEED-2')
    when(v, r.patientOpposes === true, 'R-CONSENT-7')
    // R-EMERG-1 rev. 3: a refusal of break-glass does not override a consent given now: a feed carrying a consent
    // route (what R-CONSENT-1/2 check, participation included) is decided in the normal mode's terms
    // — not the occupational doctor's: their express consent replaces R-CONSENT-1/2 and never works in an emergency
    // mode (R-ACTOR-7, M-23), so the mode's refusal stands (aligned)
    const consentRoute = isOccupational(p)
      ? false
      : actsAsCoordinatingDoctor(p)
        ? p.profession === 'medecin' && residentAgreed(r)
        : (r.careTeam === true || r.participatesInCare === true) &&
          (r.explicitConsent === true || (r.careTeam === true && authorizationOf(r.record, p) === 'valid'))
    when(v, mode === 'break-glass' && (!health || (r.record.emergencyAccess?.breakGlass === false && !consentRoute)), 'R-EMERG-1')
    when(v, mode === 'regulation-centre', 'R-EMERG-2') // the regulating doctor only consults (fail closed, aligned)
    if (d.maskedFromProfessionals) {
      if (r.atPatientRequest === true && health) v.grant.add('R-MASK-3')
      else v.deny.add('R-MASK-3')
    }
    const minorAsked = isMinor(r) && !r.record.patient.emancipated && r.atPatientRequest === true
    if (d.hiddenFromLegalRepresentatives) {
      if (minorAsked && health) v.grant.add('R-MINOR-5')
      else v.deny.add('R-MINOR-5')
    }
    if (blockedOn(r.record, p.id, p.establishmentId, r.at)) v.grant.add('A-1') // convention: a blocked professional feeds under A-1
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    if (authored(r, d)) v.grant.add('R-FEED-3')
    else v.deny.add('R-FEED-3')
    when(v, d.invisibleToPatient, 'R-INVIS-1')
    when(v, d.hiddenFromLegalRepresentatives, 'R-MINOR-5')
  } else v.deny.add('R-FEED-3')
  // whoever feeds: a new document, added on the day of the request
  when(v, r.record.documents.some((x) => x.id === d.id) || d.addedOn !== r.at, 'R-FEED-1')
})

//   make-visible-to-patient   a document invisible to the patient now, else R-INVIS-2
//                             a declared mode other than normal (rev. 3: an announcement consultation, the
//                               patient able to receive it), even decided in the normal mode's terms: R-INVIS-2 (M-34)
//                             health professional whose view of the document is allowed: grant R-INVIS-2;
//                               view denied: its denying rules and R-INVIS-2 (M-12, M-25)
//                             anybody else (holder side, medico-social, third party): R-INVIS-2
const makeVisible = withDocument((r, d, matrix, v) => {
  when(v, !invisibleToPatientNow(d, r.at), 'R-INVIS-2')
  // R-INVIS-2 rev. 3: refused whenever the declared access mode is not normal
  when(v, modeOf(r) !== 'normal', 'R-INVIS-2')
  if (r.actor.kind === 'professional' && isHealthProfessional(r.actor)) byView(professionalView(r, r.actor, d, matrix), 'R-INVIS-2', v)
  else v.deny.add('R-INVIS-2')
})

//   make-invisible-to-patient  never: R-INVIS-1 (only at feeding) and R-INVIS-2 (never again, or already so) (M-13)
const makeInvisible = withDocument((_r, _d, _matrix, v) => {
  v.deny.add('R-INVIS-1')
  v.deny.add('R-INVIS-2')
})

//   view-history   holder side (table 3): grant R-PATIENT-1
//                  professional (R-AUTH-1, 5, 6; table 1 for medico-social and occupational doctors): grant
//                    R-PATIENT-1 (the treating doctor, and any other for their own actions: an obligation;
//                    rev. 3: the occupational doctor too, M-23)
//                  anybody else R-PATIENT-1
const viewHistory: ActionTable = (r, _matrix, v) => {
  if (holderSide(r)) {
    holderSideTable(r, v)
    v.grant.add('R-PATIENT-1')
  } else if (r.actor.kind === 'professional') {
    professionalOnRecord(r, r.actor, v)
    v.grant.add('R-PATIENT-1')
  } else v.deny.add('R-PATIENT-1')
}

//   block          holder side (table 3): grant R-PATIENT-2; anybody else R-PATIENT-2
const block: ActionTable = (r, _matrix, v) => {
  if (holderSide(r)) {
    holderSideTable(r, v)
    v.grant.add('R-PATIENT-2')
  } else v.deny.add('R-PATIENT-2')
}

//   share-profile  representative of a non-emancipated minor (table 3), with a parent or guardian: grant R-MINOR-4;
//                  any other actor or target: R-MINOR-4
const shareProfile: ActionTable = (r, _matrix, v) => {
  if (holderSide(r)) holderSideTable(r, v)
  const role = r.shareWith?.role
  const ok = r.actor.kind === 'legal-representative' && isMinor(r) && !r.record.patient.emancipated && (role === 'parent' || role === 'guardian')
  if (ok) v.grant.add('R-MINOR-4')
  else v.deny.add('R-MINOR-4')
}

//   modify         holder side (table 3), a document of the record authored by the holder's side (M-26) that
//                    it sees (M-7): grant R-FEED-3; not authored by its side: R-FEED-3
//                  anybody else: R-FEED-3
const modify = withDocument((r, d, _matrix, v) => {
  if (holderSide(r)) {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    if (d.author.kind === 'patient' || d.author.kind === 'legal-representative') v.grant.add('R-FEED-3')
    else v.deny.add('R-FEED-3')
  } else v.deny.add('R-FEED-3')
})

//   close          holder side (table 3: the holder acting for themselves — rev. 3, a protected adult whatever
//                    the measure —, a representative of a minor, or of a represented adult when the holder cannot
//                    express their will): grant R-PATIENT-4, at any time (rev. 3: a deactivated space too, M-28)
//                  heir: R-ACTOR-5 (table 1) only; anybody else (professionals, third parties): R-PATIENT-4 (M-28)
const close: ActionTable = (r, _matrix, v) => {
  if (holderSide(r)) {
    holderSideTable(r, v)
    v.grant.add('R-PATIENT-4')
  } else if (!(r.actor.kind === 'third-party' && r.actor.party === 'heir')) v.deny.add('R-PATIENT-4')
}

//   hide-from-representatives   already hidden                                          A-4
//                               health professional whose view of the document is allowed, at the patient's
//                                 request, the patient a non-emancipated minor (M-27)    grant R-MINOR-5
//                               not at the request, or not such a minor                 R-MINOR-5
//                               rev. 3: neither the professional who fed the document nor one of the
//                                 establishment that fed it (the author's, or the originating
//                                 laboratory of a subcontracted analysis)                R-MINOR-5 (M-25)
//                               view denied: its denying rules and R-MINOR-5 (M-25)
//                               anybody else (holder side, medico-social, third party)  R-MINOR-5
const hideFromRepresentatives = withDocument((r, d, matrix, v) => {
  when(v, d.hiddenFromLegalRepresentatives, 'A-4')
  if (r.actor.kind === 'professional' && isHealthProfessional(r.actor)) {
    when(v, r.atPatientRequest !== true || !nonEmancipatedMinor(r), 'R-MINOR-5')
    // R-MINOR-5 rev. 3: after feeding, only the health professional who fed the document, or one of the
    // establishment that fed it — the author's, or the originating laboratory of a subcontracted analysis, which
    // feeds it (R-FEED-5, R-FEED-1) — may hide it from the representatives
    const p = r.actor
    const fedByTheirEstablishment = sameEstablishmentAsAuthor(p, d) || (d.subcontractedBy !== undefined && p.establishmentId === d.subcontractedBy)
    when(v, !isAuthor(p, d) && !fedByTheirEstablishment, 'R-MINOR-5')
    byView(professionalView(r, r.actor, d, matrix), 'R-MINOR-5', v)
  } else v.deny.add('R-MINOR-5')
})

//   require-doctor-presence   health professional (R-AUTH-1, 5, 6), at the patient's request, the patient a
//                               non-emancipated minor, `representativeId` a listed representative (M-27)
//                             rev. 3: taking part in the minor's care (care team or participating), else
//                               R-MINOR-6; no consent asked: the minor's request stands for it (M-33)
//                                                                                          grant R-MINOR-6, else R-MINOR-6
//                             that representative already under the requirement          A-4
//                             anybody else (holder side, medico-social, third party)     R-MINOR-6
const requireDoctorPresence: ActionTable = (r, _matrix, v) => {
  if (r.actor.kind === 'professional' && isHealthProfessional(r.actor)) {
    professionalOnRecord(r, r.actor, v)
    // R-MINOR-6 rev. 3: set by a health professional taking part in the minor's care (care team or participating;
    // an emergency mode does not stand for it here, aligned, M-33)
    when(v, r.careTeam !== true && r.participatesInCare !== true, 'R-MINOR-6')
    const rep = r.record.legalRepresentatives.find((l) => r.representativeId !== undefined && l.id === r.representativeId)
    when(v, rep?.doctorPresenceRequired === true, 'A-4')
    if (rep !== undefined && r.atPatientRequest === true && nonEmancipatedMinor(r)) v.grant.add('R-MINOR-6')
    else v.deny.add('R-MINOR-6')
  } else v.deny.add('R-MINOR-6')
}

const TABLES: Readonly<Record<Action, ActionTable>> = {
  consult,
  view,
  mask,
  unmask,
  delete: remove,
  feed,
  'make-visible-to-patient': makeVisible,
  'make-invisible-to-patient': makeInvisible,
  'view-history': viewHistory,
  block,
  'share-profile': shareProfile,
  modify,
  close,
  'hide-from-representatives': hideFromRepresentatives,
  'require-doctor-presence': requireDoctorPresence,
}

// -------------------------------------------------------------------------------------
// entry point
// -------------------------------------------------------------------------------------

/**
 * The reference model's decision on a request, with the given authorisation matrix.
 * Deny overrides grant; nothing granting denies with R-ACTOR-3; an unknown action denies.
 */
export const modelDecide = (r: Request, matrix: AuthorizationMatrix): ModelDecision => {
  const action: string = r.action
  const table = Object.prototype.hasOwnProperty.call(TABLES, action) ? TABLES[action as Action] : undefined
  if (table === undefined) return { allowed: false, rules: new Set(['R-ACTOR-3']) }
  const v = verdict()
  actorTable(r, v)
  statusTable(r, v)
  claimsTable(r, v)
  table(r, matrix, v)
  return finish(v)
}

// -------------------------------------------------------------------------------------
// R-ACTOR-6 — after the holder's death, a request for the information of the record (rev. 2, rev. 3)
//
//   condition                                                            verdict
//   the data gone (deleted, or closed more than ten years ago)           R-ACTOR-6
//   requester heir, concubin or PACS partner; purpose causes of death,
//     defend the memory or assert rights; the holder died on or before
//     `at`; the holder did not oppose                                    grant R-ACTOR-6
//   rev. 3: requester parent, `requesterId` a representative listed
//     `parent` on the record; the holder died a minor, not emancipated,
//     on or before `at`; no purpose needed; the minor's own opposition
//     does not bar them                                                  grant R-ACTOR-6
//   anything else                                                        R-ACTOR-6
//   (M-29: otherwise the status of the space does not enter it; it never opens the space)
// -------------------------------------------------------------------------------------

/** What `canRequestPostMortemAccess` is asked (R-ACTOR-6; rev. 3: a parent of a deceased minor, by id, no purpose). */
export interface PostMortemInput {
  readonly requester: 'heir' | 'concubin' | 'pacs-partner' | 'parent'
  /** rev. 3: the representative listed `parent` who asks (requester `parent`). */
  readonly requesterId?: string | undefined
  readonly purpose?: 'causes-of-death' | 'defend-memory' | 'assert-rights' | undefined
  readonly record: HealthRecord
  readonly at: string
  readonly deceasedOpposed?: boolean | undefined
}

const POST_MORTEM_REQUESTERS: ReadonlyArray<string> = ['heir', 'concubin', 'pacs-partner']
const POST_MORTEM_PURPOSES: ReadonlyArray<string> = ['causes-of-death', 'defend-memory', 'assert-rights']

/** The reference model's decision on a post-mortem request (R-ACTOR-6). */
export const modelPostMortem = (input: PostMortemInput): ModelDecision => {
  const died = input.record.patient.deceasedOn
  // nothing left to give once the space is deleted, or closed more than ten years ago (R-STATUS-4, R-STATUS-8)
  const s = input.record.status
  const dataKept = s.kind !== 'deleted' && (s.kind !== 'closed' || input.at <= plusMonths(s.on, 120))
  const dead = dataKept && died !== undefined && died <= input.at
  let ok: boolean
  if (input.requester === 'parent') {
    // R-ACTOR-6 rev. 3: the holders of parental authority of a deceased minor (not emancipated at death) keep their
    // access: a representative listed `parent` on the record (a guardian does not qualify), no purpose required,
    // the minor's own opposition does not bar them
    const ageAtDeath = died === undefined ? undefined : yearsOld(input.record.patient.birthDate, died)
    const listedParent = input.record.legalRepresentatives.some((l) => input.requesterId !== undefined && l.id === input.requesterId && l.role === 'parent')
    ok = dead && ageAtDeath !== undefined && ageAtDeath < 18 && !input.record.patient.emancipated && listedParent
  } else
    ok =
      dead &&
      input.deceasedOpposed !== true &&
      POST_MORTEM_REQUESTERS.includes(input.requester) &&
      input.purpose !== undefined &&
      POST_MORTEM_PURPOSES.includes(input.purpose)
  return { allowed: ok, rules: new Set(['R-ACTOR-6']) }
}
