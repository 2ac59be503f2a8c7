// The policy of the action 'consult': open the record.
import { residenceCoordinatingDoctor, takesPartInCare } from '../rules/actors.js'
import { authenticationRules } from '../rules/authentication.js'
import { feedingInterface } from '../rules/feeding.js'
import { consentRules } from '../rules/consent.js'
import { emergencyRules } from '../rules/emergency.js'
import { representationRules } from '../rules/representation.js'
import type { Rule } from '../rules/rule.js'
import { commonRules, type Policy } from './policy.js'

/**
 * The rules of a consultation beyond {@link commonRules}: who acts as the patient, and a professional's
 * authentication, participation, interface, consent and emergency access. Actions that need the actor to be
 * allowed to see a document (`make-visible-to-patient`, `hide-from-representatives`) apply them to health
 * professionals only.
 *
 * @since 0.2.0
 */
export const consultationBeyondCommon: ReadonlyArray<Rule> = [
  ...representationRules,
  ...authenticationRules,
  takesPartInCare,
  residenceCoordinatingDoctor,
  feedingInterface,
  ...consentRules,
  ...emergencyRules,
]

/**
 * The record-level rules of a consultation, shared by `consult` and `view`.
 *
 * - every action: a well-formed request, who may ever touch the record (R-ACTOR-1..5, 7), the status of
 *   the space (R-STATUS-1..5, 9), a known access mode (R-EMERG-1), R-AUTH-1, R-MINOR-3, 8;
 * - the patient's side: who acts as the patient (R-ACTOR-3 holder, A-3, R-MINOR-1..3, 6..8); these grant
 *   the holder and the legal representatives and deny the others of that side;
 * - professionals: authentication (R-AUTH-1), a forbidden authorisation (R-AUTH-5), blocks (R-AUTH-6), taking
 *   part in the care (R-ACTOR-3 rev. 2) or the nursing home's coordinating doctor with the resident's agreement
 *   (R-ACTOR-8, rev. 3), the DMP interface (R-FEED-2 rev. 2: API v1 conditions), consent
 *   (R-CONSENT-1..5, 8: the care team needs the patient's consent since rev. 2) and emergency access
 *   (R-EMERG-1, 2); the occupational doctor's express consent (R-ACTOR-7, a common rule).
 *
 * INVARIANT (fail closed): a professional is granted only by a consent rule (R-CONSENT-1, 2, 8), an
 * emergency rule (R-EMERG-1, 2) or, for the occupational doctor, R-ACTOR-7, and R-CONSENT-2 / R-CONSENT-8 deny when neither applies, so the grant
 * of the status rules (R-STATUS-1, 2) never allows a professional alone. Third parties are denied by
 * R-ACTOR-1..5 whatever else holds.
 *
 * @see R-AUTH-1, R-AUTH-5, R-AUTH-6, R-CONSENT-1..5, R-CONSENT-8, R-EMERG-1, R-EMERG-2
 * @since 0.1.0
 */
export const consultationRules: ReadonlyArray<Rule> = [
  ...commonRules,
  ...consultationBeyondCommon,
]

/**
 * Policy of `consult`: may the actor open the record? Record-level rules only ({@link consultationRules}).
 *
 * @example
 * import { canConsult } from 'dmp-rules'
 * const d = canConsult({
 *   actor: { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' },
 *   at: '2024-06-01',
 *   careTeam: true,
 *   explicitConsent: true, // the care team's consent, declared with the request (R-CONSENT-1 rev. 2)
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 *   },
 * })
 * // d.allowed === true; obligations: inform at each episode (R-CONSENT-1), declare the consent (R-CONSENT-4)…
 *
 * @since 0.1.0
 */
export const consultPolicy: Policy = { rules: consultationRules }
