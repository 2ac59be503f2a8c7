// The policy of the action 'modify': the patient's side modifies a document it added (R-FEED-3 rev. 2).
import { patientSideModifiesOwnDocument } from '../rules/feeding.js'
import { patientSideSeesDocumentRules } from '../rules/invisibility.js'
import { representationRules } from '../rules/representation.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `modify` (*modifier un document*): may the actor modify this document of the record (faq:154)?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8; the record's copy
 *   (A-7);
 * - the patient's side: who acts as the patient (R-ACTOR-3, A-3, R-MINOR-1..3, 6..8), on a document it sees
 *   (the document rules of view, for the patient's side: R-AUTH-7, R-AUTH-8, R-MASK-2, R-EMERG-3, R-INVIS-1,
 *   R-INVIS-3, A-2, R-MINOR-5) and that its side added (R-FEED-3);
 * - professionals (who replace their document by feeding a new version) and third parties: denied by R-FEED-3.
 *
 * INVARIANT (fail closed): R-FEED-3 grants the patient's side on its own documents only.
 *
 * @see R-FEED-3
 * @since 0.2.0
 */
export const modifyPolicy: Policy = {
  rules: [...commonRules, ...representationRules, patientSideModifiesOwnDocument, ...patientSideSeesDocumentRules],
}
