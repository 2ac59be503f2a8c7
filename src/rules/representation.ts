// Who acts as the patient (§6 of the catalogue, R-MINOR-1..3, 6..8, A-3): the holder, or their legal
// representatives while the holder is a minor (not emancipated) or an adult whose protection measure gives a
// representation relating to the person (R-MINOR-8 rev. 2). Applies to every
// action the patient's side may take. Professionals: not applicable here.
import { deny, grant, notApplicable } from '../decision/outcome.js'
import { isMinorAt } from '../domain/dates.js'
import { patientStage, representativeOf } from './facts.js'
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
const DENY_PROTECTED_ADULT_ACTS_THROUGH_REPRESENTATIVE = deny('PROTECTED_ADULT_ACTS_THROUGH_REPRESENTATIVE', ['ASK_LEGAL_REPRESENTATIVE'])
const GRANT_REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT = grant('REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT')
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
  const stage = patientStage(request.record, request.at)
  // A representative binds only where they represent: a parent or guardian of a minor, anyone named for a
  // represented adult (a role `other` never represents a minor, R-MINOR-1).
  const represents = stage === 'represented-adult' || (stage === 'minor' && (rep.role === 'parent' || rep.role === 'guardian'))
  if (rep.doctorPresenceRequired === false || !represents) return notApplicable
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
 * R-MINOR-8 (rev. 2) — a protected adult decides personally as far as their state allows (C. civ. 459): under a
 * measure without representation relating to the person (curatelle, most sauvegardes…) they act alone, like any
 * adult, and no representative acts for them. Only when the measure gives a representation relating to the person
 * (`protection.representationOfPerson`) does the listed representative — whoever the judge named, whatever the
 * role — consent and manage the space, as for a minor; the protected adult then does not act alone (fail-closed
 * reading, as A-3 for minors: the library cannot know what their state allows). A record that says
 * `protectedAdult` without the measure is denied by {@link protectionMeasureKnown}.
 *
 * @see R-MINOR-8 (C. civ. 459; CSP L.1111-14 al. 4, L.1111-16 al. 1, L.1111-7)
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
  if (actor.kind === 'patient') return DENY_PROTECTED_ADULT_ACTS_THROUGH_REPRESENTATIVE
  return representativeOf(record, actor) === undefined ? notApplicable : GRANT_REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT
})

/**
 * R-MINOR-8 (rev. 2) — the record must say which protection measure applies to a protected adult: without it the
 * library cannot tell who decides, and every decision on the record is denied (fail closed).
 *
 * @see R-MINOR-8
 * @since 0.2.0
 */
export const protectionMeasureKnown: Rule = recordRule('R-MINOR-8', ({ request: { record, at } }) =>
  record.patient.protectedAdult === true && record.patient.protection === undefined && isMinorAt(record.patient.birthDate, at) === false
    ? DENY_PROTECTION_MEASURE_UNKNOWN
    : notApplicable,
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
  onlyParentOrGuardianForMinor,
]
