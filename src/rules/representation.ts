// Who acts as the patient (§6 of the catalogue, R-MINOR-1..3, 6..8, A-3): the holder, or their legal
// representatives while the holder is a minor (not emancipated) or a protected adult. Applies to every
// action the patient's side may take. Professionals: not applicable here.
import { deny, grant, notApplicable } from '../decision/outcome.js'
import { patientStage, representativeOf } from './facts.js'
import { recordRule, type Rule } from './rule.js'

/**
 * R-ACTOR-3 (holder) — an adult holder, not protected, acts for themselves.
 *
 * @since 0.1.0
 */
export const holderActsForThemselves: Rule = recordRule('R-ACTOR-3', ({ request: { actor, record, at } }) =>
  actor.kind === 'patient' && patientStage(record, at) === 'adult' ? grant('PATIENT_IS_HOLDER') : notApplicable,
)

/**
 * A-3 — a minor who is not emancipated has no direct access; the legal representatives act for them.
 *
 * @since 0.1.0
 */
export const minorActsThroughRepresentatives: Rule = recordRule('A-3', ({ request: { actor, record, at } }) =>
  actor.kind === 'patient' && patientStage(record, at) === 'minor'
    ? deny('MINOR_ACTS_THROUGH_REPRESENTATIVES', ['ASK_LEGAL_REPRESENTATIVE'])
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
    ? grant('PARENT_ACTS_FOR_MINOR', ['ASSOCIATE_THE_MINOR'])
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
    ? grant('GUARDIAN_ACTS_FOR_MINOR', ['ASSOCIATE_THE_MINOR'])
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
  if (actor.kind === 'patient') return grant('EMANCIPATED_MINOR_ACTS_ALONE')
  if (actor.kind === 'legal-representative') return deny('MINOR_IS_EMANCIPATED')
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
  const represents = stage === 'minor' || (stage === 'protected-adult' && rep.role === 'guardian')
  if (rep.doctorPresenceRequired === false || !represents) return notApplicable
  return request.inPresenceOfDoctor === true
    ? grant('DOCTOR_PRESENT')
    : deny('DOCTOR_PRESENCE_REQUIRED', ['COME_WITH_A_DOCTOR'])
})

/**
 * R-MINOR-7 — at majority the legal representatives' access ends.
 *
 * @since 0.1.0
 */
export const majorityEndsRepresentation: Rule = recordRule('R-MINOR-7', ({ request: { actor, record, at } }) =>
  actor.kind === 'legal-representative' && patientStage(record, at) === 'adult'
    ? deny('REPRESENTATION_ENDED_AT_MAJORITY', ['ASK_PATIENT_DIRECTLY'])
    : notApplicable,
)

/**
 * R-MINOR-8 — a protected adult: the legal representative (their guardian, *tuteur*) manages the space and
 * consents, as for a minor; the protected adult does not act alone (fail-closed reading, as A-3 for minors).
 * A representative listed with the role `parent` is denied: parental authority ends at majority, so only a
 * guardian represents an adult (fail-closed reading of "legal representative (guardian)").
 *
 * @since 0.1.0
 */
export const protectedAdult: Rule = recordRule('R-MINOR-8', ({ request: { actor, record, at } }) => {
  if ((actor.kind !== 'patient' && actor.kind !== 'legal-representative') || patientStage(record, at) !== 'protected-adult')
    return notApplicable
  if (actor.kind === 'patient') return deny('PROTECTED_ADULT_ACTS_THROUGH_REPRESENTATIVE', ['ASK_LEGAL_REPRESENTATIVE'])
  const rep = representativeOf(record, actor)
  if (rep === undefined) return notApplicable
  return rep.role === 'guardian' ? grant('REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT') : deny('PARENT_NOT_REPRESENTATIVE_OF_ADULT')
})

/**
 * The rules that say who acts as the patient, for every action of the patient's side.
 *
 * @since 0.1.0
 */
export const representationRules: ReadonlyArray<Rule> = [
  holderActsForThemselves,
  minorActsThroughRepresentatives,
  parentActsForMinor,
  guardianActsForMinor,
  emancipatedMinorActsAlone,
  doctorPresence,
  majorityEndsRepresentation,
  protectedAdult,
]
