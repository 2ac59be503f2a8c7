// Found by the differential test: the author could "make visible" a document whose invisibility had already
// lapsed (R-INVIS-3: visible to the patient one month after feeding), although a document already visible to
// the patient is refused (R-INVIS-2, as A-4 does for masking).
import { describe, it } from 'vitest'
import type { HealthDocument } from '../../src/domain/types.js'
import { adultRecord, doctor, expectDecision, reportByDoctor } from './fixtures.js'

const invisible: HealthDocument = { ...reportByDoctor, invisibleToPatient: true, addedOn: '2024-01-10' }
const request = (at: string) =>
  ({ action: 'make-visible-to-patient', actor: doctor, record: { ...adultRecord, documents: [invisible] }, at, careTeam: true, explicitConsent: true, document: invisible }) as const

describe('regression: making visible a document whose invisibility lapsed (R-INVIS-2, R-INVIS-3)', () => {
  it('allows the author the day before the lapse (R-INVIS-2; rev. 2: with the view of the document it rests on)', () => {
    expectDecision(request('2024-02-09'), { allowed: true, rules: ['R-AUTH-8', 'R-CONSENT-1', 'R-INVIS-1', 'R-INVIS-2', 'R-STATUS-1'] })
  })

  it('denies it from the lapse on: the document is already visible to the patient (R-INVIS-2, R-INVIS-3)', () => {
    expectDecision(request('2024-02-10'), { allowed: false, rules: ['R-INVIS-2'] })
  })
})
