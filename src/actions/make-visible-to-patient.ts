// The policy of the action 'make-visible-to-patient': lift a document's invisibility to the patient.
import { notAlreadyVisible, whoMakesVisible } from '../rules/invisibility.js'
import { commonRules, type Policy } from './policy.js'
import { healthProfessionalSeesDocument } from './view.js'

/**
 * Policy of `make-visible-to-patient` (*rendre visible au patient*): may the actor lift this document's
 * invisibility to the patient (R-INVIS-2)?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8; the record's copy
 *   (A-7);
 * - a health professional must be allowed to see the document (rev. 2): every rule of `view` — consult the
 *   record (authentication, participation, consent or emergency) and see this document (matrix, masking…);
 * - R-INVIS-2 (rev. 2): any health professional who may see it ends the invisibility when delivering the
 *   information at an announcement consultation (an obligation says so), not only its author; the patient's
 *   side (which does not see it) and médico-social staff are denied; a document already visible to the patient
 *   is refused, with a reason saying so.
 *
 * INVARIANT (fail closed): R-INVIS-2 grants health professionals only and denies every other actor; the view
 * rules deny whoever may not see the document.
 *
 * @example
 * import { canMakeVisibleToPatient } from 'dmp-rules'
 * const biopsy = {
 *   id: 'ap-1', typeCode: '11526-1', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2024-06-01',
 *   maskedFromProfessionals: false, invisibleToPatient: true, hiddenFromLegalRepresentatives: false,
 * } as const
 * const d = canMakeVisibleToPatient({
 *   actor: { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' },
 *   at: '2024-06-10',
 *   careTeam: true,
 *   explicitConsent: true,
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [biopsy],
 *   },
 *   document: biopsy, // the record's copy
 * })
 * // d.allowed === true (R-INVIS-2): after the announcement consultation
 *
 * @see R-INVIS-2
 * @since 0.1.0
 */
export const makeVisibleToPatientPolicy: Policy = {
  rules: [...commonRules, ...healthProfessionalSeesDocument, whoMakesVisible, notAlreadyVisible],
}
