// The `make-visible-to-patient` and `make-invisible-to-patient` actions (issue 4): R-INVIS-1, R-INVIS-2.
import { describe, expect, it } from 'vitest'
import type { HealthDocument, Request } from '../../src/domain/types.js'
import { decide, type Options } from '../../src/engine/api.js'
import { OPEN_MATRIX } from './consult-view.fixtures.js'
import {
  AT,
  adultRecord,
  decideOn,
  doctor,
  doctorsDocument,
  expectAllowed,
  expectDenied,
  minorRecord,
  mum,
  nurse,
  obligations,
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
/**
 * Every `view` rule applies (R-INVIS-2 rev. 2): by default the professional is in the care team, with its consent,
 * and the matrix lets every profession see every type ({@link OPEN_MATRIX}).
 */
const makeVisible = (actor: Request['actor'], rest: Partial<Request> = {}, options: Options = { matrix: OPEN_MATRIX }) =>
  decide({ action: 'make-visible-to-patient', actor, record, at: AT, document: invisible, careTeam: true, explicitConsent: true, ...rest } as Request, options)

describe('make-visible-to-patient (R-INVIS-2)', () => {
  it('lets the author make their document visible to the patient at the announcement consultation (R-INVIS-2)', () => {
    const d = makeVisible(doctor)
    expectAllowed(d, 'R-INVIS-2:PROFESSIONAL_MAKES_VISIBLE_AT_ANNOUNCEMENT')
    expect(obligations(d)).toContain('R-INVIS-2:DELIVER_AT_ANNOUNCEMENT_CONSULTATION')
  })

  it('lets any other health professional who may see the document, a treating doctor included, make it visible (R-INVIS-2)', () => {
    for (const actor of [nurse, treatingDoctor]) {
      const d = makeVisible(actor)
      expectAllowed(d, 'R-INVIS-2:PROFESSIONAL_MAKES_VISIBLE_AT_ANNOUNCEMENT')
      expect(obligations(d)).toContain('R-INVIS-2:DELIVER_AT_ANNOUNCEMENT_CONSULTATION')
    }
  })

  it('denies a professional who may not see the document (no consent; a type the matrix does not grant), the author included, and médico-social staff (R-INVIS-2)', () => {
    expectDenied(makeVisible(nurse, {}, { matrix: { version: 'doctors-only', grants: [{ profession: 'medecin', typeCodes: '*' }] } }), 'R-AUTH-7:MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE')
    for (const actor of [doctor, nurse]) {
      const d = makeVisible(actor, { explicitConsent: false })
      expectDenied(d, 'R-CONSENT-1:CARE_TEAM_CONSENT_MISSING')
      expect(remedies(d)).toContain('R-CONSENT-1:COLLECT_CARE_TEAM_CONSENT')
    }
    const own = { ...invisible, author: { kind: 'professional' as const, id: 'ms-1' } }
    const d = decideOn('make-visible-to-patient', socialWorker, withDocuments(adultRecord, own), { document: own, careTeam: true, explicitConsent: true })
    expectDenied(d, 'R-INVIS-2:HEALTH_PROFESSIONALS_ONLY')
  })

  it('denies the patient\'s side and every third party (R-INVIS-2)', () => {
    expectDenied(makeVisible(patient), 'R-INVIS-2:PATIENT_SIDE_CANNOT_CHANGE_INVISIBILITY')
    expectDenied(decideOn('make-visible-to-patient', mum, withDocuments(minorRecord, invisible), { document: invisible }), 'R-INVIS-2:PATIENT_SIDE_CANNOT_CHANGE_INVISIBILITY')
    for (const actor of thirdParties) expectDenied(makeVisible(actor), 'R-INVIS-2:NOT_A_CARE_ACTOR')
  })

  it('denies a document already visible, and one whose invisibility lapsed one month after feeding (R-INVIS-2, R-INVIS-3)', () => {
    const visible = { ...invisible, invisibleToPatient: false }
    expectDenied(
      decideOn('make-visible-to-patient', doctor, withDocuments(adultRecord, visible), { document: visible, careTeam: true, explicitConsent: true }),
      'R-INVIS-2:ALREADY_VISIBLE_TO_PATIENT',
    )
    expect(makeVisible(doctor, { at: '2024-06-30' }).allowed).toBe(true)
    expectDenied(makeVisible(doctor, { at: '2024-07-01' }), 'R-INVIS-2:ALREADY_VISIBLE_TO_PATIENT')
  })

  it('denies a blocked or unauthenticated author (R-AUTH-6, R-AUTH-1)', () => {
    expectDenied(makeVisible({ ...doctor, authentication: 'none' }), 'R-AUTH-1:AUTHENTICATION_REQUIRED')
    const blocked = { ...record, blocks: [{ target: 'professional' as const, id: 'dr-1', from: '2024-06-15', until: '2024-06-15' }] }
    expectDenied(decideOn('make-visible-to-patient', doctor, blocked, { document: invisible, careTeam: true, explicitConsent: true }), 'R-AUTH-6:PROFESSIONAL_BLOCKED')
  })
})
