// The `mask` action (issue 4): R-MASK-1, R-MASK-3, A-4, and who may act on which document.
import { describe, expect, it } from 'vitest'
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
  patient,
  reasons,
  remedies,
  socialWorker,
  thirdParties,
  tutor,
  withDocuments,
} from './document-actions.fixtures.js'

const record = withDocuments(adultRecord, doctorsDocument)
const mask = (actor: Parameters<typeof decideOn>[1], rec = record, rest: Parameters<typeof decideOn>[3] = {}) =>
  decideOn('mask', actor, rec, { document: doctorsDocument, ...rest })

describe('mask (R-MASK-1, R-MASK-3, A-4)', () => {
  it('lets the patient mask a document from professionals (R-MASK-1)', () => {
    expectAllowed(mask(patient), 'R-MASK-1:PATIENT_MASKS')
  })

  it('lets the legal representatives of a minor mask, not the minor alone (R-MASK-1, R-MINOR-1, A-3)', () => {
    const minors = withDocuments(minorRecord, doctorsDocument)
    expectAllowed(mask(mum, minors), 'R-MASK-1:PATIENT_MASKS')
    expectAllowed(mask(tutor, minors), 'R-MASK-1:PATIENT_MASKS')
    expectDenied(mask(patient, minors), 'A-3:MINOR_ACTS_THROUGH_REPRESENTATIVES')
  })

  it('denies every third party (R-MASK-1)', () => {
    for (const actor of thirdParties) expectDenied(mask(actor), 'R-MASK-1:NOT_A_CARE_ACTOR')
  })

  it('lets any health professional mask at the patient\'s request, and denies without it (R-MASK-3)', () => {
    expectAllowed(mask(nurse, record, { atPatientRequest: true }), 'R-MASK-3:PROFESSIONAL_MASKS_AT_PATIENT_REQUEST')
    expectAllowed(mask(doctor, record, { atPatientRequest: true }), 'R-MASK-3:PROFESSIONAL_MASKS_AT_PATIENT_REQUEST')
    const d = mask(nurse)
    expectDenied(d, 'R-MASK-3:MASK_NEEDS_PATIENT_REQUEST')
    expect(remedies(d)).toContain('R-MASK-3:PATIENT_MAY_ASK_OR_MASK')
  })

  it('denies a médico-social professional even at the patient\'s request (R-MASK-3)', () => {
    expectDenied(mask(socialWorker, record, { atPatientRequest: true }), 'R-MASK-3:HEALTH_PROFESSIONALS_ONLY')
  })

  it('denies a professional masking who is unauthenticated, blocked or forbidden (R-AUTH-1, R-AUTH-6, R-AUTH-5)', () => {
    expectDenied(mask({ ...nurse, authentication: 'none' }, record, { atPatientRequest: true }), 'R-AUTH-1:AUTHENTICATION_REQUIRED')
    const blocked = { ...record, blocks: [{ target: 'professional' as const, id: 'nurse-1', from: AT }] }
    expectDenied(mask(nurse, blocked, { atPatientRequest: true }), 'R-AUTH-6:PROFESSIONAL_BLOCKED')
    const forbidden = { ...record, authorizations: [{ professionalId: 'nurse-1', status: 'forbidden' as const }] }
    expectDenied(mask(nurse, forbidden, { atPatientRequest: true }), 'R-AUTH-5:ACCESS_AUTHORIZATION_FORBIDDEN')
  })

  it('denies masking a document already masked, saying so (A-4)', () => {
    const masked = { ...doctorsDocument, maskedFromProfessionals: true }
    const rec = withDocuments(adultRecord, masked)
    expectDenied(decideOn('mask', patient, rec, { document: masked }), 'A-4:ALREADY_MASKED')
    expectDenied(decideOn('mask', nurse, rec, { document: masked, atPatientRequest: true }), 'A-4:ALREADY_MASKED')
  })

  it('the patient\'s side acts only on a document it sees: invisible until one month after feeding (R-INVIS-1, R-INVIS-3)', () => {
    const invisible = { ...doctorsDocument, invisibleToPatient: true, addedOn: '2024-05-15' }
    const rec = withDocuments(adultRecord, invisible)
    expectDenied(decideOn('mask', patient, rec, { document: invisible, at: '2024-06-14' }), 'R-INVIS-1:DOCUMENT_INVISIBLE_TO_PATIENT')
    expectAllowed(decideOn('mask', patient, rec, { document: invisible, at: '2024-06-15' }), 'R-INVIS-3:INVISIBILITY_LAPSED')
    // a professional at the patient's request is not bound by what the patient sees
    expect(decideOn('mask', nurse, rec, { document: invisible, at: '2024-06-14', atPatientRequest: true }).allowed).toBe(true)
  })

  it('a legal representative cannot mask a document hidden from the legal representatives (R-MINOR-5)', () => {
    const hidden = { ...doctorsDocument, hiddenFromLegalRepresentatives: true }
    const rec = withDocuments(minorRecord, hidden)
    expectDenied(decideOn('mask', mum, rec, { document: hidden }), 'R-MINOR-5:HIDDEN_FROM_LEGAL_REPRESENTATIVES')
    expect(reasons(decideOn('mask', doctor, rec, { document: hidden, atPatientRequest: true }))).not.toContain(
      'R-MINOR-5:HIDDEN_FROM_LEGAL_REPRESENTATIVES',
    )
  })
})
