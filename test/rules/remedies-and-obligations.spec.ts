// The remedies of denials and the obligations of allowances that docs/rules.md lists under "Codes" for each rule
// id, asserted exactly (the other specs mostly check the reasons). Written for the mutation run (issue 6).
import { describe, expect, it } from 'vitest'
import type { HealthDocument, HealthRecord } from '../../src/domain/types.js'
import { decide, type Request } from '../../src/index.js'
import {
  AT,
  adultRecord,
  decideOn,
  doctor,
  doctorsDocument,
  minorRecord,
  mum,
  nurse,
  obligations,
  patient,
  reasons,
  remedies,
  socialWorker,
  tutor,
  withDocuments,
} from '../actions/document-actions.fixtures.js'
import { OPEN_MATRIX } from '../actions/consult-view.fixtures.js'

const consult = (over: Partial<Request>): Request => ({ action: 'consult', actor: doctor, record: adultRecord, at: AT, ...over })
const newDoc: HealthDocument = { ...doctorsDocument, id: 'new-1', addedOn: AT }

describe('remedies of denials (docs/rules.md, "Codes")', () => {
  it('tells a professional refused by a refused space to open Mon espace santé (R-STATUS-5)', () => {
    const d = decide(consult({ record: { ...adultRecord, status: { kind: 'refused', on: '2024-01-10' } }, careTeam: true, explicitConsent: true }))
    expect(reasons(d)).toEqual(['R-STATUS-5:MES_REFUSED_NO_PROFESSIONAL_ACCESS'])
    expect(remedies(d)).toEqual(['R-STATUS-5:OPEN_MES'])
  })

  it('tells the staff of a blocked establishment to ask the patient to unblock it (R-AUTH-6)', () => {
    const record: HealthRecord = { ...adultRecord, blocks: [{ target: 'establishment', id: 'est-1', from: '2024-01-01' }] }
    const d = decide(consult({ record, careTeam: true, explicitConsent: true }))
    expect(reasons(d)).toEqual(['R-AUTH-6:ESTABLISHMENT_BLOCKED'])
    expect(remedies(d)).toEqual(['R-AUTH-6:ASK_PATIENT_TO_UNBLOCK'])
  })

  it('tells a médico-social professional breaking the glass, and a non-doctor of the centre 15, to collect consent (R-EMERG-1, R-EMERG-2)', () => {
    const glass = decide(consult({ actor: socialWorker, accessMode: 'break-glass' }), { matrix: OPEN_MATRIX })
    expect(reasons(glass)).toContain('R-EMERG-1:BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY')
    expect(remedies(glass)).toContain('R-EMERG-1:COLLECT_EXPLICIT_CONSENT')
    const centre = decide(consult({ actor: nurse, accessMode: 'regulation-centre' }))
    expect(reasons(centre)).toEqual(['R-EMERG-2:REGULATION_CENTRE_DOCTORS_ONLY'])
    expect(remedies(centre)).toEqual(['R-EMERG-2:COLLECT_EXPLICIT_CONSENT'])
  })

  it('tells a masked document refused in an emergency to be unmasked by the patient (R-EMERG-3)', () => {
    const masked: HealthDocument = { ...doctorsDocument, author: { kind: 'professional', id: 'dr-9' }, maskedFromProfessionals: true }
    const record: HealthRecord = {
      ...withDocuments(adultRecord, masked),
      emergencyAccess: { breakGlass: true, regulationCentre: true, maskedDocuments: false },
    }
    const d = decide({ action: 'view', actor: nurse, record, at: AT, accessMode: 'break-glass', document: masked }, { matrix: OPEN_MATRIX })
    expect(reasons(d)).toEqual(['R-EMERG-3:MASKED_REFUSED_IN_EMERGENCY', 'R-MASK-2:DOCUMENT_MASKED_FROM_PROFESSIONALS'])
    expect(remedies(d)).toEqual(['R-EMERG-3:ASK_PATIENT_TO_UNMASK', 'R-MASK-2:ASK_PATIENT_TO_UNMASK'])
  })

  it('tells the producer deleting without a qualified INS to qualify it (R-DEL-1)', () => {
    const record: HealthRecord = {
      ...withDocuments(adultRecord, doctorsDocument),
      patient: { ...adultRecord.patient, ins: { qualified: false } },
      authorizations: [{ professionalId: doctor.id, status: 'valid' }],
    }
    const d = decideOn('delete', doctor, record, { document: doctorsDocument })
    expect(reasons(d)).toEqual(['R-DEL-1:DELETE_NEEDS_INS'])
    expect(remedies(d)).toEqual(['R-DEL-1:QUALIFY_INS'])
  })

  it('tells a professional feeding with an unqualified INS to qualify it (R-FEED-1)', () => {
    const record: HealthRecord = { ...adultRecord, patient: { ...adultRecord.patient, ins: { qualified: false } } }
    const d = decideOn('feed', doctor, record, { participatesInCare: true, document: newDoc })
    expect(reasons(d)).toEqual(['R-FEED-1:QUALIFIED_INS_REQUIRED'])
    expect(remedies(d)).toEqual(['R-FEED-1:QUALIFY_INS'])
  })

  it('tells a professional on an unknown interface to use API v2, and one on API v1 to read the Carte Vitale (R-FEED-2)', () => {
    const unknownApi = decideOn('feed', doctor, adultRecord, { participatesInCare: true, document: newDoc, api: 'v3' as never })
    expect(reasons(unknownApi)).toEqual(['R-FEED-2:UNKNOWN_API'])
    expect(remedies(unknownApi)).toEqual(['R-FEED-2:USE_API_V2'])
    const v1 = decideOn('feed', doctor, adultRecord, { participatesInCare: true, document: { ...newDoc, addedOn: '2023-06-01' }, at: '2023-06-01', api: 'v1' })
    expect(reasons(v1)).toEqual(['R-FEED-2:CARTE_VITALE_READ_REQUIRED'])
    expect(remedies(v1)).toEqual(['R-FEED-2:READ_CARTE_VITALE', 'R-FEED-2:USE_API_V2'])
  })

  it('tells a professional feeding a masked document without the request that the patient may ask or mask (R-MASK-3)', () => {
    const d = decideOn('feed', doctor, adultRecord, { participatesInCare: true, document: { ...newDoc, maskedFromProfessionals: true } })
    expect(reasons(d)).toEqual(['R-MASK-3:MASK_NEEDS_PATIENT_REQUEST'])
    expect(remedies(d)).toEqual(['R-MASK-3:PATIENT_MAY_ASK_OR_MASK'])
  })

  it('tells the patient who tries to lift an invisibility to ask a professional or wait (R-INVIS-2)', () => {
    const invisible: HealthDocument = { ...doctorsDocument, invisibleToPatient: true, addedOn: '2024-06-10' }
    const d = decideOn('make-visible-to-patient', patient, withDocuments(adultRecord, invisible), { document: invisible })
    expect(reasons(d)).toEqual(['R-INVIS-2:PATIENT_SIDE_CANNOT_CHANGE_INVISIBILITY'])
    expect(remedies(d)).toEqual(['R-INVIS-2:ASK_PROFESSIONAL_TO_MAKE_VISIBLE', 'R-INVIS-2:WAIT_FOR_AUTOMATIC_VISIBILITY'])
  })

  it('tells a minor to go through a legal representative (A-3)', () => {
    const d = decide(consult({ actor: patient, record: minorRecord }))
    expect(reasons(d)).toEqual(['A-3:MINOR_ACTS_THROUGH_REPRESENTATIVES'])
    expect(remedies(d)).toEqual(['A-3:ASK_LEGAL_REPRESENTATIVE'])
  })

  // Revision 3 (R-MINOR-8 (c)): the protected adult is the holder whatever the measure (0.2.0 denied them with
  // PROTECTED_ADULT_ACTS_THROUGH_REPRESENTATIVE); what a representative's widening act lacks is the statement that the
  // holder cannot express their will.
  it("tells a represented adult's representative who unmasks to ask the holder or state they cannot express their will (R-MINOR-8)", () => {
    const document = { ...doctorsDocument, maskedFromProfessionals: true }
    const record: HealthRecord = {
      ...adultRecord,
      patient: { ...adultRecord.patient, protectedAdult: true, protection: { measure: 'tutelle', representationOfPerson: true } },
      legalRepresentatives: [{ id: 'tutor', role: 'guardian', doctorPresenceRequired: false }],
      documents: [document],
    }
    const d = decide({ action: 'unmask', actor: { kind: 'legal-representative', id: 'tutor' }, record, at: AT, document })
    expect(reasons(d)).toEqual(['R-MINOR-8:WIDENING_NEEDS_HOLDER_UNABLE_TO_EXPRESS_WILL'])
    expect(remedies(d)).toEqual(['R-MINOR-8:ASK_THE_PROTECTED_ADULT', 'R-MINOR-8:STATE_HOLDER_CANNOT_EXPRESS_WILL'])
  })

  it('tells a parent still listed for an adult under tutelle to list the tuteur with the measure\'s role (R-MINOR-8)', () => {
    const record: HealthRecord = {
      ...adultRecord,
      patient: { ...adultRecord.patient, protectedAdult: true, protection: { measure: 'tutelle', representationOfPerson: true } },
      legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: false }],
    }
    const d = decide(consult({ actor: mum, record }))
    expect(reasons(d)).toEqual(['R-MINOR-8:PARENTAL_AUTHORITY_ENDED_AT_MAJORITY'])
    expect(remedies(d)).toEqual(['R-MINOR-8:LIST_REPRESENTATIVE_WITH_MEASURE_ROLE'])
  })

  it('tells a parent of a child come of age to ask the patient directly (R-MINOR-7)', () => {
    const d = decide(consult({ actor: mum, record: minorRecord, at: '2031-01-01' }))
    expect(reasons(d)).toEqual(['R-MINOR-7:REPRESENTATION_ENDED_AT_MAJORITY'])
    expect(remedies(d)).toEqual(['R-MINOR-7:ASK_PATIENT_DIRECTLY'])
  })
})

describe('obligations of allowances (docs/rules.md, "Codes")', () => {
  it('lets the guardian of a minor consult as R-MINOR-2, not as a parent, with the obligation to associate the minor (R-MINOR-2)', () => {
    const d = decide(consult({ actor: tutor, record: minorRecord }))
    expect(reasons(d)).toEqual(['R-MINOR-2:GUARDIAN_ACTS_FOR_MINOR', 'R-STATUS-1:MES_ACTIVE'])
    expect(obligations(d)).toEqual(['R-MINOR-2:ASSOCIATE_THE_MINOR'])
  })

  it('only obliges a professional feeding a visible document to inform the patient beforehand (R-CONSENT-6, R-INVIS-3)', () => {
    const d = decideOn('feed', doctor, adultRecord, { participatesInCare: true, document: newDoc })
    expect(d.allowed).toBe(true)
    expect(obligations(d)).toEqual(['R-CONSENT-6:INFORM_PATIENT_BEFORE_FEEDING'])
    const invisible = decideOn('feed', doctor, adultRecord, { participatesInCare: true, document: { ...newDoc, invisibleToPatient: true } })
    expect(obligations(invisible)).toEqual([
      'R-CONSENT-6:INFORM_PATIENT_BEFORE_FEEDING',
      'R-INVIS-3:INVISIBILITY_LAPSES_AFTER_ONE_MONTH',
    ])
  })

  it('shows the patient a document hidden from the legal representatives without the notice meant for professionals (R-MINOR-5)', () => {
    const hidden: HealthDocument = { ...doctorsDocument, hiddenFromLegalRepresentatives: true }
    const d = decide({ action: 'view', actor: patient, record: withDocuments(adultRecord, hidden), at: AT, document: hidden })
    expect(d.allowed).toBe(true)
    expect(obligations(d)).toEqual([])
    const pro = decide(
      { action: 'view', actor: nurse, record: withDocuments(adultRecord, hidden), at: AT, careTeam: true, explicitConsent: true, document: hidden },
      { matrix: OPEN_MATRIX },
    )
    expect(obligations(pro)).toContain('R-MINOR-5:SHOW_HIDDEN_FROM_REPRESENTATIVES_NOTICE')
  })

  it('cites R-ACTOR-4 when a médico-social professional of the care team, with a role, consults (R-ACTOR-4)', () => {
    const d = decide(consult({ actor: socialWorker, careTeam: true, explicitConsent: true }), { matrix: OPEN_MATRIX })
    expect(d.allowed).toBe(true)
    expect(reasons(d)).toContain('R-ACTOR-4:MEDICO_SOCIAL_IN_CARE_TEAM')
  })
})
