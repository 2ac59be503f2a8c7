// The policy of the action 'block': block (or unblock) a professional or an establishment.
import { patientBlocks } from '../rules/patient-controls.js'
import { representationRules, representativeWidens } from '../rules/representation.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `block`: may the actor block, or unblock, a professional or an establishment (R-PATIENT-2)?
 * The request does not say whom: the decision is about the actor's power, the same for blocking and
 * unblocking.
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8;
 * - the patient's side: who acts as the patient (R-ACTOR-3, A-3, R-MINOR-1..3, 6..8), then R-PATIENT-2;
 * - professionals and third parties: denied by R-PATIENT-2;
 * - R-MINOR-8 (c) rev. 3: the representative of a represented adult blocks at any time; the allowance says that
 *   unblocking needs the holder unable to express their will (`holderCannotExpressWill`).
 *
 * INVARIANT (fail closed): R-PATIENT-2 grants the patient's side only and denies everybody else.
 *
 * @example
 * import { canBlock } from 'dmp-rules'
 * const d = canBlock({
 *   actor: { kind: 'patient' },
 *   at: '2024-06-01',
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 *   },
 * })
 * // d.allowed === true (R-PATIENT-2)
 *
 * @see R-PATIENT-2
 * @since 0.1.0
 */
export const blockPolicy: Policy = { rules: [...commonRules, ...representationRules, representativeWidens('when-unblocking'), patientBlocks] }
