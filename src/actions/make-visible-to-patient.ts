// The policy of the action 'make-visible-to-patient': lift a document's invisibility to the patient.
import { authenticationRules } from '../rules/authentication.js'
import { notAlreadyVisible, whoMakesVisible } from '../rules/invisibility.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `make-visible-to-patient` (*rendre visible au patient*): may the actor lift this document's
 * invisibility to the patient (R-INVIS-2)?
 *
 * - every action: A-6, R-ACTOR-1..5, R-STATUS-1..5, 9;
 * - professionals: authenticated, not forbidden, not blocked (R-AUTH-1, 5, 6);
 * - R-INVIS-2: only the professional who authored the document; the patient's side and other professionals
 *   are denied; a document already visible to the patient is refused, with a reason saying so.
 *
 * INVARIANT (fail closed): R-INVIS-2 grants the author professional only and denies every other actor.
 * The representation rules are not in this policy: the patient's side is denied whoever acts.
 *
 * @example
 * import { canMakeVisibleToPatient } from 'dmp-rules'
 * const d = canMakeVisibleToPatient({
 *   actor: { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' },
 *   at: '2024-06-10',
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 *   },
 *   document: {
 *     id: 'ap-1', typeCode: '11526-1', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2024-06-01',
 *     maskedFromProfessionals: false, invisibleToPatient: true, hiddenFromLegalRepresentatives: false,
 *   },
 * })
 * // d.allowed === true (R-INVIS-2): after the announcement consultation
 *
 * @see R-INVIS-2
 * @since 0.1.0
 */
export const makeVisibleToPatientPolicy: Policy = {
  rules: [...commonRules, ...authenticationRules, whoMakesVisible, notAlreadyVisible],
}
