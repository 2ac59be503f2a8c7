// Extra generated cases for the differential test, for catalogue revision 3 (issue 20). Built HERE, in test/reference,
// by mapping over the arbitraries of dmp-rules/testing (src/testing, owned by the engine's side): no `filter`, no
// `chain`, so that they shrink as well as the arbitraries they start from.
//
// What arbRequest / arbMatrix of 0.2.0 reach too rarely or not at all, and what the rev. 3 rows turn on:
//   - role-less médico-social actors meeting role-less médico-social grants (R-ACTOR-4 rev. 3: once per ~200 000
//     cases before);
//   - occupational grants `{ occupationalDoctor: true, typeCodes }` (R-ACTOR-7 rev. 3), occupational doctors;
//   - the EHPAD coordinating doctor `residenceCoordinatingDoctor: true` (R-ACTOR-8), with and without the
//     resident's agreement, alone (neither care team nor participating) often;
//   - `holderCannotExpressWill` present true, present false, or absent (R-MINOR-8 (c));
//   - adults under every protection measure × representationOfPerson × the acting representative's role
//     (parent, guardian, other) (R-MINOR-8 (a), (b));
//   - the emergency modes with and without a consent route (R-EMERG-1, 2, 3 rev. 3).
// The rev. 3 fields are written through casts: the model reads them through its own widened view, and src/ may
// not declare them yet on this branch (they come with the engine's side of issue 20).
import * as fc from 'fast-check'
import { ACCESS_MODES, MEDICO_SOCIAL_ROLES, PROTECTION_MEASURES, type AccessMode, type Action, type LegalRepresentative, type ProtectionMeasureKind, type Request } from '../../src/domain/types.js'
import type { AuthorizationMatrix, MatrixGrant } from '../../src/matrix/types.js'
import { SAMPLE_IDS, arbMatrix, arbRequest } from '../../src/testing/index.js'

/** A boolean, `true` `t` times for `f` times `false`. */
const often = (t: number, f: number): fc.Arbitrary<boolean> =>
  fc.oneof({ arbitrary: fc.constant(false), weight: f }, { arbitrary: fc.constant(true), weight: t })

/** Some type codes of the pool, or all of them ('*'). */
const arbTypeCodes: fc.Arbitrary<ReadonlyArray<string> | '*'> = fc.oneof(
  { arbitrary: fc.constant('*' as const), weight: 2 },
  { arbitrary: fc.subarray([...SAMPLE_IDS.typeCodes]), weight: 3 },
)

/**
 * A generated matrix with, often, a role-less médico-social grant (R-ACTOR-4 rev. 3) and, often, a grant naming
 * occupational doctors (R-ACTOR-7 rev. 3), each in front of or behind the generated grants.
 */
export const arbRev3Matrix = (): fc.Arbitrary<AuthorizationMatrix> =>
  fc
    .record({
      matrix: arbMatrix(),
      roleless: often(3, 1),
      rolelessTypes: arbTypeCodes,
      occupational: often(1, 1),
      occupationalTypes: arbTypeCodes,
      first: fc.boolean(),
    })
    .map(({ matrix, roleless, rolelessTypes, occupational, occupationalTypes, first }): AuthorizationMatrix => {
      const extra: Array<MatrixGrant> = []
      if (roleless) extra.push({ profession: 'medico-social', typeCodes: rolelessTypes, source: 'rev. 3 differential' })
      // R-ACTOR-7 rev. 3 shape contract: an occupational grant has no profession (cast: src/ may not declare it yet)
      if (occupational) extra.push({ occupationalDoctor: true, typeCodes: occupationalTypes, source: 'rev. 3 differential' } as unknown as MatrixGrant)
      return { ...matrix, grants: first ? [...extra, ...matrix.grants] : [...matrix.grants, ...extra] }
    })

/** How the rev. 3 variant reshapes a professional actor. */
type ProfessionalShape = 'as-generated' | 'roleless-medico-social' | 'medico-social-with-role' | 'coordinating-doctor' | 'coordinating-other' | 'occupational'

/** How the rev. 3 variant sets the request's care flags. */
type CareShape = 'as-generated' | 'coordination-alone' | 'consent-route' | 'nothing'

const addYears = (date: string, years: number): string =>
  `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`.replace('-02-29', '-02-28')

/**
 * Requests of `actions` (the patient's side and professionals) reshaped for the rows of revision 3: the actor,
 * the care flags and access mode, `holderCannotExpressWill`, and — often — an adult under a protection measure
 * with the acting representative listed in one of the three roles.
 */
export const arbRev3Request = (action: Action): fc.Arbitrary<Request> =>
  fc
    .record({
      // professionals half of the time (the rev. 3 actors are professionals), the patient's side the other half
      r: fc.oneof(
        { arbitrary: arbRequest({ action, actorKind: 'professional' }), weight: 2 },
        { arbitrary: arbRequest({ action, actorKind: ['patient', 'legal-representative'] }), weight: 2 },
      ),
      professional: fc.oneof(
        { arbitrary: fc.constant<ProfessionalShape>('as-generated'), weight: 2 },
        { arbitrary: fc.constant<ProfessionalShape>('roleless-medico-social'), weight: 6 },
        { arbitrary: fc.constant<ProfessionalShape>('medico-social-with-role'), weight: 1 },
        { arbitrary: fc.constant<ProfessionalShape>('coordinating-doctor'), weight: 3 },
        { arbitrary: fc.constant<ProfessionalShape>('coordinating-other'), weight: 1 },
        { arbitrary: fc.constant<ProfessionalShape>('occupational'), weight: 2 },
      ),
      role: fc.constantFrom(...MEDICO_SOCIAL_ROLES),
      care: fc.oneof(
        { arbitrary: fc.constant<CareShape>('as-generated'), weight: 2 },
        { arbitrary: fc.constant<CareShape>('coordination-alone'), weight: 2 },
        { arbitrary: fc.constant<CareShape>('consent-route'), weight: 2 },
        { arbitrary: fc.constant<CareShape>('nothing'), weight: 1 },
      ),
      mode: fc.option(fc.constantFrom<AccessMode>(...ACCESS_MODES), { nil: undefined, freq: 2 }),
      cannotExpress: fc.option(fc.boolean(), { nil: undefined, freq: 1 }),
      protect: fc.option(
        fc.record({
          measure: fc.constantFrom<ProtectionMeasureKind>(...PROTECTION_MEASURES),
          representationOfPerson: fc.boolean(),
          // half of the time the role the measure calls for (R-MINOR-8 (a): guardian under a tutelle, other under a
          // habilitation familiale or a mandat), else any of the three
          representativeRole: fc.oneof(
            { arbitrary: fc.constant('the-measure-s' as const), weight: 1 },
            { arbitrary: fc.constantFrom<LegalRepresentative['role']>('parent', 'guardian', 'other'), weight: 1 },
          ),
          protectedAdult: often(5, 1),
          age: fc.integer({ min: 18, max: 95 }),
        }),
        { nil: undefined, freq: 2 },
      ),
    })
    .map(({ r, professional, role, care, mode, cannotExpress, protect }): Request => {
      let out: Request = r
      // the actor
      if (out.actor.kind === 'professional') {
        const { role: _role, specialty: _specialty, occupationalDoctor: _occupational, ...base } = out.actor
        switch (professional) {
          case 'roleless-medico-social': // R-ACTOR-4 rev. 3: no role
            out = { ...out, actor: { ...base, profession: 'medico-social' } }
            break
          case 'medico-social-with-role':
            out = { ...out, actor: { ...base, profession: 'medico-social', role } }
            break
          case 'coordinating-doctor': // R-ACTOR-8: a medecin
            out = { ...out, actor: { ...base, profession: 'medecin', residenceCoordinatingDoctor: true } as Request['actor'] }
            break
          case 'coordinating-other': // R-ACTOR-8: the flag on whatever profession was generated
            out = { ...out, actor: { ...out.actor, residenceCoordinatingDoctor: true } as Request['actor'] }
            break
          case 'occupational': // R-ACTOR-7
            out = { ...out, actor: { ...base, profession: 'medecin', occupationalDoctor: true } }
            break
          case 'as-generated':
            break
        }
      }
      // the care flags
      if (care === 'coordination-alone') out = { ...out, careTeam: false, participatesInCare: false, explicitConsent: true, patientOpposes: false, api: 'v2' }
      if (care === 'consent-route') out = { ...out, careTeam: true, explicitConsent: true, patientOpposes: false, api: 'v2' }
      if (care === 'nothing') {
        const { careTeam: _t, participatesInCare: _p, explicitConsent: _c, ...rest } = out
        out = rest
      }
      if (mode !== undefined) out = { ...out, accessMode: mode }
      // R-MINOR-8 (c): the holder cannot express their will — true, false or absent
      if (cannotExpress !== undefined) out = { ...out, holderCannotExpressWill: cannotExpress } as Request
      // R-MINOR-8 (a), (b): an adult under a measure, the acting representative listed in a given role
      if (protect !== undefined) {
        const patient = {
          ...out.record.patient,
          birthDate: addYears(out.at, -protect.age),
          emancipated: false,
          protectedAdult: protect.protectedAdult,
          protection: { measure: protect.measure, representationOfPerson: protect.representationOfPerson },
        }
        const actor = out.actor
        const role: LegalRepresentative['role'] =
          protect.representativeRole !== 'the-measure-s' ? protect.representativeRole : protect.measure === 'tutelle' ? 'guardian' : 'other'
        const legalRepresentatives =
          actor.kind === 'legal-representative'
            ? out.record.legalRepresentatives.map((l) => (l.id === actor.id ? { ...l, role } : l))
            : out.record.legalRepresentatives
        out = { ...out, record: { ...out.record, patient, legalRepresentatives } }
      }
      return out
    })
