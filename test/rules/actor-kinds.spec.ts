// Ids name an actor within its kind: a professional, a legal representative and a document's author are matched
// by kind and id together (facts.ts `isAuthor`, `representativeOf`), so an id that happens to be used by an actor
// of another kind changes nothing. Written for the mutation run (issue 6).
import { describe, expect, it } from 'vitest'
import type { HealthDocument, HealthRecord, ProfessionalActor } from '../../src/domain/types.js'
import { decide } from '../../src/index.js'
import { AT, decideOn, doctor, doctorsDocument, minorRecord, mum, reasons } from '../actions/document-actions.fixtures.js'

describe('authors are matched by kind and id (R-FEED-1, R-FEED-3, R-AUTH-8)', () => {
  it('denies a professional feeding a document authored by a legal representative with the professional’s id (R-FEED-1)', () => {
    const document: HealthDocument = { ...doctorsDocument, id: 'new-1', author: { kind: 'legal-representative', id: doctor.id }, addedOn: AT }
    expect(reasons(decideOn('feed', doctor, minorRecord, { document, participatesInCare: true }))).toEqual(['R-FEED-1:FEED_AUTHOR_MUST_BE_ACTOR'])
  })

  it('denies a legal representative feeding a document authored by a professional with the representative’s id (R-FEED-3)', () => {
    const document: HealthDocument = { ...doctorsDocument, id: 'new-1', author: { kind: 'professional', id: mum.id }, addedOn: AT }
    expect(reasons(decideOn('feed', mum, minorRecord, { document }))).toEqual(['R-FEED-3:FEED_AUTHOR_MUST_BE_ACTOR'])
  })
})

describe('the legal representatives’ entries bind legal representatives only (R-MINOR-1, R-MINOR-6, R-AUTH-5)', () => {
  // A professional whose id is also the id of a listed parent of the minor, who asked for a doctor's presence.
  const namesake: ProfessionalActor = { ...doctor, id: mum.id }
  const record: HealthRecord = {
    ...minorRecord,
    legalRepresentatives: [{ id: mum.id, role: 'parent', doctorPresenceRequired: true }],
    authorizations: [{ professionalId: mum.id, status: 'forbidden' }],
  }

  it('does not make a professional a parent, nor bind them to the parent’s restriction (R-MINOR-1, R-MINOR-6)', () => {
    const d = decide({ action: 'consult', actor: namesake, record: { ...record, authorizations: [] }, at: AT, careTeam: true, explicitConsent: true })
    expect(d.allowed, JSON.stringify(reasons(d))).toBe(true)
    expect(reasons(d).filter((r) => r.startsWith('R-MINOR-1') || r.startsWith('R-MINOR-6'))).toEqual([])
  })

  it('does not apply a professional’s forbidden authorisation to a legal representative with the same id (R-AUTH-5)', () => {
    const d = decide({ action: 'consult', actor: mum, record: { ...record, legalRepresentatives: [{ ...record.legalRepresentatives[0]!, doctorPresenceRequired: false }] }, at: AT })
    expect(d.allowed, JSON.stringify(reasons(d))).toBe(true)
  })
})

describe('R-MINOR-8, R-ACTOR-3 — a protected adult’s representatives are those the record lists', () => {
  it('denies a legal representative the record does not list with R-ACTOR-3, not as a malformed request (R-MINOR-8)', () => {
    const record: HealthRecord = {
      ...minorRecord,
      patient: {
        ...minorRecord.patient,
        birthDate: '1980-05-10',
        protectedAdult: true,
        protection: { measure: 'tutelle', representationOfPerson: true },
      },
      legalRepresentatives: [{ id: 'tutor', role: 'guardian', doctorPresenceRequired: false }],
    }
    const d = decide({ action: 'consult', actor: { kind: 'legal-representative', id: 'stranger' }, record, at: AT })
    expect(reasons(d)).toEqual(['R-ACTOR-3:LEGAL_REPRESENTATIVE_NOT_ON_RECORD'])
  })
})
