// The policy of the action 'unmask': lift the masking of a document.
import { authenticationRules } from '../rules/authentication.js'
import { patientSideSeesDocumentRules } from '../rules/invisibility.js'
import { unmaskRules } from '../rules/masking.js'
import { representationRules, representativeWidens } from '../rules/representation.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `unmask` (*démasquer*): may the actor unmask this document?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8;
 * - the patient's side: who acts as the patient (R-ACTOR-3, A-3, R-MINOR-1..3, 6..8); it acts only on a
 *   document it sees (the document rules of view, for the patient's side: R-AUTH-7, R-AUTH-8, R-MASK-2,
 *   R-EMERG-3, R-INVIS-1, R-INVIS-3, A-2, R-MINOR-5);
 * - professionals: authenticated, not forbidden, not blocked (R-AUTH-1, 5, 6);
 * - R-MASK-4: the patient's side any document, a declared treating doctor any document, another health
 *   professional only the documents they authored;
 * - a document that is not masked is refused, with a reason saying so;
 * - R-MINOR-8 (c) rev. 3: the representative of a represented adult unmasks only when the holder cannot express
 *   their will (`holderCannotExpressWill`), never lifting a restriction the holder set (an obligation says so).
 *
 * INVARIANT (fail closed): R-MASK-4 grants or denies every actor.
 *
 * @example
 * import { canUnmask } from 'dmp-rules'
 * const d = canUnmask({
 *   actor: { kind: 'professional', id: 'dr-2', profession: 'infirmier', authentication: 'cps' },
 *   at: '2024-06-01',
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 *   },
 *   document: {
 *     id: 'cr-1', typeCode: '11490-0', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2024-05-01',
 *     maskedFromProfessionals: true, invisibleToPatient: false, hiddenFromLegalRepresentatives: false,
 *   },
 * })
 * // d.allowed === false: UNMASK_ONLY_OWN_DOCUMENTS (R-MASK-4)
 *
 * @see R-MASK-4, A-4
 * @since 0.1.0
 */
export const unmaskPolicy: Policy = {
  rules: [
    ...commonRules,
    ...representationRules,
    representativeWidens('always'),
    ...authenticationRules,
    ...unmaskRules,
    ...patientSideSeesDocumentRules,
  ],
}
