// The lifecycle functions (issue 4): onMajority (R-MINOR-7), mesCreation (R-STATUS-6), isRetained
// (R-STATUS-8), onDeath (R-STATUS-9), invisibilityTimeline (R-INVIS-3), on their boundaries to the day.
import { describe, expect, it } from 'vitest'
import type { HealthDocument, HealthRecord } from '../../src/domain/types.js'
import {
  canConsult,
  canViewHistory,
  invisibilityTimeline,
  isRetained,
  isVisibleTo,
  mesCreation,
  onDeath,
  onMajority,
  retainedUntil,
} from '../../src/index.js'
import { deepFreeze } from '../../src/testing/index.js'

const minor: HealthRecord = deepFreeze({
  patient: { birthDate: '2012-09-01', emancipated: false, protectedAdult: false },
  status: { kind: 'active' },
  treatingDoctorIds: [],
  legalRepresentatives: [
    { id: 'mum', role: 'parent', doctorPresenceRequired: false },
    { id: 'tutor', role: 'guardian', doctorPresenceRequired: true },
  ],
  blocks: [],
  authorizations: [],
  documents: [
    {
      id: 'contraception',
      typeCode: '11488-4',
      author: { kind: 'professional', id: 'dr-1' },
      addedOn: '2028-03-01',
      maskedFromProfessionals: false,
      invisibleToPatient: false,
      hiddenFromLegalRepresentatives: true,
    },
  ],
})

describe('onMajority (R-MINOR-7)', () => {
  it('ends the legal representatives\' access on the 18th birthday, not the eve (R-MINOR-7)', () => {
    expect(onMajority(minor, '2030-08-31')).toBe(minor)
    const adult = onMajority(minor, '2030-09-01')
    expect(adult.legalRepresentatives).toEqual([])
    expect(adult.status).toEqual(minor.status) // the space stays open
    expect(adult.documents).toEqual(minor.documents)
    // the decision rules agree: the parent no longer reads the history; the new adult sees the hidden document
    expect(canViewHistory({ actor: { kind: 'legal-representative', id: 'mum' }, record: minor, at: '2030-08-31' }).allowed).toBe(true)
    const [hidden] = adult.documents
    expect(hidden && isVisibleTo({ actor: { kind: 'patient' }, record: adult, at: '2030-09-01', document: hidden }).allowed).toBe(true)
  })

  it('is idempotent and does not touch its (deep-frozen) input (R-MINOR-7)', () => {
    const once = onMajority(minor, '2031-01-01')
    expect(onMajority(once, '2031-01-01')).toEqual(once)
    expect(minor.legalRepresentatives).toHaveLength(2)
  })

  it('keeps every representative the judge named when the measure represents the person, none otherwise (R-MINOR-7, R-MINOR-8 rev. 2)', () => {
    const represented = { ...minor, patient: { ...minor.patient, protectedAdult: true, protection: { measure: 'tutelle' as const, representationOfPerson: true } } }
    expect(onMajority(represented, '2030-09-01').legalRepresentatives.map((r) => r.id)).toEqual(minor.legalRepresentatives.map((r) => r.id))
    const alone = { ...minor, patient: { ...minor.patient, protectedAdult: true, protection: { measure: 'curatelle' as const, representationOfPerson: false } } }
    expect(onMajority(alone, '2030-09-01').legalRepresentatives).toEqual([])
    const unknown = { ...minor, patient: { ...minor.patient, protectedAdult: true } }
    expect(onMajority(unknown, '2030-09-01').legalRepresentatives).toEqual([])
  })

  it('changes nothing on an impossible date (R-MINOR-7)', () => {
    expect(onMajority(minor, '2030-02-30')).toBe(minor)
  })
})

describe('mesCreation (R-STATUS-6)', () => {
  const notifiedOn = '2024-01-01' // a Monday; six weeks later: Monday 2024-02-12

  it('accepts an opposition up to six weeks to the day after the notification, not the day after (R-STATUS-6)', () => {
    expect(mesCreation({ notifiedOn, opposedOn: '2024-02-12' }, '2024-03-01')).toEqual({ kind: 'opposed', on: '2024-02-12' })
    expect(mesCreation({ notifiedOn, opposedOn: '2024-02-13' }, '2024-03-01')).toEqual({ kind: 'created', on: '2024-02-13' })
  })

  it('creates the space the day after the six weeks, pending until then (R-STATUS-6)', () => {
    expect(mesCreation({ notifiedOn }, '2024-02-12')).toEqual({ kind: 'pending', opposeBy: '2024-02-12', createdOn: '2024-02-13' })
    expect(mesCreation({ notifiedOn }, '2024-02-13')).toEqual({ kind: 'created', on: '2024-02-13' })
    expect(mesCreation({ notifiedOn }, '2023-12-31')).toEqual({ kind: 'not-notified' })
    expect(mesCreation({ notifiedOn }, notifiedOn)).toEqual({ kind: 'pending', opposeBy: '2024-02-12', createdOn: '2024-02-13' })
  })

  it('ignores an opposition not made yet at `at`, and reads impossible dates as invalid (R-STATUS-6)', () => {
    expect(mesCreation({ notifiedOn, opposedOn: '2024-02-01' }, '2024-01-15').kind).toBe('pending')
    expect(mesCreation({ notifiedOn, opposedOn: '2024-02-01' }, '2024-02-01')).toEqual({ kind: 'opposed', on: '2024-02-01' })
    expect(mesCreation({ notifiedOn: '2024-02-30' }, '2024-03-01')).toEqual({ kind: 'invalid' })
    expect(mesCreation({ notifiedOn, opposedOn: 'soon' }, '2024-03-01')).toEqual({ kind: 'invalid' })
  })
})

describe('isRetained (R-STATUS-8)', () => {
  const closed = (on: string): HealthRecord => ({ ...minor, status: { kind: 'closed', on } })

  it('retains the data of a closed space ten years to the day, not a day more (R-STATUS-8)', () => {
    expect(retainedUntil('2014-03-10')).toBe('2024-03-10')
    expect(isRetained(closed('2014-03-10'), '2024-03-10')).toBe(true)
    expect(isRetained(closed('2014-03-10'), '2024-03-11')).toBe(false)
    // closed on 29 February: ten years later is a leap year again
    expect(isRetained(closed('2016-02-29'), '2026-02-28')).toBe(true)
    expect(isRetained(closed('2016-02-29'), '2026-03-01')).toBe(false)
  })

  it('retains an open space\'s data, never a deleted one\'s; an impossible date purges nothing (R-STATUS-8)', () => {
    expect(isRetained(minor, '2100-01-01')).toBe(true)
    expect(isRetained({ ...minor, status: { kind: 'deleted', on: '2024-01-01' } }, '2024-01-01')).toBe(false)
    expect(isRetained(closed('2014-02-30'), '2040-01-01')).toBe(true)
  })
})

describe('onDeath (R-STATUS-9)', () => {
  it('closes the space on the day of death and records it; nobody acts on it then (R-STATUS-9)', () => {
    const dead = onDeath(minor, '2024-06-01')
    expect(dead.status).toEqual({ kind: 'closed', on: '2024-06-01' })
    expect(dead.patient.deceasedOn).toBe('2024-06-01')
    expect(canConsult({ actor: { kind: 'legal-representative', id: 'mum' }, record: dead, at: '2024-06-01' }).allowed).toBe(false)
    expect(minor.status).toEqual({ kind: 'active' })
  })

  it('is idempotent; keeps a recorded death date and a closed or deleted status (R-STATUS-9)', () => {
    const dead = onDeath(minor, '2024-06-01')
    expect(onDeath(dead, '2024-06-01')).toBe(dead)
    expect(onDeath(dead, '2024-07-01')).toBe(dead)
    const deleted: HealthRecord = { ...minor, status: { kind: 'deleted', on: '2024-01-01' } }
    expect(onDeath(deleted, '2024-06-01').status).toEqual({ kind: 'deleted', on: '2024-01-01' })
    expect(onDeath(minor, '2024-13-01')).toBe(minor)
  })
})

describe('invisibilityTimeline (R-INVIS-3)', () => {
  const fedOn = (addedOn: string, invisibleToPatient = true): HealthDocument => ({ ...minor.documents[0]!, addedOn, invisibleToPatient })

  it('tells the patient within two weeks and shows the document one month after feeding (R-INVIS-3)', () => {
    expect(invisibilityTimeline(fedOn('2024-06-01'))).toEqual({ notifyPatientBy: '2024-06-15', visibleToPatientFrom: '2024-07-01' })
    expect(invisibilityTimeline(fedOn('2024-01-31'))).toEqual({ notifyPatientBy: '2024-02-14', visibleToPatientFrom: '2024-02-29' })
  })

  it('agrees with view: invisible the day before visibleToPatientFrom, visible on it (R-INVIS-3)', () => {
    const doc = fedOn('2024-01-31')
    const record: HealthRecord = { ...minor, patient: { ...minor.patient, birthDate: '1980-01-01' }, legalRepresentatives: [], documents: [doc] }
    const from = invisibilityTimeline(doc)?.visibleToPatientFrom
    expect(from).toBe('2024-02-29')
    expect(isVisibleTo({ actor: { kind: 'patient' }, record, at: '2024-02-28', document: doc }).allowed).toBe(false)
    expect(isVisibleTo({ actor: { kind: 'patient' }, record, at: '2024-02-29', document: doc }).allowed).toBe(true)
  })

  it('has no timeline for a document visible to the patient or with an impossible date (R-INVIS-3)', () => {
    expect(invisibilityTimeline(fedOn('2024-06-01', false))).toBeUndefined()
    expect(invisibilityTimeline(fedOn('2024-06-31'))).toBeUndefined()
  })
})
