// dmp-rules/testing — authorisation matrices: grants by profession, specialty, médico-social role, occupational doctor.
import * as fc from 'fast-check'
import type { MedicoSocialRole } from '../domain/types.js'
import { MEDICO_SOCIAL_ROLES } from '../domain/types.js'
import type { AuthorizationMatrix, MatrixGrant, OccupationalGrant, ProfessionGrant } from '../matrix/types.js'
import { arbProfession } from './actors.js'
import { SAMPLE_IDS, arbId } from './pools.js'

// -------------------------------------------------------------------------------------
// matrix
// -------------------------------------------------------------------------------------

const arbGrant: fc.Arbitrary<ProfessionGrant> = fc.record(
  {
    profession: arbProfession(),
    specialty: arbId(SAMPLE_IDS.specialties),
    typeCodes: fc.oneof(
      { arbitrary: fc.constant('*' as const), weight: 1 },
      { arbitrary: fc.uniqueArray(arbId(SAMPLE_IDS.typeCodes), { maxLength: 4 }), weight: 4 },
    ),
    source: fc.constantFrom('Arrêté du 26 octobre 2023, annexe', 'test fixture'),
  },
  { requiredKeys: ['profession', 'typeCodes'] },
)

// A médico-social grant usually names a role (R-ACTOR-4 rev. 2): one of the six, or none (every role). Since 0.3.0 a
// grant is also, often, a role-less médico-social one (R-ACTOR-4 rev. 3: it must never select a role-less actor) or
// one to occupational doctors (R-ACTOR-7 rev. 3), each about one grant in ten.
const arbGrantWithRole: fc.Arbitrary<MatrixGrant> = fc
  .record({
    grant: arbGrant,
    role: fc.option(fc.constantFrom<MedicoSocialRole>(...MEDICO_SOCIAL_ROLES), { nil: undefined, freq: 4 }),
    kind: fc.oneof(
      { arbitrary: fc.constant('as-drawn' as const), weight: 8 },
      { arbitrary: fc.constant('roleless-medico-social' as const), weight: 1 },
      { arbitrary: fc.constant('occupational' as const), weight: 1 },
    ),
  })
  .map(({ grant, role, kind }): MatrixGrant => {
    const { specialty: _bySpecialty, ...byProfession } = grant
    if (kind === 'occupational') {
      const occupational: OccupationalGrant = grant.source === undefined
        ? { occupationalDoctor: true, typeCodes: grant.typeCodes }
        : { occupationalDoctor: true, typeCodes: grant.typeCodes, source: grant.source }
      return occupational
    }
    if (kind === 'roleless-medico-social') return { ...byProfession, profession: 'medico-social' }
    // Médico-social columns are by role, not by specialty.
    if (grant.profession !== 'medico-social' || role === undefined) return grant
    return { ...byProfession, role }
  })

/**
 * An {@link AuthorizationMatrix}: grants of every profession, with or without a specialty, of some type codes
 * from {@link SAMPLE_IDS} (the ones documents use) or of all of them (`'*'`), sourced or not.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbMatrix, arbRequest } from 'dmp-rules/testing'
 * import { decide } from 'dmp-rules'
 * fc.assert(fc.property(arbRequest({ action: 'view' }), arbMatrix(), (request, matrix) => {
 *   decide(request, { matrix }) // never throws, whatever the matrix
 * }))
 *
 * @since 0.1.0
 */
export const arbMatrix = (): fc.Arbitrary<AuthorizationMatrix> =>
  fc.record({
    version: fc.oneof(fc.constantFrom('2023-10-26', 'test-1'), fc.string({ minLength: 1, maxLength: 8 })),
    grants: fc.array(arbGrantWithRole, { maxLength: 6 }),
  })
