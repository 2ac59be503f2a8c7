// §5 of the catalogue, feeding (*alimentation*): who feeds which document, through which interface, with
// which identifier (R-FEED-1..3), the information and the opposition of the patient (R-CONSENT-6, 7), the
// minor's documents hidden from the legal representatives (R-MINOR-5, at feeding), and a blocked
// professional who still feeds. Masking and invisibility at feeding are in masking.ts and invisibility.ts.
// INVARIANT (entitlement, fail closed): for `feed`, a professional is granted by R-FEED-1 only when they are
// the document's author, the patient's side by R-FEED-3 only when it authored the document; every other
// case denies (third parties: R-FEED-3 and R-ACTOR-1..5).
import { deny, grant, notApplicable, oblige } from '../decision/outcome.js'
import { compareDates, isIsoDate } from '../domain/dates.js'
import type { Action, HealthDocument, ProfessionalActor } from '../domain/types.js'
import { blocksOn, insForFeeding, isAuthor, isPatientSide, isProducer, patientStage } from './facts.js'
import { documentRule, recordRule, type Rule } from './rule.js'

/** A restrictive flag counts as set unless it is `false` (fail closed on a value outside the type). */
const flagged = (b: unknown): boolean => b !== false && b !== undefined

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

/**
 * The last day feeding through API v1 is allowed (R-FEED-2, faq:34); it is refused from the next day,
 * 2023-12-31.
 *
 * @since 0.1.0
 */
export const API_V1_LAST_DAY = '2023-12-30'

/**
 * The actions that go through the DMP interface whose version R-FEED-2 rules (rev. 2: consultation too, faq:34),
 * and the actions that need the professional to be allowed to view the document.
 */
const API_ACTIONS: ReadonlyArray<Action> = ['consult', 'view', 'feed', 'delete', 'make-visible-to-patient', 'hide-from-representatives']

// -------------------------------------------------------------------------------------
// rules
// -------------------------------------------------------------------------------------

/**
 * R-FEED-1 (rev. 2) — professionals taking part in the care feed the record, through their software or the web
 * access — health professionals and social and médico-social staff alike (CSP R.1111-47; R-ACTOR-4 admits the
 * latter): documents they authored; through their establishment's indirect authentication, documents authored by
 * a professional of that establishment (a hospital's software feeds for its doctors); the originating laboratory,
 * an analysis it subcontracted (the document's `subcontractedBy`, R-FEED-5). Any other document is denied. Not
 * applicable to other actors (R-FEED-3 decides them).
 *
 * @see R-FEED-1 (faq:12, faq:266, faq:278)
 * @since 0.1.0
 */
export const professionalFeedsOwnDocument: Rule = documentRule('R-FEED-1', ({ request: { actor }, document }) => {
  if (actor.kind !== 'professional') return notApplicable
  if (isAuthor(document, actor)) return grant('PROFESSIONAL_FEEDS_OWN_DOCUMENT')
  if (isProducer(document, actor)) return grant('ESTABLISHMENT_FEEDS_ITS_PROFESSIONALS_DOCUMENT')
  if (feedsSubcontractedAnalysis(document, actor)) return grant('ORIGINATING_LABORATORY_FEEDS_ANALYSIS')
  return deny('FEED_AUTHOR_MUST_BE_ACTOR', ['AUTHOR_FEEDS_OR_ESTABLISHMENT_SOFTWARE'])
})

/** The originating laboratory feeds an analysis it subcontracted (R-FEED-5): the document names it. */
const feedsSubcontractedAnalysis = (document: HealthDocument, actor: ProfessionalActor): boolean =>
  actor.establishmentId !== undefined && actor.establishmentId !== '' && document.subcontractedBy === actor.establishmentId

/**
 * R-FEED-1 — a professional feeds only with the patient's INS (*identifiant national de santé*): from
 * 2023-01-01 only a qualified INS is accepted; before, an INS was needed but need not be qualified (faq:266,
 * faq:278). Missing or not qualified: denied, with the remedy to qualify it. The patient's side adds its
 * documents through Mon espace santé and needs no INS.
 *
 * @see R-FEED-1 (faq:266, faq:278)
 * @since 0.1.0
 */
export const feedingNeedsIns: Rule = recordRule('R-FEED-1', ({ request: { actor, record, at } }) => {
  if (actor.kind !== 'professional') return notApplicable
  switch (insForFeeding(record, at)) {
    case 'accepted':
      return notApplicable
    case 'missing':
      return deny('INS_REQUIRED', ['QUALIFY_INS'])
    default:
      return deny('QUALIFIED_INS_REQUIRED', ['QUALIFY_INS'])
  }
})

/**
 * R-FEED-2 (rev. 2) — the DMP interface of a professional (`request.api`, default `'v2'`), for consultation,
 * viewing, feeding and deletion alike (faq:34 answers for "feeding or consultation"; deletion goes through the
 * feeding transaction):
 * - API v2 (INS-based) needs no Carte Vitale, even for a first feeding: not applicable;
 * - API v1 is allowed until {@link API_V1_LAST_DAY} (2023-12-30) inclusive and refused from 2023-12-31;
 *   until then it needs the Carte Vitale read (`carteVitaleRead`). Choice (fail closed): the library cannot
 *   tell a first access from a later one, so it requires the reading on every feeding through API v1;
 * - any other value denies.
 *
 * @see R-FEED-2 (faq:34)
 * @since 0.1.0
 */
export const feedingInterface: Rule = recordRule('R-FEED-2', ({ request }) => {
  if (request.actor.kind !== 'professional' || !API_ACTIONS.includes(request.action)) return notApplicable
  const api: unknown = request.api ?? 'v2'
  if (api === 'v2') return notApplicable
  if (api !== 'v1') return deny('UNKNOWN_API', ['USE_API_V2'])
  if (!isIsoDate(request.at) || compareDates(request.at, API_V1_LAST_DAY) > 0) return deny('API_V1_RETIRED', ['USE_API_V2'])
  return request.carteVitaleRead === true ? notApplicable : deny('CARTE_VITALE_READ_REQUIRED', ['READ_CARTE_VITALE', 'USE_API_V2'])
})

/**
 * R-FEED-3 — the patient (or whoever acts as the patient: the representation rules decide who may) adds
 * documents of their own: the document's author must be the actor (`{ kind: 'patient' }` for the holder,
 * the representative's own id for a legal representative). Third parties are denied (also by R-ACTOR-1..5).
 * Not applicable to professionals (R-FEED-1 decides them).
 *
 * @see R-FEED-3 (faq:144)
 * @since 0.1.0
 */
export const patientSideAddsOwnDocument: Rule = documentRule('R-FEED-3', ({ request: { actor }, document }) => {
  if (actor.kind === 'professional') return notApplicable
  if (!isPatientSide(actor)) return deny('NOT_A_CARE_ACTOR')
  return isAuthor(document, actor) ? grant('PATIENT_ADDS_OWN_DOCUMENT') : deny('FEED_AUTHOR_MUST_BE_ACTOR')
})

/**
 * R-CONSENT-6 — feeding needs no consent, but the patient is informed beforehand: an obligation on every
 * feeding by a professional.
 *
 * @see R-CONSENT-6 (faq:174, faq:303)
 * @since 0.1.0
 */
export const informBeforeFeeding: Rule = recordRule('R-CONSENT-6', ({ request: { actor } }) =>
  actor.kind === 'professional' ? oblige(['INFORM_PATIENT_BEFORE_FEEDING']) : notApplicable,
)

/**
 * R-CONSENT-7 — the patient may oppose a feeding only for a legitimate reason, which the professional
 * judges; `patientOpposes` on a `feed` request means the patient gave a reason the professional accepts:
 * the feeding is denied. (Any value but `false` or absent counts as an opposition: fail closed.)
 *
 * @see R-CONSENT-7 (faq:166; CSP R.1111-47)
 * @since 0.1.0
 */
export const oppositionToFeeding: Rule = recordRule('R-CONSENT-7', ({ request }) =>
  request.actor.kind === 'professional' && flagged(request.patientOpposes)
    ? deny('FEEDING_OPPOSED_LEGITIMATE_REASON')
    : notApplicable,
)

/**
 * R-MINOR-5 (at feeding) — a document is hidden from the legal representatives
 * (`hiddenFromLegalRepresentatives`) only by a professional, only when feeding it, only in the record of a
 * minor who is not emancipated, and only at the minor's request (`atPatientRequest`). The patient's side
 * cannot set it. Every failing condition denies; all of them met, the rule grants (and names the choice).
 *
 * @see R-MINOR-5 (faq:206, faq:231)
 * @since 0.1.0
 */
export const hiddenFromRepresentativesAtFeeding: Rule = documentRule('R-MINOR-5',
  ({ request: { actor, record, at, atPatientRequest }, document }) => {
    if (!flagged(document.hiddenFromLegalRepresentatives) || actor.kind === 'third-party') return notApplicable
    if (actor.kind !== 'professional') return deny('HIDE_FROM_REPRESENTATIVES_ONLY_BY_PROFESSIONAL')
    if (actor.profession === 'medico-social') return deny('HEALTH_PROFESSIONALS_ONLY')
    if (patientStage(record, at) !== 'minor') return deny('HIDE_FROM_REPRESENTATIVES_ONLY_FOR_MINOR')
    if (atPatientRequest !== true) return deny('HIDE_FROM_REPRESENTATIVES_NEEDS_MINOR_REQUEST')
    return grant('FED_HIDDEN_FROM_REPRESENTATIVES')
  },
)

/**
 * A-1 — a professional the patient blocked (or who acts for a blocked establishment) may still feed the
 * record, though not consult it (R-AUTH-6): the block is not a reason to deny a feeding, and what is fed
 * during the block the patient may delete (R-DEL-2). This rule only names that case in the reasons; it
 * never denies.
 *
 * @see A-1, R-AUTH-6, R-DEL-2
 * @since 0.1.0
 */
export const blockedProfessionalStillFeeds: Rule = recordRule('A-1', ({ request: { actor, record, at } }) =>
  actor.kind === 'professional' && blocksOn(record, actor, at).length > 0 ? grant('BLOCKED_PROFESSIONAL_STILL_FEEDS') : notApplicable,
)

/**
 * The feeding rules of §5 and §4 (R-FEED-1..3, R-CONSENT-6, 7, R-MINOR-5 at feeding, A-1).
 *
 * @since 0.1.0
 */
export const feedingRules: ReadonlyArray<Rule> = [
  professionalFeedsOwnDocument,
  feedingNeedsIns,
  feedingInterface,
  patientSideAddsOwnDocument,
  informBeforeFeeding,
  oppositionToFeeding,
  hiddenFromRepresentativesAtFeeding,
  blockedProfessionalStillFeeds,
]

/**
 * R-FEED-3 (rev. 2) — the patient's side modifies the documents and information it added itself (faq:154), as it
 * deletes them; a document fed by a professional is not theirs to modify (a professional replaces their document
 * by feeding a new one). The `modify` policy applies the representation rules and what the patient's side sees.
 *
 * @see R-FEED-3 (faq:144, faq:154; CSP R.1111-42 1° c)
 * @since 0.2.0
 */
export const patientSideModifiesOwnDocument: Rule = documentRule('R-FEED-3', ({ request: { actor }, document }) => {
  if (!isPatientSide(actor)) return actor.kind === 'professional' ? deny('PATIENT_SIDE_MODIFIES_ONLY', ['FEED_A_NEW_VERSION']) : deny('NOT_A_CARE_ACTOR')
  return document.author.kind === 'patient' || document.author.kind === 'legal-representative'
    ? grant('PATIENT_MODIFIES_OWN_DOCUMENT')
    : deny('PATIENT_MODIFIES_OWN_DOCUMENTS_ONLY', ['ASK_AUTHOR_TO_FEED_CORRECTION'])
})
