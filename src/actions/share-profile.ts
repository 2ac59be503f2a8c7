// The policy of the action 'share-profile': share the management of a child's profile.
import { shareProfileRules } from '../rules/patient-controls.js'
import { representationRules } from '../rules/representation.js'
import { commonRules, type Policy } from './policy.js'

/**
 * Policy of `share-profile` (*partage du profil*): may the actor share the management of the child's
 * profile with `shareWith`?
 *
 * - every action: A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9, R-EMERG-1, R-AUTH-1, R-MINOR-3, 8;
 * - who acts as the patient (R-ACTOR-3, A-3, R-MINOR-1..3, 6..8);
 * - R-MINOR-4: only a legal representative of a minor who is not emancipated, only with another legal
 *   representative (`shareWith.role` `'parent'` or `'guardian'`; `'other'` or none denied).
 *
 * INVARIANT (fail closed): R-MINOR-4 grants a legal representative of a non-emancipated minor only and
 * denies every other actor; the target is checked apart, so both reasons come out when both fail.
 *
 * @example
 * import { canShareProfile } from 'dmp-rules'
 * const d = canShareProfile({
 *   actor: { kind: 'legal-representative', id: 'rl-1' },
 *   at: '2024-06-01',
 *   shareWith: { role: 'parent' },
 *   record: {
 *     patient: { birthDate: '2015-01-01', emancipated: false, protectedAdult: false },
 *     status: { kind: 'active' },
 *     treatingDoctorIds: [], blocks: [], authorizations: [], documents: [],
 *     legalRepresentatives: [{ id: 'rl-1', role: 'parent', doctorPresenceRequired: false }],
 *   },
 * })
 * // d.allowed === true (R-MINOR-1, R-MINOR-4)
 *
 * @see R-MINOR-4
 * @since 0.1.0
 */
export const shareProfilePolicy: Policy = { rules: [...commonRules, ...representationRules, ...shareProfileRules] }
