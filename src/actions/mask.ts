// The policy of the action 'mask': mask a document from professionals.
import { authenticationRules } from '../rules/authentication.js'
import { patientSideSeesDocumentRules } from '../rules/invisibility.js'
import { maskRules } from '../rules/masking.js'
import { representationRules } from '../rules/representation.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `mask` (*masquer aux professionnels*): may the actor mask this document?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8;
 * - the patient's side: who acts as the patient (R-ACTOR-3, A-3, R-MINOR-1..3, 6..8), then R-MASK-1; it
 *   acts only on a document it sees (the document rules of view, for the patient's side: R-AUTH-7, R-AUTH-8,
 *   R-MASK-2, R-EMERG-3, R-INVIS-1, R-INVIS-3, A-2, R-MINOR-5);
 * - professionals: authenticated, not forbidden, not blocked (R-AUTH-1, 5, 6), then R-MASK-3 (only a health
 *   professional, only at the patient's request);
 * - a document already masked is refused, with a reason saying so.
 *
 * INVARIANT (fail closed): the patient's side is granted by R-MASK-1, a professional by R-MASK-3 only with
 * the patient's request; third parties are denied by R-MASK-1 and R-ACTOR-1..5.
 *
 * @example
 * import { canMask } from 'dmp-rules'
 * const letter = {
 *   id: 'cr-1', typeCode: '11490-0', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2024-05-01',
 *   maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false,
 * } as const
 * const d = canMask({
 *   actor: { kind: 'patient' },
 *   at: '2024-06-01',
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [letter],
 *   },
 *   document: letter, // the record's copy
 * })
 * // d.allowed === true (R-MASK-1)
 *
 * @see R-MASK-1, R-MASK-3, A-4
 * @since 0.1.0
 */
export const maskPolicy: Policy = {
  rules: [...commonRules, ...representationRules, ...authenticationRules, ...maskRules, ...patientSideSeesDocumentRules],
}
