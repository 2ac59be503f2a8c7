// Who acts as the patient (§6 of the catalogue, R-MINOR-1..3, 6..8, A-3): the holder, or their legal
// representatives while the holder is a minor (not emancipated); a protected adult is always the holder, and the
// representative the measure names acts too when it gives a representation relating to the person (R-MINOR-8
// rev. 2, rev. 3). Applies to every
// action the patient's side may take. Professionals: not applicable here.
import { deny, grant, notApplicable, oblige } from '../decision/outcome.js'
import { adultRepresentation, isProtectedAdultStage, patientStage, representativeOf, representsPatient } from './facts.js'
import { recordRule, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const GRANT_PATIENT_IS_HOLDER = grant('PATIENT_IS_HOLDER')
const DENY_MINOR_ACTS_THROUGH_REPRESENTATIVES = deny('MINOR_ACTS_THROUGH_REPRESENTATIVES', ['ASK_LEGAL_REPRESENTATIVE'])
const GRANT_PARENT_ACTS_FOR_MINOR = grant('PARENT_ACTS_FOR_MINOR', ['ASSOCIATE_THE_MINOR'])
const GRANT_GUARDIAN_ACTS_FOR_MINOR = grant('GUARDIAN_ACTS_FOR_MINOR', ['ASSOCIATE_THE_MINOR'])
const GRANT_EMANCIPATED_MINOR_ACTS_ALONE = grant('EMANCIPATED_MINOR_ACTS_ALONE')
const DENY_MINOR_IS_EMANCIPATED = deny('MINOR_IS_EMANCIPATED')
const GRANT_DOCTOR_PRESENT = grant('DOCTOR_PRESENT')
const DENY_DOCTOR_PRESENCE_REQUIRED = deny('DOCTOR_PRESENCE_REQUIRED', ['COME_WITH_A_DOCTOR'])
const DENY_REPRESENTATION_ENDED_AT_MAJORITY = deny('REPRESENTATION_ENDED_AT_MAJORITY', ['ASK_PATIENT_DIRECTLY'])
const GRANT_PROTECTED_ADULT_DECIDES_PERSONALLY = grant('PROTECTED_ADULT_DECIDES_PERSONALLY')
const DENY_NO_REPRESENTATION_OF_THE_PERSON = deny('NO_REPRESENTATION_OF_THE_PERSON', ['ASK_PATIENT_DIRECTLY'])
const GRANT_PROTECTED_ADULT_IS_HOLDER = grant('PROTECTED_ADULT_IS_HOLDER')
const GRANT_REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT = grant('REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT')
const DENY_PARENTAL_AUTHORITY_ENDED_AT_MAJORITY = deny('PARENTAL_AUTHORITY_ENDED_AT_MAJORITY', ['LIST_REPRESENTATIVE_WITH_MEASURE_ROLE'])
const DENY_REPRESENTATIVE_ROLE_DOES_NOT_MATCH_MEASURE = deny('REPRESENTATIVE_ROLE_DOES_NOT_MATCH_MEASURE', ['LIST_REPRESENTATIVE_WITH_MEASURE_ROLE'])
const DENY_WIDENING_NEEDS_HOLDER_UNABLE_TO_EXPRESS_WILL = deny('WIDENING_NEEDS_HOLDER_UNABLE_TO_EXPRESS_WILL', ['ASK_THE_PROTECTED_ADULT', 'STATE_HOLDER_CANNOT_EXPRESS_WILL'])
const OBLIGE_HOLDER_RESTRICTION_NOT_OVERRIDDEN = oblige(['HOLDER_RESTRICTION_NOT_OVERRIDDEN'])
const OBLIGE_UNBLOCK_NEEDS_HOLDER_UNABLE_TO_EXPRESS_WILL = oblige(['UNBLOCK_NEEDS_HOLDER_UNABLE_TO_EXPRESS_WILL'])
const OBLIGE_CONSENT_IS_THE_PROTECTED_ADULTS = oblige(['CONSENT_IS_THE_PROTECTED_ADULTS'])
const DENY_PROTECTION_MEASURE_UNKNOWN = deny('PROTECTION_MEASURE_UNKNOWN', ['STATE_PROTECTION_MEASURE'])
const DENY_REPRESENTATIVE_ROLE_NOT_FOR_MINOR = deny('REPRESENTATIVE_ROLE_NOT_FOR_MINOR')

/**
 * R-ACTOR-3 (holder) — an adult holder, not protected, acts for themselves.
 *
 * @since 0.1.0
 */
export const holderActsForThemselves: Rule = recordRule('R-ACTOR-3', ({ request: { actor, record, at } }) =>
  actor.kind === 'patient' && patientStage(record, at) === 'adult' ? GRANT_PATIENT_IS_HOLDER : notApplicable,
)

/**
 * A-3 — a minor who is not emancipated has no direct access; the legal representatives act for them.
 *
 * @since 0.1.0
 */
export const minorActsThroughRepresentatives: Rule = recordRule('A-3', ({ request: { actor, record, at } }) =>
  actor.kind === 'patient' && patientStage(record, at) === 'minor'
    ? DENY_MINOR_ACTS_THROUGH_REPRESENTATIVES
    : notApplicable,
)

/**
 * R-MINOR-1 — until majority, a parent listed on the record acts as the patient; the minor is associated.
 *
 * @since 0.1.0
 */
export const parentActsForMinor: Rule = recordRule('R-MINOR-1', ({ request: { actor, record, at } }) => {
  const rep = representativeOf(record, actor)
  return rep !== undefined && rep.role === 'parent' && patientStage(record, at) === 'minor'
    ? GRANT_PARENT_ACTS_FOR_MINOR
    : notApplicable
})

/**
 * R-MINOR-2 — the guardian (*tuteur*) of a minor under guardianship has the same powers as a parent.
 *
 * @since 0.1.0
 */
export const guardianActsForMinor: Rule = recordRule('R-MINOR-2', ({ request: { actor, record, at } }) => {
  const rep = representativeOf(record, actor)
  return rep !== undefined && rep.role === 'guardian' && patientStage(record, at) === 'minor'
    ? GRANT_GUARDIAN_ACTS_FOR_MINOR
    : notApplicable
})

/**
 * R-MINOR-3 — an emancipated minor acts alone, as an adult; the legal representatives have no access.
 *
 * @since 0.1.0
 */
export const emancipatedMinorActsAlone: Rule = recordRule('R-MINOR-3', ({ request: { actor, record, at } }) => {
  // The actor's kind first: the patient's stage is only worth computing for the patient's side.
  if ((actor.kind !== 'patient' && actor.kind !== 'legal-representative') || patientStage(record, at) !== 'emancipated-minor')
    return notApplicable
  if (actor.kind === 'patient') return GRANT_EMANCIPATED_MINOR_ACTS_ALONE
  if (actor.kind === 'legal-representative') return DENY_MINOR_IS_EMANCIPATED
  return notApplicable
})

/**
 * R-MINOR-6 — a legal representative the minor restricted accesses only with a doctor present. The flag is
 * honoured whenever the representative represents (a minor, or a protected adult whose guardian they are,
 * R-MINOR-8): the sources speak of minors only, but a restriction recorded on the record is never ignored
 * (fail closed).
 * Any `doctorPresenceRequired` other than `false` counts as set.
 *
 * @since 0.1.0
 */
export const doctorPresence: Rule = recordRule('R-MINOR-6', ({ request }) => {
  const rep = representativeOf(request.record, request.actor)
  if (rep === undefined) return notApplicable
  // A representative binds only where they represent: a parent or guardian of a minor, the representative the
  // measure names for a represented adult (R-MINOR-1, R-MINOR-8 (a) rev. 3).
  if (rep.doctorPresenceRequired === false || !representsPatient(request.record, rep, request.at)) return notApplicable
  return request.inPresenceOfDoctor === true
    ? GRANT_DOCTOR_PRESENT
    : DENY_DOCTOR_PRESENCE_REQUIRED
})

/**
 * R-MINOR-7 — at majority the legal representatives' access ends.
 *
 * @since 0.1.0
 */
export const majorityEndsRepresentation: Rule = recordRule('R-MINOR-7', ({ request: { actor, record, at } }) =>
  actor.kind === 'legal-representative' && patientStage(record, at) === 'adult'
    ? DENY_REPRESENTATION_ENDED_AT_MAJORITY
    : notApplicable,
)

/**
 * R-MINOR-8 (rev. 2, rev. 3) — a protected adult, WHATEVER the measure, is the holder of their space (C. civ. 459,
 * CSP L.1111-2): they consult it and decide for it as far as their state allows, which the library cannot judge, so
 * the holder's own acts are allowed (rev. 3 (c); 0.2.0 denied them under a representation of the person). Under a
 * measure without representation relating to the person (curatelle, sauvegarde de justice, or one the judgement
 * does not extend to the person) nobody acts for them: a listed representative is denied. Under a representation
 * relating to the person (a tutelle, a habilitation familiale or a mandat de protection future that so provide,
 * rev. 3 (b)), the representative ALSO acts — but only the one the measure names, by role (rev. 3 (a)): the tuteur
 * (`guardian`) under a tutelle, the person authorised (`other`) under a habilitation familiale or a mandat. A
 * representative listed as `parent` is denied (parental authority ends at majority), and so is any other pairing.
 * The widening acts of a representative are {@link representativeWidens}'s. A record that says `protectedAdult`
 * without the measure is denied by {@link protectionMeasureKnown}.
 *
 * @see R-MINOR-8 (C. civ. 371-1, 414, 438, 440, 459, 479, 494-1; CSP L.1111-2, L.1111-14, R.1111-40)
 * @since 0.1.0
 */
export const protectedAdult: Rule = recordRule('R-MINOR-8', ({ request: { actor, record, at } }) => {
  if (actor.kind !== 'patient' && actor.kind !== 'legal-representative') return notApplicable
  const stage = patientStage(record, at)
  if (stage === 'protected-adult-alone')
    return actor.kind === 'patient'
      ? GRANT_PROTECTED_ADULT_DECIDES_PERSONALLY
      : DENY_NO_REPRESENTATION_OF_THE_PERSON
  if (stage !== 'represented-adult') return notApplicable
  if (actor.kind === 'patient') return GRANT_PROTECTED_ADULT_IS_HOLDER
  const rep = representativeOf(record, actor)
  if (rep === undefined) return notApplicable
  switch (adultRepresentation(record, rep)) {
    case 'represents':
      return GRANT_REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT
    case 'parent':
      return DENY_PARENTAL_AUTHORITY_ENDED_AT_MAJORITY
    case 'wrong-role':
      return DENY_REPRESENTATIVE_ROLE_DOES_NOT_MATCH_MEASURE
  }
})

/**
 * R-MINOR-8 (c) (rev. 3) — the representative of a represented adult may RESTRICT access at any time (mask, block,
 * oppose), but an act that widens access or ends the space — unmasking, closing (and unblocking) — stands only
 * when the request states that the holder cannot express their will (`holderCannotExpressWill`), and never
 * overrides a restriction the holder set (a conflict goes to the judge: the denial and the obligation say so).
 * `widens`: the action widens (`unmask`, `close`: denied without the statement) or may (`block`, which also
 * unblocks: allowed, with the obligation that unblocking needs the statement).
 *
 * @see R-MINOR-8 (CSP L.1111-2, L.1111-7; C. civ. 457-1, 459)
 * @since 0.3.0
 */
export const representativeWidens = (widens: 'always' | 'when-unblocking'): Rule =>
  recordRule('R-MINOR-8', ({ request: { actor, record, at, holderCannotExpressWill } }) => {
    const rep = representativeOf(record, actor)
    if (rep === undefined || patientStage(record, at) !== 'represented-adult' || !representsPatient(record, rep, at)) return notApplicable
    if (holderCannotExpressWill === true) return OBLIGE_HOLDER_RESTRICTION_NOT_OVERRIDDEN
    return widens === 'always' ? DENY_WIDENING_NEEDS_HOLDER_UNABLE_TO_EXPRESS_WILL : OBLIGE_UNBLOCK_NEEDS_HOLDER_UNABLE_TO_EXPRESS_WILL
  })

/**
 * R-MINOR-8 (c) (rev. 3) — every allowed consultation of a protected adult's record by a professional carries the
 * reminder that the consent is the holder's, and the representative's only when the holder cannot express it.
 *
 * @see R-MINOR-8 (CSP L.1111-2, L.1111-7; C. civ. 459)
 * @since 0.3.0
 */
export const protectedAdultConsentIsTheirs: Rule = recordRule('R-MINOR-8', ({ request: { actor, action, record, at } }) =>
  actor.kind === 'professional' && (action === 'consult' || action === 'view') && isProtectedAdultStage(patientStage(record, at))
    ? OBLIGE_CONSENT_IS_THE_PROTECTED_ADULTS
    : notApplicable,
)

/**
 * R-MINOR-8 (rev. 2) — the record must say which protection measure applies to a protected adult: without it the
 * library cannot tell who decides, and every decision on the record is denied (fail closed). Since 0.3.0 a measure
 * outside the known ones (a value a caller sent past the codecs) is denied the same way.
 *
 * @see R-MINOR-8
 * @since 0.2.0
 */
export const protectionMeasureKnown: Rule = recordRule('R-MINOR-8', ({ request: { record, at } }) =>
  patientStage(record, at) === 'protection-unknown' ? DENY_PROTECTION_MEASURE_UNKNOWN : notApplicable,
)

/**
 * R-MINOR-1 — only a holder of parental authority (`parent`) or a guardian (`guardian`, R-MINOR-2) represents a
 * minor: a representative listed with another role is denied while the patient is a minor.
 *
 * @see R-MINOR-1, R-MINOR-2
 * @since 0.2.0
 */
export const onlyParentOrGuardianForMinor: Rule = recordRule('R-MINOR-1', ({ request: { actor, record, at } }) => {
  const rep = representativeOf(record, actor)
  return rep !== undefined && rep.role !== 'parent' && rep.role !== 'guardian' && patientStage(record, at) === 'minor'
    ? DENY_REPRESENTATIVE_ROLE_NOT_FOR_MINOR
    : notApplicable
})

export const representationRules: ReadonlyArray<Rule> = [
  holderActsForThemselves,
  minorActsThroughRepresentatives,
  parentActsForMinor,
  guardianActsForMinor,
  emancipatedMinorActsAlone,
  doctorPresence,
  majorityEndsRepresentation,
  protectedAdult,
  protectedAdultConsentIsTheirs,
  onlyParentOrGuardianForMinor,
]
