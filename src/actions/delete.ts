// The policy of the action 'delete': delete a document from the record.
import { authenticationRules } from '../rules/authentication.js'
import { deletionRules } from '../rules/deletion.js'
import { feedingInterface } from '../rules/feeding.js'
import { patientSideSeesDocumentRules } from '../rules/invisibility.js'
import { representationRules } from '../rules/representation.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `delete` (*supprimer un document*): may the actor delete this document?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8;
 * - professionals: authenticated, not forbidden, not blocked (R-AUTH-1, 5, 6), the DMP interface (R-FEED-2);
 *   R-DEL-1: the producer only (the author, or the author's establishment by indirect authentication), with the
 *   patient's INS, the DMP usable (active or deactivated), a valid access authorisation; the document of the
 *   record;
 * - the patient's side: who acts as the patient (R-ACTOR-3, A-3, R-MINOR-1..3, 6..8); the documents the
 *   patient's side added (R-FEED-3), and those fed by a professional blocked that day (R-DEL-2); only a
 *   document it sees (the document rules of view, for the patient's side: R-AUTH-7, R-AUTH-8, R-MASK-2,
 *   R-EMERG-3, R-INVIS-1, R-INVIS-3, A-2, R-MINOR-5) and that is in the record (R-DEL-1).
 *
 * Choice: a blocked professional cannot delete, even their own document (R-AUTH-6: the block cuts them off
 * the record; A-1 lets them feed only).
 *
 * INVARIANT (fail closed): a professional is granted only by R-DEL-1 as the producer; the patient's side
 * only by R-FEED-3 or R-DEL-2; third parties are denied by R-DEL-1 and R-ACTOR-1..5.
 *
 * @example
 * import { canDelete } from 'dmp-rules'
 * const doc = {
 *   id: 'cr-1', typeCode: '11490-0', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2024-05-01',
 *   maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false,
 * } as const
 * const d = canDelete({
 *   actor: { kind: 'patient' },
 *   at: '2024-06-01',
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], authorizations: [], documents: [doc],
 *     blocks: [{ target: 'professional', id: 'dr-1', from: '2024-04-01' }],
 *   },
 *   document: doc,
 * })
 * // d.allowed === true: dr-1 was blocked when the document was fed (R-DEL-2)
 *
 * @see R-DEL-1, R-DEL-2, R-FEED-3
 * @since 0.1.0
 */
export const deletePolicy: Policy = {
  rules: [
    ...commonRules,
    ...representationRules,
    ...authenticationRules,
    feedingInterface,
    ...deletionRules,
    ...patientSideSeesDocumentRules,
  ],
}
