// Catalogue revision 2 (design/RULES.md, rows marked **rev. 2**): one test per behaviour the revision changed or
// added, named after its rule, through the public API only.
import { describe, expect, it } from 'vitest'
import {
  canClose,
  canConsult,
  canDelete,
  canFeed,
  canHideFromRepresentatives,
  canMakeVisibleToPatient,
  canModify,
  canRequestPostMortemAccess,
  canRequireDoctorPresence,
  canUnmask,
  canViewHistory,
  isVisibleTo,
  type Decision,
  type HealthDocument,
  type HealthRecord,
  type ProfessionalActor,
} from '../../src/index.js'
import { OPEN_MATRIX } from '../actions/consult-view.fixtures.js'
import {
  AT,
  adultRecord,
  doctor,
  doctorsDocument,
  minorRecord,
  mum,
  nurse,
  patient,
  patientsDocument,
  socialWorker,
  treatingDoctor,
  withDocuments,
  withTreatingDoctor,
} from '../actions/document-actions.fixtures.js'

const why = (d: Decision): ReadonlyArray<string> => d.reasons.map((r) => `${r.rule}:${r.code}`)
const obligations = (d: Decision): ReadonlyArray<string> => (d.allowed ? d.obligations.map((o) => `${o.rule}:${o.code}`) : [])
const remedies = (d: Decision): ReadonlyArray<string> => (d.allowed ? [] : d.remedies.map((o) => `${o.rule}:${o.code}`))
const expectAllowed = (d: Decision, reason: string): void => {
  expect(d.allowed, JSON.stringify(why(d))).toBe(true)
  expect(why(d)).toContain(reason)
}
const expectDenied = (d: Decision, reason: string): void => {
  expect(d.allowed, JSON.stringify(why(d))).toBe(false)
  expect(why(d)).toContain(reason)
}

/** The care team's consultation with the team's consent collected (R-CONSENT-1 rev. 2). */
const withConsent = { careTeam: true, explicitConsent: true } as const

describe('who takes part in the care (R-ACTOR-3, R-ACTOR-4, R-ACTOR-7)', () => {
  it('denies an insurer’s medical adviser, a doctor who takes no part in the care, even with the patient’s explicit consent (R-ACTOR-3)', () => {
    const adviser: ProfessionalActor = { kind: 'professional', id: 'dr-insurer', profession: 'medecin', authentication: 'cps' }
    const d = canConsult({ actor: adviser, record: adultRecord, at: AT, explicitConsent: true })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-ACTOR-3:NOT_PARTICIPATING_IN_CARE'])
    // The same doctor taking part in the care, with the same consent, consults (R-CONSENT-2).
    expectAllowed(canConsult({ actor: adviser, record: adultRecord, at: AT, explicitConsent: true, participatesInCare: true }), 'R-CONSENT-2:EXPLICIT_CONSENT_COLLECTED')
  })

  it('lets a médico-social professional of the care team, with a role, feed their own document (R-ACTOR-4, R-FEED-1)', () => {
    const own: HealthDocument = { ...doctorsDocument, id: 'ms-doc', author: { kind: 'professional', id: socialWorker.id }, addedOn: AT }
    const d = canFeed({ actor: socialWorker, record: adultRecord, at: AT, document: own, careTeam: true })
    expectAllowed(d, 'R-FEED-1:PROFESSIONAL_FEEDS_OWN_DOCUMENT')
    expect(why(d)).toContain('R-ACTOR-4:MEDICO_SOCIAL_IN_CARE_TEAM')
  })

  describe('the occupational doctor (R-ACTOR-7)', () => {
    const occupational: ProfessionalActor = { ...doctor, id: 'dr-work', occupationalDoctor: true }

    it('consults with the person’s express consent (R-ACTOR-7)', () => {
      const d = canConsult({ actor: occupational, record: adultRecord, at: AT, explicitConsent: true })
      expectAllowed(d, 'R-ACTOR-7:OCCUPATIONAL_DOCTOR_EXPRESS_CONSENT')
    })

    it('is denied without it, even through the care team, and the denial says the refusal is not a fault (R-ACTOR-7)', () => {
      for (const d of [
        canConsult({ actor: occupational, record: adultRecord, at: AT }),
        canConsult({ actor: occupational, record: adultRecord, at: AT, careTeam: true }),
      ]) {
        expect(d.allowed).toBe(false)
        expect(why(d)).toEqual(['R-ACTOR-7:OCCUPATIONAL_DOCTOR_NEEDS_EXPRESS_CONSENT'])
        expect(d.reasons[0]?.message.en).toMatch(/not a fault/i)
        expect(d.reasons[0]?.message.fr).toMatch(/n'est pas une faute/i)
      }
    })

    it('is denied in break-glass, consent or not (R-ACTOR-7)', () => {
      const d = canConsult({ actor: occupational, record: adultRecord, at: AT, explicitConsent: true, accessMode: 'break-glass' })
      expectDenied(d, 'R-ACTOR-7:OCCUPATIONAL_DOCTOR_NO_EMERGENCY_ACCESS')
    })
  })
})

describe('the care team’s consent (R-CONSENT-1)', () => {
  it('denies a care-team member without the patient’s consent, with the remedy to collect it (R-CONSENT-1)', () => {
    const d = canConsult({ actor: doctor, record: adultRecord, at: AT, careTeam: true })
    expect(d.allowed).toBe(false)
    expect(why(d)).toEqual(['R-CONSENT-1:CARE_TEAM_CONSENT_MISSING'])
    expect(remedies(d)).toEqual(['R-CONSENT-1:COLLECT_CARE_TEAM_CONSENT'])
  })

  it('lets a care-team member consult with the consent declared with the request (R-CONSENT-1)', () => {
    const d = canConsult({ actor: doctor, record: adultRecord, at: AT, ...withConsent })
    expectAllowed(d, 'R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED')
    expect(obligations(d)).toEqual(expect.arrayContaining(['R-CONSENT-1:INFORM_PATIENT_EACH_EPISODE', 'R-CONSENT-1:CONSULT_ONLY_WHAT_CARE_NEEDS']))
  })

  it('lets a care-team member consult on a valid authorisation recorded for their establishment (R-CONSENT-1)', () => {
    const record: HealthRecord = { ...adultRecord, authorizations: [{ establishmentId: 'est-1', status: 'valid' }] }
    expectAllowed(canConsult({ actor: doctor, record, at: AT, careTeam: true }), 'R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED')
  })
})

describe('protected adults (R-MINOR-8)', () => {
  const protectedAdult = (representationOfPerson: boolean, measure: 'tutelle' | 'curatelle'): HealthRecord => ({
    ...adultRecord,
    patient: { ...adultRecord.patient, protectedAdult: true, protection: { measure, representationOfPerson } },
    legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: false }],
  })

  // Revision 3 (R-MINOR-8 (a)): a parent the judge named tuteur is listed `guardian`; still listed `parent`, denied.
  it('lets a parent named tuteur of a protected adult whose measure represents the person act for them, listed as guardian (R-MINOR-8)', () => {
    const named = { ...protectedAdult(true, 'tutelle'), legalRepresentatives: [{ id: 'mum', role: 'guardian' as const, doctorPresenceRequired: false }] }
    expectAllowed(canConsult({ actor: mum, record: named, at: AT }), 'R-MINOR-8:REPRESENTATIVE_ACTS_FOR_PROTECTED_ADULT')
    expectDenied(canConsult({ actor: mum, record: protectedAdult(true, 'tutelle'), at: AT }), 'R-MINOR-8:PARENTAL_AUTHORITY_ENDED_AT_MAJORITY')
  })

  it('lets an adult under curatelle (no representation of the person) consult alone, and refuses their representative (R-MINOR-8)', () => {
    const record = protectedAdult(false, 'curatelle')
    expectAllowed(canConsult({ actor: patient, record, at: AT }), 'R-MINOR-8:PROTECTED_ADULT_DECIDES_PERSONALLY')
    expectDenied(canConsult({ actor: mum, record, at: AT }), 'R-MINOR-8:NO_REPRESENTATION_OF_THE_PERSON')
  })
})

describe('feeding (R-FEED-1, R-FEED-2, R-FEED-3, R-FEED-5, R-EMERG-1)', () => {
  it('lets a hospital’s software (indirect authentication of establishment E) feed a report a doctor of E authored (R-FEED-1)', () => {
    const software: ProfessionalActor = { kind: 'professional', id: 'his-E', profession: 'medecin', authentication: 'indirect', establishmentId: 'E' }
    const report: HealthDocument = { ...doctorsDocument, id: 'cr-E', author: { kind: 'professional', id: 'dr-E', establishmentId: 'E' }, addedOn: AT }
    const d = canFeed({ actor: software, record: adultRecord, at: AT, document: report, participatesInCare: true })
    expectAllowed(d, 'R-FEED-1:ESTABLISHMENT_FEEDS_ITS_PROFESSIONALS_DOCUMENT')
  })

  it('lets the originating laboratory feed an analysis it subcontracted (R-FEED-1, R-FEED-5)', () => {
    const lab: ProfessionalActor = { kind: 'professional', id: 'bio-A', profession: 'medecin', authentication: 'indirect', establishmentId: 'LAB-A' }
    const analysis: HealthDocument = {
      ...doctorsDocument,
      id: 'analysis-1',
      typeCode: '11502-2',
      author: { kind: 'professional', id: 'bio-B', establishmentId: 'LAB-B' },
      subcontractedBy: 'LAB-A',
      addedOn: AT,
    }
    const d = canFeed({ actor: lab, record: adultRecord, at: AT, document: analysis, participatesInCare: true })
    expectAllowed(d, 'R-FEED-1:ORIGINATING_LABORATORY_FEEDS_ANALYSIS')
  })

  it('denies a consultation through API v1 in 2024, Carte Vitale read or not (R-FEED-2)', () => {
    const d = canConsult({ actor: doctor, record: adultRecord, at: AT, ...withConsent, api: 'v1', carteVitaleRead: true })
    expectDenied(d, 'R-FEED-2:API_V1_RETIRED')
    expect(remedies(d)).toContain('R-FEED-2:USE_API_V2')
  })

  it('lets the patient modify a document they added, not a professional’s document (R-FEED-3)', () => {
    const record = withDocuments(adultRecord, doctorsDocument, patientsDocument)
    expectAllowed(canModify({ actor: patient, record, at: AT, document: patientsDocument }), 'R-FEED-3:PATIENT_MODIFIES_OWN_DOCUMENT')
    expectDenied(canModify({ actor: patient, record, at: AT, document: doctorsDocument }), 'R-FEED-3:PATIENT_MODIFIES_OWN_DOCUMENTS_ONLY')
  })

  it('denies feeding in break-glass on a patient who refused that mode beforehand (R-EMERG-1)', () => {
    const record: HealthRecord = { ...adultRecord, emergencyAccess: { breakGlass: false, regulationCentre: true, maskedDocuments: true } }
    const document: HealthDocument = { ...doctorsDocument, id: 'new-1', addedOn: AT }
    const d = canFeed({ actor: doctor, record, at: AT, document, accessMode: 'break-glass' })
    expectDenied(d, 'R-EMERG-1:BREAK_GLASS_FEEDING_REFUSED_BY_PATIENT')
    expect(remedies(d)).toContain('R-EMERG-1:FEED_IN_NORMAL_MODE')
  })
})

describe('the activity history (R-PATIENT-1)', () => {
  it('lets the treating doctor read every trace (R-PATIENT-1)', () => {
    const d = canViewHistory({ actor: treatingDoctor, record: withTreatingDoctor(adultRecord), at: AT })
    expectAllowed(d, 'R-PATIENT-1:TREATING_DOCTOR_READS_HISTORY')
    expect(obligations(d)).toContain('R-PATIENT-1:HISTORY_SCOPE_ALL_TRACES')
  })

  it('lets another professional read the traces of their own actions only (R-PATIENT-1)', () => {
    const d = canViewHistory({ actor: nurse, record: withTreatingDoctor(adultRecord), at: AT })
    expectAllowed(d, 'R-PATIENT-1:PROFESSIONAL_READS_OWN_TRACES')
    expect(obligations(d)).toContain('R-PATIENT-1:HISTORY_SCOPE_OWN_ACTIONS')
    expect(obligations(d)).not.toContain('R-PATIENT-1:HISTORY_SCOPE_ALL_TRACES')
  })

  it('lets a parent read the history without the traces of documents hidden from the representatives (R-PATIENT-1)', () => {
    const d = canViewHistory({ actor: mum, record: minorRecord, at: AT })
    expectAllowed(d, 'R-PATIENT-1:PATIENT_READS_HISTORY')
    expect(obligations(d)).toContain('R-PATIENT-1:HISTORY_SCOPE_WITHOUT_HIDDEN_DOCUMENTS')
  })
})

describe('masking and invisibility (R-INVIS-2, R-MASK-2, R-MASK-4)', () => {
  it('lets a health professional who is not the author, and may see the document, make it visible at the announcement (R-INVIS-2)', () => {
    const invisible: HealthDocument = { ...doctorsDocument, addedOn: '2024-06-01', invisibleToPatient: true }
    const d = canMakeVisibleToPatient({ actor: nurse, record: withDocuments(adultRecord, invisible), at: AT, document: invisible, ...withConsent }, { matrix: OPEN_MATRIX })
    expectAllowed(d, 'R-INVIS-2:PROFESSIONAL_MAKES_VISIBLE_AT_ANNOUNCEMENT')
    expect(obligations(d)).toContain('R-INVIS-2:DELIVER_AT_ANNOUNCEMENT_CONSULTATION')
  })

  it('shows a masked document to a colleague of the author’s establishment (R-MASK-2)', () => {
    const masked: HealthDocument = { ...doctorsDocument, maskedFromProfessionals: true } // authored by dr-1 of est-1
    const colleague: ProfessionalActor = { ...nurse, id: 'nurse-est-1', establishmentId: 'est-1' }
    const d = isVisibleTo({ actor: colleague, record: withDocuments(adultRecord, masked), at: AT, document: masked, ...withConsent }, { matrix: OPEN_MATRIX })
    expectAllowed(d, 'R-MASK-2:MASKED_VISIBLE_TO_PLACING_ESTABLISHMENT')
  })

  it('denies the treating doctor unmasking against the patient’s opposition, or without the patient’s request (R-MASK-4)', () => {
    const masked: HealthDocument = { ...doctorsDocument, maskedFromProfessionals: true }
    const record = withTreatingDoctor(withDocuments(adultRecord, masked))
    const request = { actor: treatingDoctor, record, at: AT, document: masked }
    expectDenied(canUnmask({ ...request, atPatientRequest: true, patientOpposes: true }), 'R-MASK-4:UNMASK_AGAINST_OPPOSITION')
    expectDenied(canUnmask(request), 'R-MASK-4:UNMASK_NEEDS_PATIENT_REQUEST')
    expectAllowed(canUnmask({ ...request, atPatientRequest: true }), 'R-MASK-4:TREATING_DOCTOR_UNMASKS')
  })
})

describe('deletion and emergency modes (R-DEL-1, R-EMERG-2)', () => {
  it('lets the producer delete on a deactivated space (R-DEL-1)', () => {
    const record: HealthRecord = {
      ...withDocuments(adultRecord, doctorsDocument),
      status: { kind: 'deactivated' },
      authorizations: [{ professionalId: doctor.id, status: 'valid' }],
    }
    expectAllowed(canDelete({ actor: doctor, record, at: AT, document: doctorsDocument }), 'R-DEL-1:PRODUCER_DELETES')
  })

  it('lets the regulation centre consult with the care team’s consent on a patient who refused that mode: decided in the normal mode’s terms (R-EMERG-2)', () => {
    const record: HealthRecord = { ...adultRecord, emergencyAccess: { breakGlass: true, regulationCentre: false, maskedDocuments: true } }
    const d = canConsult({ actor: doctor, record, at: AT, accessMode: 'regulation-centre', ...withConsent })
    expectAllowed(d, 'R-CONSENT-1:CARE_TEAM_CONSENT_COLLECTED')
    expect(why(d)).not.toContain('R-EMERG-2:REGULATION_CENTRE_REFUSED_BY_PATIENT')
  })
})

describe('heirs (R-ACTOR-5, R-ACTOR-6)', () => {
  const deceased: HealthRecord = {
    ...adultRecord,
    patient: { ...adultRecord.patient, deceasedOn: '2024-05-01' },
    status: { kind: 'closed', on: '2024-05-01' },
  }

  it('tells heirs refused the space that they may request the information they need (R-ACTOR-6)', () => {
    const d = canConsult({ actor: { kind: 'third-party', party: 'heir' }, record: deceased, at: AT })
    expect(d.allowed).toBe(false)
    expect(remedies(d)).toContain('R-ACTOR-5:HEIR_MAY_REQUEST_INFORMATION')
  })

  it('allows a heir’s request for the causes of death after the death; denies it before the death, or against the deceased’s opposition (R-ACTOR-6)', () => {
    const after = canRequestPostMortemAccess({ requester: 'heir', purpose: 'causes-of-death', record: deceased, at: AT })
    expectAllowed(after, 'R-ACTOR-6:POST_MORTEM_INFORMATION_FOR_PURPOSE')
    expect(obligations(after)).toContain('R-ACTOR-6:COMMUNICATE_ONLY_WHAT_PURPOSE_NEEDS')
    expectDenied(
      canRequestPostMortemAccess({ requester: 'heir', purpose: 'causes-of-death', record: deceased, at: '2024-04-30' }),
      'R-ACTOR-6:POST_MORTEM_HOLDER_NOT_DECEASED',
    )
    expectDenied(
      canRequestPostMortemAccess({ requester: 'heir', purpose: 'causes-of-death', record: deceased, at: AT, deceasedOpposed: true }),
      'R-ACTOR-6:POST_MORTEM_OPPOSED_BY_DECEASED',
    )
  })
})

describe('the patient’s side and the minor’s protections (R-PATIENT-4, R-MINOR-5, R-MINOR-6)', () => {
  it('lets the holder close the space, not a professional (R-PATIENT-4)', () => {
    const d = canClose({ actor: patient, record: adultRecord, at: AT })
    expectAllowed(d, 'R-PATIENT-4:PATIENT_SIDE_CLOSES')
    expect(obligations(d)).toContain('R-PATIENT-4:CLOSING_STARTS_RETENTION')
    expectDenied(canClose({ actor: doctor, record: adultRecord, at: AT, ...withConsent }), 'R-PATIENT-4:CLOSE_BY_PATIENT_SIDE_ONLY')
  })

  it('lets a professional hide a document from the representatives at the minor’s request, not without it (R-MINOR-5)', () => {
    const record = withDocuments(minorRecord, doctorsDocument)
    const request = { actor: doctor, record, at: AT, document: doctorsDocument, ...withConsent }
    const d = canHideFromRepresentatives({ ...request, atPatientRequest: true })
    expectAllowed(d, 'R-MINOR-5:HIDDEN_FROM_REPRESENTATIVES_AT_MINOR_REQUEST')
    expect(obligations(d)).toContain('R-MINOR-5:ATTEST_MINOR_SECRET_CARE')
    expectDenied(canHideFromRepresentatives(request), 'R-MINOR-5:MINOR_PROTECTION_NEEDS_MINOR_REQUEST')
  })

  // Revision 3 (R-MINOR-6): the professional takes part in the minor's care (0.2.0 did not ask).
  it('lets a professional taking part in the care require a doctor’s presence for a representative at the minor’s request; a parent cannot (R-MINOR-6)', () => {
    expectAllowed(
      canRequireDoctorPresence({ actor: doctor, record: minorRecord, at: AT, atPatientRequest: true, representativeId: 'mum', participatesInCare: true }),
      'R-MINOR-6:DOCTOR_PRESENCE_SET_AT_MINOR_REQUEST',
    )
    expectDenied(
      canRequireDoctorPresence({ actor: doctor, record: minorRecord, at: AT, atPatientRequest: true, representativeId: 'mum' }),
      'R-MINOR-6:DOCTOR_PRESENCE_BY_PROFESSIONAL_IN_CARE',
    )
    expectDenied(
      canRequireDoctorPresence({ actor: mum, record: minorRecord, at: AT, atPatientRequest: true, representativeId: 'tutor' }),
      'R-MINOR-6:DOCTOR_PRESENCE_SET_BY_PROFESSIONAL',
    )
  })
})
