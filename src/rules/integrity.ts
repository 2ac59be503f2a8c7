// Input integrity: a request cannot carry its own version of what the record holds, a fed document is
// new (R-FEED-1), indirect authentication names its establishment (R-AUTH-1), and nobody is emancipated before
// 16 (R-MINOR-3). The codecs report the same facts as decoding issues (src/codecs/domain.ts); these rules are
// what `decide` does when it is called without the codecs: deny, never decide on the forged value.
import { deny, notApplicable, type Outcome } from '../decision/outcome.js'
import { addedOnRequestDay, impossibleEmancipation, recordCopyOf, sameDocument } from '../domain/integrity.js'
import type { HealthDocument } from '../domain/types.js'
import { documentRule, recordRule, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const DENY_DOCUMENT_NOT_IN_RECORD = deny('DOCUMENT_NOT_IN_RECORD', ['SEND_RECORD_COPY_OF_DOCUMENT'])
const DENY_DOCUMENT_DIFFERS_FROM_RECORD = deny('DOCUMENT_DIFFERS_FROM_RECORD', ['SEND_RECORD_COPY_OF_DOCUMENT'])
const DENY_FED_DOCUMENT_ID_EXISTS = deny('FED_DOCUMENT_ID_EXISTS', ['USE_NEW_DOCUMENT_ID'])
const DENY_FED_DOCUMENT_NOT_ADDED_AT = deny('FED_DOCUMENT_NOT_ADDED_AT', ['DATE_FED_DOCUMENT_AT_REQUEST'])
const DENY_INDIRECT_AUTHENTICATION_WITHOUT_ESTABLISHMENT = deny('INDIRECT_AUTHENTICATION_WITHOUT_ESTABLISHMENT', ['NAME_THE_ESTABLISHMENT'])
const DENY_EMANCIPATION_BEFORE_16 = deny('EMANCIPATION_BEFORE_16', ['CORRECT_EMANCIPATION'])

// -------------------------------------------------------------------------------------
// the record is the source of truth for its documents
// -------------------------------------------------------------------------------------

const NOT_IN_RECORD: Outcome = DENY_DOCUMENT_NOT_IN_RECORD
const DIFFERS_FROM_RECORD: Outcome = DENY_DOCUMENT_DIFFERS_FROM_RECORD

/**
 * for every document action but `feed`, the request names a document OF THE RECORD, and the decision is
 * taken on the record's copy ({@link recordCopyOf} of the claimed id): a copy absent from the record (`own` is
 * `undefined`), or different from the record's in any field (flags, author, date, type…), is denied. A caller who
 * edits a flag of its copy (un-masking it, naming itself as author) gains nothing: the record's copy decides, and
 * the forged copy adds this denial.
 *
 * INVARIANT (fail closed): no rule of a document action but `feed` ever reads the request's copy; the engine
 * (src/engine/) passes the record's copy to the document rules.
 *
 * @param claimed - the request's copy
 * @param own - the record's copy of the same id, `undefined` when the record holds none
 * @returns NotApplicable when the request's copy is the record's; otherwise a denial
 *
 * @see A-7, R-DEL-1 (the document's identifier in the DMP)
 * @since 0.2.0
 */
export const claimedCopyOutcome = (claimed: HealthDocument, own: HealthDocument | undefined): Outcome =>
  own === undefined ? NOT_IN_RECORD : sameDocument(claimed, own) ? notApplicable : DIFFERS_FROM_RECORD

// -------------------------------------------------------------------------------------
// R-FEED-1 (rev. 2): a fed document is new
// -------------------------------------------------------------------------------------

/**
 * R-FEED-1 — a fed document is new: its identifier is not already in the record.
 *
 * @see R-FEED-1
 * @since 0.2.0
 */
export const fedDocumentIdIsNew: Rule = documentRule('R-FEED-1', ({ request: { record }, document }) =>
  recordCopyOf(record, document.id) !== undefined ? DENY_FED_DOCUMENT_ID_EXISTS : notApplicable,
)

/**
 * R-FEED-1 — a fed document is added on the day of the request (`addedOn` = `at`): a later date would keep a
 * document invisible to the patient beyond the month the law allows (R-INVIS-3).
 *
 * @see R-FEED-1, R-INVIS-3 (CSP R.1111-53)
 * @since 0.2.0
 */
export const fedDocumentAddedAt: Rule = documentRule('R-FEED-1', ({ request: { at }, document }) =>
  addedOnRequestDay(document, at) ? notApplicable : DENY_FED_DOCUMENT_NOT_ADDED_AT,
)

// -------------------------------------------------------------------------------------
// R-AUTH-1 (rev. 2), R-MINOR-3 (rev. 2): claims the law rules out
// -------------------------------------------------------------------------------------

/**
 * R-AUTH-1 — indirect authentication (the establishment's server certificate) is always bound to the
 * establishment's FINESS or SIRET: a professional who claims it without `establishmentId` is denied on every
 * action (else an establishment block, R-AUTH-6, could not apply).
 *
 * @see R-AUTH-1 (faq:284, faq:286), R-AUTH-6
 * @since 0.2.0
 */
export const indirectAuthenticationNamesEstablishment: Rule = recordRule('R-AUTH-1', ({ request: { actor } }) =>
  actor.kind === 'professional' && actor.authentication === 'indirect' && (actor.establishmentId ?? '') === ''
    ? DENY_INDIRECT_AUTHENTICATION_WITHOUT_ESTABLISHMENT
    : notApplicable,
)

/**
 * R-MINOR-3 — emancipation exists only from 16 (C. civ. 413-2): a record that says a younger child is
 * emancipated is invalid, and nobody is granted anything on it.
 *
 * @see R-MINOR-3 (C. civ. 413-2)
 * @since 0.2.0
 */
export const emancipationFrom16: Rule = recordRule('R-MINOR-3', ({ request: { record, at } }) =>
  impossibleEmancipation(record, at) ? DENY_EMANCIPATION_BEFORE_16 : notApplicable,
)
