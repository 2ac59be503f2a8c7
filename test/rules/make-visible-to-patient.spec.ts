// The `make-visible-to-patient` and `make-invisible-to-patient` actions (issue 4): R-INVIS-1, R-INVIS-2.
import { describe, expect, it } from 'vitest'
import type { HealthDocument } from '../../src/domain/types.js'
import {
  adultRecord,
  decideOn,
  doctor,
  doctorsDocument,
  expectAllowed,
  expectDenied,
  minorRecord,
  mum,
  nurse,
  patient,
  remedies,
  socialWorker,
  thirdParties,
  treatingDoctor,
  withDocuments,
  withTreatingDoctor,
} from './document-actions.fixtures.js'

// Fed invisible on 2024-06-01: visible to the patient by law from 2024-07-01 (R-INVIS-3).
const invisible: HealthDocument = { ...doctorsDocument, addedOn: '2024-06-01', invisibleToPatient: true }
const record = withTreatingDoctor(withDocuments(adultRecord, invisible))
const makeVisible = (actor: Parameters<typeof decideOn>[1], rest: Parameters<typeof decideOn>[3] = {}) =>
  decideOn('make-visible-to-patient', actor, record, { document: invisible, ...rest })

describe('make-visible-to-patient (R-INVIS-2)', () => {
  it('lets the author make their document visible to the patient (R-INVIS-2)', () => {
    expectAllowed(makeVisible(doctor), 'R-INVIS-2:AUTHOR_MAKES_VISIBLE_TO_PATIENT')
  })

  it('denies another professional, a treating doctor included, with the remedy to ask the author (R-INVIS-2)', () => {
    for (const actor of [nurse, treatingDoctor]) {
      const d = makeVisible(actor)
      expectDenied(d, 'R-INVIS-2:ONLY_AUTHOR_MAKES_VISIBLE_TO_PATIENT')
      expect(remedies(d)).toContain('R-INVIS-2:ASK_AUTHOR_TO_MAKE_VISIBLE')
    }
    const own = { ...invisible, author: { kind: 'professional' as const, id: 'ms-1' } }
    expectDenied(decideOn('make-visible-to-patient', socialWorker, withDocuments(adultRecord, own), { document: own }), 'R-INVIS-2:HEALTH_PROFESSIONALS_ONLY')
  })

  it('denies the patient\'s side and every third party (R-INVIS-2)', () => {
    expectDenied(makeVisible(patient), 'R-INVIS-2:PATIENT_SIDE_CANNOT_CHANGE_INVISIBILITY')
    expectDenied(decideOn('make-visible-to-patient', mum, withDocuments(minorRecord, invisible), { document: invisible }), 'R-INVIS-2:PATIENT_SIDE_CANNOT_CHANGE_INVISIBILITY')
    for (const actor of thirdParties) expectDenied(makeVisible(actor), 'R-INVIS-2:NOT_A_CARE_ACTOR')
  })

  it('denies a document already visible, and one whose invisibility lapsed one month after feeding (R-INVIS-2, R-INVIS-3)', () => {
    const visible = { ...invisible, invisibleToPatient: false }
    expectDenied(decideOn('make-visible-to-patient', doctor, withDocuments(adultRecord, visible), { document: visible }), 'R-INVIS-2:ALREADY_VISIBLE_TO_PATIENT')
    expect(makeVisible(doctor, { at: '2024-06-30' }).allowed).toBe(true)
    expectDenied(makeVisible(doctor, { at: '2024-07-01' }), 'R-INVIS-2:ALREADY_VISIBLE_TO_PATIENT')
  })

  it('denies a blocked or unauthenticated author (R-AUTH-6, R-AUTH-1)', () => {
    expectDenied(makeVisible({ ...doctor, authentication: 'none' }), 'R-AUTH-1:AUTHENTICATION_REQUIRED')
    const blocked = { ...record, blocks: [{ target: 'professional' as const, id: 'dr-1', from: '2024-06-15', until: '2024-06-15' }] }
    expectDenied(decideOn('make-visible-to-patient', doctor, blocked, { document: invisible }), 'R-AUTH-6:PROFESSIONAL_BLOCKED')
  })
})
