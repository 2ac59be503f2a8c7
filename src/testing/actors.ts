// dmp-rules/testing — actors: professionals (with the roles and flags of revision 3), the patient, legal
// representatives and third parties, ids from the shared pools.
import * as fc from 'fast-check'
import { PROFESSIONS, type Profession } from '../domain/profession.js'
import {
  AUTHENTICATIONS,
  MEDICO_SOCIAL_ROLES,
  THIRD_PARTIES,
  type Actor,
  type Authentication,
  type LegalRepresentativeActor,
  type PatientActor,
  type ProfessionalActor,
  type ThirdPartyActor,
} from '../domain/types.js'
import { SAMPLE_IDS, arbId, often } from './pools.js'

// -------------------------------------------------------------------------------------
// actors
// -------------------------------------------------------------------------------------

/**
 * Every {@link Profession}, biased to `medecin` (the profession most rules mention).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbProfession } from 'dmp-rules/testing'
 * import { isProfession } from 'dmp-rules'
 * fc.assert(fc.property(arbProfession(), isProfession))
 *
 * @since 0.1.0
 */
export const arbProfession = (): fc.Arbitrary<Profession> =>
  fc.oneof({ arbitrary: fc.constant('medecin' as const), weight: 2 }, { arbitrary: fc.constantFrom(...PROFESSIONS), weight: 3 })

/**
 * Every {@link Authentication}, mostly the accepted ones (R-AUTH-1).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbAuthentication } from 'dmp-rules/testing'
 * fc.sample(arbAuthentication(), 5) // e.g. ['cps', 'indirect', 'e-cps', 'cps', 'none']
 *
 * @since 0.1.0
 */
export const arbAuthentication = (): fc.Arbitrary<Authentication> =>
  fc.oneof(
    { arbitrary: fc.constantFrom<Authentication>('cps', 'e-cps', 'indirect'), weight: 4 },
    { arbitrary: fc.constantFrom(...AUTHENTICATIONS), weight: 1 },
  )

/**
 * A professional actor: an id from {@link SAMPLE_IDS}, every profession, with or without a specialty and an
 * establishment, every authentication; indirect authentication always with an establishment (R-AUTH-1).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbProfessionalActor } from 'dmp-rules/testing'
 * import type { ProfessionalActor } from 'dmp-rules'
 * const myAppCanOpen = (actor: ProfessionalActor): boolean => actor.authentication !== 'none' // your code
 * // My wrapper never lets an unauthenticated professional in (R-AUTH-1).
 * fc.assert(fc.property(arbProfessionalActor(), (actor) => actor.authentication !== 'none' || !myAppCanOpen(actor)))
 *
 * @since 0.1.0
 */
export const arbProfessionalActor = (): fc.Arbitrary<ProfessionalActor> =>
  fc
    .record({
      actor: fc.record(
        {
          kind: fc.constant('professional' as const),
          id: arbId(SAMPLE_IDS.professionals),
          profession: arbProfession(),
          specialty: arbId(SAMPLE_IDS.specialties),
          establishmentId: arbId(SAMPLE_IDS.establishments),
          authentication: arbAuthentication(),
        },
        { requiredKeys: ['kind', 'id', 'profession', 'authentication'] },
      ),
      establishmentId: arbId(SAMPLE_IDS.establishments),
      // R-ACTOR-4: a médico-social professional usually carries a role; R-ACTOR-7: a doctor is sometimes the
      // occupational doctor; R-ACTOR-8 (rev. 3): a doctor (and, rarely, another professional) is sometimes the
      // coordinating doctor of the resident's EHPAD.
      role: fc.option(fc.constantFrom(...MEDICO_SOCIAL_ROLES), { nil: undefined, freq: 5 }),
      occupational: often(1, 9),
      coordinating: often(1, 9),
      // R-ACTOR-4 rev. 3: a role-less médico-social professional, often enough that every run meets one (~5 %).
      roleless: often(1, 19),
    })
    .map(({ actor, establishmentId, role, occupational, coordinating, roleless }): ProfessionalActor => {
      // INVARIANT: indirect authentication always names its establishment (R-AUTH-1, rev. 2).
      let out: ProfessionalActor = actor.authentication === 'indirect' && actor.establishmentId === undefined ? { ...actor, establishmentId } : actor
      if (roleless) out = { ...out, profession: 'medico-social' }
      else if (out.profession === 'medico-social' && role !== undefined) out = { ...out, role }
      if (out.profession === 'medecin' && occupational) out = { ...out, occupationalDoctor: true }
      if (coordinating && (out.profession === 'medecin' || role === 'coordination')) out = { ...out, residenceCoordinatingDoctor: true }
      return out
    })

/** Internal: the patient as actor. */
export const arbPatientActor: fc.Arbitrary<PatientActor> = fc.constant({ kind: 'patient' as const }).map((a) => ({ ...a }))

/** Internal: a legal representative as actor, not tied to a record. */
export const arbLegalRepresentativeActor: fc.Arbitrary<LegalRepresentativeActor> = fc.record({
  kind: fc.constant('legal-representative' as const),
  id: arbId(SAMPLE_IDS.representatives),
})

/** Internal: a third party of every kind. */
export const arbThirdPartyActor: fc.Arbitrary<ThirdPartyActor> = fc.record({
  kind: fc.constant('third-party' as const),
  party: fc.constantFrom(...THIRD_PARTIES),
})

/**
 * Any {@link Actor}: the patient, a legal representative, a professional (the most frequent), or a third
 * party of every kind. A legal representative generated here is not tied to a record: {@link arbRequest}
 * lists it in the record.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbActor } from 'dmp-rules/testing'
 * import type { Actor } from 'dmp-rules'
 * const describeActor = (actor: Actor): string => actor.kind // your code
 * fc.assert(fc.property(arbActor(), (actor) => typeof describeActor(actor) === 'string'))
 *
 * @since 0.1.0
 */
export const arbActor = (): fc.Arbitrary<Actor> =>
  fc.oneof(
    { arbitrary: arbPatientActor, weight: 2 },
    { arbitrary: arbLegalRepresentativeActor, weight: 2 },
    { arbitrary: arbProfessionalActor(), weight: 5 },
    { arbitrary: arbThirdPartyActor, weight: 2 },
  )
