// §5 of the catalogue, masking from professionals (*masquage aux professionnels*): who masks (R-MASK-1, 3),
// who unmasks (R-MASK-4), and no silent no-op. Who SEES a masked document (R-MASK-2) is in visibility.ts.
// INVARIANT (entitlement, fail closed):
// - mask: the patient's side is granted by R-MASK-1 (the representation rules then decide who of that side
//   may act), a health professional by R-MASK-3 only at the patient's request; every other case denies
//   (third parties by R-MASK-1 and R-ACTOR-1..5, médico-social professionals and professionals without the
//   request by R-MASK-3).
// - unmask: R-MASK-4 grants the patient's side, a declared treating doctor and the document's author (a
//   health professional), and denies everybody else.
import { deny, grant, notApplicable } from '../decision/outcome.js'
import { isAuthor, isPatientSide, isTreatingDoctor } from './facts.js'
import { documentRule, recordRule, type Rule } from './rule.js'

/** A restrictive flag counts as set unless it is `false` (fail closed on a value outside the type). */
const flagged = (b: unknown): boolean => b !== false && b !== undefined

// -------------------------------------------------------------------------------------
// mask
// -------------------------------------------------------------------------------------

/**
 * R-MASK-1 — the patient may mask a document from professionals; so may whoever acts as the patient (the
 * representation rules decide who: R-MINOR-1 says the legal representatives decide what is masked). Third
 * parties are denied. Professionals: not applicable (R-MASK-3 decides them).
 *
 * @see R-MASK-1 (faq:59, faq:144)
 * @since 0.1.0
 */
export const patientSideMasks: Rule = recordRule('R-MASK-1', ({ request: { actor } }) => {
  if (actor.kind === 'professional') return notApplicable
  return isPatientSide(actor) ? grant('PATIENT_MASKS') : deny('NOT_A_CARE_ACTOR')
})

/**
 * R-MASK-3 — any health professional (doctor or not) may mask a document at the patient's request
 * (`atPatientRequest`); without the request, denied. Choice (fail closed): the source says *professionnel de
 * santé*, so a médico-social professional is denied. Choice: the professional need not see the document's
 * type in the matrix (the source says "any professional"), but must be authenticated, not blocked and not
 * forbidden (R-AUTH-1, 5, 6 in the policy).
 *
 * @see R-MASK-3 (faq:59)
 * @since 0.1.0
 */
export const professionalMasksAtRequest: Rule = recordRule('R-MASK-3', ({ request: { actor, atPatientRequest } }) => {
  if (actor.kind !== 'professional') return notApplicable
  if (actor.profession === 'medico-social') return deny('HEALTH_PROFESSIONALS_ONLY')
  return atPatientRequest === true
    ? grant('PROFESSIONAL_MASKS_AT_PATIENT_REQUEST')
    : deny('MASK_NEEDS_PATIENT_REQUEST', ['PATIENT_MAY_ASK_OR_MASK'])
})

/**
 * R-MASK-3 (at feeding) — a professional feeds a document already masked only at the patient's request,
 * as for masking later; the patient's side may feed its own documents masked (R-MASK-1).
 *
 * @see R-MASK-3 (faq:59)
 * @since 0.1.0
 */
export const maskedAtFeeding: Rule = documentRule('R-MASK-3', ({ request: { actor, atPatientRequest }, document }) => {
  if (actor.kind !== 'professional' || !flagged(document.maskedFromProfessionals)) return notApplicable
  if (actor.profession === 'medico-social') return deny('HEALTH_PROFESSIONALS_ONLY')
  return atPatientRequest === true
    ? grant('PROFESSIONAL_MASKS_AT_PATIENT_REQUEST')
    : deny('MASK_NEEDS_PATIENT_REQUEST', ['PATIENT_MAY_ASK_OR_MASK'])
})

/**
 * masking a document that is already masked is denied, with a reason saying so (no silent no-op).
 *
 * @see A-4
 * @since 0.1.0
 */
export const notAlreadyMasked: Rule = documentRule('A-4', ({ document }) =>
  flagged(document.maskedFromProfessionals) ? deny('ALREADY_MASKED') : notApplicable,
)

// -------------------------------------------------------------------------------------
// unmask
// -------------------------------------------------------------------------------------

/**
 * R-MASK-4 — who unmasks: the patient (and whoever acts as the patient) any document; a declared treating
 * doctor (*médecin traitant DMP*) any document; any other health professional only the documents they
 * authored. Everybody else is denied, with the remedy to ask one of them. Choice (fail closed): the source
 * says *professionnels de santé*, so a médico-social professional is denied even as the author. No patient
 * request is needed to unmask (the source sets none).
 *
 * @see R-MASK-4 (faq:59)
 * @since 0.1.0
 */
export const whoUnmasks: Rule = documentRule('R-MASK-4', ({ request: { actor, record }, document }) => {
  if (isPatientSide(actor)) return grant('PATIENT_UNMASKS')
  if (actor.kind !== 'professional') return deny('NOT_A_CARE_ACTOR')
  if (actor.profession === 'medico-social') return deny('HEALTH_PROFESSIONALS_ONLY')
  if (isTreatingDoctor(record, actor)) return grant('TREATING_DOCTOR_UNMASKS')
  if (isAuthor(document, actor)) return grant('AUTHOR_UNMASKS')
  return deny('UNMASK_ONLY_OWN_DOCUMENTS', ['ASK_PATIENT_OR_TREATING_DOCTOR_TO_UNMASK'])
})

/**
 * R-MASK-4 (rev. 2) — masking is the holder's decision (CSP R.1111-49): a professional unmasks only at the
 * patient's request (`atPatientRequest`, as R-MASK-3 for masking), and never against the patient's expressed
 * opposition (`patientOpposes`). Which documents they may unmask is {@link whoUnmasks}'s business.
 *
 * @see R-MASK-4 (faq:59, faq:68; CSP R.1111-49)
 * @since 0.2.0
 */
export const professionalUnmasksAtRequest: Rule = recordRule('R-MASK-4', ({ request: { actor, atPatientRequest, patientOpposes } }) => {
  if (actor.kind !== 'professional' || actor.profession === 'medico-social') return notApplicable
  if (flagged(patientOpposes)) return deny('UNMASK_AGAINST_OPPOSITION')
  return atPatientRequest === true ? notApplicable : deny('UNMASK_NEEDS_PATIENT_REQUEST', ['PATIENT_MAY_ASK_OR_UNMASK'])
})

/**
 * unmasking a document that is not masked is denied, with a reason saying so (no silent no-op).
 *
 * @see A-4
 * @since 0.1.0
 */
export const notAlreadyUnmasked: Rule = documentRule('A-4', ({ document }) =>
  document.maskedFromProfessionals === false ? deny('NOT_MASKED') : notApplicable,
)

/**
 * The rules of `mask`: R-MASK-1, R-MASK-3, A-4.
 *
 * @since 0.1.0
 */
export const maskRules: ReadonlyArray<Rule> = [patientSideMasks, professionalMasksAtRequest, notAlreadyMasked]

/**
 * The rules of `unmask`: R-MASK-4, A-4.
 *
 * @since 0.1.0
 */
export const unmaskRules: ReadonlyArray<Rule> = [whoUnmasks, professionalUnmasksAtRequest, notAlreadyUnmasked]
