// The requests of the Revision 3 regression tests (issue 20), as plain data: test/regressions/revision-3.spec.ts
// asserts the 0.3.0 answer of each; the same data, run on the 0.2.0 engine (commit 2067f3a), gave the answers the
// spec lists as `answer020` (how: see the spec's header). Nothing here imports the library but types, so that the
// same file runs against both versions.
import type { HealthDocument, HealthRecord, ProfessionalActor, Request } from '../../src/domain/types.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import type { PostMortemRequest } from '../../src/lifecycle/post-mortem.js'

export const AT = '2024-06-01'

/** Every type to doctors and nurses; a role-less médico-social grant; nothing to occupational doctors. */
export const MATRIX: AuthorizationMatrix = {
  version: 'revision-3-regressions',
  grants: [
    { profession: 'medecin', typeCodes: '*' },
    { profession: 'infirmier', typeCodes: '*' },
    { profession: 'medico-social', typeCodes: '*' },
  ],
}

/** The same, plus a grant to occupational doctors of the consultation notes (R-ACTOR-7 rev. 3). */
export const MATRIX_WITH_OCCUPATIONAL: AuthorizationMatrix = {
  ...MATRIX,
  version: 'revision-3-regressions+occupational',
  grants: [...MATRIX.grants, { occupationalDoctor: true, typeCodes: ['11488-4'] }],
}

const adult: HealthRecord = {
  patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false, ins: { qualified: true } },
  status: { kind: 'active' },
  treatingDoctorIds: [],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents: [],
}

const doc = (over: Partial<HealthDocument> = {}): HealthDocument => ({
  id: 'doc-1',
  typeCode: '11488-4',
  author: { kind: 'professional', id: 'dr-1', establishmentId: 'FIN-A' },
  addedOn: '2024-05-20',
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
  ...over,
})

const masked = doc({ maskedFromProfessionals: true })
const invisible = doc({ invisibleToPatient: true })
const withDoc = (record: HealthRecord, d: HealthDocument): HealthRecord => ({ ...record, documents: [d] })

const doctor: ProfessionalActor = { kind: 'professional', id: 'dr-2', profession: 'medecin', authentication: 'cps', establishmentId: 'FIN-B' }
const nurse: ProfessionalActor = { kind: 'professional', id: 'ide-1', profession: 'infirmier', authentication: 'cps', establishmentId: 'FIN-B' }
const occupational: ProfessionalActor = { ...doctor, id: 'mdt-1', occupationalDoctor: true }
const coordinating: ProfessionalActor = { ...doctor, id: 'mco-1', residenceCoordinatingDoctor: true }
const rolelessSocial: ProfessionalActor = { kind: 'professional', id: 'ms-1', profession: 'medico-social', authentication: 'cps' }

const underTutelle: HealthRecord = {
  ...adult,
  patient: { ...adult.patient, protectedAdult: true, protection: { measure: 'tutelle', representationOfPerson: true } },
  legalRepresentatives: [
    { id: 'dad', role: 'parent', doctorPresenceRequired: false },
    { id: 'mjpm', role: 'guardian', doctorPresenceRequired: false },
  ],
}

const underCuratelleClaimingRepresentation: HealthRecord = {
  ...adult,
  patient: { ...adult.patient, protectedAdult: true, protection: { measure: 'curatelle', representationOfPerson: true } },
  legalRepresentatives: [{ id: 'curator', role: 'other', doctorPresenceRequired: false }],
}

const underCuratelle: HealthRecord = {
  ...underCuratelleClaimingRepresentation,
  patient: { ...adult.patient, protectedAdult: true, protection: { measure: 'curatelle', representationOfPerson: false } },
}

const minor: HealthRecord = {
  ...adult,
  patient: { birthDate: '2010-03-01', emancipated: false, protectedAdult: false, ins: { qualified: true } },
  legalRepresentatives: [
    { id: 'mum', role: 'parent', doctorPresenceRequired: false },
    { id: 'dad', role: 'parent', doctorPresenceRequired: false },
  ],
}

const deceasedMinor: HealthRecord = {
  ...minor,
  patient: { ...minor.patient, deceasedOn: '2024-05-01' },
  status: { kind: 'closed', on: '2024-05-02' },
}

/** One regression case: a decision of `decide` (with a matrix) or of `canRequestPostMortemAccess`. */
export type Case =
  | { readonly id: string; readonly title: string; readonly kind: 'decide'; readonly request: Request; readonly matrix: AuthorizationMatrix }
  | { readonly id: string; readonly title: string; readonly kind: 'post-mortem'; readonly request: PostMortemRequest }

const decideCase = (id: string, title: string, request: Request, matrix: AuthorizationMatrix = MATRIX): Case => ({ id, title, kind: 'decide', request, matrix })

export const CASES: ReadonlyArray<Case> = [
  // --- fail-open fixes -----------------------------------------------------------------
  decideCase('R-EMERG-3', 'a doctor in break-glass mode who carries the care team consent views a document another professional masked', {
    action: 'view', actor: doctor, record: withDoc(adult, masked), document: masked, at: AT, accessMode: 'break-glass', careTeam: true, explicitConsent: true,
  }),
  decideCase('R-EMERG-3', 'a doctor in a true break-glass emergency (no consent) still sees the masked document', {
    action: 'view', actor: doctor, record: withDoc(adult, masked), document: masked, at: AT, accessMode: 'break-glass',
  }),
  decideCase('R-EMERG-2', 'a care-team nurse with consent who declares the regulation-centre mode views a masked document', {
    action: 'view', actor: nurse, record: withDoc(adult, masked), document: masked, at: AT, accessMode: 'regulation-centre', careTeam: true, explicitConsent: true,
  }),
  decideCase('R-EMERG-2', 'a nurse without a consent route declaring the regulation-centre mode consults', {
    action: 'consult', actor: nurse, record: adult, at: AT, accessMode: 'regulation-centre',
  }),
  decideCase('R-MINOR-8 (a)', 'the father, still listed as parent, of an adult under tutelle consults', {
    action: 'consult', actor: { kind: 'legal-representative', id: 'dad' }, record: underTutelle, at: AT,
  }),
  decideCase('R-MINOR-8 (a)', 'the tuteur the judge named, listed as guardian, consults', {
    action: 'consult', actor: { kind: 'legal-representative', id: 'mjpm' }, record: underTutelle, at: AT,
  }),
  decideCase('R-MINOR-8 (b)', 'the curator of an adult whose curatelle claims a representation of the person closes the space', {
    action: 'close', actor: { kind: 'legal-representative', id: 'curator' }, record: underCuratelleClaimingRepresentation, at: AT,
  }),
  decideCase('R-INVIS-2', 'a doctor in break-glass mode with consent makes a document visible to the patient', {
    action: 'make-visible-to-patient', actor: doctor, record: withDoc(adult, invisible), document: invisible, at: AT, accessMode: 'break-glass', careTeam: true, explicitConsent: true,
  }),
  decideCase('R-MINOR-6', "a doctor who takes no part in the minor's care requires a doctor's presence for a parent", {
    action: 'require-doctor-presence', actor: doctor, record: minor, at: AT, atPatientRequest: true, representativeId: 'dad',
  }),
  decideCase('R-MINOR-5', 'a nurse who did not feed the document, nor works where it was fed, hides it from the representatives', {
    action: 'hide-from-representatives', actor: nurse, record: withDoc(minor, doc()), document: doc(), at: AT, atPatientRequest: true, careTeam: true, explicitConsent: true,
  }),
  decideCase('R-ACTOR-7', 'the occupational doctor with express consent views a document the matrix grants doctors', {
    action: 'view', actor: occupational, record: withDoc(adult, doc()), document: doc(), at: AT, explicitConsent: true,
  }),
  decideCase('R-ACTOR-7', 'the same, with a matrix that grants occupational doctors that type', {
    action: 'view', actor: occupational, record: withDoc(adult, doc()), document: doc(), at: AT, explicitConsent: true,
  }, MATRIX_WITH_OCCUPATIONAL),
  decideCase('R-ACTOR-4', 'a role-less médico-social care-team member with consent views a document a role-less grant covers', {
    action: 'view', actor: rolelessSocial, record: withDoc(adult, doc()), document: doc(), at: AT, careTeam: true, explicitConsent: true,
  }),
  decideCase('R-ACTOR-8', "the EHPAD coordinating doctor, participating, consults on a curator's agreement (the resident under curatelle cannot express their will)", {
    action: 'consult', actor: coordinating, record: underCuratelle, at: AT, participatesInCare: true, explicitConsent: true, holderCannotExpressWill: true,
  }),
  decideCase('R-ACTOR-8', "the EHPAD coordinating doctor consults with the resident's own agreement", {
    action: 'consult', actor: coordinating, record: adult, at: AT, explicitConsent: true,
  }),
  // --- fail-closed fixes ---------------------------------------------------------------
  decideCase('R-MINOR-8 (c)', 'an adult under tutelle consults their own space', {
    action: 'consult', actor: { kind: 'patient' }, record: underTutelle, at: AT,
  }),
  decideCase('R-MINOR-8 (c)', 'the tuteur unmasks a document without saying the holder cannot express their will', {
    action: 'unmask', actor: { kind: 'legal-representative', id: 'mjpm' }, record: withDoc(underTutelle, masked), document: masked, at: AT,
  }),
  decideCase('R-MINOR-8 (c)', 'the tuteur unmasks it when the holder cannot express their will', {
    action: 'unmask', actor: { kind: 'legal-representative', id: 'mjpm' }, record: withDoc(underTutelle, masked), document: masked, at: AT, holderCannotExpressWill: true,
  }),
  decideCase('R-PATIENT-4', 'the holder closes a deactivated space', {
    action: 'close', actor: { kind: 'patient' }, record: { ...adult, status: { kind: 'deactivated' } }, at: AT,
  }),
  { id: 'R-ACTOR-6', title: 'a parent listed on the record of a minor who died requests the information', kind: 'post-mortem', request: { requester: 'parent', requesterId: 'mum', record: deceasedMinor, at: AT, deceasedOpposed: true } },
  decideCase('R-PATIENT-1', 'the occupational doctor reads the traces of their own actions', {
    action: 'view-history', actor: occupational, record: adult, at: AT,
  }),
  decideCase('R-EMERG-1', 'a care-team doctor with consent, in break-glass mode, on a patient who refused break-glass', {
    action: 'consult', actor: doctor, record: { ...adult, emergencyAccess: { breakGlass: false, regulationCentre: true, maskedDocuments: true } }, at: AT, accessMode: 'break-glass', careTeam: true, explicitConsent: true,
  }),
]
