// §7 of the catalogue, the patient's own controls: the activity history (R-PATIENT-1), blocking
// (R-PATIENT-2), contacts (R-PATIENT-3); and §6, sharing a child's profile (R-MINOR-4).
// INVARIANT (entitlement, fail closed): each rule grants the patient's side only (the representation rules
// then decide who of that side may act) and denies professionals and third parties by name.
//
// R-PATIENT-3 decides nothing: contacts added to the profile (emergency contact, trusted person, caregiver)
// and advance directives give no access right. A contact asking for access is a third party — a caregiver
// is denied by R-ACTOR-2, anyone else by R-ACTOR-1, 3, 5 — on every action.
import { deny, grant, notApplicable } from '../decision/outcome.js'
import { isPatientSide, isTreatingDoctor, patientStage } from './facts.js'
import { recordRule, type Rule } from './rule.js'

/**
 * R-PATIENT-1 (rev. 2) — the access traces (*historique des accès*: who consulted or fed what) are open to the
 * holder and whoever manages the space for them, to the patient's treating doctor, and to each professional for
 * their own actions only (CSP R.1111-43). Every allowance carries the scope it opens as an obligation: all the
 * traces; the professional's own actions only; for a legal representative, never the traces of documents hidden
 * from the representatives (R-MINOR-5, CSP R.1111-50). Third parties are denied. Rev. 3: the occupational doctor,
 * like every professional, reads the traces of their own actions (R-ACTOR-7 no longer denies them this).
 *
 * @see R-PATIENT-1 (faq:144, faq:150; CSP R.1111-43, L.1111-19)
 * @since 0.1.0
 */
export const patientReadsHistory: Rule = recordRule('R-PATIENT-1', ({ request: { actor, record } }) => {
  if (actor.kind === 'patient') return grant('PATIENT_READS_HISTORY', ['HISTORY_SCOPE_ALL_TRACES'])
  if (actor.kind === 'legal-representative') return grant('PATIENT_READS_HISTORY', ['HISTORY_SCOPE_WITHOUT_HIDDEN_DOCUMENTS'])
  if (actor.kind !== 'professional') return deny('NOT_A_CARE_ACTOR')
  // R-PATIENT-1 rev. 3: the occupational doctor, acting as such, reads the traces of their own actions only.
  return isTreatingDoctor(record, actor) && actor.occupationalDoctor !== true
    ? grant('TREATING_DOCTOR_READS_HISTORY', ['HISTORY_SCOPE_ALL_TRACES'])
    : grant('PROFESSIONAL_READS_OWN_TRACES', ['HISTORY_SCOPE_OWN_ACTIONS'])
})

/**
 * R-PATIENT-2 — the patient (or whoever manages the space for them: R-MINOR-1 says the legal
 * representatives authorise professionals) may block, and unblock, a professional or an establishment at
 * any time. Professionals and third parties are denied.
 *
 * @see R-PATIENT-2 (faq:144)
 * @since 0.1.0
 */
export const patientBlocks: Rule = recordRule('R-PATIENT-2', ({ request: { actor } }) => {
  if (isPatientSide(actor)) return grant('PATIENT_BLOCKS')
  return actor.kind === 'professional' ? deny('BLOCK_BY_PATIENT_ONLY') : deny('NOT_A_CARE_ACTOR')
})

/**
 * R-MINOR-4 — who shares: only a legal representative of a minor who is not emancipated. The holder,
 * professionals and third parties are denied; so is a representative when the patient is not a
 * non-emancipated minor. Choice (fail closed): the source speaks of a child's profile only, so the
 * representative of a protected adult is denied too.
 *
 * @see R-MINOR-4 (faq:80)
 * @since 0.1.0
 */
export const representativeSharesChildProfile: Rule = recordRule('R-MINOR-4', ({ request: { actor, record, at } }) => {
  if (actor.kind === 'third-party') return deny('NOT_A_CARE_ACTOR')
  if (actor.kind !== 'legal-representative') return deny('SHARE_ONLY_BY_REPRESENTATIVE')
  return patientStage(record, at) === 'minor' ? grant('REPRESENTATIVE_SHARES_CHILD_PROFILE') : deny('SHARE_ONLY_FOR_MINOR')
})

/**
 * R-MINOR-4 — with whom: only another legal representative, the second parent (`'parent'`) or a guardian
 * (`'guardian'`). `'other'`, a missing `shareWith` or any other value denies.
 *
 * @see R-MINOR-4 (faq:80)
 * @since 0.1.0
 */
export const shareOnlyWithRepresentative: Rule = recordRule('R-MINOR-4', ({ request: { shareWith } }) => {
  if (shareWith === undefined || shareWith === null) return deny('SHARE_TARGET_MISSING', ['FIX_THE_REQUEST'])
  const role: unknown = shareWith.role
  return role === 'parent' || role === 'guardian' ? notApplicable : deny('SHARE_ONLY_WITH_PARENT_OR_GUARDIAN')
})

/**
 * The rules of `share-profile` (R-MINOR-4).
 *
 * @since 0.1.0
 */
export const shareProfileRules: ReadonlyArray<Rule> = [representativeSharesChildProfile, shareOnlyWithRepresentative]

/**
 * R-PATIENT-4 (rev. 2, new) — closing the space (*clôture*): the holder acting for themselves (an adult, an
 * emancipated minor, a protected adult who decides personally) at any time, or the legal representative of a
 * minor or of a represented adult (the representation rules decide who of the patient's side may act, and
 * associate the minor); the new adult at majority acts as a holder. After death the heirs go through the
 * health-insurance fund (R-ACTOR-5, R-STATUS-9). Professionals and third parties cannot. Closing starts the
 * ten-year retention (R-STATUS-8): an obligation to say so. Rev. 3: at any time, a deactivated space included (R-STATUS-2
 * no longer wins); on a deactivated space the request goes through the operator, the account itself may be
 * suspended (an obligation says so). A represented adult's representative closes only when the holder cannot
 * express their will (R-MINOR-8 (c), in the policy).
 *
 * @see R-PATIENT-4 (faq:138, faq:186, faq:214; CSP R.1111-36 al. 1, L.1111-13-1 IV)
 * @since 0.2.0
 */
export const patientSideCloses: Rule = recordRule('R-PATIENT-4', ({ request: { actor, record } }) => {
  if (isPatientSide(actor))
    return record.status.kind === 'deactivated'
      ? grant('PATIENT_SIDE_CLOSES', ['CLOSING_STARTS_RETENTION', 'CLOSE_DEACTIVATED_THROUGH_OPERATOR'])
      : grant('PATIENT_SIDE_CLOSES', ['CLOSING_STARTS_RETENTION'])
  if (actor.kind === 'professional') return deny('CLOSE_BY_PATIENT_SIDE_ONLY', ['ASK_PATIENT_TO_CLOSE'])
  // Heirs are R-ACTOR-5's (they ask the health-insurance fund); any other third party is denied here too.
  return actor.kind === 'third-party' && actor.party === 'heir' ? notApplicable : deny('NOT_A_CARE_ACTOR')
})
