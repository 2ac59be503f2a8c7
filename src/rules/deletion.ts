// §5 of the catalogue, deletion (*suppression*) of a document: by the professional who produced it, on four
// prerequisites (R-DEL-1); by the patient's side, its own additions (R-FEED-3) and what a blocked
// professional fed (R-DEL-2).
// INVARIANT (entitlement, fail closed): a professional is granted only by R-DEL-1 as the document's producer;
// the patient's side only by R-FEED-3 (a document the patient's side authored) or R-DEL-2 (a document fed
// by a professional blocked that day); every other case denies (third parties by R-DEL-1 and R-ACTOR-1..5).
import { deny, grant, notApplicable } from '../decision/outcome.js'
import { authorizationOf, insForFeeding, isPatientSide, isProducer, wasBlockedOn } from './facts.js'
import { documentRule, recordRule, type Rule } from './rule.js'

// -------------------------------------------------------------------------------------
// R-DEL-1: the producer, with four prerequisites
// -------------------------------------------------------------------------------------

/**
 * R-DEL-1 (rev. 2) — a professional deletes a document only if they produced it: they are its author or, through
 * their establishment's indirect authentication, a professional of that establishment is. Any other
 * professional is denied, with the remedy to ask the producer; third parties are denied. The patient's side:
 * not applicable (R-FEED-3, R-DEL-2).
 *
 * @see R-DEL-1 (faq:48)
 * @since 0.1.0
 */
export const producerDeletes: Rule = documentRule('R-DEL-1', ({ request: { actor }, document }) => {
  if (isPatientSide(actor)) return notApplicable
  if (actor.kind !== 'professional') return deny('NOT_A_CARE_ACTOR')
  return isProducer(document, actor) ? grant('PRODUCER_DELETES') : deny('ONLY_PRODUCER_DELETES', ['ASK_PRODUCER_TO_DELETE'])
})

/**
 * R-DEL-1 — prerequisite: the patient's INS. Deletion belongs to the feeding transaction, so the INS is
 * read as R-FEED-1 reads it: qualified from 2023-01-01, present before.
 *
 * @see R-DEL-1 (faq:48), R-FEED-1
 * @since 0.1.0
 */
export const deletionNeedsIns: Rule = recordRule('R-DEL-1', ({ request: { actor, record, at } }) =>
  actor.kind === 'professional' && insForFeeding(record, at) !== 'accepted' ? deny('DELETE_NEEDS_INS', ['QUALIFY_INS']) : notApplicable,
)

/**
 * R-DEL-1 (rev. 2) — prerequisite: the patient's DMP is usable — the space `active` or `deactivated` (the DMP
 * stays usable by professionals when the patient deactivates their space, faq:124); closed, deleted or refused,
 * denied.
 *
 * @see R-DEL-1 (faq:48), R-STATUS-2
 * @since 0.1.0
 */
export const deletionNeedsActiveDmp: Rule = recordRule('R-DEL-1', ({ request: { actor, record } }) =>
  actor.kind === 'professional' && record.status.kind !== 'active' && record.status.kind !== 'deactivated'
    ? deny('DELETE_NEEDS_ACTIVE_DMP')
    : notApplicable,
)

/**
 * R-DEL-1 — prerequisite: the professional's access authorisation on the record is `valid` (`expired`,
 * `forbidden` or none deny a deletion).
 *
 * @see R-DEL-1 (faq:48), R-AUTH-5
 * @since 0.1.0
 */
export const deletionNeedsValidAuthorization: Rule = recordRule('R-DEL-1', ({ request: { actor, record } }) =>
  actor.kind === 'professional' && authorizationOf(record, actor.id, actor.establishmentId) !== 'valid' ? deny('DELETE_NEEDS_VALID_AUTHORIZATION', ['COLLECT_EXPLICIT_CONSENT']) : notApplicable,
)

/**
 * R-AUTH-5 — the same requirement seen from the authorisation rule, which says it itself: deleting needs a
 * `valid` access authorisation. Both rules deny, so both are listed (a Denied lists every denying rule).
 *
 * @see R-AUTH-5 (faq:48), R-DEL-1
 * @since 0.1.0
 */
export const authorizationValidForDeletion: Rule = recordRule('R-AUTH-5', ({ request: { actor, record } }) =>
  actor.kind === 'professional' && authorizationOf(record, actor.id, actor.establishmentId) !== 'valid' ? deny('DELETE_NEEDS_VALID_AUTHORIZATION', ['COLLECT_EXPLICIT_CONSENT']) : notApplicable,
)

// R-DEL-1's last prerequisite, the document's identifier in the DMP, is A-7: the engine decides every document
// action but `feed` on the record's copy, and denies a document the record does not hold (src/rules/integrity.ts).

// -------------------------------------------------------------------------------------
// the patient's side
// -------------------------------------------------------------------------------------

/**
 * R-FEED-3 — the patient (or whoever acts as the patient) may delete the documents the patient's side added:
 * those whose author is the patient or a legal representative. Choice: any legal representative's
 * addition counts, not only the actor's own, since every representative acts as the patient (R-MINOR-1) and
 * the patient, once of age, deletes what was added for them; the restriction of the sources (R-DEL-2) is on
 * professionals' documents only.
 *
 * @see R-FEED-3 (faq:144)
 * @since 0.1.0
 */
export const patientSideDeletesOwnDocument: Rule = documentRule('R-FEED-3', ({ request: { actor }, document }) =>
  isPatientSide(actor) && (document.author.kind === 'patient' || document.author.kind === 'legal-representative')
    ? grant('PATIENT_DELETES_OWN_DOCUMENT')
    : notApplicable,
)

/**
 * R-DEL-2 — the patient's side cannot delete a document a professional fed, unless that professional (or
 * the establishment named as the author's) was blocked on the day the document was added (`addedOn` within
 * the block's `from`..`until`, both inclusive; no `until` means still blocked). Otherwise denied, with the
 * remedy to ask the professional who fed it. An author of unknown kind denies (fail closed); an impossible
 * date never counts as blocked here ({@link wasBlockedOn}).
 *
 * @see R-DEL-2 (faq:144, faq:166)
 * @since 0.1.0
 */
export const patientSideDeletesProfessionalDocument: Rule = documentRule('R-DEL-2', ({ request: { actor, record }, document }) => {
  if (!isPatientSide(actor)) return notApplicable
  const author = document.author
  if (author.kind === 'patient' || author.kind === 'legal-representative') return notApplicable
  if (author.kind === 'professional' && wasBlockedOn(record, author, document.addedOn)) return grant('AUTHOR_BLOCKED_WHEN_FED')
  return deny('PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT', ['ASK_AUTHOR_TO_DELETE'])
})

/**
 * The rules of `delete`: R-DEL-1 (producer and prerequisites), R-AUTH-5 (valid authorisation), R-FEED-3, R-DEL-2.
 *
 * @since 0.1.0
 */
export const deletionRules: ReadonlyArray<Rule> = [
  producerDeletes,
  deletionNeedsIns,
  deletionNeedsActiveDmp,
  deletionNeedsValidAuthorization,
  authorizationValidForDeletion,
  patientSideDeletesOwnDocument,
  patientSideDeletesProfessionalDocument,
]
