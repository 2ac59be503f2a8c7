// A-6 and the engine's own refusals: a decision is taken at a possible date, on a birth date that is possible
// and not after it; a document action without its document is refused; a value outside the declared types is
// denied, never allowed, and never throws (engine TSDoc). Written for the mutation run (issue 6).
import { describe, expect, it } from 'vitest'
import { decide, DOCUMENT_ACTIONS, visibleDocuments, type HealthRecord, type Request } from '../../src/index.js'
import { AT, adultRecord, doctor, patient, patientsDocument, reasons, withDocuments } from '../actions/document-actions.fixtures.js'

// A request every rule allows: the care team consults an adult's active record.
const allowed = (over: Partial<Request> = {}): Request => ({ action: 'consult', actor: doctor, record: adultRecord, at: AT, careTeam: true, explicitConsent: true, ...over })
const withBirthDate = (birthDate: string): HealthRecord => ({ ...adultRecord, patient: { ...adultRecord.patient, birthDate } })

describe('A-6 — a well-formed request', () => {
  it('is the premise of the other tests: the care team consults the adult record', () => {
    expect(decide(allowed()).allowed).toBe(true)
  })

  it('denies an impossible decision date, whatever the other rules say (A-6)', () => {
    const d = decide(allowed({ at: '2024-02-30' }))
    expect(d.allowed).toBe(false)
    expect(reasons(d)).toContain('A-6:MALFORMED_REQUEST')
  })

  it('denies an impossible birth date (A-6)', () => {
    const d = decide(allowed({ record: withBirthDate('1980-02-30') }))
    expect(d.allowed).toBe(false)
    expect(reasons(d)).toContain('A-6:MALFORMED_REQUEST')
  })

  it('denies a birth date after the decision date, and allows one on that very day (A-6)', () => {
    const unborn = decide(allowed({ record: withBirthDate('2024-06-16') }))
    expect(unborn.allowed).toBe(false)
    expect(reasons(unborn)).toContain('A-6:MALFORMED_REQUEST')
    const bornToday = decide(allowed({ record: withBirthDate(AT) }))
    expect(reasons(bornToday)).not.toContain('A-6:MALFORMED_REQUEST')
  })
})

describe('the engine refuses what it cannot decide', () => {
  // Every document action (DOCUMENT_ACTIONS, the domain's list), not a hand-picked few.
  it.each(DOCUMENT_ACTIONS)('denies %s without a document, or with null, as DOCUMENT_MISSING (A-6)', (action) => {
    for (const document of [undefined, null]) {
      const d = decide({ ...allowed({ action }), document: document as never })
      expect(d.allowed).toBe(false)
      expect(d.reasons).toContainEqual(expect.objectContaining({ rule: 'A-6', code: 'DOCUMENT_MISSING', basis: [] }))
    }
  })

  it('denies a request that is not of the declared type with A-6 MALFORMED_REQUEST, without throwing', () => {
    for (const request of [{ action: 'consult' }, { ...allowed(), record: undefined }, { ...allowed(), actor: null }]) {
      const d = decide(request as unknown as Request)
      expect(d).toEqual({
        allowed: false,
        reasons: [expect.objectContaining({ rule: 'A-6', code: 'MALFORMED_REQUEST', basis: [] })],
        remedies: [expect.objectContaining({ rule: 'A-6', code: 'FIX_THE_REQUEST' })],
      })
    }
  })

  it('visibleDocuments denies every document of a malformed request, and returns nothing without documents', () => {
    const record = withDocuments(adultRecord, patientsDocument, { ...patientsDocument, id: 'pat-2' })
    const rows = visibleDocuments({ actor: null as never, record, at: AT })
    expect(rows.map((r) => r.document)).toEqual(record.documents)
    for (const { decision } of rows)
      expect(decision).toEqual({
        allowed: false,
        reasons: [expect.objectContaining({ rule: 'A-6', code: 'MALFORMED_REQUEST', basis: [] })],
        remedies: [expect.objectContaining({ rule: 'A-6', code: 'FIX_THE_REQUEST' })],
      })
    expect(visibleDocuments({ actor: patient, record: undefined as never, at: AT })).toEqual([])
    expect(visibleDocuments(undefined as never)).toEqual([])
  })
})
