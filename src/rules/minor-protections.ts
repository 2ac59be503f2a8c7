// §6, what a minor asks a professional to set after feeding (rev. 2): a document hidden from the legal
// representatives (R-MINOR-5, faq:208), a representative who accesses only with a doctor present (R-MINOR-6,
// faq:212). Both are set by a HEALTH professional at the minor's request; the representatives cannot set or lift
// them; an already-set restriction is refused as such.
// INVARIANT (entitlement, fail closed): only a health professional is granted, only for a non-emancipated minor,
// only at the minor's request; every other actor is denied by the rule by name.
import { deny, grant, notApplicable, type Outcome } from '../decision/outcome.js'
import type { Actor, HealthDocument, HealthRecord, LegalRepresentative } from '../domain/types.js'
import { isAuthor, isHealthProfessional, isPatientSide, ofAuthorsEstablishment, patientStage, representativeOf } from './facts.js'
import { documentRule, recordRule, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const DENY_NOT_A_CARE_ACTOR = deny('NOT_A_CARE_ACTOR')
const DENY_HEALTH_PROFESSIONALS_ONLY = deny('HEALTH_PROFESSIONALS_ONLY')
const DENY_MINOR_PROTECTION_ONLY_FOR_MINOR = deny('MINOR_PROTECTION_ONLY_FOR_MINOR')
const DENY_MINOR_PROTECTION_NEEDS_MINOR_REQUEST = deny('MINOR_PROTECTION_NEEDS_MINOR_REQUEST')
const GRANT_HIDDEN_FROM_REPRESENTATIVES_AT_MINOR_REQUEST = grant('HIDDEN_FROM_REPRESENTATIVES_AT_MINOR_REQUEST', ['ATTEST_MINOR_SECRET_CARE'])
const DENY_ALREADY_HIDDEN_FROM_REPRESENTATIVES = deny('ALREADY_HIDDEN_FROM_REPRESENTATIVES')
const DENY_REPRESENTATIVE_NOT_NAMED = deny('REPRESENTATIVE_NOT_NAMED', ['NAME_THE_REPRESENTATIVE'])
const GRANT_DOCTOR_PRESENCE_SET_AT_MINOR_REQUEST = grant('DOCTOR_PRESENCE_SET_AT_MINOR_REQUEST')
const DENY_DOCTOR_PRESENCE_ALREADY_REQUIRED = deny('DOCTOR_PRESENCE_ALREADY_REQUIRED')
const DENY_HIDE_ONLY_BY_FEEDER = deny('HIDE_ONLY_BY_FEEDER', ['ASK_FEEDER_TO_HIDE'])
const DENY_DOCTOR_PRESENCE_BY_PROFESSIONAL_IN_CARE = deny('DOCTOR_PRESENCE_BY_PROFESSIONAL_IN_CARE', ['ASK_PROFESSIONAL_IN_CARE'])

/**
 * Did this professional, or their establishment, feed the document (R-MINOR-5 rev. 3)? Its author, a professional
 * of the author's establishment, or of the originating laboratory that sent a subcontracted analysis (R-FEED-5).
 */
const fedByActorOrEstablishment = (document: HealthDocument, actor: Actor): boolean =>
  isAuthor(document, actor) ||
  ofAuthorsEstablishment(document, actor) ||
  (actor.kind === 'professional' &&
    actor.establishmentId !== undefined &&
    actor.establishmentId !== '' &&
    document.subcontractedBy === actor.establishmentId)

/** The listed legal representative `representativeId` names (R-MINOR-6), if any. */
const namedRepresentative = (record: HealthRecord, representativeId: unknown): LegalRepresentative | undefined =>
  typeof representativeId === 'string' ? representativeOf(record, { kind: 'legal-representative', id: representativeId }) : undefined

/** Who may set a minor's protection, and for whom: the common part of R-MINOR-5 and R-MINOR-6. */
const professionalAtMinorRequest = (
  actor: Actor,
  record: HealthRecord,
  at: string,
  atPatientRequest: boolean | undefined,
  sideCode: 'HIDE_FROM_REPRESENTATIVES_ONLY_BY_PROFESSIONAL' | 'DOCTOR_PRESENCE_SET_BY_PROFESSIONAL',
): Outcome | undefined => {
  if (isPatientSide(actor)) return deny(sideCode, ['ASK_PROFESSIONAL_AT_MINOR_REQUEST'])
  if (actor.kind !== 'professional') return DENY_NOT_A_CARE_ACTOR
  if (actor.profession === 'medico-social') return DENY_HEALTH_PROFESSIONALS_ONLY
  if (patientStage(record, at) !== 'minor') return DENY_MINOR_PROTECTION_ONLY_FOR_MINOR
  if (atPatientRequest !== true) return DENY_MINOR_PROTECTION_NEEDS_MINOR_REQUEST
  return undefined
}

/**
 * R-MINOR-5 (rev. 2) — after feeding, at the minor's request, a health professional who may see the document hides
 * it from the legal representatives, for care the minor keeps secret (CSP L.1111-5, L.1111-5-1, L.2212-4,
 * L.2212-7, L.6211-3-1): the professional attests it (obligation). The `hide-from-representatives` policy also
 * applies the consultation and visibility rules: a professional who may not see the document may not hide it.
 * Rev. 3: only the health professional who fed the document, or a health professional of the establishment that fed
 * it (the author's, or the originating laboratory of a subcontracted analysis), may hide it after feeding (CSP
 * R.1111-50); any other, who may see it, is denied with the remedy to ask the one who fed it.
 *
 * @see R-MINOR-5 (faq:206, faq:208; CSP R.1111-50)
 * @since 0.2.0
 */
export const hideFromRepresentatives: Rule = documentRule('R-MINOR-5', ({ request: { actor, record, at, atPatientRequest }, document }) =>
  professionalAtMinorRequest(actor, record, at, atPatientRequest, 'HIDE_FROM_REPRESENTATIVES_ONLY_BY_PROFESSIONAL') ??
  (fedByActorOrEstablishment(document, actor) ? GRANT_HIDDEN_FROM_REPRESENTATIVES_AT_MINOR_REQUEST : DENY_HIDE_ONLY_BY_FEEDER),
)

/**
 * A-4 — a document already hidden from the legal representatives is refused as such (no silent no-op).
 *
 * @see A-4, R-MINOR-5
 * @since 0.2.0
 */
export const notAlreadyHidden: Rule = documentRule('A-4', ({ document }) =>
  document.hiddenFromLegalRepresentatives === false ? notApplicable : DENY_ALREADY_HIDDEN_FROM_REPRESENTATIVES,
)

/**
 * R-MINOR-6 (rev. 2) — at the minor's request, a health professional requires that one legal representative
 * (`representativeId`, listed on the record) accesses the minor's data only in the presence of a doctor. The
 * representatives cannot set or lift it. Rev. 3: the professional takes part in the minor's care (`careTeam` or
 * `participatesInCare`), is authenticated and not blocked, on a space that is open (the policy's rules); the
 * minor's request stands in for consent, so the representatives' consent is not required.
 *
 * @see R-MINOR-6 (faq:206, faq:212; CSP L.1111-7, R.1111-6)
 * @since 0.2.0
 */
export const requireDoctorPresence: Rule = recordRule('R-MINOR-6', ({ request }) => {
  const { actor, record, at, atPatientRequest, representativeId } = request
  const refused = professionalAtMinorRequest(actor, record, at, atPatientRequest, 'DOCTOR_PRESENCE_SET_BY_PROFESSIONAL')
  if (refused !== undefined) return refused
  // rev. 3: a professional taking part in the minor's care (care team or participating); the minor's request stands
  // in for consent (the representatives', R-CONSENT-8, is not needed: they are the ones restricted).
  if (request.careTeam !== true && request.participatesInCare !== true) return DENY_DOCTOR_PRESENCE_BY_PROFESSIONAL_IN_CARE
  const named = namedRepresentative(record, representativeId)
  return named === undefined ? DENY_REPRESENTATIVE_NOT_NAMED : GRANT_DOCTOR_PRESENCE_SET_AT_MINOR_REQUEST
})

/**
 * A-4 — a representative already under the doctor-presence requirement is refused as such (to the health
 * professional who may set it; anybody else is refused by R-MINOR-6 whatever the state).
 *
 * @see A-4, R-MINOR-6
 * @since 0.2.0
 */
export const notAlreadyRequired: Rule = recordRule('A-4', ({ request: { actor, record, representativeId } }) => {
  if (!isHealthProfessional(actor)) return notApplicable
  const named = namedRepresentative(record, representativeId)
  return named !== undefined && named.doctorPresenceRequired !== false ? DENY_DOCTOR_PRESENCE_ALREADY_REQUIRED : notApplicable
})
