// `consult` by professionals: authentication (R-AUTH-1), authorisation (R-AUTH-5), blocks (R-AUTH-6),
// consent (R-CONSENT-1..5, 8) and emergency access (R-EMERG-1, 2).
import { describe, expect, it } from 'vitest'
import { canConsult } from '../../src/index.js'
import type { Authentication, Block, HealthRecord } from '../../src/domain/types.js'
import {
  AFTER_18,
  AT,
  DAY_OF_18,
  EVE_OF_18,
  adultRecord,
  careTeamRequest,
  codesOf,
  doctor,
  minorRecord,
  nurse,
  obligationsOf,
  remediesOf,
  rulesOf,
  why,
  DAY_OF_16,
} from './consult-view.fixtures.js'

const withBlocks = (...blocks: ReadonlyArray<Block>): HealthRecord => ({ ...adultRecord, blocks })

describe('consult — authentication (R-AUTH-1)', () => {
  it.each<Authentication>(['cps', 'e-cps', 'indirect'])('lets a care-team professional authenticated by %s consult (R-AUTH-1)', (authentication) => {
    const d = canConsult(careTeamRequest({ actor: { ...doctor, authentication } }))
    expect(d.allowed).toBe(true)
  })

  it('denies a professional with no authentication, with the remedy to use a CPS or e-CPS (R-AUTH-1)', () => {
    const d = canConsult(careTeamRequest({ actor: { ...doctor, authentication: 'none' } }))
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-AUTH-1:AUTHENTICATION_REQUIRED'])
    expect(remediesOf(d)).toEqual(['AUTHENTICATE_WITH_CPS'])
  })

  it('denies an unknown authentication value (fail closed) (R-AUTH-1, A-6)', () => {
    const d = canConsult(careTeamRequest({ actor: { ...doctor, authentication: 'password' as Authentication } }))
    expect(d.allowed).toBe(false)
    // Since 0.3.0 (issue 19) a value outside the declared types is denied by A-6 before any rule reads it.
    expect(rulesOf(d)).toContain('A-6')
  })

  it('also denies break-glass access without authentication (R-AUTH-1)', () => {
    const d = canConsult({ actor: { ...doctor, authentication: 'none' }, record: adultRecord, at: AT, accessMode: 'break-glass' })
    expect(d.allowed).toBe(false)
    expect(rulesOf(d)).toEqual(['R-AUTH-1'])
  })
})

describe('consult — access authorisation (R-AUTH-5)', () => {
  const withAuth = (status: 'valid' | 'expired' | 'forbidden'): HealthRecord => ({
    ...adultRecord,
    authorizations: [{ professionalId: doctor.id, status }],
  })

  it('denies a professional whose authorisation is forbidden, even in the care team (R-AUTH-5)', () => {
    const d = canConsult(careTeamRequest({ record: withAuth('forbidden') }))
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-AUTH-5:ACCESS_AUTHORIZATION_FORBIDDEN'])
    expect(remediesOf(d)).toEqual(['ASK_PATIENT_TO_LIFT_PROHIBITION'])
  })

  it('denies a forbidden professional in break-glass too (R-AUTH-5)', () => {
    const d = canConsult({ actor: doctor, record: withAuth('forbidden'), at: AT, accessMode: 'break-glass' })
    expect(d.allowed).toBe(false)
    expect(rulesOf(d)).toEqual(['R-AUTH-5'])
  })

  it('lets the most restrictive of several entries win (R-AUTH-5)', () => {
    const record: HealthRecord = {
      ...adultRecord,
      authorizations: [
        { professionalId: doctor.id, status: 'valid' },
        { professionalId: doctor.id, status: 'forbidden' },
      ],
    }
    expect(canConsult(careTeamRequest({ record })).allowed).toBe(false)
  })

  it('does not apply a forbidden authorisation of another professional (R-AUTH-5)', () => {
    const record: HealthRecord = { ...adultRecord, authorizations: [{ professionalId: nurse.id, status: 'forbidden' }] }
    expect(canConsult(careTeamRequest({ record })).allowed).toBe(true)
  })

  it.each(['valid', 'expired', undefined] as const)(
    'with a %s (or absent) authorisation, a participating professional outside the care team rests on consent: denied without, allowed with (R-AUTH-5)',
    (status) => {
      const record = status === undefined ? adultRecord : withAuth(status)
      const without = canConsult({ actor: doctor, record, at: AT, participatesInCare: true })
      expect(without.allowed).toBe(false)
      expect(rulesOf(without)).toEqual(['R-CONSENT-2'])
      expect(canConsult({ actor: doctor, record, at: AT, participatesInCare: true, explicitConsent: true }).allowed).toBe(true)
    },
  )
})

describe('consult — blocks (R-AUTH-6)', () => {
  const block: Block = { target: 'professional', id: doctor.id, from: '2024-06-10', until: '2024-06-20' }

  it.each([
    ['2024-06-09', true],
    ['2024-06-10', false],
    ['2024-06-11', false],
    ['2024-06-19', false],
    ['2024-06-20', false],
    ['2024-06-21', true],
  ] as const)('a block from 2024-06-10 until 2024-06-20: at %s allowed=%s (R-AUTH-6)', (at, allowed) => {
    const d = canConsult(careTeamRequest({ record: withBlocks(block), at }))
    expect(d.allowed).toBe(allowed)
    if (!allowed) {
      expect(why(d)).toEqual(['R-AUTH-6:PROFESSIONAL_BLOCKED'])
      expect(remediesOf(d)).toEqual(['ASK_PATIENT_TO_UNBLOCK'])
    }
  })

  it.each([
    ['2024-06-09', true],
    ['2024-06-10', false],
    ['2024-06-11', false],
    ['2040-01-01', false],
  ] as const)('a block from 2024-06-10 with no end: at %s allowed=%s (R-AUTH-6)', (at, allowed) => {
    const d = canConsult(careTeamRequest({ record: withBlocks({ target: 'professional', id: doctor.id, from: '2024-06-10' }), at }))
    expect(d.allowed).toBe(allowed)
  })

  it.each([
    ['2024-06-09', true],
    ['2024-06-10', false],
    ['2024-06-20', false],
    ['2024-06-21', true],
  ] as const)('an establishment block from 2024-06-10 until 2024-06-20 covers its staff: at %s allowed=%s (R-AUTH-6)', (at, allowed) => {
    const record = withBlocks({ target: 'establishment', id: 'est-1', from: '2024-06-10', until: '2024-06-20' })
    const d = canConsult(careTeamRequest({ record, at }))
    expect(d.allowed).toBe(allowed)
    if (!allowed) expect(why(d)).toEqual(['R-AUTH-6:ESTABLISHMENT_BLOCKED'])
  })

  it('does not apply an establishment block to a professional of another establishment, nor to one who declares none (R-AUTH-6)', () => {
    const record = withBlocks({ target: 'establishment', id: 'est-1', from: '2024-01-01' })
    expect(canConsult(careTeamRequest({ record, actor: nurse })).allowed).toBe(true)
    const { establishmentId: _drop, ...freelance } = doctor
    expect(canConsult(careTeamRequest({ record, actor: freelance })).allowed).toBe(true)
  })

  it('does not apply a block on another professional (R-AUTH-6)', () => {
    const record = withBlocks({ target: 'professional', id: nurse.id, from: '2024-01-01' })
    expect(canConsult(careTeamRequest({ record })).allowed).toBe(true)
  })

  it('lists both reasons when the professional and their establishment are blocked (R-AUTH-6)', () => {
    const record = withBlocks(
      { target: 'professional', id: doctor.id, from: '2024-01-01' },
      { target: 'establishment', id: 'est-1', from: '2024-01-01' },
    )
    const d = canConsult(careTeamRequest({ record }))
    expect(why(d)).toEqual(['R-AUTH-6:ESTABLISHMENT_BLOCKED', 'R-AUTH-6:PROFESSIONAL_BLOCKED'])
  })

  it('wins over break-glass and regulation-centre access (R-AUTH-6)', () => {
    const record = withBlocks({ target: 'professional', id: doctor.id, from: '2024-01-01' })
    for (const accessMode of ['break-glass', 'regulation-centre'] as const) {
      const d = canConsult({ actor: doctor, record, at: AT, accessMode })
      expect(d.allowed).toBe(false)
      expect(rulesOf(d)).toEqual(['R-AUTH-6'])
    }
  })

  it('treats a block with an impossible date as covering every day (fail closed) (R-AUTH-6)', () => {
    const record = withBlocks({ target: 'professional', id: doctor.id, from: '2024-02-30' })
    expect(canConsult(careTeamRequest({ record })).allowed).toBe(false)
  })
})

describe('consult — consent (R-CONSENT-1..5)', () => {
  it('lets the care team consult once the team’s consent is collected, with the duties to inform at each episode and consult only what is useful (R-CONSENT-1)', () => {
    const d = canConsult(careTeamRequest())
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED')
    expect(obligationsOf(d)).toEqual(expect.arrayContaining(['INFORM_PATIENT_EACH_EPISODE', 'CONSULT_ONLY_WHAT_CARE_NEEDS']))
  })

  it('denies the care team without the team’s consent, with the remedy to collect it: membership alone no longer opens the record (R-CONSENT-1)', () => {
    const d = canConsult({ actor: doctor, record: adultRecord, at: AT, careTeam: true })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-CONSENT-1:CARE_TEAM_CONSENT_MISSING'])
    expect(remediesOf(d)).toEqual(['COLLECT_CARE_TEAM_CONSENT'])
  })

  it('takes the care team’s consent recorded as a valid authorisation of the professional or of their establishment (R-CONSENT-1)', () => {
    for (const authorizations of [[{ professionalId: doctor.id, status: 'valid' as const }], [{ establishmentId: 'est-1', status: 'valid' as const }]]) {
      const d = canConsult(careTeamRequest({ explicitConsent: false, record: { ...adultRecord, authorizations } }))
      expect(d.allowed).toBe(true)
      expect(why(d)).toContain('R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED')
    }
    const expiredEstablishment: HealthRecord = { ...adultRecord, authorizations: [{ establishmentId: 'est-1', status: 'expired' }] }
    expect(why(canConsult(careTeamRequest({ explicitConsent: false, record: expiredEstablishment })))).toEqual([
      'R-CONSENT-1:CARE_TEAM_CONSENT_MISSING',
    ])
  })

  it('denies a participating professional outside the care team without explicit consent, with the remedy to collect it (R-CONSENT-2)', () => {
    const d = canConsult({ actor: nurse, record: adultRecord, at: AT, participatesInCare: true })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-CONSENT-2:EXPLICIT_CONSENT_MISSING'])
    expect(remediesOf(d)).toEqual(['COLLECT_EXPLICIT_CONSENT'])
  })

  it('lets a participating professional outside the care team consult with explicit consent (R-CONSENT-2)', () => {
    const d = canConsult({ actor: nurse, record: adultRecord, at: AT, participatesInCare: true, explicitConsent: true })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-CONSENT-2:EXPLICIT_CONSENT_COLLECTED')
    expect(rulesOf(d)).not.toContain('R-CONSENT-1')
  })

  it('treats explicitConsent: false like a missing consent (R-CONSENT-2)', () => {
    expect(canConsult({ actor: nurse, record: adultRecord, at: AT, participatesInCare: true, explicitConsent: false, careTeam: false }).allowed).toBe(false)
  })

  it('notes that a consent covers the episode of care in progress, and not an emergency access without consent (R-CONSENT-3)', () => {
    for (const over of [{ careTeam: true, explicitConsent: true }, { careTeam: false, participatesInCare: true, explicitConsent: true }]) {
      const d = canConsult({ actor: nurse, record: adultRecord, at: AT, ...over })
      expect(d.allowed).toBe(true)
      expect(d.allowed && d.obligations.filter((o) => o.rule === 'R-CONSENT-3').map((o) => o.code)).toEqual([
        'CONSENT_COVERS_EPISODE_OF_CARE',
      ])
    }
    const emergency = canConsult({ actor: doctor, record: adultRecord, at: AT, accessMode: 'break-glass' })
    expect(emergency.allowed).toBe(true)
    expect(obligationsOf(emergency)).not.toContain('CONSENT_COVERS_EPISODE_OF_CARE')
  })

  it('obliges the professional to declare the consent on every allowed consultation, or the emergency mode without consent (R-CONSENT-4)', () => {
    const careTeam = canConsult(careTeamRequest())
    const explicit = canConsult({ actor: nurse, record: adultRecord, at: AT, participatesInCare: true, explicitConsent: true })
    const emergency = canConsult({ actor: doctor, record: adultRecord, at: AT, accessMode: 'regulation-centre' })
    for (const d of [careTeam, explicit]) {
      expect(d.allowed && d.obligations.filter((o) => o.rule === 'R-CONSENT-4').map((o) => o.code)).toEqual(['DECLARE_CONSENT'])
    }
    expect(emergency.allowed && emergency.obligations.filter((o) => o.rule === 'R-CONSENT-4').map((o) => o.code)).toEqual([
      'DECLARE_EMERGENCY_ACCESS',
    ])
  })

  it('puts no consent obligation on the patient side (R-CONSENT-4)', () => {
    const d = canConsult({ actor: { kind: 'patient' }, record: adultRecord, at: AT, careTeam: true, explicitConsent: true })
    expect(d.allowed).toBe(true)
    expect(d.allowed && d.obligations.some((o) => o.rule.startsWith('R-CONSENT'))).toBe(false)
  })

  it('denies when the patient opposes, even the care team with consent, and says recording the opposition is recommended, not required (R-CONSENT-5)', () => {
    const d = canConsult(careTeamRequest({ explicitConsent: true, patientOpposes: true }))
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-CONSENT-5:PATIENT_OPPOSES_CONSULTATION'])
    expect(remediesOf(d)).toEqual([])
    expect(d.reasons[0]?.message.en).toMatch(/recording the opposition .*recommended, not required/i)
    expect(d.reasons[0]?.message.fr).toMatch(/opposition/i)
    expect(d.reasons[0]?.message.fr).toMatch(/recommandé, sans être obligatoire/i)
  })

  it.each(['break-glass', 'regulation-centre'] as const)('an expressed opposition also wins over %s access (R-CONSENT-5)', (accessMode) => {
    const d = canConsult({ actor: doctor, record: adultRecord, at: AT, accessMode, patientOpposes: true })
    expect(d.allowed).toBe(false)
    expect(rulesOf(d)).toEqual(['R-CONSENT-5'])
  })

  it('lists every denying rule at once: no authentication, blocked, no consent, opposition (R-CONSENT-5)', () => {
    const d = canConsult({
      actor: { ...nurse, authentication: 'none' },
      record: withBlocks({ target: 'professional', id: nurse.id, from: '2024-01-01' }),
      at: AT,
      participatesInCare: true,
      patientOpposes: true,
    })
    expect(rulesOf(d)).toEqual(['R-AUTH-1', 'R-AUTH-6', 'R-CONSENT-2', 'R-CONSENT-5'])
    expect(remediesOf(d)).toEqual(['AUTHENTICATE_WITH_CPS', 'ASK_PATIENT_TO_UNBLOCK', 'COLLECT_EXPLICIT_CONSENT'])
  })
})

describe('consult — consent for a minor or a protected adult (R-CONSENT-8)', () => {
  it('denies a participating professional outside the care team without the legal representative consent, with that remedy (R-CONSENT-8)', () => {
    const d = canConsult({ actor: nurse, record: minorRecord, at: AT, participatesInCare: true })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-CONSENT-8:LEGAL_REPRESENTATIVE_CONSENT_MISSING'])
    expect(remediesOf(d)).toEqual(['COLLECT_LEGAL_REPRESENTATIVE_CONSENT'])
  })

  it('lets them consult with the representative consent, associating the minor (R-CONSENT-8)', () => {
    const d = canConsult({ actor: nurse, record: minorRecord, at: AT, participatesInCare: true, explicitConsent: true })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-CONSENT-8:LEGAL_REPRESENTATIVE_CONSENT_COLLECTED')
    expect(rulesOf(d)).not.toContain('R-CONSENT-2')
    expect(obligationsOf(d)).toContain('ASSOCIATE_THE_MINOR')
  })

  it('for a minor, the care team with the consent collected consults, with the duty to associate them (R-CONSENT-8)', () => {
    const d = canConsult(careTeamRequest({ record: minorRecord }))
    expect(d.allowed).toBe(true)
    expect(d.allowed && d.obligations.filter((o) => o.rule === 'R-CONSENT-8').map((o) => o.code)).toEqual(['ASSOCIATE_THE_MINOR'])
  })

  it('for a protected adult whose measure represents the person, associates the protected adult (R-CONSENT-8)', () => {
    const record: HealthRecord = {
      ...adultRecord,
      patient: { ...adultRecord.patient, protectedAdult: true, protection: { measure: 'tutelle', representationOfPerson: true } },
    }
    const without = canConsult({ actor: nurse, record, at: AT, participatesInCare: true })
    expect(why(without)).toEqual(['R-CONSENT-8:LEGAL_REPRESENTATIVE_CONSENT_MISSING'])
    const d = canConsult({ actor: nurse, record, at: AT, participatesInCare: true, explicitConsent: true })
    expect(obligationsOf(d)).toContain('ASSOCIATE_THE_PROTECTED_ADULT')
  })

  it.each([
    [EVE_OF_18, 'R-CONSENT-8'],
    [DAY_OF_18, 'R-CONSENT-2'],
    [AFTER_18, 'R-CONSENT-2'],
  ] as const)('at %s (18th birthday 2030-09-01) the missing consent is denied by %s (R-CONSENT-8)', (at, rule) => {
    const d = canConsult({ actor: nurse, record: minorRecord, at, participatesInCare: true })
    expect(rulesOf(d)).toEqual([rule])
    const ok = canConsult({ actor: nurse, record: minorRecord, at, participatesInCare: true, explicitConsent: true })
    expect(ok.allowed).toBe(true)
    expect(obligationsOf(ok).includes('ASSOCIATE_THE_MINOR')).toBe(rule === 'R-CONSENT-8')
  })

  it('lets an emancipated minor consent alone (R-CONSENT-8)', () => {
    const record: HealthRecord = { ...minorRecord, patient: { ...minorRecord.patient, emancipated: true } }
    expect(rulesOf(canConsult({ actor: nurse, record, at: DAY_OF_16, participatesInCare: true }))).toEqual(['R-CONSENT-2'])
    const d = canConsult({ actor: nurse, record, at: DAY_OF_16, participatesInCare: true, explicitConsent: true })
    expect(d.allowed).toBe(true)
    expect(rulesOf(d)).not.toContain('R-CONSENT-8')
  })
})

describe('consult — emergency access (R-EMERG-1, R-EMERG-2)', () => {
  const refusing = (over: Partial<NonNullable<HealthRecord['emergencyAccess']>>): HealthRecord => ({
    ...adultRecord,
    emergencyAccess: { breakGlass: true, regulationCentre: true, maskedDocuments: true, ...over },
  })

  it('lets a professional break the glass without consent, with the duty to inform the holder and the treating doctor (R-EMERG-1)', () => {
    const d = canConsult({ actor: nurse, record: adultRecord, at: AT, accessMode: 'break-glass' })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-EMERG-1:BREAK_GLASS_ACCESS')
    expect(d.allowed && d.obligations.filter((o) => o.rule === 'R-EMERG-1').map((o) => o.code)).toEqual([
      'INFORM_HOLDER_AND_TREATING_DOCTOR',
    ])
    expect(d.reasons.find((r) => r.rule === 'R-EMERG-1')?.basis).toContain('CSP L.1111-17 I al. 1')
  })

  it('denies break-glass when the patient refused it beforehand, with the remedy to collect consent (R-EMERG-1)', () => {
    const d = canConsult({ actor: nurse, record: refusing({ breakGlass: false }), at: AT, accessMode: 'break-glass' })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-EMERG-1:BREAK_GLASS_REFUSED_BY_PATIENT'])
    expect(remediesOf(d)).toEqual(['COLLECT_EXPLICIT_CONSENT'])
  })

  it('reads a refusal of break-glass alone: the other settings do not refuse it (R-EMERG-1)', () => {
    const record = refusing({ regulationCentre: false, maskedDocuments: false })
    expect(canConsult({ actor: nurse, record, at: AT, accessMode: 'break-glass' }).allowed).toBe(true)
  })

  it('denies break-glass to a médico-social professional (R-EMERG-1)', () => {
    const d = canConsult({ actor: { ...nurse, profession: 'medico-social' }, record: adultRecord, at: AT, accessMode: 'break-glass' })
    expect(d.allowed).toBe(false)
    expect(codesOf(d)).toContain('BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY')
  })

  it('denies an unknown access mode even with consent (R-EMERG-1)', () => {
    const d = canConsult(careTeamRequest({ accessMode: 'teleport' as 'normal' }))
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-EMERG-1:UNKNOWN_ACCESS_MODE'])
  })

  it('lets the regulating doctor consult without consent (R-EMERG-2)', () => {
    const d = canConsult({ actor: doctor, record: adultRecord, at: AT, accessMode: 'regulation-centre' })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-EMERG-2:REGULATION_CENTRE_ACCESS')
  })

  it('denies the regulation-centre access when the patient refused it beforehand (R-EMERG-2)', () => {
    const d = canConsult({ actor: doctor, record: refusing({ regulationCentre: false }), at: AT, accessMode: 'regulation-centre' })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-EMERG-2:REGULATION_CENTRE_REFUSED_BY_PATIENT'])
    expect(remediesOf(d)).toEqual(['COLLECT_EXPLICIT_CONSENT'])
  })

  it('denies the regulation-centre mode to a professional who is not a doctor (R-EMERG-2)', () => {
    const d = canConsult({ actor: nurse, record: adultRecord, at: AT, accessMode: 'regulation-centre' })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-EMERG-2:REGULATION_CENTRE_DOCTORS_ONLY'])
  })

  it('never opens a closed space in an emergency (R-EMERG-1)', () => {
    const record: HealthRecord = { ...adultRecord, status: { kind: 'closed', on: '2024-01-01' } }
    expect(canConsult({ actor: doctor, record, at: AT, accessMode: 'break-glass' }).allowed).toBe(false)
  })
})

describe('consult — a professional of an unknown profession (R-ACTOR-3)', () => {
  it('is denied even in the care team, fail closed (R-ACTOR-3)', () => {
    const d = canConsult(careTeamRequest({ actor: { ...doctor, profession: 'astrologer' as 'medecin' } }))
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-ACTOR-3:UNKNOWN_PROFESSION'])
  })
})
