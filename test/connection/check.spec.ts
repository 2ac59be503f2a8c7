import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkConnection, type ConnectionCheck } from '../../src/connection/index.js'
import type { Decision } from '../../src/decision/decision.js'

const runs = process.env['DMP_RULES_DEEP'] ? 20_000 : 500

const EJ = '010000001'
const SITE = '010000002'
const OTHER_SITE = '010000003'
const SIRET = '12345678900011'

const ejCheck = (over: Partial<ConnectionCheck> = {}): ConnectionCheck => ({
  at: '2024-03-01',
  environment: 'production',
  credential: { kind: 'certificate', environment: 'production', holder: { level: 'legal-entity', id: EJ }, usedBySites: [SITE, OTHER_SITE] },
  structure: { kind: 'public-establishment', legalEntityFiness: EJ, geographicFiness: SITE, inDirectory: true },
  metadataGeographicFiness: SITE,
  ...over,
})

const siteCheck = (over: Partial<ConnectionCheck> = {}): ConnectionCheck => ({
  at: '2022-12-31',
  environment: 'production',
  credential: { kind: 'certificate', environment: 'production', holder: { level: 'geographic-site', id: SITE }, usedBySites: [SITE] },
  structure: { kind: 'private-establishment', legalEntityFiness: EJ, geographicFiness: SITE, inDirectory: true },
  ...over,
})

const codes = (d: Decision): ReadonlyArray<string> => d.reasons.map((r) => `${r.rule} ${r.code}`)

describe('checkConnection — environments (R-AUTH-3)', () => {
  it('refuses a production card on a test environment, with the remedy to use test credentials', () => {
    const d = checkConnection({ at: '2024-03-01', environment: 'test', credential: { kind: 'card', environment: 'production' }, structure: { kind: 'other', inDirectory: true } })
    expect(d.allowed).toBe(false)
    expect(codes(d)).toEqual(['R-AUTH-3 PRODUCTION_CREDENTIAL_ON_TEST'])
    expect(!d.allowed && d.remedies.map((r) => r.code)).toEqual(['USE_TEST_CREDENTIALS'])
  })

  it('refuses a test certificate in production', () => {
    const d = checkConnection(ejCheck({ credential: { kind: 'certificate', environment: 'test', holder: { level: 'legal-entity', id: EJ }, usedBySites: [SITE] } }))
    expect(codes(d)).toEqual(['R-AUTH-3 TEST_CREDENTIAL_ON_PRODUCTION'])
  })

  it('accepts a test card on a test environment and a production card in production', () => {
    for (const env of ['test', 'production'] as const) {
      const d = checkConnection({ at: '2024-03-01', environment: env, credential: { kind: 'card', environment: env }, structure: { kind: 'other', inDirectory: true } })
      expect(d.allowed).toBe(true)
      expect(codes(d)).toEqual(['R-AUTH-3 CREDENTIAL_ENVIRONMENT_MATCHES'])
    }
  })

  it('refuses an environment or a credential it does not know (fail closed)', () => {
    const bad = { at: '2024-03-01', environment: 'staging', credential: { kind: 'card', environment: 'production' }, structure: { kind: 'other', inDirectory: true } }
    expect(codes(checkConnection(bad as unknown as ConnectionCheck))).toEqual(['R-AUTH-3 UNKNOWN_CONNECTION_ENVIRONMENT'])
    const token = { ...bad, environment: 'production', credential: { kind: 'password', environment: 'production' } }
    expect(checkConnection(token as unknown as ConnectionCheck).allowed).toBe(false)
    expect(codes(checkConnection(token as unknown as ConnectionCheck))).toContain('R-AUTH-3 UNKNOWN_CREDENTIAL')
  })
})

describe('checkConnection — certificate and structure identifier (R-AUTH-2)', () => {
  it('accepts a certificate bound to the structure’s current identifier, listed in the directory', () => {
    const d = checkConnection(ejCheck())
    expect(d.allowed).toBe(true)
    expect(codes(d)).toContain('R-AUTH-2 CERTIFICATE_MATCHES_STRUCTURE')
  })

  it('refuses a certificate bound to the identifier the structure had before it changed', () => {
    const d = checkConnection(ejCheck({ structure: { kind: 'public-establishment', legalEntityFiness: '020000001', geographicFiness: SITE, inDirectory: true } }))
    expect(codes(d)).toEqual(['R-AUTH-2 CERTIFICATE_IDENTIFIER_OUTDATED'])
    expect(!d.allowed && d.remedies.map((r) => r.code)).toEqual(['ORDER_NEW_CERTIFICATE'])
  })

  it('refuses a structure whose identifier is not in the national directory', () => {
    const d = checkConnection(ejCheck({ structure: { kind: 'public-establishment', legalEntityFiness: EJ, geographicFiness: SITE, inDirectory: false } }))
    expect(codes(d)).toEqual(['R-AUTH-2 STRUCTURE_NOT_IN_DIRECTORY'])
  })

  it('reports both at once', () => {
    const d = checkConnection(ejCheck({ structure: { kind: 'public-establishment', geographicFiness: SITE, inDirectory: false } }))
    expect(codes(d)).toEqual(['R-AUTH-2 CERTIFICATE_IDENTIFIER_OUTDATED', 'R-AUTH-2 STRUCTURE_NOT_IN_DIRECTORY'])
  })

  it('checks a SIRET certificate against the SIRET, and does not apply to cards', () => {
    const siret: ConnectionCheck = {
      at: '2024-03-01',
      environment: 'production',
      credential: { kind: 'certificate', environment: 'production', holder: { level: 'siret', id: SIRET }, usedBySites: [] },
      structure: { kind: 'other', siret: SIRET, inDirectory: true },
    }
    expect(checkConnection(siret).allowed).toBe(true)
    expect(codes(checkConnection({ ...siret, structure: { kind: 'other', siret: '99999999900011', inDirectory: true } }))).toEqual([
      'R-AUTH-2 CERTIFICATE_IDENTIFIER_OUTDATED',
    ])
    const card = checkConnection({ ...siret, credential: { kind: 'card', environment: 'production' }, structure: { kind: 'other', inDirectory: false } })
    expect(card.reasons.some((r) => r.rule === 'R-AUTH-2')).toBe(false)
  })
})

describe('checkConnection — establishments’ certificates (R-AUTH-4)', () => {
  it('on 2022-12-31 a public establishment may still use a site certificate; from 2023-01-01 it may not', () => {
    const before = siteCheck({ structure: { kind: 'public-establishment', legalEntityFiness: EJ, geographicFiness: SITE, inDirectory: true } })
    expect(checkConnection(before).allowed).toBe(true)
    const after = checkConnection({ ...before, at: '2023-01-01', metadataGeographicFiness: SITE })
    expect(codes(after)).toEqual(['R-AUTH-4 CERTIFICATE_NOT_LEGAL_ENTITY'])
    expect(!after.allowed && after.remedies.map((r) => r.code)).toEqual(['ORDER_LEGAL_ENTITY_CERTIFICATE'])
  })

  it('on 2022-12-31 a private establishment needs a site certificate; from 2023-01-01 a legal-entity one', () => {
    expect(checkConnection(siteCheck()).allowed).toBe(true)
    const ejBefore = ejCheck({ at: '2022-12-31', structure: { kind: 'private-establishment', legalEntityFiness: EJ, geographicFiness: SITE, inDirectory: true } })
    expect(codes(checkConnection(ejBefore))).toEqual(['R-AUTH-4 PRIVATE_ESTABLISHMENT_NEEDS_SITE_CERTIFICATE'])
    expect(checkConnection({ ...ejBefore, at: '2023-01-01' }).allowed).toBe(true)
  })

  it('lets public establishments and dialysis groups use a legal-entity certificate during the transition', () => {
    for (const kind of ['public-establishment', 'dialysis-group'] as const)
      expect(checkConnection(ejCheck({ at: '2022-06-01', structure: { kind, legalEntityFiness: EJ, geographicFiness: SITE, inDirectory: true } })).allowed).toBe(true)
  })

  it('needs the emitting site’s geographic FINESS in the metadata from 2023-01-01', () => {
    const { metadataGeographicFiness: _, ...without } = ejCheck({ at: '2023-01-01' })
    expect(codes(checkConnection(without))).toEqual(['R-AUTH-4 GEOGRAPHIC_FINESS_MISSING'])
    expect(codes(checkConnection(ejCheck({ at: '2023-01-01', metadataGeographicFiness: OTHER_SITE })))).toEqual(['R-AUTH-4 GEOGRAPHIC_FINESS_MISMATCH'])
    expect(codes(checkConnection(ejCheck({ at: '2023-01-01', metadataGeographicFiness: '  ' })))).toEqual(['R-AUTH-4 GEOGRAPHIC_FINESS_MISSING'])
  })

  it('needs it with a legal-entity certificate before 2023-01-01 too, but not with a site certificate then', () => {
    const { metadataGeographicFiness: _, ...without } = ejCheck({ at: '2022-12-31' })
    expect(codes(checkConnection(without))).toEqual(['R-AUTH-4 GEOGRAPHIC_FINESS_MISSING'])
    expect(checkConnection(siteCheck()).allowed).toBe(true)
  })

  it('never lets one site certificate be shared by several geographic sites', () => {
    const shared = siteCheck({ credential: { kind: 'certificate', environment: 'production', holder: { level: 'geographic-site', id: SITE }, usedBySites: [SITE, OTHER_SITE] } })
    const d = checkConnection(shared)
    expect(codes(d)).toEqual(['R-AUTH-4 CERTIFICATE_SHARED_BY_SITES'])
    expect(!d.allowed && d.remedies.map((r) => r.code)).toEqual(['ONE_CERTIFICATE_PER_SITE'])
  })

  it('refuses a SIRET certificate for a health establishment', () => {
    const d = checkConnection({
      at: '2024-03-01',
      environment: 'production',
      credential: { kind: 'certificate', environment: 'production', holder: { level: 'siret', id: SIRET }, usedBySites: [] },
      structure: { kind: 'dialysis-group', siret: SIRET, geographicFiness: SITE, inDirectory: true },
      metadataGeographicFiness: SITE,
    })
    expect(codes(d)).toEqual(['R-AUTH-4 CERTIFICATE_LEVEL_NOT_ALLOWED'])
  })

  it('lists every failing condition at once, across rules', () => {
    const d = checkConnection({
      at: '2023-01-01',
      environment: 'test',
      credential: { kind: 'certificate', environment: 'production', holder: { level: 'geographic-site', id: SITE }, usedBySites: [SITE, OTHER_SITE] },
      structure: { kind: 'private-establishment', geographicFiness: OTHER_SITE, inDirectory: false },
    })
    expect(codes(d)).toEqual([
      'R-AUTH-2 CERTIFICATE_IDENTIFIER_OUTDATED',
      'R-AUTH-2 STRUCTURE_NOT_IN_DIRECTORY',
      'R-AUTH-3 PRODUCTION_CREDENTIAL_ON_TEST',
      'R-AUTH-4 CERTIFICATE_NOT_LEGAL_ENTITY',
      'R-AUTH-4 CERTIFICATE_SHARED_BY_SITES',
      'R-AUTH-4 GEOGRAPHIC_FINESS_MISSING',
    ])
  })

  it('does not apply to other structures, nor to cards', () => {
    const d = checkConnection({ at: '2024-03-01', environment: 'production', credential: { kind: 'card', environment: 'production' }, structure: { kind: 'private-establishment', inDirectory: true } })
    expect(d.allowed).toBe(true)
    expect(d.reasons.some((r) => r.rule === 'R-AUTH-4')).toBe(false)
  })

  it('refuses an unknown kind of structure and a malformed date (fail closed)', () => {
    expect(codes(checkConnection(ejCheck({ structure: { kind: 'hospital', legalEntityFiness: EJ, geographicFiness: SITE, inDirectory: true } as unknown as ConnectionCheck['structure'] })))).toEqual([
      'R-AUTH-4 UNKNOWN_STRUCTURE_KIND',
    ])
    expect(codes(checkConnection(ejCheck({ at: '2023-02-30' })))).toEqual(['A-6 MALFORMED_REQUEST'])
  })
})

// -------------------------------------------------------------------------------------
// reference model (written from RULES.md, independently of the rules' code)
// -------------------------------------------------------------------------------------

const arbCheck: fc.Arbitrary<ConnectionCheck> = fc
  .record({
    at: fc.constantFrom('2022-06-01', '2022-12-31', '2023-01-01', '2024-03-01'),
    environment: fc.constantFrom('production' as const, 'test' as const),
    credEnv: fc.constantFrom('production' as const, 'test' as const),
    card: fc.boolean(),
    level: fc.constantFrom('legal-entity' as const, 'geographic-site' as const, 'siret' as const),
    holderId: fc.constantFrom(EJ, SITE, OTHER_SITE, SIRET),
    sites: fc.subarray([SITE, OTHER_SITE]),
    kind: fc.constantFrom('public-establishment' as const, 'private-establishment' as const, 'dialysis-group' as const, 'other' as const),
    ej: fc.option(fc.constantFrom(EJ, '020000001'), { nil: undefined }),
    site: fc.option(fc.constantFrom(SITE, OTHER_SITE), { nil: undefined }),
    siret: fc.option(fc.constant(SIRET), { nil: undefined }),
    inDirectory: fc.boolean(),
    meta: fc.option(fc.constantFrom(SITE, OTHER_SITE, ''), { nil: undefined }),
  })
  .map((g): ConnectionCheck => ({
    at: g.at,
    environment: g.environment,
    credential: g.card
      ? { kind: 'card', environment: g.credEnv }
      : { kind: 'certificate', environment: g.credEnv, holder: { level: g.level, id: g.holderId }, usedBySites: g.sites },
    structure: {
      kind: g.kind,
      inDirectory: g.inDirectory,
      ...(g.ej === undefined ? {} : { legalEntityFiness: g.ej }),
      ...(g.site === undefined ? {} : { geographicFiness: g.site }),
      ...(g.siret === undefined ? {} : { siret: g.siret }),
    },
    ...(g.meta === undefined ? {} : { metadataGeographicFiness: g.meta }),
  }))

const expectedAllowed = (c: ConnectionCheck): boolean => {
  if (c.credential.environment !== c.environment) return false // R-AUTH-3
  if (c.credential.kind === 'card') return true
  const cert = c.credential
  const s = c.structure
  const current = { 'legal-entity': s.legalEntityFiness, 'geographic-site': s.geographicFiness, siret: s.siret }[cert.holder.level]
  if (current === undefined || current !== cert.holder.id || !s.inDirectory) return false // R-AUTH-2
  if (s.kind === 'other') return true
  const from2023 = c.at >= '2023-01-01'
  if (cert.holder.level === 'siret') return false
  if (from2023 && cert.holder.level !== 'legal-entity') return false
  if (!from2023 && s.kind === 'private-establishment' && cert.holder.level !== 'geographic-site') return false
  if (cert.holder.level === 'geographic-site' && cert.usedBySites.some((x) => x !== cert.holder.id)) return false
  if ((from2023 || cert.holder.level === 'legal-entity') && (c.metadataGeographicFiness === undefined || c.metadataGeographicFiness === '' || c.metadataGeographicFiness !== s.geographicFiness))
    return false
  return true
}

describe('checkConnection against a reference model (R-AUTH-2, R-AUTH-3, R-AUTH-4)', () => {
  it('allows exactly what the catalogue allows (property)', () => {
    fc.assert(
      fc.property(arbCheck, (c) => {
        const d = checkConnection(c)
        expect(d.allowed).toBe(expectedAllowed(c))
        expect(d.reasons.length).toBeGreaterThan(0)
      }),
      { numRuns: runs },
    )
  })

  it('never throws, and refuses anything malformed (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        const d = checkConnection(u as ConnectionCheck)
        expect(d.allowed).toBe(false)
      }),
      { numRuns: runs },
    )
  })
})
