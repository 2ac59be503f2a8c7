// The `make-invisible-to-patient` action (issue 4): always denied, R-INVIS-1, R-INVIS-2.
import { describe, expect, it } from 'vitest'
import type { HealthDocument } from '../../src/domain/types.js'
import { adultRecord, decideOn, doctor, doctorsDocument, expectDenied, nurse, patient, reasons, treatingDoctor, withDocuments } from './document-actions.fixtures.js'

const invisible: HealthDocument = { ...doctorsDocument, addedOn: '2024-06-01', invisibleToPatient: true }

describe('make-invisible-to-patient (R-INVIS-1, R-INVIS-2)', () => {
  const makeInvisible = (document: HealthDocument, actor: Parameters<typeof decideOn>[1] = doctor) =>
    decideOn('make-invisible-to-patient', actor, withDocuments(adultRecord, document), { document })

  it('never makes a document invisible after feeding: only at feeding (R-INVIS-1)', () => {
    for (const actor of [doctor, nurse, treatingDoctor, patient]) expectDenied(makeInvisible(doctorsDocument, actor), 'R-INVIS-1:INVISIBLE_ONLY_AT_FEEDING')
  })

  it('never makes a visible document invisible again, and says when it already is (R-INVIS-2)', () => {
    expectDenied(makeInvisible(doctorsDocument), 'R-INVIS-2:VISIBLE_NEVER_INVISIBLE_AGAIN')
    const d = makeInvisible(invisible)
    expectDenied(d, 'R-INVIS-2:ALREADY_INVISIBLE_TO_PATIENT')
    expect(reasons(d)).not.toContain('R-INVIS-2:VISIBLE_NEVER_INVISIBLE_AGAIN')
  })
})
