// Found by the reviews of 0.1 (issue 11): the engine decided on the caller's copy of a document. A nurse saw a
// masked document by sending a copy marked unmasked; a doctor deleted someone else's document by naming himself
// as its author; the patient saw a document invisible to them by clearing the flag; a document absent from the
// record was decided on. A-7: the record's copy decides, and a forged or foreign copy is denied.
import { describe, expect, it } from 'vitest'
import type { HealthDocument, HealthRecord, ProfessionalActor, Request } from '../../src/domain/types.js'
import { isVisibleTo, visibleDocuments } from '../../src/engine/api.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import { adultRecord, doctor, expectDecision, reportByDoctor } from './fixtures.js'

const nurse: ProfessionalActor = { kind: 'professional', id: 'nurse-1', profession: 'infirmier', authentication: 'cps' }
const everything: AuthorizationMatrix = {
  version: 'test',
  grants: [
    { profession: 'infirmier', typeCodes: '*' },
    { profession: 'medecin', typeCodes: '*' },
  ],
}
const masked: HealthDocument = { ...reportByDoctor, id: 'd1', maskedFromProfessionals: true }
const byColleague: HealthDocument = { ...reportByDoctor, id: 'd2', author: { kind: 'professional', id: 'dr-2' } }
const invisible: HealthDocument = { ...reportByDoctor, id: 'd3', invisibleToPatient: true, addedOn: '2024-05-20' }
const record: HealthRecord = {
  ...adultRecord,
  authorizations: [{ professionalId: 'dr-1', status: 'valid' }],
  documents: [masked, byColleague, invisible],
}
const AT = '2024-06-01'

describe('regression: the record is the source of truth for its documents (A-7)', () => {
  it('denies a nurse the masked document she sends as unmasked, as visibleDocuments does (A-7, R-MASK-2)', () => {
    const request: Request = { action: 'view', actor: nurse, record, at: AT, careTeam: true, explicitConsent: true, document: { ...masked, maskedFromProfessionals: false } }
    expectDecision(request, { allowed: false, rules: ['A-7', 'R-MASK-2'] }, everything)
    const listed = visibleDocuments(request, { matrix: everything }).find((x) => x.document.id === 'd1')
    expect(listed?.decision.allowed).toBe(false)
    expect(isVisibleTo({ ...request, action: 'view', document: masked }, { matrix: everything }).allowed).toBe(false)
  })

  it("denies a doctor the deletion of a colleague's document he sends as his own (A-7, R-DEL-1)", () => {
    const forged: Request = { action: 'delete', actor: doctor, record, at: AT, document: { ...byColleague, author: { kind: 'professional', id: 'dr-1' } } }
    expectDecision(forged, { allowed: false, rules: ['A-7', 'R-DEL-1'] }, everything)
  })

  it('denies the patient a document invisible to them sent with the flag cleared (A-7, R-INVIS-1)', () => {
    const forged: Request = { action: 'view', actor: { kind: 'patient' }, record, at: AT, document: { ...invisible, invisibleToPatient: false } }
    expectDecision(forged, { allowed: false, rules: ['A-7', 'R-INVIS-1'] }, everything)
  })

  it('denies a document the record does not hold, even to its author (A-7)', () => {
    const foreign: Request = { action: 'view', actor: doctor, record, at: AT, careTeam: true, explicitConsent: true, document: { ...reportByDoctor, id: 'elsewhere' } }
    expectDecision(foreign, { allowed: false, rules: ['A-7'] }, everything)
  })

  it("decides the record's own copy exactly as before: the author sees it, the nurse does not (R-AUTH-8, R-MASK-2)", () => {
    expectDecision({ action: 'view', actor: doctor, record, at: AT, careTeam: true, explicitConsent: true, document: masked }, { allowed: true, rules: ['R-AUTH-8', 'R-CONSENT-1', 'R-MASK-2', 'R-STATUS-1'] }, everything)
  })
})
