// Issue 12: what the legal review of catalogue revision 2 found the 0.1 engine doing, one test per finding, named
// after its rule. Each is decided by the engine AND the independent reference model (expectDecision).
import { describe, it } from 'vitest'
import type { HealthDocument, HealthRecord, ProfessionalActor, Request } from '../../src/domain/types.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import { adultRecord, doctor, expectDecision, reportByDoctor } from './fixtures.js'

const AT = '2024-06-01'
const everything: AuthorizationMatrix = {
  version: 'test',
  grants: [
    { profession: 'medecin', typeCodes: '*' },
    { profession: 'infirmier', typeCodes: '*' },
    { profession: 'medico-social', role: 'social-worker', typeCodes: '*' },
  ],
}
const minor: HealthRecord = {
  ...adultRecord,
  patient: { ...adultRecord.patient, birthDate: '2010-01-01' },
  legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: false }],
}
const fresh = (over: Partial<HealthDocument> = {}): HealthDocument => ({ ...reportByDoctor, id: 'new', addedOn: AT, ...over })
const colleague: ProfessionalActor = { kind: 'professional', id: 'dr-2', profession: 'medecin', authentication: 'cps', establishmentId: 'FIN-A' }

describe('revision 2 findings (issue 12)', () => {
  it("R-ACTOR-3: an insurer's doctor with the patient's agreement but no part in the care is denied", () => {
    expectDecision({ action: 'consult', actor: doctor, record: adultRecord, at: AT, explicitConsent: true }, { allowed: false, rules: ['R-ACTOR-3'] })
  })

  it('R-CONSENT-1: a care-team member with no consent ever collected is denied; with the consent, or one recorded for the establishment, allowed', () => {
    const team = { action: 'consult', actor: colleague, at: AT, careTeam: true } as const
    expectDecision({ ...team, record: adultRecord }, { allowed: false, rules: ['R-CONSENT-1'] })
    expectDecision({ ...team, record: adultRecord, explicitConsent: true }, { allowed: true, rules: ['R-CONSENT-1', 'R-STATUS-1'] })
    const recorded = { ...adultRecord, authorizations: [{ establishmentId: 'FIN-A', status: 'valid' as const }] }
    expectDecision({ ...team, record: recorded }, { allowed: true, rules: ['R-CONSENT-1', 'R-STATUS-1'] })
  })

  it('R-ACTOR-4, R-FEED-1: médico-social staff of the care team feed their own document', () => {
    const social: ProfessionalActor = { kind: 'professional', id: 'sw-1', profession: 'medico-social', role: 'social-worker', authentication: 'cps' }
    expectDecision(
      { action: 'feed', actor: social, record: adultRecord, at: AT, careTeam: true, document: fresh({ author: { kind: 'professional', id: 'sw-1' } }) },
      { allowed: true, rules: ['R-ACTOR-4', 'R-FEED-1', 'R-STATUS-1'] },
    )
  })

  it("R-FEED-1: a hospital's software feeds a report of one of its doctors; the originating laboratory a subcontracted analysis (R-FEED-5)", () => {
    const software: ProfessionalActor = { kind: 'professional', id: 'hospital-sw', profession: 'medecin', authentication: 'indirect', establishmentId: 'FIN-A' }
    const byItsDoctor = fresh({ author: { kind: 'professional', id: 'dr-7', establishmentId: 'FIN-A' } })
    expectDecision({ action: 'feed', actor: software, record: adultRecord, at: AT, careTeam: true, document: byItsDoctor }, { allowed: true, rules: ['R-FEED-1', 'R-STATUS-1'] })
    const lab: ProfessionalActor = { kind: 'professional', id: 'bio-1', profession: 'pharmacien', authentication: 'cps', establishmentId: 'LAB-B' }
    const analysis = fresh({ typeCode: '11502-2', author: { kind: 'professional', id: 'bio-9', establishmentId: 'LAB-SPECIAL' }, subcontractedBy: 'LAB-B' })
    expectDecision({ action: 'feed', actor: lab, record: adultRecord, at: AT, participatesInCare: true, document: analysis }, { allowed: true, rules: ['R-FEED-1', 'R-STATUS-1'] })
  })

  it('R-FEED-2: a consultation through API v1 in 2024 is denied', () => {
    expectDecision({ action: 'consult', actor: colleague, record: adultRecord, at: AT, careTeam: true, explicitConsent: true, api: 'v1', carteVitaleRead: true }, { allowed: false, rules: ['R-FEED-2'] })
  })

  it('R-PATIENT-1: the treating doctor reads the access traces', () => {
    expectDecision({ action: 'view-history', actor: doctor, record: { ...adultRecord, treatingDoctorIds: ['dr-1'] }, at: AT }, { allowed: true, rules: ['R-PATIENT-1', 'R-STATUS-1'] })
  })

  it('R-INVIS-2: a health professional who may see it, not only its author, ends the invisibility', () => {
    const invisible = { ...reportByDoctor, invisibleToPatient: true, addedOn: '2024-05-20' }
    expectDecision(
      { action: 'make-visible-to-patient', actor: colleague, record: { ...adultRecord, documents: [invisible] }, at: AT, careTeam: true, explicitConsent: true, document: invisible },
      { allowed: true, rules: ['R-AUTH-7', 'R-CONSENT-1', 'R-INVIS-1', 'R-INVIS-2', 'R-STATUS-1'] },
      everything,
    )
  })

  it('R-MASK-2: a colleague of the establishment that placed a masked document sees it', () => {
    const masked = { ...reportByDoctor, author: { kind: 'professional' as const, id: 'dr-1', establishmentId: 'FIN-A' }, maskedFromProfessionals: true }
    expectDecision(
      { action: 'view', actor: colleague, record: { ...adultRecord, documents: [masked] }, at: AT, careTeam: true, explicitConsent: true, document: masked },
      { allowed: true, rules: ['R-AUTH-7', 'R-CONSENT-1', 'R-MASK-2', 'R-STATUS-1'] },
      everything,
    )
  })

  it("R-MASK-4: a treating doctor cannot unmask against the patient's expressed opposition, nor without their request", () => {
    const masked = { ...reportByDoctor, maskedFromProfessionals: true }
    const record = { ...adultRecord, treatingDoctorIds: ['dr-2'], documents: [masked] }
    const unmask = { action: 'unmask', actor: colleague, record, at: AT, document: masked } as const
    expectDecision({ ...unmask, atPatientRequest: true, patientOpposes: true }, { allowed: false, rules: ['R-MASK-4'] })
    expectDecision(unmask, { allowed: false, rules: ['R-MASK-4'] })
    expectDecision({ ...unmask, atPatientRequest: true }, { allowed: true, rules: ['R-MASK-4', 'R-STATUS-1'] })
  })

  it('R-DEL-1: a professional deletes their document on a deactivated space', () => {
    const record = { ...adultRecord, status: { kind: 'deactivated' as const }, authorizations: [{ professionalId: 'dr-1', status: 'valid' as const }], documents: [reportByDoctor] }
    expectDecision({ action: 'delete', actor: doctor, record, at: AT, document: reportByDoctor }, { allowed: true, rules: ['R-DEL-1', 'R-STATUS-2'] })
  })

  it('R-EMERG-2: regulation-centre mode with the consent, on a patient who refused that mode, is decided as normal', () => {
    const refused = { ...adultRecord, emergencyAccess: { breakGlass: true, regulationCentre: false, maskedDocuments: true } }
    expectDecision(
      { action: 'consult', actor: colleague, record: refused, at: AT, careTeam: true, explicitConsent: true, accessMode: 'regulation-centre' },
      { allowed: true, rules: ['R-CONSENT-1', 'R-STATUS-1'] },
    )
  })

  it('R-EMERG-1: feeding in break-glass mode on a patient who refused that mode is denied', () => {
    const refused = { ...adultRecord, emergencyAccess: { breakGlass: false, regulationCentre: true, maskedDocuments: true } }
    expectDecision({ action: 'feed', actor: doctor, record: refused, at: AT, accessMode: 'break-glass', document: fresh() }, { allowed: false, rules: ['R-EMERG-1'] })
  })

  it('R-PATIENT-4, R-FEED-3, R-MINOR-5, R-MINOR-6: close, modify, hide-from-representatives, require-doctor-presence exist', () => {
    expectDecision({ action: 'close', actor: { kind: 'patient' }, record: adultRecord, at: AT }, { allowed: true, rules: ['R-ACTOR-3', 'R-PATIENT-4', 'R-STATUS-1'] })
    expectDecision({ action: 'close', actor: doctor, record: adultRecord, at: AT }, { allowed: false, rules: ['R-PATIENT-4'] })
    const own = { ...reportByDoctor, id: 'mine', author: { kind: 'patient' as const } }
    expectDecision({ action: 'modify', actor: { kind: 'patient' }, record: { ...adultRecord, documents: [own, reportByDoctor] }, at: AT, document: own }, { allowed: true, rules: ['R-ACTOR-3', 'R-AUTH-8', 'R-FEED-3', 'R-STATUS-1'] })
    expectDecision({ action: 'modify', actor: { kind: 'patient' }, record: { ...adultRecord, documents: [own, reportByDoctor] }, at: AT, document: reportByDoctor }, { allowed: false, rules: ['R-FEED-3'] })
    const report = { ...reportByDoctor }
    const request: Request = { action: 'hide-from-representatives', actor: doctor, record: { ...minor, documents: [report] }, at: AT, careTeam: true, explicitConsent: true, atPatientRequest: true, document: report }
    expectDecision(request, { allowed: true, rules: ['R-AUTH-8', 'R-CONSENT-1', 'R-MINOR-5', 'R-STATUS-1'] })
    // Revision 3 (R-MINOR-6): the professional takes part in the minor's care.
    expectDecision({ action: 'require-doctor-presence', actor: doctor, record: minor, at: AT, atPatientRequest: true, representativeId: 'mum', careTeam: true }, { allowed: true, rules: ['R-MINOR-6', 'R-STATUS-1'] })
    expectDecision({ action: 'require-doctor-presence', actor: { kind: 'legal-representative', id: 'mum' }, record: minor, at: AT, representativeId: 'mum' }, { allowed: false, rules: ['R-MINOR-6'] })
  })

  it('R-ACTOR-7: the occupational doctor consults with the express consent only, never in an emergency', () => {
    const occupational: ProfessionalActor = { ...doctor, occupationalDoctor: true }
    expectDecision({ action: 'consult', actor: occupational, record: adultRecord, at: AT, explicitConsent: true }, { allowed: true, rules: ['R-ACTOR-7', 'R-STATUS-1'] })
    expectDecision({ action: 'consult', actor: occupational, record: adultRecord, at: AT, careTeam: true }, { allowed: false, rules: ['R-ACTOR-7'] })
    expectDecision({ action: 'consult', actor: occupational, record: adultRecord, at: AT, explicitConsent: true, accessMode: 'break-glass' }, { allowed: false, rules: ['R-ACTOR-7'] })
  })
})
