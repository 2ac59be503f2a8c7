// §1 of the catalogue: who may ever touch the record (R-ACTOR-1..5, 7). These rules apply to every action, but
// R-ACTOR-3's participation in the care ({@link takesPartInCare}), which the consultation applies.
import { deny, grant, notApplicable } from '../decision/outcome.js'
import { isProfession } from '../domain/profession.js'
import { MEDICO_SOCIAL_ROLES, THIRD_PARTIES } from '../domain/types.js'
import { accessModeOf, isEmergencyMode, isResidenceCoordinatingDoctor, representativeOf, residentAgreement } from './facts.js'
import { recordRule, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const DENY_THIRD_PARTY_NEVER = deny('THIRD_PARTY_NEVER')
const DENY_CAREGIVER_NO_DELEGATION = deny('CAREGIVER_NO_DELEGATION')
const DENY_NOT_A_CARE_ACTOR = deny('NOT_A_CARE_ACTOR')
const DENY_LEGAL_REPRESENTATIVE_NOT_ON_RECORD = deny('LEGAL_REPRESENTATIVE_NOT_ON_RECORD', ['FIX_THE_REQUEST'])
const DENY_UNKNOWN_PROFESSION = deny('UNKNOWN_PROFESSION', ['FIX_THE_REQUEST'])
const DENY_MEDICO_SOCIAL_CARE_TEAM_ONLY = deny('MEDICO_SOCIAL_CARE_TEAM_ONLY')
const GRANT_MEDICO_SOCIAL_IN_CARE_TEAM = grant('MEDICO_SOCIAL_IN_CARE_TEAM')
const DENY_MEDICO_SOCIAL_ROLE_MISSING = deny('MEDICO_SOCIAL_ROLE_MISSING', ['STATE_MEDICO_SOCIAL_ROLE'])
const DENY_OCCUPATIONAL_DOCTOR_IS_A_DOCTOR = deny('OCCUPATIONAL_DOCTOR_IS_A_DOCTOR')
const DENY_OCCUPATIONAL_DOCTOR_CONSULTS_AND_FEEDS_ONLY = deny('OCCUPATIONAL_DOCTOR_CONSULTS_AND_FEEDS_ONLY')
const DENY_OCCUPATIONAL_DOCTOR_NO_EMERGENCY_ACCESS = deny('OCCUPATIONAL_DOCTOR_NO_EMERGENCY_ACCESS', ['COLLECT_EXPRESS_CONSENT'])
const GRANT_OCCUPATIONAL_DOCTOR_EXPRESS_CONSENT = grant('OCCUPATIONAL_DOCTOR_EXPRESS_CONSENT', ['INFORM_BEFORE_EXPRESS_CONSENT'])
const DENY_OCCUPATIONAL_DOCTOR_NEEDS_EXPRESS_CONSENT = deny('OCCUPATIONAL_DOCTOR_NEEDS_EXPRESS_CONSENT', ['COLLECT_EXPRESS_CONSENT'])
const DENY_NOT_PARTICIPATING_IN_CARE = deny('NOT_PARTICIPATING_IN_CARE')
const GRANT_RESIDENCE_COORDINATING_DOCTOR_WITH_AGREEMENT = grant('RESIDENCE_COORDINATING_DOCTOR_WITH_AGREEMENT', ['CONSULT_ONLY_WHAT_CARE_NEEDS'])
const DENY_RESIDENCE_COORDINATING_DOCTOR_IS_A_DOCTOR = deny('RESIDENCE_COORDINATING_DOCTOR_IS_A_DOCTOR')
const DENY_RESIDENT_AGREEMENT_MISSING = deny('RESIDENT_AGREEMENT_MISSING', ['COLLECT_RESIDENT_AGREEMENT'])
const DENY_RESIDENT_AGREEMENT_NOT_BY_THIS_PERSON = deny('RESIDENT_AGREEMENT_NOT_BY_THIS_PERSON')
const DENY_HEIR_CANNOT_ACCESS = deny('HEIR_CANNOT_ACCESS', ['HEIR_MAY_REQUEST_INFORMATION', 'HEIR_ASK_FUND_TO_CLOSE'])

/**
 * R-ACTOR-1 — the State, the health-insurance fund as an organisation, insurers, banks and employers
 * never access anything.
 *
 * @since 0.1.0
 */
export const thirdPartiesNever: Rule = recordRule('R-ACTOR-1', ({ request: { actor } }) =>
  actor.kind === 'third-party' &&
  (actor.party === 'state' ||
    actor.party === 'health-insurance' ||
    actor.party === 'insurer' ||
    actor.party === 'bank' ||
    actor.party === 'employer')
    ? DENY_THIRD_PARTY_NEVER
    : notApplicable,
)

/**
 * R-ACTOR-2 — a caregiver (*aidant*) has no delegated access (none exists yet).
 *
 * @since 0.1.0
 */
export const caregiverNoDelegation: Rule = recordRule('R-ACTOR-2', ({ request: { actor } }) =>
  actor.kind === 'third-party' && actor.party === 'caregiver' ? DENY_CAREGIVER_NO_DELEGATION : notApplicable,
)

/**
 * R-ACTOR-3 — only the patient, their listed legal representatives and professionals taking part in
 * the care may access: any other third party, or a legal representative not listed on the record, is denied.
 *
 * @since 0.1.0
 */
export const onlyCareActors: Rule = recordRule('R-ACTOR-3', ({ request: { actor, record } }) => {
  // 'other', and any party the library does not know (fail closed); the known ones are denied by R-ACTOR-1, 2, 5.
  if (actor.kind === 'third-party')
    return actor.party === 'other' || !THIRD_PARTIES.includes(actor.party) ? DENY_NOT_A_CARE_ACTOR : notApplicable
  if (actor.kind === 'legal-representative' && representativeOf(record, actor) === undefined)
    return DENY_LEGAL_REPRESENTATIVE_NOT_ON_RECORD
  return notApplicable
})

/**
 * R-ACTOR-3 (professionals) — only health professionals taking part in the care (and the médico-social
 * staff the matrix admits, R-ACTOR-4) may access: a professional of a profession the library does not know
 * (a value outside `PROFESSIONS`, sent by a caller who bypassed the codecs) is denied, fail closed.
 *
 * @see R-ACTOR-3 (faq:180), A-6
 * @since 0.1.0
 */
export const knownProfession: Rule = recordRule('R-ACTOR-3', ({ request: { actor } }) =>
  actor.kind === 'professional' && !isProfession(actor.profession) ? DENY_UNKNOWN_PROFESSION : notApplicable,
)

/**
 * R-ACTOR-4 (rev. 2) — social and médico-social professionals (*professionnels du social et du médico-social*)
 * access the record as members of the care team (CSP L.1111-17 III, upheld by Cons. const. 2024-1101 QPC and
 * CE 2025-10-15 n° 490409): they must be in the care team and carry the role that selects their column of the
 * matrix (`role`); what they see is then the matrix's business (R-AUTH-7), their consent the care team's
 * (R-CONSENT-1). Without a care team or a role, denied on every action (fail closed).
 *
 * @see R-ACTOR-4, R-AUTH-7, R-CONSENT-1
 * @since 0.1.0
 */
export const medicoSocialInCareTeam: Rule = recordRule('R-ACTOR-4', ({ request: { actor, careTeam } }) => {
  if (actor.kind !== 'professional' || actor.profession !== 'medico-social') return notApplicable
  if (careTeam !== true) return DENY_MEDICO_SOCIAL_CARE_TEAM_ONLY
  const role: unknown = actor.role
  return typeof role === 'string' && (MEDICO_SOCIAL_ROLES as ReadonlyArray<string>).includes(role)
    ? GRANT_MEDICO_SOCIAL_IN_CARE_TEAM
    : DENY_MEDICO_SOCIAL_ROLE_MISSING
})

/**
 * R-ACTOR-7 (rev. 2, new) — the occupational doctor (*médecin du travail*) in charge of the person's follow-up
 * consults and feeds the record only with the person's EXPRESS consent, after prior information: never presumed,
 * never through the care team, never in an emergency mode (CSP L.1111-17 IV, Code du travail L.4624-8-1). Every
 * other action is denied, but reading the traces of their own actions (R-PATIENT-1 rev. 3). The person's refusal is
 * not a fault and cannot ground an unfitness opinion, and is never told to the employer: the denial says so; the
 * prior information covers how the person restricts access. Rev. 3: what they see is what a matrix grants TO
 * OCCUPATIONAL DOCTORS (an occupational grant, R-AUTH-7); the bundled matrices grant them nothing, so they see their
 * own documents and the list, and feed. This limit, and "never in an emergency mode", are the library's fail-closed
 * choices where the texts are unclear (L.1111-17 IV grants access with express consent; whether R.1111-46's matrix
 * reaches IV is arguable).
 *
 * @see R-ACTOR-7
 * @since 0.2.0
 */
export const occupationalDoctor: Rule = recordRule('R-ACTOR-7', ({ request }) => {
  const { actor } = request
  if (actor.kind !== 'professional' || actor.occupationalDoctor !== true) return notApplicable
  if (actor.profession !== 'medecin') return DENY_OCCUPATIONAL_DOCTOR_IS_A_DOCTOR
  // R-PATIENT-1 rev. 3: like every professional, they read the traces of their own actions (no consent needed).
  if (request.action === 'view-history') return notApplicable
  if (request.action !== 'consult' && request.action !== 'view' && request.action !== 'feed')
    return DENY_OCCUPATIONAL_DOCTOR_CONSULTS_AND_FEEDS_ONLY
  if ((request.accessMode ?? 'normal') !== 'normal') return DENY_OCCUPATIONAL_DOCTOR_NO_EMERGENCY_ACCESS
  return request.explicitConsent === true
    ? GRANT_OCCUPATIONAL_DOCTOR_EXPRESS_CONSENT
    : DENY_OCCUPATIONAL_DOCTOR_NEEDS_EXPRESS_CONSENT
})

/**
 * R-ACTOR-3 (rev. 2) — only a professional taking part in the patient's care consults and feeds (CSP L.1111-17 III,
 * R.1111-46, R.1111-47; R-FEED-1 rev. 2): a member of the care team does by definition, another professional when the request says so
 * (`participatesInCare`); an emergency mode is care (R-EMERG-1, 2). A professional who takes no part in the care —
 * an insurer's or a fund's medical adviser, an expert, a doctor examining for a third party — is denied even
 * with the patient's agreement. The occupational doctor is R-ACTOR-7's, the EHPAD coordinating doctor R-ACTOR-8's.
 *
 * @see R-ACTOR-3, R-CONSENT-2
 * @since 0.2.0
 */
export const takesPartInCare: Rule = recordRule('R-ACTOR-3', ({ request }) => {
  const { actor } = request
  if (actor.kind !== 'professional' || actor.occupationalDoctor === true || isResidenceCoordinatingDoctor(actor)) return notApplicable
  if (request.careTeam === true || request.participatesInCare === true) return notApplicable
  return (request.accessMode ?? 'normal') === 'normal' ? DENY_NOT_PARTICIPATING_IN_CARE : notApplicable
})

/**
 * R-ACTOR-8 (rev. 3, new) — the coordinating doctor of the nursing home for dependent elderly people (EHPAD,
 * *médecin coordonnateur*, CASF L.313-12 V) where the patient lives accesses the resident's record with the
 * resident's agreement, as a professional participating in the care (CSP L.1111-16 al. 1): the request says so
 * (`actor.residenceCoordinatingDoctor`, a `medecin`; `explicitConsent`, the agreement). The agreement is the
 * resident's own; a representative's counts only under a representation relating to the person AND when the
 * request says the resident cannot express their will (`holderCannotExpressWill`, R-MINOR-8 (c)); a curator or a
 * parent never gives it. Without the agreement, denied in the normal mode (an emergency mode is the emergency
 * rules' business, as for any doctor). Applied where participation is (consult, view, feed, and the actions that
 * need to see a document); the consent rules then grant on the same agreement (R-CONSENT-2, 8).
 *
 * @see R-ACTOR-8 (CSP L.1111-16 al. 1), R-MINOR-8
 * @since 0.3.0
 */
export const residenceCoordinatingDoctor: Rule = recordRule('R-ACTOR-8', ({ request }) => {
  const { actor } = request
  if (!isResidenceCoordinatingDoctor(actor)) return notApplicable
  if (actor.profession !== 'medecin') return DENY_RESIDENCE_COORDINATING_DOCTOR_IS_A_DOCTOR
  switch (residentAgreement(request)) {
    case 'given':
      return GRANT_RESIDENCE_COORDINATING_DOCTOR_WITH_AGREEMENT
    case 'not-the-residents':
      return DENY_RESIDENT_AGREEMENT_NOT_BY_THIS_PERSON
    case 'missing':
      return isEmergencyMode(accessModeOf(request)) ? notApplicable : DENY_RESIDENT_AGREEMENT_MISSING
  }
})

/**
 * R-ACTOR-5 — heirs (*ayants droit*) cannot consult; they may ask the health-insurance fund to close the space.
 *
 * @since 0.1.0
 */
export const heirsCannotConsult: Rule = recordRule('R-ACTOR-5', ({ request: { actor } }) =>
  actor.kind === 'third-party' && actor.party === 'heir' ? DENY_HEIR_CANNOT_ACCESS : notApplicable,
)

/**
 * The actor rules, applied to every action.
 *
 * @since 0.1.0
 */
export const actorRules: ReadonlyArray<Rule> = [
  thirdPartiesNever,
  caregiverNoDelegation,
  onlyCareActors,
  knownProfession,
  medicoSocialInCareTeam,
  occupationalDoctor,
  heirsCannotConsult,
]
