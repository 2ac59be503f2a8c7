// Whom a block covers, and when (R-AUTH-6, R-DEL-2, A-1): a block names one professional or one establishment,
// runs from `from` to `until` inclusive (no `until`: no end). An impossible date makes a block cover every day
// when it denies (R-AUTH-6) and no day when it grants (R-DEL-2): fail closed both ways (facts.ts TSDoc).
// Written for the mutation run (issue 6).
import { describe, expect, it } from 'vitest'
import type { Block, HealthDocument, HealthRecord } from '../../src/domain/types.js'
import { decide, type Request } from '../../src/index.js'
import {
  AT,
  adultRecord,
  decideOn,
  doctor,
  doctorsDocument,
  minorRecord,
  mum,
  patient,
  reasons,
  withDocuments,
} from '../actions/document-actions.fixtures.js'

const withBlocks = (record: HealthRecord, ...blocks: ReadonlyArray<Block>): HealthRecord => ({ ...record, blocks })
// The care team's consultation: allowed unless a block (or something else) denies.
const consult = (record: HealthRecord, at = AT): Request => ({ action: 'consult', actor: doctor, record, at, careTeam: true, explicitConsent: true })

describe('R-AUTH-6 — whom a block shuts out, and when', () => {
  it('does not shut out a professional blocked under another id, nor the staff of another establishment (R-AUTH-6)', () => {
    const d = decide(
      consult(
        withBlocks(
          adultRecord,
          { target: 'professional', id: 'dr-2', from: '2024-01-01' },
          { target: 'establishment', id: 'est-2', from: '2024-01-01' },
        ),
      ),
    )
    expect(d.allowed, JSON.stringify(reasons(d))).toBe(true)
  })

  it('reads a professional block as naming the professional only, never an establishment with the same id (R-AUTH-6)', () => {
    // The doctor works for est-1; a block on a professional whose id is also "est-1" is about that person only.
    const d = decide(consult(withBlocks(adultRecord, { target: 'professional', id: 'est-1', from: '2024-01-01' })))
    expect(d.allowed, JSON.stringify(reasons(d))).toBe(true)
  })

  it('reads an establishment block as naming the establishment only, never a professional with the same id (R-AUTH-6)', () => {
    const d = decide(consult(withBlocks(adultRecord, { target: 'establishment', id: 'dr-1', from: '2024-01-01' })))
    expect(d.allowed, JSON.stringify(reasons(d))).toBe(true)
  })

  it('shuts the professional out from `from` on when the block has no end, not the day before (R-AUTH-6)', () => {
    const record = withBlocks(adultRecord, { target: 'professional', id: 'dr-1', from: '2024-03-01' })
    expect(reasons(decide(consult(record)))).toEqual(['R-AUTH-6:PROFESSIONAL_BLOCKED'])
    expect(decide(consult(record, '2024-02-29')).allowed).toBe(true)
  })

  it('reads a block with an impossible date as covering every day (fail closed) (R-AUTH-6)', () => {
    const impossibleFrom = withBlocks(adultRecord, { target: 'professional', id: 'dr-1', from: '2099-02-30' })
    expect(reasons(decide(consult(impossibleFrom)))).toEqual(['R-AUTH-6:PROFESSIONAL_BLOCKED'])
    const impossibleUntil = withBlocks(adultRecord, { target: 'establishment', id: 'est-1', from: '1999-01-01', until: '2000-02-30' })
    expect(reasons(decide(consult(impossibleUntil)))).toEqual(['R-AUTH-6:ESTABLISHMENT_BLOCKED'])
  })
})

describe('R-DEL-2 — the patient deletes what a professional fed while blocked', () => {
  // doctorsDocument: fed by dr-1 of est-1 on 2024-05-02.
  const record = (...blocks: ReadonlyArray<Block>): HealthRecord => withBlocks(withDocuments(adultRecord, doctorsDocument), ...blocks)
  const deleteBy = (r: HealthRecord, document: HealthDocument = doctorsDocument) => decideOn('delete', patient, r, { document })

  it('counts a block with no end as still running on the day of the feeding (R-DEL-2)', () => {
    const d = deleteBy(record({ target: 'professional', id: 'dr-1', from: '2024-04-01' }))
    expect(d.allowed, JSON.stringify(reasons(d))).toBe(true)
    expect(reasons(d)).toContain('R-DEL-2:AUTHOR_BLOCKED_WHEN_FED')
  })

  it('does not count a block on another professional or another establishment (R-DEL-2)', () => {
    const d = deleteBy(
      record({ target: 'professional', id: 'dr-2', from: '2024-04-01' }, { target: 'establishment', id: 'est-2', from: '2024-04-01' }),
    )
    expect(reasons(d)).toEqual(['R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT'])
  })

  it('does not read a block on a professional as a block on the author’s establishment of the same id (R-DEL-2)', () => {
    const d = deleteBy(record({ target: 'professional', id: 'est-1', from: '2024-04-01' }))
    expect(reasons(d)).toEqual(['R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT'])
  })

  it('does not read a block on an establishment as a block on the author of the same id (R-DEL-2)', () => {
    const d = deleteBy(record({ target: 'establishment', id: 'dr-1', from: '2024-04-01' }))
    expect(reasons(d)).toEqual(['R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT'])
  })

  it('never counts a block with an impossible end as covering the feeding day (fail closed) (R-DEL-2)', () => {
    const d = deleteBy(record({ target: 'professional', id: 'dr-1', from: '2024-04-01', until: '2024-13-01' }))
    expect(reasons(d)).toEqual(['R-DEL-2:PATIENT_CANNOT_DELETE_PROFESSIONAL_DOCUMENT'])
  })

  it('denies a document whose author is of an unknown kind, even under a blocked id (fail closed) (R-DEL-2, A-6)', () => {
    const odd: HealthDocument = { ...doctorsDocument, author: { kind: 'robot', id: 'dr-1' } as never }
    const d = deleteBy(withBlocks(withDocuments(adultRecord, odd), { target: 'professional', id: 'dr-1', from: '2024-04-01' }), odd)
    expect(d.allowed).toBe(false)
    // Since 0.3.0 (issue 19) a value outside the declared types is denied by A-6 before any rule reads it.
    expect(reasons(d)).toContain('A-6:MALFORMED_REQUEST')
  })
})

describe('A-1 — a blocked professional still feeds', () => {
  it('names blocked professionals only: a legal representative whose id a professional block also uses is not one (A-1)', () => {
    const own: HealthDocument = { ...doctorsDocument, id: 'rep-1', author: { kind: 'legal-representative', id: 'mum' }, addedOn: AT }
    const d = decideOn('feed', mum, withBlocks(minorRecord, { target: 'professional', id: 'mum', from: '2024-01-01' }), { document: own })
    expect(d.allowed).toBe(true)
    expect(reasons(d).filter((r) => r.startsWith('A-1'))).toEqual([])
  })
})
