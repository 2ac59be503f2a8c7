// Attack class "unknown enum values" (issue 19): the engine, called without the codecs, ignored a block whose
// target was 'Professional', 'PROFESSIONAL' or any unknown value, and allowed. A value outside the declared types
// must deny (A-6, or the rule that reads the field with a reason of its own). Property: one enumerated field of a
// valid generated request is replaced by a random string, a case variant or a value of another type; the decision
// is a denial — never more permissive than the original's.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ACCESS_MODES,
  ACTIONS,
  AUTHENTICATIONS,
  buildActor,
  buildRecord,
  decide,
  MES_STATUS_KINDS,
  PROFESSIONS,
  PROTECTION_MEASURES,
  THIRD_PARTIES,
  type Request,
} from '../../src/index.js'
import { arbRequest } from '../../src/testing/index.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined && process.env['DMP_RULES_DEEP'] !== ''
const RUNS = DEEP ? 2_000 : 100

type Json = Record<string, unknown>
const copy = (r: Request): Json => JSON.parse(JSON.stringify(r)) as Json
const obj = (u: unknown): Json => u as Json

/**
 * An enumerated field: how to make sure the request holds it (the same for the original and the changed request),
 * where it is, and its declared values (the domain's own lists where it exports one, so that a value added to a
 * type is tried here too).
 */
interface Field {
  readonly name: string
  readonly ensure: (r: Json) => void
  readonly holder: (r: Json) => Json
  readonly key: string
  readonly values: ReadonlyArray<string | boolean>
}

const record = (r: Json): Json => obj(r['record'])
const FIELDS: ReadonlyArray<Field> = [
  { name: 'block target', ensure: (r) => void (obj(record(r))['blocks'] = [...(record(r)['blocks'] as Array<unknown>), { target: 'establishment', id: 'est-other', from: '2000-01-01' }]), holder: (r) => (record(r)['blocks'] as Array<Json>).at(-1) as Json, key: 'target', values: ['professional', 'establishment'] },
  { name: 'status kind', ensure: () => undefined, holder: (r) => obj(record(r)['status']), key: 'kind', values: MES_STATUS_KINDS },
  { name: 'authentication', ensure: (r) => void (r['actor'] = { kind: 'professional', id: 'ps-9', profession: 'medecin', authentication: 'cps' }), holder: (r) => obj(r['actor']), key: 'authentication', values: AUTHENTICATIONS },
  { name: 'profession', ensure: (r) => void (r['actor'] = { kind: 'professional', id: 'ps-9', profession: 'medecin', authentication: 'cps' }), holder: (r) => obj(r['actor']), key: 'profession', values: PROFESSIONS },
  { name: 'third party', ensure: (r) => void (r['actor'] = { kind: 'third-party', party: 'insurer' }), holder: (r) => obj(r['actor']), key: 'party', values: THIRD_PARTIES },
  { name: 'actor kind', ensure: () => undefined, holder: (r) => obj(r['actor']), key: 'kind', values: ['patient', 'legal-representative', 'professional', 'third-party'] },
  { name: 'access mode', ensure: (r) => void (r['accessMode'] = r['accessMode'] ?? 'normal'), holder: (r) => r, key: 'accessMode', values: ACCESS_MODES },
  { name: 'representative role', ensure: (r) => void (record(r)['legalRepresentatives'] = [...(record(r)['legalRepresentatives'] as Array<unknown>), { id: 'rl-other', role: 'parent', doctorPresenceRequired: false }]), holder: (r) => (record(r)['legalRepresentatives'] as Array<Json>).at(-1) as Json, key: 'role', values: ['parent', 'guardian', 'other'] },
  { name: 'protection measure', ensure: (r) => void (obj(record(r)['patient'])['protection'] ??= { measure: 'tutelle', representationOfPerson: true }), holder: (r) => obj(obj(record(r)['patient'])['protection']), key: 'measure', values: PROTECTION_MEASURES },
  { name: 'emergency settings', ensure: (r) => void (record(r)['emergencyAccess'] ??= { breakGlass: true, regulationCentre: true, maskedDocuments: true }), holder: (r) => obj(record(r)['emergencyAccess']), key: 'breakGlass', values: [true, false] },
  { name: 'authorisation status', ensure: (r) => void (record(r)['authorizations'] = [...(record(r)['authorizations'] as Array<unknown>), { establishmentId: 'est-other', status: 'valid' }]), holder: (r) => (record(r)['authorizations'] as Array<Json>).at(-1) as Json, key: 'status', values: ['valid', 'expired', 'forbidden'] },
  { name: 'action', ensure: () => undefined, holder: (r) => r, key: 'action', values: ACTIONS },
  { name: 'api (feed)', ensure: (r) => void (r['api'] = 'v2'), holder: (r) => r, key: 'api', values: ['v1', 'v2'] },
  { name: 'share role', ensure: (r) => void (r['shareWith'] = { role: 'parent' }), holder: (r) => obj(r['shareWith']), key: 'role', values: ['parent', 'guardian', 'other'] },
]

const caseVariants = (v: string): ReadonlyArray<string> => [v.toUpperCase(), v.charAt(0).toUpperCase() + v.slice(1), ` ${v}`]

/** A value outside the declared ones: a random string (never a declared one), a case variant, another type. */
const arbOutside = (values: ReadonlyArray<string | boolean>): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.string().map((s) => (values.includes(s) ? `${s}?` : s)),
    fc.constantFrom(...values.filter((v): v is string => typeof v === 'string').flatMap(caseVariants), 'x'),
    fc.oneof(fc.integer(), fc.constant(null), fc.constant({}), fc.constant([]), fc.constant('true')).map((v) => (values.includes(v as never) ? 42 : v)),
  )

describe('a value outside the declared types denies, codecs or not (issue 19, A-6)', () => {
  it.each(FIELDS)(`$name: replaced by an unknown value, the request is denied (${RUNS} runs)`, (field) => {
    // The API is read for a professional's feeding only (R-FEED-2 denies an unknown one with its own reason).
    const arb = field.name === 'api (feed)' ? arbRequest({ action: 'feed', actorKind: 'professional' }) : arbRequest()
    fc.assert(
      fc.property(arb, arbOutside(field.values), (generated, outside) => {
        const original = copy(generated)
        field.ensure(original)
        const changed = copy(original as unknown as Request)
        field.holder(changed)[field.key] = outside
        const d = decide(changed as unknown as Request)
        // Never more permissive than the original: here, a denial whatever the original said.
        expect(d.allowed).toBe(false)
        if (decide(original as unknown as Request).allowed === false) expect(d.allowed).toBe(false)
      }),
      { numRuns: RUNS },
    )
  })

  it("denies a block whose target is 'Professional' or 'PROFESSIONAL' where a valid block would deny (R-AUTH-6, A-6)", () => {
    const request: Request = {
      action: 'consult',
      actor: { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' },
      record: { patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false }, status: { kind: 'active' }, treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [] },
      at: '2024-06-01',
      careTeam: true,
      explicitConsent: true,
    }
    expect(decide(request).allowed).toBe(true)
    for (const target of ['professional', 'Professional', 'PROFESSIONAL', 'pro']) {
      const d = decide({ ...request, record: { ...request.record, blocks: [{ target: target as never, id: 'dr-1', from: '2024-01-01' }] } })
      expect(d.allowed, target).toBe(false)
    }
  })

  it('a request remembered with shareWith null answers nothing for a shareWith of another type (A-6)', () => {
    const record = buildRecord({ patient: { birthDate: '2015-01-01' }, legalRepresentatives: [{ id: 'mum', role: 'parent' }] })
    const actor = buildActor({ kind: 'legal-representative', id: 'mum' })
    const base = { action: 'share-profile', at: '2024-06-01', actor, record } as const
    for (let i = 0; i < 2; i++) decide({ ...base, shareWith: null } as never)
    for (const shareWith of [5, 'parent', true]) {
      const d = decide({ ...base, shareWith } as never)
      expect(d.reasons.map((r) => `${r.rule}:${r.code}`), String(shareWith)).toEqual(['A-6:MALFORMED_REQUEST'])
    }
  })
})
