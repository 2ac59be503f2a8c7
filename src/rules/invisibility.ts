// §5 of the catalogue, invisibility to the patient (*invisibilité au patient*) as an action: set only by a
// professional at feeding (R-INVIS-1, feed-time part), lifted but never set again (R-INVIS-2), its legal
// timeline announced at feeding (R-INVIS-3). Who SEES an invisible document (R-INVIS-1, 3, A-2) is in
// visibility.ts; this file reuses those rules for the patient's side acting on a document.
// INVARIANT (entitlement, fail closed):
// - make-visible-to-patient: a health professional who may see the document is granted (R-INVIS-2 rev. 2);
//   every other actor is denied by R-INVIS-2 (and the view rules deny whoever may not see it);
// - make-invisible-to-patient: always denied (R-INVIS-1: only at feeding; R-INVIS-2: never again).
import { deny, grant, notApplicable, oblige } from '../decision/outcome.js'
import { accessModeOf, invisibilityLapsedAt, isPatientSide } from './facts.js'
import { documentRule, restrictTo, type Rule } from './rule.js'
import { visibilityRules } from './visibility.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const DENY_ONLY_PROFESSIONAL_MAKES_INVISIBLE = deny('ONLY_PROFESSIONAL_MAKES_INVISIBLE')
const OBLIGE_INVISIBILITY_LAPSES_AFTER_ONE_MONTH = oblige(['INVISIBILITY_LAPSES_AFTER_ONE_MONTH'])
const DENY_PATIENT_SIDE_CANNOT_CHANGE_INVISIBILITY = deny('PATIENT_SIDE_CANNOT_CHANGE_INVISIBILITY', ['ASK_PROFESSIONAL_TO_MAKE_VISIBLE', 'WAIT_FOR_AUTOMATIC_VISIBILITY'])
const DENY_NOT_A_CARE_ACTOR = deny('NOT_A_CARE_ACTOR')
const DENY_HEALTH_PROFESSIONALS_ONLY = deny('HEALTH_PROFESSIONALS_ONLY')
const GRANT_PROFESSIONAL_MAKES_VISIBLE_AT_ANNOUNCEMENT = grant('PROFESSIONAL_MAKES_VISIBLE_AT_ANNOUNCEMENT', ['DELIVER_AT_ANNOUNCEMENT_CONSULTATION'])
const DENY_ALREADY_VISIBLE_TO_PATIENT = deny('ALREADY_VISIBLE_TO_PATIENT')
const DENY_ANNOUNCEMENT_ONLY_IN_NORMAL_MODE = deny('ANNOUNCEMENT_ONLY_IN_NORMAL_MODE', ['MAKE_VISIBLE_IN_NORMAL_MODE'])
const DENY_INVISIBLE_ONLY_AT_FEEDING = deny('INVISIBLE_ONLY_AT_FEEDING')
const DENY_VISIBLE_NEVER_INVISIBLE_AGAIN = deny('VISIBLE_NEVER_INVISIBLE_AGAIN')
const DENY_ALREADY_INVISIBLE_TO_PATIENT = deny('ALREADY_INVISIBLE_TO_PATIENT')

/** A restrictive flag counts as set unless it is `false` (fail closed on a value outside the type). */
const flagged = (b: unknown): boolean => b !== false && b !== undefined

// -------------------------------------------------------------------------------------
// the patient's side acts only on what it sees
// -------------------------------------------------------------------------------------

/**
 * The same rule, applied only when the actor is on the patient's side (holder or legal representative);
 * not applicable to anybody else. Lets a document action reuse a `view` rule of the patient's side without
 * its notes for professionals.
 *
 * @since 0.1.0
 */
export const forPatientSide = restrictTo(isPatientSide)

export const patientSideSeesDocumentRules: ReadonlyArray<Rule> = visibilityRules.map(forPatientSide)

// -------------------------------------------------------------------------------------
// at feeding
// -------------------------------------------------------------------------------------

/**
 * R-INVIS-1 (at feeding) — only a professional makes a document invisible to the patient, and only when
 * feeding it: the patient's side cannot feed a document invisible to the patient.
 *
 * @see R-INVIS-1 (faq:70)
 * @since 0.1.0
 */
export const invisibleOnlyByProfessional: Rule = documentRule('R-INVIS-1', ({ request: { actor }, document }) =>
  flagged(document.invisibleToPatient) && isPatientSide(actor) ? DENY_ONLY_PROFESSIONAL_MAKES_INVISIBLE : notApplicable,
)

/**
 * R-INVIS-3 (at feeding) — a professional feeding a document invisible to the patient is told the legal
 * timeline: the patient is informed within two weeks that the record changed (unless an announcement
 * consultation took place) and sees the document one month after the feeding (see `invisibilityTimeline`).
 *
 * @see R-INVIS-3 (CSP R.1111-53)
 * @since 0.1.0
 */
export const invisibilityTimelineAtFeeding: Rule = documentRule('R-INVIS-3', ({ request: { actor }, document }) =>
  actor.kind === 'professional' && flagged(document.invisibleToPatient) ? OBLIGE_INVISIBILITY_LAPSES_AFTER_ONE_MONTH : notApplicable,
)

// -------------------------------------------------------------------------------------
// make visible / make invisible
// -------------------------------------------------------------------------------------

/**
 * R-INVIS-2 (rev. 2) — invisibility to the patient is reversible: ANY health professional who may see the document
 * ends it when delivering the information at an announcement consultation (CSP R.1111-53), not only its author;
 * the announcement is an obligation. Whether they may see it is the `view` rules' business (the policy applies
 * them). The patient's side cannot lift it (it does not see the document, R-INVIS-1; the law makes it visible
 * after a month anyway, R-INVIS-3); médico-social staff are not health professionals. Rev. 3: the announcement
 * consultation happens with a patient able to receive it, so the request is refused whenever the declared access mode
 * is not `normal`, even when it is decided in the normal mode's terms (CSP R.1111-53, L.1111-17 I).
 *
 * @see R-INVIS-2 (faq:70; CSP R.1111-53)
 * @since 0.1.0
 */
export const whoMakesVisible: Rule = documentRule('R-INVIS-2', ({ request }) => {
  const { actor } = request
  if (isPatientSide(actor))
    return DENY_PATIENT_SIDE_CANNOT_CHANGE_INVISIBILITY
  if (actor.kind !== 'professional') return DENY_NOT_A_CARE_ACTOR
  if (actor.profession === 'medico-social') return DENY_HEALTH_PROFESSIONALS_ONLY
  // rev. 3: an announcement consultation, with a patient able to receive it, is never an emergency.
  if (accessModeOf(request) !== 'normal') return DENY_ANNOUNCEMENT_ONLY_IN_NORMAL_MODE
  return GRANT_PROFESSIONAL_MAKES_VISIBLE_AT_ANNOUNCEMENT
})

/**
 * R-INVIS-2 — a document already visible to the patient cannot be "made visible": denied with a reason
 * saying so (no silent no-op, as A-4). Visible means `invisibleToPatient` is `false`, or its invisibility
 * has lapsed by law one month after the feeding (R-INVIS-3, the same day `view` uses).
 *
 * @see R-INVIS-2 (faq:70), R-INVIS-3, A-4
 * @since 0.1.0
 */
export const notAlreadyVisible: Rule = documentRule('R-INVIS-2', ({ request: { at }, document }) =>
  document.invisibleToPatient === false || invisibilityLapsedAt(document, at) ? DENY_ALREADY_VISIBLE_TO_PATIENT : notApplicable,
)

/**
 * R-INVIS-1 — a document is made invisible to the patient only when it is fed (`feed` with
 * `invisibleToPatient`), never afterwards: `make-invisible-to-patient` is denied for everybody.
 *
 * @see R-INVIS-1 (faq:70)
 * @since 0.1.0
 */
export const invisibleOnlyAtFeeding: Rule = documentRule('R-INVIS-1', () => DENY_INVISIBLE_ONLY_AT_FEEDING)

/**
 * R-INVIS-2 — a document visible to the patient (at feeding, or since its invisibility was lifted) can never
 * be made invisible again; one already invisible is said to be so.
 *
 * @see R-INVIS-2 (faq:70)
 * @since 0.1.0
 */
export const neverInvisibleAgain: Rule = documentRule('R-INVIS-2', ({ document }) =>
  document.invisibleToPatient === false ? DENY_VISIBLE_NEVER_INVISIBLE_AGAIN : DENY_ALREADY_INVISIBLE_TO_PATIENT,
)

/**
 * The invisibility rules of `feed` (R-INVIS-1, R-INVIS-3 at feeding).
 *
 * @since 0.1.0
 */
export const invisibilityAtFeedingRules: ReadonlyArray<Rule> = [invisibleOnlyByProfessional, invisibilityTimelineAtFeeding]
