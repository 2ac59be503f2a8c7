// §4 of the catalogue, consultation side: the consent a professional needs to consult (R-CONSENT-1..5, 8).
// INVARIANT: for a professional in the normal access mode, exactly one of R-CONSENT-1 (care team),
// R-CONSENT-2 (adult, emancipated minor) or R-CONSENT-8 (minor, protected adult) grants, or R-CONSENT-2 /
// R-CONSENT-8 denies: a professional is never left allowed by the status grant alone (fail closed).
// In an emergency access mode without consent the emergency rules (src/rules/emergency.ts) grant or deny.
// Feeding's consent rules (R-CONSENT-6, 7) belong to the feed policy. Patient's side: not applicable.
import { deny, grant, notApplicable, oblige } from '../decision/outcome.js'
import type { ReasonCode } from '../messages/index.js'
import type { Request } from '../domain/types.js'
import { accessModeOf, authorizationOf, isEmergencyMode, isRepresented, isResidenceCoordinatingDoctor, patientStage, residentAgreement } from './facts.js'
import { recordRule, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const OBLIGE_DECLARE_CONSENT = oblige(['DECLARE_CONSENT'])
const OBLIGE_DECLARE_EMERGENCY_ACCESS = oblige(['DECLARE_EMERGENCY_ACCESS'])
const OBLIGE_DECLARE_CONSENT_AND_EMERGENCY_ACCESS = oblige(['DECLARE_CONSENT', 'DECLARE_EMERGENCY_ACCESS'])
const GRANT_CARE_TEAM_CONSENT_COLLECTED = grant('CARE_TEAM_CONSENT_COLLECTED', ['INFORM_PATIENT_EACH_EPISODE', 'CONSULT_ONLY_WHAT_CARE_NEEDS'])
const DENY_CARE_TEAM_CONSENT_MISSING = deny('CARE_TEAM_CONSENT_MISSING', ['COLLECT_CARE_TEAM_CONSENT'])
const GRANT_EXPLICIT_CONSENT_COLLECTED = grant('EXPLICIT_CONSENT_COLLECTED')
const DENY_EXPLICIT_CONSENT_MISSING = deny('EXPLICIT_CONSENT_MISSING', ['COLLECT_EXPLICIT_CONSENT'])
const OBLIGE_CONSENT_COVERS_EPISODE_OF_CARE = oblige(['CONSENT_COVERS_EPISODE_OF_CARE'])
const DENY_PATIENT_OPPOSES_CONSULTATION = deny('PATIENT_OPPOSES_CONSULTATION')
const DENY_LEGAL_REPRESENTATIVE_CONSENT_MISSING = deny('LEGAL_REPRESENTATIVE_CONSENT_MISSING', ['COLLECT_LEGAL_REPRESENTATIVE_CONSENT'])

// -------------------------------------------------------------------------------------
// facts
// -------------------------------------------------------------------------------------

/** Missing booleans mean `false`; only a literal `true` counts as given. */
const given = (b: boolean | undefined): boolean => b === true

/**
 * Does the consultation rest on a consent: the actor is in the care team of an episode of care in
 * progress (presumed consent) or explicit consent was collected for it?
 *
 * @see R-CONSENT-1, R-CONSENT-2, R-CONSENT-8
 * @since 0.1.0
 */
export const restsOnConsent = (request: Request): boolean => given(request.careTeam) || given(request.explicitConsent)

/**
 * Is the care team's consent shown (R-CONSENT-1 rev. 2): declared with the request, or recorded on the record as a
 * `valid` authorisation for the professional or for the establishment they act for?
 *
 * @since 0.2.0
 */
export const careTeamConsentShown = (request: Request): boolean => {
  const { actor } = request
  if (actor.kind !== 'professional') return false
  return given(request.explicitConsent) || authorizationOf(request.record, actor.id, actor.establishmentId) === 'valid'
}

/**
 * Does the request carry a consent route that grants in the normal mode's terms (R-CONSENT-1, 2, 8), participation
 * included (R-ACTOR-3; the EHPAD coordinating doctor's is the resident's agreement, R-ACTOR-8)? Used by R-EMERG-1
 * and R-EMERG-2 (rev. 3): an emergency request that carries it is decided in the normal mode's terms — the emergency
 * mode neither adds to them (masked documents, R-EMERG-3) nor takes from them (a refusal of the mode).
 *
 * @since 0.2.0
 */
export const consentGrantsInNormalTerms = (request: Request): boolean => {
  const { actor } = request
  if (actor.kind !== 'professional' || actor.occupationalDoctor === true) return false
  if (isResidenceCoordinatingDoctor(actor)) return actor.profession === 'medecin' && residentAgreement(request) === 'given'
  if (given(request.careTeam)) return careTeamConsentShown(request)
  return given(request.participatesInCare) && given(request.explicitConsent)
}

/**
 * Is the consent to a consultation given by the legal representative (the patient is a non-emancipated
 * minor or a protected adult at `at`)?
 *
 * @see R-CONSENT-8
 * @since 0.1.0
 */
export const consentByRepresentative = (request: Request): boolean => isRepresented(patientStage(request.record, request.at))

const associate = (request: Request): ReasonCode =>
  patientStage(request.record, request.at) === 'represented-adult' ? 'ASSOCIATE_THE_PROTECTED_ADULT' : 'ASSOCIATE_THE_MINOR'

// -------------------------------------------------------------------------------------
// rules
// -------------------------------------------------------------------------------------

/**
 * R-CONSENT-1 (rev. 2) — a member of the care team consults once the patient's consent has been collected for the
 * team (CE 2025-10-15 n° 490409 annulled the presumed consent): declared with this request (`explicitConsent`) or
 * recorded on the record as a `valid` authorisation for this professional or for the establishment they act for.
 * Once given it covers the whole team, health professionals or not, for the episode of care (R-CONSENT-3).
 * Without it: denied, unless an emergency mode decides (R-EMERG-1, 2). Obligations: inform the patient at each
 * new episode of care; consult only what the care needs. The occupational doctor is R-ACTOR-7's.
 *
 * @see R-CONSENT-1 (CSP L.1110-4 III, L.1110-12, R.1111-46; CE 2025-10-15 n° 490409)
 * @since 0.1.0
 */
export const careTeamConsent: Rule = recordRule('R-CONSENT-1', ({ request }) => {
  const { actor } = request
  if (actor.kind !== 'professional' || !given(request.careTeam) || actor.occupationalDoctor === true) return notApplicable
  if (careTeamConsentShown(request)) return GRANT_CARE_TEAM_CONSENT_COLLECTED
  if (isEmergencyMode(accessModeOf(request))) return notApplicable
  return DENY_CARE_TEAM_CONSENT_MISSING
})

/**
 * R-CONSENT-2 — outside the care team, a professional consults an adult's (or an emancipated minor's)
 * record only with explicit consent collected for this consultation (`explicitConsent`). Without it, in the
 * normal access mode (or an unknown one), denied with the remedy to collect it. In an emergency access
 * mode the emergency rules decide instead (R-EMERG-1, R-EMERG-2).
 *
 * @see R-CONSENT-2 (faq:24, faq:144)
 * @since 0.1.0
 */
export const explicitConsent: Rule = recordRule('R-CONSENT-2', ({ request }) => {
  const { actor } = request
  if (actor.kind !== 'professional' || actor.occupationalDoctor === true || given(request.careTeam) || consentByRepresentative(request))
    return notApplicable
  if (given(request.explicitConsent)) return GRANT_EXPLICIT_CONSENT_COLLECTED
  if (isEmergencyMode(accessModeOf(request))) return notApplicable
  return DENY_EXPLICIT_CONSENT_MISSING
})

/**
 * R-CONSENT-3 — consent is given per episode of care (*épisode de soins*): a consultation that rests on
 * consent carries the note that the consent covers the episode in progress, however long (a long-term
 * condition, ALD, included), and must be collected again at a new episode. The library has no memory of
 * episodes: `careTeam` and `explicitConsent` state the consent of the episode in progress, and the caller
 * asks again at the next one.
 *
 * @see R-CONSENT-3 (faq:174)
 * @since 0.1.0
 */
export const consentPerEpisode: Rule = recordRule('R-CONSENT-3', ({ request }) =>
  request.actor.kind === 'professional' && restsOnConsent(request)
    ? OBLIGE_CONSENT_COVERS_EPISODE_OF_CARE
    : notApplicable,
)

/**
 * R-CONSENT-4 — on every allowed consultation by a professional, the professional declares it in the
 * dedicated interface: that consent was obtained (when it rests on consent), or the emergency access mode
 * used (when it rests on R-EMERG-1 / R-EMERG-2 alone, there is no consent to declare).
 *
 * @see R-CONSENT-4 (faq:180)
 * @since 0.1.0
 */
export const declareConsent: Rule = recordRule('R-CONSENT-4', ({ request }) => {
  if (request.actor.kind !== 'professional') return notApplicable
  const consent = restsOnConsent(request)
  const emergency = isEmergencyMode(accessModeOf(request))
  if (consent && emergency) return OBLIGE_DECLARE_CONSENT_AND_EMERGENCY_ACCESS
  if (consent) return OBLIGE_DECLARE_CONSENT
  return emergency ? OBLIGE_DECLARE_EMERGENCY_ACCESS : notApplicable
})

/**
 * R-CONSENT-5 — the patient may oppose a consultation without giving a reason: then no consultation,
 * even by the care team or with an earlier consent. The obligation to record the opposition in the patient
 * file is stated in the reason's message (a denial carries no obligations). No remedy: only the patient
 * may change their mind.
 *
 * Choice: an expressed opposition also wins over an emergency access mode. Break-glass presupposes a
 * patient unable to express their will, which an opposition contradicts; the regulation centre's access
 * yields to a prior refusal, so all the more to a present one. (A refusal given beforehand is read from
 * `record.emergencyAccess` by R-EMERG-1 / R-EMERG-2.) Any `patientOpposes` other than `false` or absent
 * denies (fail closed).
 *
 * @see R-CONSENT-5 (faq:24, faq:170)
 * @since 0.1.0
 */
export const patientOpposition: Rule = recordRule('R-CONSENT-5', ({ request }) =>
  request.actor.kind === 'professional' && request.patientOpposes !== undefined && request.patientOpposes !== false
    ? DENY_PATIENT_OPPOSES_CONSULTATION
    : notApplicable,
)

/**
 * R-CONSENT-8 — for a non-emancipated minor or a protected adult, the legal representative gives the
 * consent to consultation, and the patient is associated. `explicitConsent` then means that the
 * representative gave it: granted with the obligation to associate the patient; without it (outside the
 * care team, in the normal access mode) denied with the remedy to collect the representative's consent.
 * For the care team, the presumed consent (R-CONSENT-1) holds and this rule adds the obligation to
 * associate the patient. An emancipated minor consents alone (R-MINOR-3, via R-CONSENT-2).
 *
 * Choice: the library does not check that the representative who consented is listed on the record
 * (a professional's software may know representatives the space's profile does not list).
 *
 * @see R-CONSENT-8 (faq:184), R-MINOR-1, R-MINOR-8
 * @since 0.1.0
 */
export const representativeConsent: Rule = recordRule('R-CONSENT-8', ({ request }) => {
  const { actor } = request
  if (actor.kind !== 'professional' || actor.occupationalDoctor === true || !consentByRepresentative(request)) return notApplicable
  if (given(request.careTeam)) return oblige([associate(request)])
  if (given(request.explicitConsent)) return grant('LEGAL_REPRESENTATIVE_CONSENT_COLLECTED', [associate(request)])
  if (isEmergencyMode(accessModeOf(request))) return notApplicable
  return DENY_LEGAL_REPRESENTATIVE_CONSENT_MISSING
})

/**
 * The consent rules of a professional's consultation (R-CONSENT-1..5, R-CONSENT-8).
 *
 * @since 0.1.0
 */
export const consentRules: ReadonlyArray<Rule> = [
  careTeamConsent,
  explicitConsent,
  consentPerEpisode,
  declareConsent,
  patientOpposition,
  representativeConsent,
]
