import * as fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import {
  ActorCodec,
  DocumentAuthorCodec,
  HealthDocumentCodec,
  IsoDateCodec,
  MesStatusCodec,
  ProfessionalActorCodec,
  decodeMatrix,
  decodeRecord,
  decodeRequest,
} from '../../src/codecs/index.js'
import { addMonths, addYears, isIsoDate, majorityDate, addDays } from '../../src/domain/dates.js'
import { PROFESSIONS } from '../../src/domain/profession.js'
import {
  ACCESS_MODES,
  ACTIONS,
  AUTHENTICATIONS,
  DOCUMENT_ACTIONS,
  MEDICO_SOCIAL_ROLES,
  MES_STATUS_KINDS,
  PROTECTION_MEASURES,
  THIRD_PARTIES,
  type Request,
} from '../../src/domain/types.js'
import { patientStage } from '../../src/rules/facts.js'
import {
  arbActor,
  arbAuthentication,
  arbDeepFrozen,
  arbDocument,
  arbDocumentAuthor,
  arbIsoDate,
  arbMatrix,
  arbMesStatus,
  arbProfession,
  arbProfessionalActor,
  arbRecord,
  arbPostMortemRequest,
  arbRequest,
  deepFreeze,
} from '../../src/testing/index.js'
import { canRequestPostMortemAccess } from '../../src/lifecycle/post-mortem.js'
import { isOccupationalGrant } from '../../src/matrix/types.js'
import { ROLE_OF_ADULT_REPRESENTATIVE } from '../../src/rules/facts.js'
import type { EveryOptionalKey } from '../optional-keys.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 5_000 : 300
const SEED = 20240301

/** No key holds `undefined` anywhere (exactOptionalPropertyTypes: absent keys are omitted). */
const hasUndefinedKey = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && Object.values(v).some((x) => x === undefined || hasUndefinedKey(x))

const roundTrips = <A>(decode: (u: unknown) => E.Either<unknown, A>, value: A): void => {
  expect(decode(value)).toEqual(E.right(value))
  expect(decode(JSON.parse(JSON.stringify(value)))).toEqual(E.right(value))
  expect(hasUndefinedKey(value)).toBe(false)
}

const viaCodec =
  <A>(codec: { decode: (u: unknown) => E.Either<unknown, A> }) =>
  (u: unknown): E.Either<unknown, A> =>
    codec.decode(u)

describe('arbitraries produce values the codecs accept, and that survive JSON', () => {
  it('arbRequest: every request is valid and round-trips', () => {
    fc.assert(fc.property(arbRequest(), (r) => roundTrips(decodeRequest, r)), { numRuns: RUNS, seed: SEED })
  })

  it('arbRecord, arbDocument, arbActor, arbProfessionalActor, arbDocumentAuthor, arbMesStatus round-trip', () => {
    const opts = { numRuns: RUNS, seed: SEED }
    fc.assert(fc.property(arbRecord(), (v) => roundTrips(decodeRecord, v)), opts)
    fc.assert(fc.property(arbDocument(), (v) => roundTrips(viaCodec(HealthDocumentCodec), v)), opts)
    fc.assert(fc.property(arbActor(), (v) => roundTrips(viaCodec(ActorCodec), v)), opts)
    fc.assert(fc.property(arbProfessionalActor(), (v) => roundTrips(viaCodec(ProfessionalActorCodec), v)), opts)
    fc.assert(fc.property(arbDocumentAuthor(), (v) => roundTrips(viaCodec(DocumentAuthorCodec), v)), opts)
    fc.assert(fc.property(arbMesStatus(), (v) => roundTrips(viaCodec(MesStatusCodec), v)), opts)
  })

  it('arbMatrix round-trips', () => {
    fc.assert(fc.property(arbMatrix(), (m) => roundTrips(decodeMatrix, m)), { numRuns: RUNS, seed: SEED })
  })

  it('arbRecord({ around }) and arbMesStatus({ around }) date things around the anchor', () => {
    fc.assert(
      fc.property(arbRecord({ around: '2023-06-15' }), arbMesStatus({ around: '2023-06-15' }), (r, s) => {
        expect(r.patient.birthDate <= '2023-06-15').toBe(true)
        roundTrips(viaCodec(MesStatusCodec), s)
      }),
      { numRuns: 100, seed: SEED },
    )
  })
})

describe('arbRequest makes VALID requests', () => {
  it('at on or after the birth date; a document for document actions; a listed legal representative', () => {
    fc.assert(
      fc.property(arbRequest(), (r) => {
        expect(r.record.patient.birthDate <= r.at).toBe(true)
        if (DOCUMENT_ACTIONS.includes(r.action)) expect(r.document).toBeDefined()
        if (r.actor.kind === 'legal-representative') {
          const id = r.actor.id
          expect(r.record.legalRepresentatives.map((x) => x.id)).toContain(id)
        }
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('respects the action and actor kind asked for', () => {
    for (const action of ACTIONS)
      for (const r of fc.sample(arbRequest({ action }), { numRuns: 20, seed: SEED })) expect(r.action).toBe(action)
    const some = ['mask', 'unmask'] as const
    for (const r of fc.sample(arbRequest({ action: some, actorKind: 'legal-representative' }), { numRuns: 50, seed: SEED })) {
      expect(some).toContain(r.action)
      expect(r.actor.kind).toBe('legal-representative')
    }
    for (const r of fc.sample(arbRequest({ actorKind: ['patient', 'third-party'] }), { numRuns: 50, seed: SEED }))
      expect(['patient', 'third-party']).toContain(r.actor.kind)
  })

  it('shrinks to a small counterexample (no filters, no chains)', () => {
    const out = fc.check(fc.property(arbRequest({ action: 'view' }), (r) => r.record.documents.length < 2), { seed: SEED })
    expect(out.failed).toBe(true)
    const [r] = out.counterexample as [Request]
    expect(r.record.documents).toHaveLength(2)
    expect(r.record.blocks).toHaveLength(0)
    expect(r.record.authorizations).toHaveLength(0)
    expect(r.record.legalRepresentatives).toHaveLength(0)
  })
})

describe('arbIsoDate', () => {
  it('makes real dates inside the bounds, bounds included', () => {
    const min = '2020-02-28'
    const max = '2020-03-02'
    const seen = new Set(fc.sample(arbIsoDate({ min, max }), { numRuns: 500, seed: SEED }))
    expect([...seen].sort()).toEqual(['2020-02-28', '2020-02-29', '2020-03-01', '2020-03-02'])
    fc.assert(
      fc.property(arbIsoDate(), (d) => isIsoDate(d) && d >= '1920-01-01' && d <= '2040-12-31' && E.isRight(IsoDateCodec.decode(d))),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('is biased to boundaries: 29 February, month ends, 1 January, the bounds', () => {
    const xs = fc.sample(arbIsoDate(), { numRuns: 2000, seed: SEED })
    expect(xs.some((d) => d.endsWith('-02-29'))).toBe(true)
    expect(xs.some((d) => d.endsWith('-01-01'))).toBe(true)
    expect(xs.some((d) => d.endsWith('-12-31'))).toBe(true)
    expect(xs).toContain('1920-01-01')
    expect(xs).toContain('2040-12-31')
  })

  it('throws on bounds that are not dates or in the wrong order (a mistake in the test)', () => {
    expect(() => arbIsoDate({ min: '2023-02-30' })).toThrow(RangeError)
    expect(() => arbIsoDate({ min: '2024-01-02', max: '2024-01-01' })).toThrow(RangeError)
  })
})

describe('deepFreeze and arbDeepFrozen', () => {
  it('freezes every object and array reachable', () => {
    fc.assert(
      fc.property(arbDeepFrozen(arbRequest()), (r) => {
        const all: Array<unknown> = []
        const walk = (v: unknown): void => {
          if (typeof v === 'object' && v !== null) {
            all.push(v)
            Object.values(v).forEach(walk)
          }
        }
        walk(r)
        expect(all.every((o) => Object.isFrozen(o))).toBe(true)
      }),
      { numRuns: 50, seed: SEED },
    )
    const v = deepFreeze({ a: [{ b: 1 }] })
    expect(() => {
      ;(v.a[0] as { b: number }).b = 2
    }).toThrow(TypeError)
  })
})

describe('coverage: every union member appears (fixed seed)', () => {
  const sample = fc.sample(arbRequest(), { numRuns: 4000, seed: SEED })
  const kinds = <T>(xs: ReadonlyArray<T>): Set<T> => new Set(xs)

  it('every action, actor kind, third party, profession, authentication and access mode', () => {
    expect(kinds(sample.map((r) => r.action))).toEqual(new Set(ACTIONS))
    expect(kinds(sample.map((r) => r.actor.kind))).toEqual(new Set(['patient', 'legal-representative', 'professional', 'third-party']))
    expect(kinds(sample.flatMap((r) => (r.actor.kind === 'third-party' ? [r.actor.party] : [])))).toEqual(new Set(THIRD_PARTIES))
    expect(kinds(sample.flatMap((r) => (r.actor.kind === 'professional' ? [r.actor.profession] : [])))).toEqual(new Set(PROFESSIONS))
    expect(kinds(sample.flatMap((r) => (r.actor.kind === 'professional' ? [r.actor.authentication] : [])))).toEqual(
      new Set(AUTHENTICATIONS),
    )
    expect(kinds(sample.flatMap((r) => (r.accessMode === undefined ? [] : [r.accessMode])))).toEqual(new Set(ACCESS_MODES))
    expect(kinds(fc.sample(arbProfession(), { numRuns: 500, seed: SEED }))).toEqual(new Set(PROFESSIONS))
    expect(kinds(fc.sample(arbAuthentication(), { numRuns: 200, seed: SEED }))).toEqual(new Set(AUTHENTICATIONS))
  })

  it('every médico-social role (and none), the occupational doctor, participation in the care (R-ACTOR-3, R-ACTOR-4, R-ACTOR-7)', () => {
    const pros = sample.flatMap((r) => (r.actor.kind === 'professional' ? [r.actor] : []))
    const medicoSocial = pros.filter((a) => a.profession === 'medico-social')
    expect(kinds(medicoSocial.flatMap((a) => (a.role === undefined ? [] : [a.role])))).toEqual(new Set(MEDICO_SOCIAL_ROLES))
    expect(medicoSocial.some((a) => a.role === undefined)).toBe(true)
    expect(pros.some((a) => a.profession === 'medecin' && a.occupationalDoctor === true)).toBe(true)
    expect(pros.some((a) => a.profession === 'medecin' && a.occupationalDoctor === undefined)).toBe(true)
    const pr = sample.filter((r) => r.actor.kind === 'professional')
    for (const [careTeam, participates] of [
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ] as const)
      expect(pr.some((r) => (r.careTeam === true) === careTeam && (r.participatesInCare === true) === participates), `${careTeam}/${participates}`).toBe(true)
  })

  it('the shapes of revision 3, often enough that every run meets them (R-ACTOR-4, R-ACTOR-7, R-ACTOR-8, R-MINOR-8)', () => {
    const pros = sample.flatMap((r) => (r.actor.kind === 'professional' ? [r.actor] : []))
    const share = (n: number, of: number): number => n / Math.max(of, 1)
    // Role-less médico-social actors (R-ACTOR-4 rev. 3): at least 3 % of the professionals.
    expect(share(pros.filter((a) => a.profession === 'medico-social' && a.role === undefined).length, pros.length)).toBeGreaterThan(0.03)
    // EHPAD coordinating doctors, doctors and not (R-ACTOR-8).
    expect(pros.some((a) => a.residenceCoordinatingDoctor === true && a.profession === 'medecin')).toBe(true)
    expect(pros.some((a) => a.residenceCoordinatingDoctor === true && a.profession !== 'medecin')).toBe(true)
    expect(kinds(sample.map((r) => r.holderCannotExpressWill))).toEqual(new Set([true, false, undefined]))
    // Matrices: occupational grants and role-less médico-social grants, each in at least 3 % of the grants.
    const grants = fc.sample(arbMatrix(), { numRuns: 500, seed: SEED }).flatMap((m) => m.grants)
    expect(share(grants.filter(isOccupationalGrant).length, grants.length)).toBeGreaterThan(0.03)
    const rolelessSocial = grants.filter((g) => g.profession === 'medico-social' && g.role === undefined && g.specialty === undefined)
    expect(share(rolelessSocial.length, grants.length)).toBeGreaterThan(0.03)
    expect(grants.filter(isOccupationalGrant).every((g) => g.profession === undefined)).toBe(true)
  })

  it("protected adults under each measure, each paired with every role, the measure's role often (R-MINOR-8 (a), (b))", () => {
    const protectedOnes = sample.filter((r) => r.record.patient.protection !== undefined)
    for (const measure of PROTECTION_MEASURES)
      for (const role of ['parent', 'guardian', 'other'] as const)
        expect(
          protectedOnes.some((r) => r.record.patient.protection?.measure === measure && r.record.legalRepresentatives.some((x) => x.role === role)),
          `${measure} × ${role}`,
        ).toBe(true)
    // The pairing the measure gives, for each measure that carries a representation of the person.
    for (const measure of ['tutelle', 'habilitation-familiale', 'mandat-protection-future'] as const)
      expect(
        protectedOnes.some(
          (r) =>
            r.record.patient.protection?.measure === measure &&
            r.record.patient.protection.representationOfPerson &&
            r.record.legalRepresentatives.some((x) => x.role === ROLE_OF_ADULT_REPRESENTATIVE[measure]),
        ),
        measure,
      ).toBe(true)
    // Never a representation of the person under a curatelle or a sauvegarde (invalid input, R-MINOR-8 (b)).
    expect(
      protectedOnes.some((r) => r.record.patient.protection?.representationOfPerson === true && ['curatelle', 'sauvegarde-de-justice'].includes(r.record.patient.protection.measure)),
    ).toBe(false)
  })

  it('post-mortem requests of relatives and of parents, allowed and denied (R-ACTOR-6)', () => {
    const requests = fc.sample(arbPostMortemRequest(), { numRuns: 600, seed: SEED })
    const parents = requests.filter((r) => r.requester === 'parent')
    expect(parents.length).toBeGreaterThan(100)
    expect(requests.some((r) => r.requester !== 'parent')).toBe(true)
    const codes = kinds(parents.map((r) => canRequestPostMortemAccess(r).reasons[0]?.code))
    for (const code of ['POST_MORTEM_PARENT_OF_DECEASED_MINOR', 'POST_MORTEM_PARENT_NOT_LISTED', 'POST_MORTEM_PARENT_ONLY_FOR_MINOR'])
      expect(codes.has(code as never), code).toBe(true)
    for (const r of requests) expect(E.isRight(decodeRecord(JSON.parse(JSON.stringify(r.record)))), JSON.stringify(r.record.patient)).toBe(true)
  })

  it('every protection measure, with and without a representation of the person (R-MINOR-8)', () => {
    const protections = sample.flatMap((r) => (r.record.patient.protection === undefined ? [] : [r.record.patient.protection]))
    expect(kinds(protections.map((p) => p.measure))).toEqual(new Set(PROTECTION_MEASURES))
    expect(kinds(protections.map((p) => p.representationOfPerson))).toEqual(new Set([true, false]))
    // A protected adult's record always states the measure: a valid request (R-MINOR-8 rev. 2).
    expect(sample.every((r) => r.record.patient.protectedAdult !== true || r.record.patient.protection !== undefined)).toBe(true)
  })

  it('documents subcontracted by an originating laboratory, and the representative require-doctor-presence names (R-FEED-5, R-MINOR-6)', () => {
    const docs = sample.flatMap((r) => r.record.documents)
    expect(docs.some((d) => d.subcontractedBy !== undefined)).toBe(true)
    expect(docs.some((d) => d.subcontractedBy === undefined)).toBe(true)
    const presence = sample.filter((r) => r.action === 'require-doctor-presence')
    expect(presence.some((r) => r.representativeId !== undefined && r.record.legalRepresentatives.some((x) => x.id === r.representativeId))).toBe(true)
    expect(presence.some((r) => r.representativeId === undefined)).toBe(true)
  })

  it('matrix grants for every médico-social role (R-ACTOR-4, R-AUTH-7)', () => {
    const grants = fc.sample(arbMatrix(), { numRuns: 500, seed: SEED }).flatMap((m) => m.grants)
    expect(kinds(grants.flatMap((g) => (g.role === undefined ? [] : [g.role])))).toEqual(new Set(MEDICO_SOCIAL_ROLES))
  })

  it('every status kind, authorisation status of a professional and of an establishment, author kind, representative role, share target', () => {
    expect(kinds(sample.map((r) => r.record.status.kind))).toEqual(new Set(MES_STATUS_KINDS))
    expect(kinds(sample.flatMap((r) => r.record.authorizations.map((a) => a.status)))).toEqual(new Set(['valid', 'expired', 'forbidden']))
    const authorisations = sample.flatMap((r) => r.record.authorizations)
    expect(kinds(authorisations.flatMap((a) => ('professionalId' in a ? [a.status] : [])))).toEqual(new Set(['valid', 'expired', 'forbidden']))
    expect(kinds(authorisations.flatMap((a) => ('establishmentId' in a ? [a.status] : [])))).toEqual(new Set(['valid', 'expired', 'forbidden']))
    expect(kinds(sample.flatMap((r) => r.record.documents.map((d) => d.author.kind)))).toEqual(
      new Set(['professional', 'patient', 'legal-representative']),
    )
    expect(kinds(sample.flatMap((r) => r.record.legalRepresentatives.map((x) => x.role)))).toEqual(new Set(['parent', 'guardian', 'other']))
    expect(kinds(sample.flatMap((r) => r.record.blocks.map((b) => b.target)))).toEqual(new Set(['professional', 'establishment']))
    expect(kinds(sample.flatMap((r) => (r.shareWith === undefined ? [] : [r.shareWith.role])))).toEqual(
      new Set(['parent', 'guardian', 'other']),
    )
    expect(kinds(sample.flatMap((r) => (r.api === undefined ? [] : [r.api])))).toEqual(new Set(['v1', 'v2']))
  })

  it('minors, emancipated minors, represented and unrepresented protected adults, adults, the deceased (R-MINOR-3, R-MINOR-8, R-STATUS-9)', () => {
    // Not 'protection-unknown': a protected adult without the measure is invalid input (R-MINOR-8 rev. 2).
    expect(kinds(sample.map((r) => patientStage(r.record, r.at)))).toEqual(
      new Set(['minor', 'emancipated-minor', 'adult', 'represented-adult', 'protected-adult-alone']),
    )
    expect(sample.some((r) => r.record.patient.deceasedOn !== undefined)).toBe(true)
    expect(sample.some((r) => r.record.patient.deceasedOn === undefined)).toBe(true)
    expect(sample.some((r) => r.record.patient.birthDate.endsWith('-02-29'))).toBe(true)
  })

  it('every optional key both present and absent', () => {
    const optional = [
      'document',
      'careTeam',
      'explicitConsent',
      'patientOpposes',
      'atPatientRequest',
      'inPresenceOfDoctor',
      'accessMode',
      'api',
      'carteVitaleRead',
      'shareWith',
      'participatesInCare',
      'representativeId',
      'holderCannotExpressWill',
    ] as const
    // Every optional field of Request, or this fails to compile (it lacked revision 3's holderCannotExpressWill).
    const complete: EveryOptionalKey<Request, typeof optional> = true
    expect(complete).toBe(true)
    for (const key of optional) {
      expect(sample.some((r) => key in r), key).toBe(true)
      expect(sample.some((r) => !(key in r)), key).toBe(true)
    }
    expect(sample.some((r) => r.record.emergencyAccess === undefined)).toBe(true)
    expect(sample.some((r) => r.record.emergencyAccess !== undefined)).toBe(true)
    expect(sample.some((r) => r.record.patient.ins === undefined)).toBe(true)
    expect(sample.some((r) => r.record.patient.ins?.qualified === false)).toBe(true)
    expect(sample.some((r) => r.record.blocks.some((b) => b.until === undefined))).toBe(true)
    expect(sample.some((r) => r.record.blocks.some((b) => b.until !== undefined))).toBe(true)
    const docs = sample.flatMap((r) => r.record.documents)
    for (const flag of ['maskedFromProfessionals', 'invisibleToPatient', 'hiddenFromLegalRepresentatives'] as const) {
      expect(docs.some((d) => d[flag])).toBe(true)
      expect(docs.some((d) => !d[flag])).toBe(true)
    }
  })

  it('relations are frequent: the actor is often an author, a treating doctor, blocked or authorised', () => {
    const pros = sample.filter((r) => r.actor.kind === 'professional')
    const share = (p: (r: Request) => boolean, xs: ReadonlyArray<Request>): number => xs.filter(p).length / xs.length
    const idOf = (r: Request): string => (r.actor.kind === 'professional' ? r.actor.id : '')
    expect(share((r) => r.record.treatingDoctorIds.includes(idOf(r)), pros)).toBeGreaterThan(0.1)
    expect(share((r) => r.record.blocks.some((b) => b.id === idOf(r)), pros)).toBeGreaterThan(0.1)
    expect(share((r) => r.record.authorizations.some((a) => 'professionalId' in a && a.professionalId === idOf(r) && a.status === 'valid'), pros)).toBeGreaterThan(0.1)
    expect(
      share((r) => r.document?.author.kind === 'professional' && r.document.author.id === idOf(r), pros.filter((r) => r.document !== undefined)),
    ).toBeGreaterThan(0.1)
    const views = sample.filter((r) => r.action === 'view' || r.action === 'mask')
    expect(share((r) => r.record.documents.some((d) => d === r.document), views)).toBeGreaterThan(0.5)
  })

  it('dates hit the boundaries of the rules', () => {
    const hit = (p: (r: Request) => boolean): boolean => sample.some(p)
    // 18th birthday: exactly on `at`, and the day before (R-MINOR-7).
    expect(hit((r) => majorityDate(r.record.patient.birthDate) === r.at)).toBe(true)
    expect(hit((r) => majorityDate(r.record.patient.birthDate) === addDays(r.at, 1))).toBe(true)
    // Blocks starting and ending on `at` (R-AUTH-6).
    expect(hit((r) => r.record.blocks.some((b) => b.from === r.at))).toBe(true)
    expect(hit((r) => r.record.blocks.some((b) => b.until === r.at))).toBe(true)
    expect(hit((r) => r.record.blocks.some((b) => b.until === addDays(r.at, -1)))).toBe(true)
    // One year after a refusal (R-STATUS-5): on the day and the day before.
    const refusedOn = (r: Request): string | undefined => (r.record.status.kind === 'refused' ? r.record.status.on : undefined)
    expect(hit((r) => refusedOn(r) !== undefined && addYears(refusedOn(r) as string, 1) === r.at)).toBe(true)
    expect(hit((r) => refusedOn(r) !== undefined && addYears(refusedOn(r) as string, 1) === addDays(r.at, 1))).toBe(true)
    // One month after feeding (R-INVIS-3).
    expect(hit((r) => r.record.documents.some((d) => addMonths(d.addedOn, 1) === r.at))).toBe(true)
    // Dates at which the rules change (R-FEED-1, R-FEED-2).
    expect(hit((r) => r.at === '2023-01-01')).toBe(true)
    expect(hit((r) => r.at === '2023-12-30')).toBe(true)
    expect(hit((r) => r.at === '2023-12-31')).toBe(true)
  })
})
