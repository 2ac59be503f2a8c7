// R-STATUS-7: a DMP fed before Mon espace santé existed (launched in 2022) is carried over whole; its
// documents keep their rules whatever their date. Nothing in the visibility and masking rules depends on when
// a document was fed, except the one-month lapse of invisibility to the patient (R-INVIS-3), which is
// about the document's own timeline, not about MES.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { HealthDocument, Request } from '../../src/domain/types.js'
import { decide, isVisibleTo } from '../../src/index.js'
import { arbMatrix, arbRequest } from '../../src/testing/index.js'
import { AT, adultRecord, careTeamRequest, doc, doctor, nurse, open, why } from '../actions/consult-view.fixtures.js'

const BEFORE_MES = '2011-06-01'

/** The same request, its document (and the record's copy of it) fed on `addedOn`. */
const fedOn = (request: Request, addedOn: string): Request => {
  const document = request.document
  if (document === undefined) return request
  const moved: HealthDocument = { ...document, addedOn }
  return {
    ...request,
    document: moved,
    record: { ...request.record, documents: request.record.documents.map((d) => (d.id === document.id ? moved : d)) },
  }
}

describe('documents fed before Mon espace santé keep their rules (R-STATUS-7)', () => {
  it('a masked report fed in 2011 is masked from a nurse, seen by the treating doctor and by the holder (R-STATUS-7, R-MASK-2)', () => {
    const old = doc({ id: 'old', addedOn: BEFORE_MES, maskedFromProfessionals: true })
    const record = { ...adultRecord, treatingDoctorIds: [doctor.id], documents: [old] }
    const byNurse = isVisibleTo(careTeamRequest({ actor: nurse, record, document: old }), open)
    expect(byNurse.allowed).toBe(false)
    expect(why(byNurse)).toContain('R-MASK-2:DOCUMENT_MASKED_FROM_PROFESSIONALS')
    const byTreatingDoctor = isVisibleTo(careTeamRequest({ actor: doctor, record, document: old }), open)
    expect(byTreatingDoctor.allowed).toBe(true)
    expect(isVisibleTo({ actor: { kind: 'patient' }, record, at: AT, document: old }).allowed).toBe(true)
  })

  it('for any request on an existing document, feeding it before MES rather than when it was fed changes no decision (R-STATUS-7)', () => {
    const actions = ['view', 'mask', 'unmask'] as const
    fc.assert(
      fc.property(
        arbRequest({ action: actions }).map((r) =>
          // R-INVIS-3 lapses one month after the feeding: a rule of the document's own timeline, set aside here.
          r.document === undefined ? r : fedOn({ ...r, document: { ...r.document, invisibleToPatient: false } }, r.document.addedOn),
        ),
        fc.option(arbMatrix(), { nil: undefined }),
        (request, matrix) => {
          const options = matrix === undefined ? {} : { matrix }
          // Fed before MES, and not after the decision date (a document added after `at` did not exist then: A-8).
          const before = request.at < BEFORE_MES ? request.at : BEFORE_MES
          expect(decide(fedOn(request, before), options)).toEqual(decide(request, options))
        },
      ),
      { numRuns: process.env['DMP_RULES_DEEP'] ? 20_000 : 500 },
    )
  })
})
