// The policy of the action 'hide-from-representatives': hide a fed document from the legal representatives
// (R-MINOR-5 rev. 2, after feeding).
import { hideFromRepresentatives, notAlreadyHidden } from '../rules/minor-protections.js'
import { commonRules, type Policy } from './policy.js'
import { healthProfessionalSeesDocument } from './view.js'

/**
 * Policy of `hide-from-representatives` (*rendre invisible aux représentants légaux*): may the actor hide this
 * document of the record from the minor's legal representatives?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8; the record's copy
 *   (A-7);
 * - a health professional must be allowed to see the document: every rule of `view`;
 * - R-MINOR-5: a health professional, at the minor's request, for a non-emancipated minor (obligation: attest
 *   the care the minor keeps secret); the patient's side, médico-social staff and third parties are denied;
 * - a document already hidden is refused as such.
 *
 * @see R-MINOR-5, A-4
 * @since 0.2.0
 */
export const hideFromRepresentativesPolicy: Policy = {
  rules: [...commonRules, ...healthProfessionalSeesDocument, hideFromRepresentatives, notAlreadyHidden],
}
