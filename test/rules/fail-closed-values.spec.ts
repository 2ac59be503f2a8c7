// Fail closed on values the library cannot read (RULES.md: "anything unknown or missing denies"; facts.ts: "an
// impossible date yields undefined, which every caller must read as deny"): an unknown authorisation status, an
// impossible death or refusal date, a null INS or share target. Written for the mutation run (issue 6).
import { describe, expect, it } from 'vitest'
import type { HealthDocument, HealthRecord } from '../../src/domain/types.js'
import { decide, type Request } from '../../src/index.js'
import { AT, adultRecord, decideOn, doctor, doctorsDocument, minorRecord, mum, patient, reasons } from '../actions/document-actions.fixtures.js'

const consult = (over: Partial<Request>): Request => ({ action: 'consult', actor: doctor, record: adultRecord, at: AT, careTeam: true, explicitConsent: true, ...over })

describe('R-AUTH-5 — an authorisation status the library does not know', () => {
  it('denies it, even next to a valid one (fail closed) (R-AUTH-5, A-6)', () => {
    const record: HealthRecord = {
      ...adultRecord,
      authorizations: [
        { professionalId: doctor.id, status: 'valid' },
        { professionalId: doctor.id, status: 'revoked' as never },
      ],
    }
    const d = decide(consult({ record }))
    // Since 0.3.0 (issue 19) a value outside the declared types is denied by A-6 before any rule reads it (R-AUTH-5
    // counted it as forbidden).
    expect(reasons(d)).toEqual(['A-6:MALFORMED_REQUEST'])
  })
})

describe('R-STATUS-9, R-STATUS-5 — impossible dates on the space', () => {
  it('reads an impossible date of death as a death already past (fail closed) (R-STATUS-9)', () => {
    const record: HealthRecord = { ...adultRecord, patient: { ...adultRecord.patient, deceasedOn: '2099-02-30' } }
    const d = decide(consult({ record }))
    expect(reasons(d)).toEqual(['R-STATUS-9:HOLDER_DECEASED'])
  })

  it('gives no grace year after a refusal on an impossible date (fail closed) (R-STATUS-5)', () => {
    const record: HealthRecord = { ...adultRecord, status: { kind: 'refused', on: '2024-02-30' } }
    const d = decide({ action: 'consult', actor: patient, record, at: AT })
    expect(reasons(d)).toEqual(['R-STATUS-5:MES_REFUSED_GRACE_OVER'])
  })
})

describe('R-FEED-1, R-MINOR-4 — a null where a value is needed', () => {
  const newDoc: HealthDocument = { ...doctorsDocument, id: 'new-1', addedOn: AT }

  it('reads a null INS as a missing one (R-FEED-1)', () => {
    const record: HealthRecord = { ...adultRecord, patient: { ...adultRecord.patient, ins: null as never } }
    expect(reasons(decideOn('feed', doctor, record, { document: newDoc, participatesInCare: true }))).toEqual(['R-FEED-1:INS_REQUIRED'])
  })

  it('reads a null share target as a missing one (R-MINOR-4)', () => {
    const d = decideOn('share-profile', mum, minorRecord, { shareWith: null as never })
    expect(reasons(d)).toEqual(['R-MINOR-4:SHARE_TARGET_MISSING'])
  })
})

describe('R-MINOR-7 — no age is read from an impossible birth date', () => {
  it('denies a listed parent with A-6 only: the rules do not claim the patient came of age (A-6, R-MINOR-7)', () => {
    const record: HealthRecord = { ...minorRecord, patient: { ...minorRecord.patient, birthDate: '2012-02-30' } }
    expect(reasons(decide({ action: 'consult', actor: mum, record, at: AT }))).toEqual(['A-6:MALFORMED_REQUEST'])
  })
})
