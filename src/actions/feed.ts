// The policy of the action 'feed': add `document` to the record; its flags say how it is fed.
import { residenceCoordinatingDoctor, takesPartInCare } from '../rules/actors.js'
import { professionalAuthenticated } from '../rules/authentication.js'
import { emergencyFeeding, regulationCentreFeeding } from '../rules/emergency.js'
import { feedingRules } from '../rules/feeding.js'
import { fedDocumentAddedAt, fedDocumentIdIsNew } from '../rules/integrity.js'
import { invisibilityAtFeedingRules } from '../rules/invisibility.js'
import { maskedAtFeeding } from '../rules/masking.js'
import { representationRules } from '../rules/representation.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `feed` (*alimentation*): may the actor add this document, with these flags?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8 (a deactivated
 *   space is still fed by professionals, R-STATUS-2; nobody feeds a closed or deleted one, R-STATUS-3, 4);
 * - the patient's side: who acts as the patient (R-ACTOR-3, A-3, R-MINOR-1..3, 6..8); it adds its own
 *   documents (R-FEED-3), never invisible to the patient (R-INVIS-1) nor hidden from the legal
 *   representatives (R-MINOR-5), masked if it wishes (R-MASK-1);
 * - professionals: authenticated (R-AUTH-1), taking part in the care (R-ACTOR-3) or the nursing home's
 *   coordinating doctor with the resident's agreement (R-ACTOR-8), the document's author (R-FEED-1), the
 *   patient's INS (R-FEED-1), the interface (R-FEED-2), feeding in an emergency (R-EMERG-1, 2), the patient informed (R-CONSENT-6, obligation), no accepted opposition
 *   (R-CONSENT-7), masked only at the patient's request (R-MASK-3), invisible to the patient with its
 *   legal timeline (R-INVIS-1, R-INVIS-3), hidden from the representatives only for a minor at their
 *   request (R-MINOR-5).
 *
 * Choices: a blocked professional still feeds (A-1; R-AUTH-6 is therefore not in this policy), and so does
 * one whose access authorisation is `forbidden` (R-AUTH-5 concerns consultation; feeding needs no consent,
 * R-CONSENT-6). `at` is the feeding day; the document's `addedOn` is taken as given.
 *
 * INVARIANT (fail closed): a professional is granted only by R-FEED-1 as the document's author, the
 * patient's side only by R-FEED-3 as the author; anything else is denied by R-FEED-1 / R-FEED-3 / R-ACTOR.
 *
 * @example
 * import { canFeed } from 'dmp-rules'
 * const d = canFeed({
 *   actor: { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' },
 *   at: '2024-06-01',
 *   participatesInCare: true, // R-ACTOR-3 rev. 2
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false, ins: { qualified: true } },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 *   },
 *   document: {
 *     id: 'cr-1', typeCode: '11490-0', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2024-06-01',
 *     maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false,
 *   },
 * })
 * // d.allowed === true; obligation: inform the patient beforehand (R-CONSENT-6)
 *
 * @see R-FEED-1, R-FEED-2, R-FEED-3, R-CONSENT-6, R-CONSENT-7, R-INVIS-1, R-INVIS-3, R-MINOR-5, R-MASK-3, A-1
 * @since 0.1.0
 */
export const feedPolicy: Policy = {
  rules: [
    ...commonRules,
    ...representationRules,
    professionalAuthenticated,
    takesPartInCare,
    residenceCoordinatingDoctor,
    ...feedingRules,
    fedDocumentIdIsNew,
    fedDocumentAddedAt,
    emergencyFeeding,
    regulationCentreFeeding,
    maskedAtFeeding,
    ...invisibilityAtFeedingRules,
  ],
}
