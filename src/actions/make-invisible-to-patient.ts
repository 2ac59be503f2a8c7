// The policy of the action 'make-invisible-to-patient': always denied, with the reasons why.
import { invisibleOnlyAtFeeding, neverInvisibleAgain } from '../rules/invisibility.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `make-invisible-to-patient` (*rendre invisible au patient*, after feeding): always denied.
 * Invisibility to the patient is set only when feeding (R-INVIS-1: feed the document with
 * `invisibleToPatient`), and a document visible to the patient can never be made invisible again
 * (R-INVIS-2); one already invisible is said to be so. The common rules (A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9,
 * R-EMERG-1, R-AUTH-1, R-MINOR-3, 8) add their own reasons (a closed space, a third party…).
 *
 * INVARIANT: no rule of this policy grants on its own, and R-INVIS-1 denies every request: never allowed.
 *
 * @example
 * import { canMakeInvisibleToPatient } from 'dmp-rules'
 * const d = canMakeInvisibleToPatient({
 *   actor: { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' },
 *   at: '2024-06-10',
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 *   },
 *   document: {
 *     id: 'cr-1', typeCode: '11490-0', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2024-06-01',
 *     maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false,
 *   },
 * })
 * // d.allowed === false: INVISIBLE_ONLY_AT_FEEDING (R-INVIS-1), VISIBLE_NEVER_INVISIBLE_AGAIN (R-INVIS-2)
 *
 * @see R-INVIS-1, R-INVIS-2
 * @since 0.1.0
 */
export const makeInvisibleToPatientPolicy: Policy = {
  rules: [...commonRules, invisibleOnlyAtFeeding, neverInvisibleAgain],
}
