// The policy of the action 'close': close the space (R-PATIENT-4 rev. 2).
import { patientSideCloses } from '../rules/patient-controls.js'
import { representationRules, representativeWidens } from '../rules/representation.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `close` (*clôturer l'espace*): may the actor close the space?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9 (a closed or deleted space cannot be closed again; since
 *   0.3.0 a deactivated one can, R-PATIENT-4 rev. 3: R-STATUS-2 no longer denies closing, and the allowance says
 *   the request goes through the operator), R-EMERG-1, R-AUTH-1, R-MINOR-3, 8;
 * - R-MINOR-8 (c) rev. 3: a protected adult closes their own space whatever the measure; their representative
 *   only when the holder cannot express their will (`holderCannotExpressWill`);
 * - the patient's side: who acts as the patient (R-ACTOR-3, A-3, R-MINOR-1..3, 6..8): the holder acting for
 *   themselves, or the representative of a minor or of a represented adult; then R-PATIENT-4 (obligation: the
 *   ten-year retention starts);
 * - professionals: denied by R-PATIENT-4; heirs by R-ACTOR-5 (they ask the health-insurance fund); other third
 *   parties by R-ACTOR-1..3.
 *
 * @see R-PATIENT-4, R-STATUS-8, R-STATUS-9
 * @since 0.2.0
 */
export const closePolicy: Policy = { rules: [...commonRules, ...representationRules, representativeWidens('always'), patientSideCloses] }
