// §6b of the catalogue, the record-level part: consultation without consent in an emergency, by
// break-glass (R-EMERG-1) or by the regulating doctor of the emergency regulation centre (R-EMERG-2),
// unless the patient refused it beforehand in their emergency settings (`record.emergencyAccess`).
// What an emergency shows of masked documents (R-EMERG-3) is document-level: src/rules/visibility.ts.
// Blocks (R-AUTH-6), a forbidden authorisation (R-AUTH-5) and an expressed opposition (R-CONSENT-5) are
// denials, so they win over these grants.
import { deny, grant, notApplicable } from '../decision/outcome.js'
import { ACCESS_MODES, type Request } from '../domain/types.js'
import { consentGrantsInNormalTerms } from './consent.js'
import { accessModeOf, emergencySettings } from './facts.js'
import { recordRule, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const DENY_BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY = deny('BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY', ['COLLECT_EXPLICIT_CONSENT'])
const GRANT_BREAK_GLASS_ACCESS = grant('BREAK_GLASS_ACCESS', ['INFORM_HOLDER_AND_TREATING_DOCTOR'])
const DENY_BREAK_GLASS_REFUSED_BY_PATIENT = deny('BREAK_GLASS_REFUSED_BY_PATIENT', ['COLLECT_EXPLICIT_CONSENT'])
const DENY_UNKNOWN_ACCESS_MODE = deny('UNKNOWN_ACCESS_MODE', ['FIX_THE_REQUEST'])
const DENY_REGULATION_CENTRE_DOCTORS_ONLY = deny('REGULATION_CENTRE_DOCTORS_ONLY', ['COLLECT_EXPLICIT_CONSENT'])
const GRANT_REGULATION_CENTRE_ACCESS = grant('REGULATION_CENTRE_ACCESS')
const DENY_REGULATION_CENTRE_REFUSED_BY_PATIENT = deny('REGULATION_CENTRE_REFUSED_BY_PATIENT', ['COLLECT_EXPLICIT_CONSENT'])
const DENY_BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY_2 = deny('BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY')
const DENY_BREAK_GLASS_FEEDING_REFUSED_BY_PATIENT = deny('BREAK_GLASS_FEEDING_REFUSED_BY_PATIENT', ['FEED_IN_NORMAL_MODE'])
const DENY_REGULATION_CENTRE_DOCTORS_ONLY_2 = deny('REGULATION_CENTRE_DOCTORS_ONLY', ['FEED_IN_NORMAL_MODE'])
const DENY_REGULATION_CENTRE_CONSULTS_ONLY = deny('REGULATION_CENTRE_CONSULTS_ONLY', ['FEED_IN_NORMAL_MODE'])

export { accessModeOf, isEmergencyMode } from './facts.js'

// -------------------------------------------------------------------------------------
// rules
// -------------------------------------------------------------------------------------

/**
 * R-EMERG-1 — break-glass (*bris de glace*): a health professional may consult without consent when the
 * patient's state puts them at risk and they cannot consent, unless the patient refused break-glass
 * access beforehand (`record.emergencyAccess.breakGlass` is `false`; absent settings mean accepted).
 * Obligation: the holder and the treating doctor are informed afterwards. Rev. 3: a break-glass request that also
 * carries a consent route (what R-CONSENT-1/2 check, participation included) is decided in the normal mode's terms
 * where those grant, as R-EMERG-2 already was: the refusal of the mode does not override a consent given now, and
 * masked documents follow R-MASK-2.
 *
 * Choices (fail closed): the professional asserts the emergency by choosing the mode; the library cannot
 * check the patient's state. Break-glass is for health professionals: a `'medico-social'` actor is denied.
 * An access mode the library does not know is denied by {@link knownAccessMode}, for every action.
 *
 * @see R-EMERG-1 (CSP L.1111-17 I, R.1111-48)
 * @since 0.1.0
 */
export const breakGlass: Rule = recordRule('R-EMERG-1', ({ request }) => {
  const { actor, record } = request
  const mode = accessModeOf(request)
  // The occupational doctor never uses an emergency mode: R-ACTOR-7 decides them.
  if (actor.kind !== 'professional' || mode !== 'break-glass' || actor.occupationalDoctor === true) return notApplicable
  if (actor.profession === 'medico-social') return DENY_BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY
  // rev. 3: a request that carries a consent route is decided in the normal mode's terms: the mode is for a patient
  // who cannot consent, and a refusal of it does not override a consent given now.
  if (consentGrantsInNormalTerms(request)) return notApplicable
  return emergencySettings(record).breakGlass === true
    ? GRANT_BREAK_GLASS_ACCESS
    : DENY_BREAK_GLASS_REFUSED_BY_PATIENT
})

/**
 * Did an emergency rule grant this request its access (R-EMERG-1 break-glass, R-EMERG-2 the regulating doctor)?
 * Not when the request is decided in the normal mode's terms (it carries a consent route), nor for a professional
 * the mode is not for, nor when the patient refused the mode. Only then does R-EMERG-3 show masked documents: a
 * declared mode never widens anything by itself (rev. 3).
 *
 * @see R-EMERG-1, R-EMERG-2, R-EMERG-3
 * @since 0.3.0
 */
export const emergencyRuleGrants = (request: Request): boolean => {
  const { actor, record } = request
  if (actor.kind !== 'professional' || actor.occupationalDoctor === true || actor.profession === 'medico-social') return false
  const mode = accessModeOf(request)
  if (mode !== 'break-glass' && mode !== 'regulation-centre') return false
  if (consentGrantsInNormalTerms(request)) return false
  return mode === 'break-glass'
    ? emergencySettings(record).breakGlass === true
    : actor.profession === 'medecin' && emergencySettings(record).regulationCentre === true
}

/**
 * R-EMERG-1 (access modes) — the access modes are those of TRE_R248 (`normal`, `bris_de_glace`,
 * `centre_15`); a request carrying any other value is denied, whoever the actor and whatever the action
 * (fail closed). Part of the rules common to every action.
 *
 * @see R-EMERG-1
 * @since 0.1.0
 */
export const knownAccessMode: Rule = recordRule('R-EMERG-1', ({ request }) =>
  (ACCESS_MODES as ReadonlyArray<unknown>).includes(accessModeOf(request)) ? notApplicable : DENY_UNKNOWN_ACCESS_MODE,
)

/**
 * R-EMERG-2 — the regulating doctor of the emergency regulation centre (SAMU, *centre 15*) may consult
 * without consent, unless the patient refused it beforehand (`record.emergencyAccess.regulationCentre`
 * is `false`; absent settings mean accepted).
 *
 * Rev. 3: the mode is the regulating DOCTOR's (a `medecin`; the profession is a claim the platform authenticates,
 * like `establishmentId`). A professional of another profession declaring it is decided in the normal mode's terms
 * where those grant (their consent route), and otherwise denied with a reason that says the mode is the regulating
 * doctor's. Either way masked documents then follow R-MASK-2 (R-EMERG-3 rev. 3).
 *
 * @see R-EMERG-2 (CSP L.1111-17 I)
 * @since 0.1.0
 */
export const regulationCentre: Rule = recordRule('R-EMERG-2', ({ request }) => {
  const { actor, record } = request
  if (actor.kind !== 'professional' || accessModeOf(request) !== 'regulation-centre' || actor.occupationalDoctor === true)
    return notApplicable
  // Médico-social staff never use an emergency mode (R-ACTOR-4), consent or not.
  if (actor.profession === 'medico-social') return DENY_REGULATION_CENTRE_DOCTORS_ONLY
  // rev. 2: a request that carries the consent the normal mode needs is decided in the normal mode's terms (the
  // remedy must not ask for a consent already given).
  if (consentGrantsInNormalTerms(request)) return notApplicable
  // rev. 3: the mode is the regulating doctor's (a `medecin`, a claim the platform authenticates).
  if (actor.profession !== 'medecin') return DENY_REGULATION_CENTRE_DOCTORS_ONLY
  return emergencySettings(record).regulationCentre === true
    ? GRANT_REGULATION_CENTRE_ACCESS
    : DENY_REGULATION_CENTRE_REFUSED_BY_PATIENT
})

/**
 * R-EMERG-1 (rev. 2), feeding — the patient's prior opposition to the emergency access covers feeding the record in
 * that situation too (CSP L.1111-17 I): a feeding in break-glass mode on a patient who refused it is denied, as is
 * one by a professional who may not use the mode (médico-social staff). Rev. 3 (the library's reading of R-EMERG-1
 * rev. 3): a feeding request that carries a consent route is decided in the normal mode's terms, as the consultation
 * is — the refusal of the mode does not override a consent given now.
 *
 * @see R-EMERG-1, R-EMERG-2
 * @since 0.2.0
 */
export const emergencyFeeding: Rule = recordRule('R-EMERG-1', ({ request }) => {
  const { actor, record } = request
  const mode = accessModeOf(request)
  if (actor.kind !== 'professional' || mode !== 'break-glass') return notApplicable
  if (actor.profession === 'medico-social') return DENY_BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY_2
  // rev. 3 (reading): a request that carries a consent route is decided in the normal mode's terms, feeding too.
  if (consentGrantsInNormalTerms(request)) return notApplicable
  return emergencySettings(record).breakGlass === true ? notApplicable : DENY_BREAK_GLASS_FEEDING_REFUSED_BY_PATIENT
})

/**
 * R-EMERG-2 (rev. 2), feeding — the regulating doctor of centre 15 consults, and only consults: a feeding in that
 * mode is denied (feed in the normal mode). Choice (fail closed): feeding needs no consent, so the mode is never
 * needed to feed; a feeding that claims it is refused rather than read as a normal one. Médico-social staff never use
 * an emergency mode (R-ACTOR-4).
 *
 * @see R-EMERG-2, R-ACTOR-4
 * @since 0.2.0
 */
export const regulationCentreFeeding: Rule = recordRule('R-EMERG-2', ({ request }) => {
  const { actor } = request
  if (actor.kind !== 'professional' || accessModeOf(request) !== 'regulation-centre') return notApplicable
  return actor.profession === 'medico-social'
    ? DENY_REGULATION_CENTRE_DOCTORS_ONLY_2
    : DENY_REGULATION_CENTRE_CONSULTS_ONLY
})

export const emergencyRules: ReadonlyArray<Rule> = [breakGlass, regulationCentre]
