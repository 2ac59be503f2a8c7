// The policy of the action 'require-doctor-presence': a legal representative accesses the minor's data only with a
// doctor present (R-MINOR-6 rev. 2).
import { authenticationRules } from '../rules/authentication.js'
import { isHealthProfessional } from '../rules/facts.js'
import { notAlreadyRequired, requireDoctorPresence } from '../rules/minor-protections.js'
import { restrictTo } from '../rules/rule.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `require-doctor-presence` (*exiger la présence d'un médecin*): may the actor require that the legal
 * representative `representativeId` accesses the minor's data only in the presence of a doctor?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8;
 * - health professionals: authenticated, not forbidden, not blocked (R-AUTH-1, 5, 6);
 * - R-MINOR-6: a health professional, at the minor's request, for a non-emancipated minor, naming a listed
 *   representative; the patient's side (a representative can neither set nor lift it), médico-social staff and
 *   third parties are denied;
 * - a representative already under the requirement is refused as such.
 *
 * @see R-MINOR-6, A-4
 * @since 0.2.0
 */
export const requireDoctorPresencePolicy: Policy = {
  rules: [...commonRules, ...authenticationRules.map(restrictTo(isHealthProfessional)), requireDoctorPresence, notAlreadyRequired],
}
