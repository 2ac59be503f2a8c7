// `consult`: who may ever touch the record (R-ACTOR-1..5), the status of the space (R-STATUS-1..5) and who
// acts as the patient (R-MINOR-1..3, 6..8).
import { describe, expect, it } from 'vitest'
import { canConsult, isVisibleTo } from '../../src/index.js'
import type { HealthRecord, ThirdParty } from '../../src/domain/types.js'
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
  mum,
  nurse,
  obligationsOf,
  open,
  remediesOf,
  report,
  rulesOf,
  tutor,
  why,
  DAY_OF_16,
} from './consult-view.fixtures.js'

/** Everything a professional could bring: care team, consent, break-glass. */
const everything = { careTeam: true, explicitConsent: true, accessMode: 'break-glass' } as const

describe('consult — who may ever touch the record (R-ACTOR-1..5)', () => {
  it.each<ThirdParty>(['state', 'health-insurance', 'insurer', 'bank', 'employer'])(
    'never lets the %s consult or view, whatever the flags (R-ACTOR-1)',
    (party) => {
      const actor = { kind: 'third-party', party } as const
      const d = canConsult({ actor, record: adultRecord, at: AT, ...everything })
      expect(d.allowed).toBe(false)
      expect(why(d)).toEqual(['R-ACTOR-1:THIRD_PARTY_NEVER'])
      expect(isVisibleTo({ actor, record: adultRecord, at: AT, document: report, ...everything }, open).allowed).toBe(false)
    },
  )

  it('denies a caregiver: no delegation exists yet (R-ACTOR-2)', () => {
    const d = canConsult({ actor: { kind: 'third-party', party: 'caregiver' }, record: adultRecord, at: AT, ...everything })
    expect(why(d)).toEqual(['R-ACTOR-2:CAREGIVER_NO_DELEGATION'])
  })

  it('lets the adult holder consult, denies anyone else and an unlisted legal representative (R-ACTOR-3)', () => {
    const holder = canConsult({ actor: { kind: 'patient' }, record: adultRecord, at: AT })
    expect(holder.allowed).toBe(true)
    expect(why(holder)).toContain('R-ACTOR-3:PATIENT_IS_HOLDER')
    const other = canConsult({ actor: { kind: 'third-party', party: 'other' }, record: adultRecord, at: AT, ...everything })
    expect(why(other)).toEqual(['R-ACTOR-3:NOT_A_CARE_ACTOR'])
    const stranger = canConsult({ actor: { kind: 'legal-representative', id: 'stranger' }, record: minorRecord, at: AT })
    expect(stranger.allowed).toBe(false)
    expect(codesOf(stranger)).toContain('LEGAL_REPRESENTATIVE_NOT_ON_RECORD')
  })

  it('admits a médico-social professional only in the care team and with a role, then the care team’s consent decides (R-ACTOR-4)', () => {
    const actor = { ...nurse, profession: 'medico-social' } as const
    const noRole = canConsult({ actor, record: adultRecord, at: AT, careTeam: true, explicitConsent: true })
    expect(why(noRole)).toEqual(['R-ACTOR-4:MEDICO_SOCIAL_ROLE_MISSING'])
    expect(remediesOf(noRole)).toEqual(['STATE_MEDICO_SOCIAL_ROLE'])
    const withRole = { ...actor, role: 'social-worker' } as const
    const granted = canConsult({ actor: withRole, record: adultRecord, at: AT, careTeam: true, explicitConsent: true })
    expect(granted.allowed).toBe(true)
    expect(why(granted)).toEqual(expect.arrayContaining(['R-ACTOR-4:MEDICO_SOCIAL_IN_CARE_TEAM', 'R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED']))
    expect(why(canConsult({ actor: withRole, record: adultRecord, at: AT, careTeam: true }))).toEqual(['R-CONSENT-1:CARE_TEAM_CONSENT_MISSING'])
    const outside = canConsult({ actor: withRole, record: adultRecord, at: AT, participatesInCare: true, explicitConsent: true })
    expect(why(outside)).toEqual(['R-ACTOR-4:MEDICO_SOCIAL_CARE_TEAM_ONLY'])
  })

  it('denies heirs, with the remedies to ask the fund to close the space and to request the information they need (R-ACTOR-5, R-ACTOR-6)', () => {
    const d = canConsult({ actor: { kind: 'third-party', party: 'heir' }, record: adultRecord, at: AT })
    expect(why(d)).toEqual(['R-ACTOR-5:HEIR_CANNOT_ACCESS'])
    expect(remediesOf(d)).toEqual(['HEIR_ASK_FUND_TO_CLOSE', 'HEIR_MAY_REQUEST_INFORMATION'])
  })
})

describe('consult — status of the space (R-STATUS-1..5)', () => {
  const withStatus = (status: HealthRecord['status']): HealthRecord => ({ ...adultRecord, status })

  it('active: the holder and a consenting professional consult, online account or not (R-STATUS-1)', () => {
    const holder = canConsult({ actor: { kind: 'patient' }, record: adultRecord, at: AT })
    const pro = canConsult(careTeamRequest())
    expect(holder.allowed && pro.allowed).toBe(true)
    expect(why(pro)).toContain('R-STATUS-1:MES_ACTIVE')
  })

  it('active does not let a professional in on its own: consent is still needed (R-STATUS-1)', () => {
    expect(canConsult({ actor: doctor, record: adultRecord, at: AT }).allowed).toBe(false)
  })

  it('deactivated: the patient side loses access, professionals still consult (R-STATUS-2)', () => {
    const record = withStatus({ kind: 'deactivated' })
    const holder = canConsult({ actor: { kind: 'patient' }, record, at: AT })
    expect(why(holder)).toEqual(['R-STATUS-2:MES_DEACTIVATED'])
    expect(remediesOf(holder)).toEqual(['REACTIVATE_MES'])
    const rep = canConsult({ actor: mum, record: { ...minorRecord, status: { kind: 'deactivated' } }, at: AT })
    expect(rulesOf(rep)).toEqual(['R-STATUS-2'])
    const pro = canConsult(careTeamRequest({ record }))
    expect(pro.allowed).toBe(true)
    expect(why(pro)).toContain('R-STATUS-2:MES_DEACTIVATED_PROFESSIONALS_CONTINUE')
  })

  it.each([
    ['closed', 'R-STATUS-3'],
    ['deleted', 'R-STATUS-4'],
  ] as const)('%s: nobody consults, neither the holder nor a professional in an emergency (%s)', (kind, rule) => {
    const record = withStatus({ kind, on: '2024-01-01' })
    const holder = canConsult({ actor: { kind: 'patient' }, record, at: AT })
    expect(rulesOf(holder)).toEqual([rule])
    const pro = canConsult({ actor: doctor, record, at: AT, ...everything })
    expect(rulesOf(pro)).toEqual([rule])
  })

  it('closed: denied with R-STATUS-3 (R-STATUS-3)', () => {
    expect(codesOf(canConsult(careTeamRequest({ record: withStatus({ kind: 'closed', on: '2024-01-01' }) })))).toEqual(['MES_CLOSED'])
  })

  it('deleted: denied with R-STATUS-4 (R-STATUS-4)', () => {
    expect(codesOf(canConsult(careTeamRequest({ record: withStatus({ kind: 'deleted', on: '2024-01-01' }) })))).toEqual(['MES_DELETED'])
  })

  it.each([
    ['2024-06-14', true],
    ['2024-06-15', true],
    ['2024-06-16', false],
  ] as const)('refused on 2023-06-15: the holder consults at %s = %s (one year, through the anniversary, R-STATUS-5)', (at, allowed) => {
    const record = withStatus({ kind: 'refused', on: '2023-06-15' })
    const d = canConsult({ actor: { kind: 'patient' }, record, at })
    expect(d.allowed).toBe(allowed)
    if (!allowed) {
      expect(why(d)).toEqual(['R-STATUS-5:MES_REFUSED_GRACE_OVER'])
      expect(remediesOf(d)).toEqual(['OPEN_MES'])
    } else expect(why(d)).toContain('R-STATUS-5:MES_REFUSED_GRACE_YEAR')
  })

  it('refused: professionals are denied (fail closed) (R-STATUS-5)', () => {
    const record = withStatus({ kind: 'refused', on: '2024-06-01' })
    const d = canConsult(careTeamRequest({ record }))
    expect(why(d)).toEqual(['R-STATUS-5:MES_REFUSED_NO_PROFESSIONAL_ACCESS'])
  })
})

describe('consult — who acts as the patient (R-MINOR-1..3, 6..8)', () => {
  it('lets a parent manage the minor space until the eve of the 18th birthday, associating the minor (R-MINOR-1)', () => {
    const d = canConsult({ actor: mum, record: minorRecord, at: EVE_OF_18 })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-MINOR-1:PARENT_ACTS_FOR_MINOR')
    expect(obligationsOf(d)).toContain('ASSOCIATE_THE_MINOR')
  })

  it('lets the guardian of a minor act as a parent does (R-MINOR-2)', () => {
    const d = canConsult({ actor: tutor, record: minorRecord, at: EVE_OF_18 })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-MINOR-2:GUARDIAN_ACTS_FOR_MINOR')
  })

  it('lets an emancipated minor consult alone and shuts the representatives out (R-MINOR-3)', () => {
    const record: HealthRecord = { ...minorRecord, patient: { ...minorRecord.patient, emancipated: true } }
    const minor = canConsult({ actor: { kind: 'patient' }, record, at: DAY_OF_16 })
    expect(why(minor)).toContain('R-MINOR-3:EMANCIPATED_MINOR_ACTS_ALONE')
    const parent = canConsult({ actor: mum, record, at: DAY_OF_16 })
    expect(why(parent)).toEqual(['R-MINOR-3:MINOR_IS_EMANCIPATED'])
  })

  it('denies a non-emancipated minor direct access (A-3)', () => {
    const d = canConsult({ actor: { kind: 'patient' }, record: minorRecord, at: AT })
    expect(why(d)).toEqual(['A-3:MINOR_ACTS_THROUGH_REPRESENTATIVES'])
  })

  it('lets a representative the minor restricted in only with a doctor present (R-MINOR-6)', () => {
    const record: HealthRecord = {
      ...minorRecord,
      legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: true }],
    }
    const alone = canConsult({ actor: mum, record, at: AT })
    expect(why(alone)).toEqual(['R-MINOR-6:DOCTOR_PRESENCE_REQUIRED'])
    expect(remediesOf(alone)).toEqual(['COME_WITH_A_DOCTOR'])
    expect(canConsult({ actor: mum, record, at: AT, inPresenceOfDoctor: true }).allowed).toBe(true)
  })

  it.each([
    [EVE_OF_18, true],
    [DAY_OF_18, false],
    [AFTER_18, false],
  ] as const)('ends the representatives access at majority: at %s a parent consults = %s (R-MINOR-7)', (at, allowed) => {
    for (const actor of [mum, tutor]) {
      const d = canConsult({ actor, record: minorRecord, at })
      expect(d.allowed).toBe(allowed)
      if (!allowed) expect(why(d)).toEqual(['R-MINOR-7:REPRESENTATION_ENDED_AT_MAJORITY'])
    }
  })

  it.each([
    [EVE_OF_18, false],
    [DAY_OF_18, true],
    [AFTER_18, true],
  ] as const)('gives the holder their space at majority: at %s they consult = %s (R-MINOR-7)', (at, allowed) => {
    expect(canConsult({ actor: { kind: 'patient' }, record: minorRecord, at }).allowed).toBe(allowed)
  })

  // Revision 3 (R-MINOR-8 (c)): the protected adult is the holder whatever the measure; 0.2.0 denied them here.
  it('a protected adult whose measure represents the person: the representative manages and consults, and so does the adult, the holder (R-MINOR-8)', () => {
    const record: HealthRecord = {
      ...adultRecord,
      patient: { ...adultRecord.patient, protectedAdult: true, protection: { measure: 'tutelle', representationOfPerson: true } },
      legalRepresentatives: [{ id: 'tutor', role: 'guardian', doctorPresenceRequired: false }],
    }
    const rep = canConsult({ actor: tutor, record, at: AT })
    expect(why(rep)).toContain('R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT')
    expect(rep.allowed).toBe(true)
    const self = canConsult({ actor: { kind: 'patient' }, record, at: AT })
    expect(self.allowed).toBe(true)
    expect(why(self)).toContain('R-MINOR-8:PROTECTED_ADULT_IS_HOLDER')
  })

  // Revision 3 (R-MINOR-8 (a)): the role follows the measure; a parent listed as `parent` no longer represents an adult
  // (0.2.0 allowed it "whatever the role"). The parent the judge named is listed with the measure's role.
  it('a protected adult: a parent the judge named represents them when listed with the role the measure gives, never as `parent` (R-MINOR-8)', () => {
    const record: HealthRecord = {
      ...adultRecord,
      patient: { ...adultRecord.patient, protectedAdult: true, protection: { measure: 'habilitation-familiale', representationOfPerson: true } },
      legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: false }],
    }
    const asParent = canConsult({ actor: mum, record, at: AT })
    expect(asParent.allowed).toBe(false)
    expect(why(asParent)).toEqual(['R-MINOR-8:PARENTAL_AUTHORITY_ENDED_AT_MAJORITY'])
    const named = { ...record, legalRepresentatives: [{ id: 'mum', role: 'other' as const, doctorPresenceRequired: false }] }
    const d = canConsult({ actor: mum, record: named, at: AT })
    expect(d.allowed).toBe(true)
    expect(why(d)).toContain('R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT')
    const asGuardian = { ...record, legalRepresentatives: [{ id: 'mum', role: 'guardian' as const, doctorPresenceRequired: false }] }
    expect(why(canConsult({ actor: mum, record: asGuardian, at: AT }))).toEqual(['R-MINOR-8:REPRESENTATIVE_ROLE_DOES_NOT_MATCH_MEASURE'])
  })

  it('a protected adult under curatelle (no representation of the person) consults alone; a listed representative is denied (R-MINOR-8)', () => {
    const record: HealthRecord = {
      ...adultRecord,
      patient: { ...adultRecord.patient, protectedAdult: true, protection: { measure: 'curatelle', representationOfPerson: false } },
      legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: false }],
    }
    const self = canConsult({ actor: { kind: 'patient' }, record, at: AT })
    expect(self.allowed).toBe(true)
    expect(why(self)).toContain('R-MINOR-8:PROTECTED_ADULT_DECIDES_PERSONALLY')
    expect(why(canConsult({ actor: mum, record, at: AT }))).toContain('R-MINOR-8:NO_REPRESENTATION_OF_THE_PERSON')
    expect(canConsult({ actor: mum, record, at: AT }).allowed).toBe(false)
  })

  it('never lets a representative listed with the role other act for a minor (R-MINOR-1)', () => {
    const record: HealthRecord = { ...minorRecord, legalRepresentatives: [{ id: 'aunt', role: 'other', doctorPresenceRequired: false }] }
    const d = canConsult({ actor: { kind: 'legal-representative', id: 'aunt' }, record, at: AT })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-MINOR-1:REPRESENTATIVE_ROLE_NOT_FOR_MINOR'])
  })

  it('denies every actor on a protected adult whose measure the record does not give (R-MINOR-8)', () => {
    const record: HealthRecord = {
      ...adultRecord,
      patient: { ...adultRecord.patient, protectedAdult: true },
      legalRepresentatives: [{ id: 'tutor', role: 'guardian', doctorPresenceRequired: false }],
    }
    for (const actor of [{ kind: 'patient' } as const, tutor]) {
      const d = canConsult({ actor, record, at: AT })
      expect(d.allowed).toBe(false)
      expect(why(d)).toContain('R-MINOR-8:PROTECTION_MEASURE_UNKNOWN')
    }
    expect(why(canConsult(careTeamRequest({ record })))).toContain('R-MINOR-8:PROTECTION_MEASURE_UNKNOWN')
  })

  it('honours a doctor-presence restriction on the guardian of a protected adult too (fail closed) (R-MINOR-6)', () => {
    const record: HealthRecord = {
      ...adultRecord,
      patient: { ...adultRecord.patient, protectedAdult: true, protection: { measure: 'tutelle', representationOfPerson: true } },
      legalRepresentatives: [{ id: 'tutor', role: 'guardian', doctorPresenceRequired: true }],
    }
    expect(why(canConsult({ actor: tutor, record, at: AT }))).toEqual(['R-MINOR-6:DOCTOR_PRESENCE_REQUIRED'])
    expect(canConsult({ actor: tutor, record, at: AT, inPresenceOfDoctor: true }).allowed).toBe(true)
  })

  it('ignores the professional flags for the patient side: no consent or emergency rule applies to them (R-MINOR-1)', () => {
    const record: HealthRecord = { ...minorRecord, blocks: [{ target: 'professional', id: 'mum', from: '2020-01-01' }] }
    const d = canConsult({ actor: mum, record, at: AT, accessMode: 'break-glass', patientOpposes: true })
    expect(d.allowed).toBe(true)
    expect(rulesOf(d).some((r) => r.startsWith('R-CONSENT') || r.startsWith('R-EMERG') || r.startsWith('R-AUTH'))).toBe(false)
  })

  it('still denies an unknown access mode on the patient side (fail closed) (R-MINOR-1)', () => {
    const d = canConsult({ actor: mum, record: minorRecord, at: AT, accessMode: 'teleport' as 'normal' })
    expect(why(d)).toEqual(['R-EMERG-1:UNKNOWN_ACCESS_MODE'])
  })
})
