// §3 of the catalogue, the record-level part: how a professional authenticates (R-AUTH-1), their access
// authorisation on the record (R-AUTH-5) and the patient's blocks (R-AUTH-6). These rules only ever deny:
// a professional is granted by a consent rule or an emergency rule (src/rules/consent.ts, emergency.ts).
// The document-level part of §3 (the matrix R-AUTH-7, the author R-AUTH-8) is in src/rules/visibility.ts.
import { deny, notApplicable } from '../decision/outcome.js'
import { AUTHENTICATIONS } from '../domain/types.js'
import { authorizationOf, blocksOn } from './facts.js'
import { recordRule, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const DENY_AUTHENTICATION_REQUIRED = deny('AUTHENTICATION_REQUIRED', ['AUTHENTICATE_WITH_CPS'])
const DENY_ACCESS_AUTHORIZATION_FORBIDDEN = deny('ACCESS_AUTHORIZATION_FORBIDDEN', ['ASK_PATIENT_TO_LIFT_PROHIBITION'])
const DENY_PROFESSIONAL_BLOCKED = deny('PROFESSIONAL_BLOCKED', ['ASK_PATIENT_TO_UNBLOCK'])
const DENY_ESTABLISHMENT_BLOCKED = deny('ESTABLISHMENT_BLOCKED', ['ASK_PATIENT_TO_UNBLOCK'])

/** The authentications R-AUTH-1 accepts: personal card, its mobile form, indirect (server certificate). */
const ACCEPTED: ReadonlyArray<string> = AUTHENTICATIONS.filter((a) => a !== 'none')

/**
 * R-AUTH-1 — a professional consults only authenticated by a personal card (*CPS*, with a card reader),
 * its mobile form (*e-CPS*) or the establishment's indirect authentication (server certificate). `'none'`
 * or any unknown value denies, with the remedy to authenticate. The connection checks of indirect
 * authentication (R-AUTH-2..4) are decided by `checkConnection`, not here.
 *
 * @see R-AUTH-1 (faq:16)
 * @since 0.1.0
 */
export const professionalAuthenticated: Rule = recordRule('R-AUTH-1', ({ request: { actor } }) =>
  actor.kind === 'professional' && !ACCEPTED.includes(actor.authentication)
    ? DENY_AUTHENTICATION_REQUIRED
    : notApplicable,
)

/**
 * R-AUTH-5 — a professional whose access authorisation on the record is `forbidden` (*interdite*) never
 * consults, whatever the consent or the access mode (emergency included: the catalogue says `forbidden`
 * denies every consultation). With several entries the most restrictive wins ({@link authorizationOf}).
 *
 * Choice: `valid`, `expired` and no authorisation at all are not applicable here. A `valid` authorisation
 * does not by itself grant consultation: the source requires the patient's agreement before every
 * consultation (R-CONSENT-1/2, faq:180), so consultation always rests on a consent or emergency rule,
 * which is what renews an `expired` or absent authorisation.
 *
 * @see R-AUTH-5 (faq:48)
 * @since 0.1.0
 */
export const authorizationNotForbidden: Rule = recordRule('R-AUTH-5', ({ request: { actor, record } }) =>
  actor.kind === 'professional' && authorizationOf(record, actor.id, actor.establishmentId) === 'forbidden'
    ? DENY_ACCESS_AUTHORIZATION_FORBIDDEN
    : notApplicable,
)

/**
 * R-AUTH-6 — a professional blocked by the patient cannot consult while the block covers `at`: from
 * `from` to `until`, both inclusive; without `until` the block has no end. A block with an impossible date
 * covers every day (fail closed). Blocks win over every grant, emergency access included (R-EMERG-3).
 *
 * @see R-AUTH-6 (faq:144), R-PATIENT-2
 * @since 0.1.0
 */
export const professionalNotBlocked: Rule = recordRule('R-AUTH-6', ({ request: { actor, record, at } }) =>
  actor.kind === 'professional' && blocksOn(record, actor, at).some((b) => b.target === 'professional')
    ? DENY_PROFESSIONAL_BLOCKED
    : notApplicable,
)

/**
 * R-AUTH-6 — anyone acting for an establishment the patient blocked (the actor's `establishmentId` equals
 * the block's `id`) cannot consult while the block covers `at` (same dates as {@link professionalNotBlocked}).
 * When both the professional and their establishment are blocked, both reasons come out.
 *
 * Choice: a professional who declares no `establishmentId` cannot be matched to an establishment block;
 * only a block on their own id applies to them.
 *
 * @see R-AUTH-6 (faq:144), R-PATIENT-2
 * @since 0.1.0
 */
export const establishmentNotBlocked: Rule = recordRule('R-AUTH-6', ({ request: { actor, record, at } }) =>
  actor.kind === 'professional' && blocksOn(record, actor, at).some((b) => b.target === 'establishment')
    ? DENY_ESTABLISHMENT_BLOCKED
    : notApplicable,
)

/**
 * The record-level rules on a professional's identity, authentication and authorisation for a consultation
 * (R-AUTH-1, R-AUTH-5, R-AUTH-6; a known profession is checked for every action by R-ACTOR-3 in actors.ts).
 *
 * @since 0.1.0
 */
export const authenticationRules: ReadonlyArray<Rule> = [
  professionalAuthenticated,
  authorizationNotForbidden,
  professionalNotBlocked,
  establishmentNotBlocked,
]
