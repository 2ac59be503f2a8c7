// A-8 (rev. 2): every dated rule counts its period one documented way, and this table pins each at its boundary —
// the day before, the day of, the day after — through the public decision and lifecycle functions.
import { describe, expect, it } from 'vitest'
import type { HealthDocument, HealthRecord } from '../../src/domain/types.js'
import { canConsult, isRetained, isVisibleTo, mesCreation, periodEnd } from '../../src/index.js'

const record = (over: Partial<HealthRecord> = {}, patient: Partial<HealthRecord['patient']> = {}): HealthRecord => ({
  patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false, ...patient },
  status: { kind: 'active' },
  treatingDoctorIds: [],
  legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: false }],
  blocks: [],
  authorizations: [],
  documents: [],
  ...over,
})
const holder = { kind: 'patient' } as const
const mum = { kind: 'legal-representative', id: 'mum' } as const

describe('A-8: one way to count a period', () => {
  it('periodEnd carries the day number, clamped to the end of a shorter month', () => {
    expect(periodEnd('2024-01-31', 1, 'months')).toBe('2024-02-29')
    expect(periodEnd('2023-01-31', 1, 'months')).toBe('2023-02-28')
    expect(periodEnd('2024-02-29', 1, 'years')).toBe('2025-02-28')
    expect(periodEnd('2024-01-01', 6, 'weeks')).toBe('2024-02-12')
    expect(periodEnd('2024-02-30', 1, 'days')).toBeUndefined()
  })

  it.each([
    ['2026-02-28', true],
    ['2026-03-01', false],
  ])('majority (R-MINOR-7): born 29 February 2008, a minor at %s = %s (age reached on 1 March of a common year)', (at, minor) => {
    const r = record({}, { birthDate: '2008-02-29' })
    expect(canConsult({ actor: mum, record: r, at }).allowed).toBe(minor)
  })

  it.each([
    ['2024-02-28', false],
    ['2024-02-29', true],
  ])('emancipation from 16 (R-MINOR-3): born 29 February 2008, emancipated acting alone at %s = %s', (at, allowed) => {
    expect(canConsult({ actor: holder, record: record({}, { birthDate: '2008-02-29', emancipated: true }), at }).allowed).toBe(allowed)
  })

  it.each([
    ['2025-02-28', true],
    ['2025-03-01', false],
  ])('refusal + 1 year (R-STATUS-5): refused 29 February 2024, the holder keeps access at %s = %s (within the year, last day included)', (at, allowed) => {
    expect(canConsult({ actor: holder, record: record({ status: { kind: 'refused', on: '2024-02-29' } }), at }).allowed).toBe(allowed)
  })

  it.each([
    ['2030-02-28', true],
    ['2030-03-01', false],
  ])('retention 10 years (R-STATUS-8): closed 29 February 2020, retained at %s = %s', (at, retained) => {
    expect(isRetained(record({ status: { kind: 'closed', on: '2020-02-29' } }), at)).toBe(retained)
  })

  it.each([
    ['2024-02-12', 'pending'],
    ['2024-02-13', 'created'],
  ])('opposition within 6 weeks (R-STATUS-6): notified 1 January 2024, at %s the space is %s', (at, kind) => {
    expect(mesCreation({ notifiedOn: '2024-01-01' }, at).kind).toBe(kind)
  })

  it.each([
    ['2024-02-28', false],
    ['2024-02-29', true],
    ['2024-03-01', true],
  ])('invisibility + 1 month (R-INVIS-3): fed 31 January 2024, visible to the patient at %s = %s ("one month after" is that day)', (at, visible) => {
    const doc: HealthDocument = {
      id: 'd', typeCode: '11488-4', author: { kind: 'professional', id: 'dr-1' }, addedOn: '2024-01-31',
      maskedFromProfessionals: false, invisibleToPatient: true, hiddenFromLegalRepresentatives: false,
    }
    expect(isVisibleTo({ actor: holder, record: record({ documents: [doc] }), at, document: doc }).allowed).toBe(visible)
  })

  it.each([
    ['2024-05-31', true],
    ['2024-06-01', false],
    ['2024-06-30', false],
    ['2024-07-01', true],
  ])('blocks from/until inclusive (R-AUTH-6): blocked 1 to 30 June 2024, the doctor consults at %s = %s', (at, allowed) => {
    const r = record({ blocks: [{ target: 'professional', id: 'dr-1', from: '2024-06-01', until: '2024-06-30' }] })
    const doctor = { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps' } as const
    expect(canConsult({ actor: doctor, record: r, at, careTeam: true, explicitConsent: true }).allowed).toBe(allowed)
  })
})
