// The policy of the action 'view-history': read the activity history of the space.
import { authenticationRules } from '../rules/authentication.js'
import { patientReadsHistory } from '../rules/patient-controls.js'
import { representationRules } from '../rules/representation.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `view-history` (*historique d'activité*): may the actor read who consulted what?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8 (a deactivated
 *   space denies the patient's side, R-STATUS-2);
 * - the patient's side: who acts as the patient (R-ACTOR-3, A-3, R-MINOR-1..3, 6..8), then R-PATIENT-1;
 * - professionals (rev. 2): authenticated, not forbidden, not blocked (R-AUTH-1, 5, 6); the treating doctor reads
 *   every trace, any other professional the traces of their own actions (R-PATIENT-1, an obligation states the
 *   scope); a legal representative never sees the traces of documents hidden from the representatives;
 * - third parties: denied by R-PATIENT-1.
 *
 * INVARIANT (fail closed): R-PATIENT-1 grants the patient's side only and denies everybody else.
 *
 * @example
 * import { canViewHistory } from 'dmp-rules'
 * const d = canViewHistory({
 *   actor: { kind: 'patient' },
 *   at: '2024-06-01',
 *   record: {
 *     patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 *   },
 * })
 * // d.allowed === true (R-PATIENT-1)
 *
 * @see R-PATIENT-1
 * @since 0.1.0
 */
export const viewHistoryPolicy: Policy = { rules: [...commonRules, ...representationRules, ...authenticationRules, patientReadsHistory] }
