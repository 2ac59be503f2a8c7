// Found by the reviews of 0.1 (issue 11): feeding accepted any `addedOn` — a document fed today but dated next
// year stayed invisible to the patient for a year instead of one month (R-INVIS-3, CSP R.1111-53) — and a fed
// document could reuse an id already in the record. R-FEED-1 (rev. 2): a fed document is new, added on `at`.
import { describe, it } from 'vitest'
import type { HealthDocument, HealthRecord } from '../../src/domain/types.js'
import { adultRecord, doctor, expectDecision, reportByDoctor } from './fixtures.js'

const AT = '2024-06-01'
const fresh: HealthDocument = { ...reportByDoctor, id: 'fresh', addedOn: AT, invisibleToPatient: true }
const held: HealthRecord = { ...adultRecord, documents: [reportByDoctor] }

describe('regression: a fed document is new (R-FEED-1)', () => {
  it('allows feeding a new document dated the day of the request (R-FEED-1)', () => {
    expectDecision({ action: 'feed', actor: doctor, record: held, at: AT, participatesInCare: true, document: fresh }, { allowed: true, rules: ['R-FEED-1', 'R-STATUS-1'] })
  })

  it('denies a document dated next year, or yesterday (R-FEED-1)', () => {
    for (const addedOn of ['2025-06-01', '2024-05-31'])
      expectDecision({ action: 'feed', actor: doctor, record: held, at: AT, participatesInCare: true, document: { ...fresh, addedOn } }, { allowed: false, rules: ['R-FEED-1'] })
  })

  it('denies a document whose id the record already holds (R-FEED-1)', () => {
    expectDecision({ action: 'feed', actor: doctor, record: held, at: AT, participatesInCare: true, document: { ...fresh, id: reportByDoctor.id } }, { allowed: false, rules: ['R-FEED-1'] })
  })
})
