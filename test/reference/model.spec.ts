// The reference model alone (no engine), on hand-written cases of catalogue revision 3 (design/RULES.md: its
// Revision 3 section, then the rows marked rev. 2) and of the readings fixed with the engine (D1…D20 in the model's
// report). Each case names the rule it checks; the expected answer is the catalogue's, written before running the
// model. Cases whose answer revision 3 changed say "rev. 3" and why.
import { describe, expect, it } from 'vitest'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import type { Action, Actor, HealthDocument, HealthRecord, Patient, ProfessionalActor, Request } from '../../src/domain/types.js'
import { MODEL_ASSUMPTIONS, modelDecide, modelPostMortem, type PostMortemInput } from './model.js'

// -------------------------------------------------------------------------------------
// fixtures
// -------------------------------------------------------------------------------------

const AT = '2024-06-01'
const REPORT = '11488-4' // consultation note
const LAB = '11502-2' // laboratory report

const MATRIX: AuthorizationMatrix = {
  version: 'model-spec-1',
  grants: [
    { profession: 'medecin', typeCodes: '*' },
    { profession: 'infirmier', typeCodes: [REPORT] },
    { profession: 'technicien-laboratoire', typeCodes: [LAB] },
    { profession: 'medico-social', role: 'coordination', typeCodes: [REPORT] },
  ],
}

/** A report by dr-1 of establishment FIN-A, in the record since 2024-01-10. */
const doc = (over: Partial<HealthDocument> = {}): HealthDocument => ({
  id: 'doc-1',
  typeCode: REPORT,
  author: { kind: 'professional', id: 'dr-1', establishmentId: 'FIN-A' },
  addedOn: '2024-01-10',
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
  ...over,
})

const adult: Patient = { birthDate: '1990-01-01', emancipated: false, protectedAdult: false, ins: { qualified: true } }
const minor14: Patient = { ...adult, birthDate: '2010-03-01' }
const tutelle: Patient = { ...adult, protectedAdult: true, protection: { measure: 'tutelle', representationOfPerson: true } }
const curatelle: Patient = { ...adult, protectedAdult: true, protection: { measure: 'curatelle', representationOfPerson: false } }

const record = (over: Partial<HealthRecord> = {}): HealthRecord => ({
  patient: adult,
  status: { kind: 'active' },
  treatingDoctorIds: [],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents: [doc()],
  ...over,
})

const pro = (over: Partial<ProfessionalActor> = {}): ProfessionalActor => ({
  kind: 'professional',
  id: 'dr-9',
  profession: 'medecin',
  authentication: 'cps',
  establishmentId: 'FIN-B',
  ...over,
})

const author: ProfessionalActor = pro({ id: 'dr-1', establishmentId: 'FIN-A' })
const holder: Actor = { kind: 'patient' }
const parent: Actor = { kind: 'legal-representative', id: 'rep-1' }

const req = (action: Action, actor: Actor, over: Partial<Request> = {}): Request => ({
  action,
  actor,
  record: record(),
  at: AT,
  ...over,
})

/** A document action on `d`, which the record holds — its only document unless `over.record` says otherwise. */
const onDoc = (action: Action, actor: Actor, d: HealthDocument, over: Partial<Request> = {}): Request =>
  req(action, actor, { record: record({ documents: [d] }), document: d, ...over })

/** A feed of a new document added today. */
const feeding = (actor: Actor, d: Partial<HealthDocument>, over: Partial<Request> = {}): Request =>
  req('feed', actor, { document: doc({ id: 'doc-new', addedOn: AT, ...d }), ...over })

const consented = { careTeam: true, explicitConsent: true } as const

/** R-ACTOR-8 rev. 3: the EHPAD coordinating doctor, a `medecin` flagged so (the rev. 3 field, through a widened type). */
const coordinator = (over: Partial<ProfessionalActor> = {}): ProfessionalActor =>
  ({ ...pro({ id: 'mco-1', ...over }), residenceCoordinatingDoctor: true }) as ProfessionalActor

/** R-ACTOR-7 rev. 3: a matrix with a grant naming occupational doctors (no profession), and a medecin grant of lab reports. */
const OCCUPATIONAL_MATRIX = {
  version: 'model-spec-occupational',
  grants: [{ profession: 'medecin', typeCodes: [LAB] }, { occupationalDoctor: true, typeCodes: [REPORT] }],
} as unknown as AuthorizationMatrix

/** R-ACTOR-4 rev. 3: a role-less médico-social grant. */
const ROLELESS_MATRIX: AuthorizationMatrix = { version: 'model-spec-roleless', grants: [{ profession: 'medico-social', typeCodes: '*' }] }

interface Case {
  readonly name: string
  readonly request: Request
  readonly allowed: boolean
  readonly rules: ReadonlyArray<string>
  /** The matrix of the case (default MATRIX). */
  readonly matrix?: AuthorizationMatrix
}

const withMatrix = (matrix: AuthorizationMatrix, c: Case): Case => ({ ...c, matrix })

const ok = (name: string, request: Request, ...rules: Array<string>): Case => ({ name, request, allowed: true, rules })
const no = (name: string, request: Request, ...rules: Array<string>): Case => ({ name, request, allowed: false, rules })

// -------------------------------------------------------------------------------------
// cases
// -------------------------------------------------------------------------------------

const CASES: ReadonlyArray<Case> = [
  // R-ACTOR-3 rev. 2 — participating in the care
  no("R-ACTOR-3: an insurer's medical adviser (not participating) with the patient's consent is denied", req('consult', pro({ id: 'adv-1' }), { explicitConsent: true }), 'R-ACTOR-3'),
  no('R-ACTOR-3: a non-participating doctor on view is denied, consent or not', onDoc('view', pro(), doc(), { explicitConsent: true, participatesInCare: false }), 'R-ACTOR-3'),
  ok('R-ACTOR-3: break-glass makes the professional participate', req('consult', pro(), { accessMode: 'break-glass' }), 'R-EMERG-1', 'R-STATUS-1'),

  // R-CONSENT-1 rev. 2 — the care team needs the initial consent
  no('R-CONSENT-1: care team without consent is denied', req('consult', pro(), { careTeam: true }), 'R-CONSENT-1'),
  ok('R-CONSENT-1: care team with the consent declared', req('consult', pro(), consented), 'R-CONSENT-1', 'R-STATUS-1'),
  ok(
    "R-CONSENT-1: care team with a consent recorded for the establishment (valid authorisation)",
    req('consult', pro(), { careTeam: true, record: record({ authorizations: [{ establishmentId: 'FIN-B', status: 'valid' }] }) }),
    'R-CONSENT-1',
    'R-STATUS-1',
  ),
  no(
    'R-AUTH-5 (M-19): the professional valid but the establishment expired: the recorded consent does not hold',
    req('consult', pro(), {
      careTeam: true,
      record: record({ authorizations: [{ professionalId: 'dr-9', status: 'valid' }, { establishmentId: 'FIN-B', status: 'expired' }] }),
    }),
    'R-CONSENT-1',
  ),
  no(
    "R-AUTH-5: the establishment forbidden denies its professionals",
    req('consult', pro(), { ...consented, record: record({ authorizations: [{ establishmentId: 'FIN-B', status: 'forbidden' }] }) }),
    'R-AUTH-5',
  ),

  // R-CONSENT-2 — participating, outside the care team
  ok('R-CONSENT-2: participating outside the team, explicit consent', req('consult', pro(), { participatesInCare: true, explicitConsent: true }), 'R-CONSENT-2', 'R-STATUS-1'),
  no(
    'R-CONSENT-2: a recorded authorisation does not replace explicit consent outside the team',
    req('consult', pro(), { participatesInCare: true, record: record({ authorizations: [{ professionalId: 'dr-9', status: 'valid' }] }) }),
    'R-CONSENT-2',
  ),

  // R-MINOR-8 rev. 2 — protected adults
  // rev. 3 (a): was allowed in rev. 2 — parental authority ends at majority; under a tutelle the tuteur is listed `guardian`
  no('R-MINOR-8 (a) rev. 3: a parent listed for an adult under tutelle does not represent them', req('consult', parent, { record: record({ patient: tutelle, legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: false }] }) }), 'R-MINOR-8'),
  ok('R-MINOR-8 (a) rev. 3: the tuteur (guardian) of an adult under tutelle represents them', req('consult', parent, { record: record({ patient: tutelle, legalRepresentatives: [{ id: 'rep-1', role: 'guardian', doctorPresenceRequired: false }] }) }), 'R-MINOR-8', 'R-STATUS-1'),
  // rev. 3 (a): was allowed in rev. 2 — `other` is the person authorised under a habilitation familiale or a mandat, not a tuteur
  no('R-MINOR-8 (a) rev. 3: a representative listed other does not represent an adult under tutelle', req('consult', parent, { record: record({ patient: tutelle, legalRepresentatives: [{ id: 'rep-1', role: 'other', doctorPresenceRequired: false }] }) }), 'R-MINOR-8'),
  ok('R-MINOR-8 (a) rev. 3: the person authorised (other) under a habilitation familiale represents the adult', req('consult', parent, { record: record({ patient: { ...tutelle, protection: { measure: 'habilitation-familiale', representationOfPerson: true } }, legalRepresentatives: [{ id: 'rep-1', role: 'other', doctorPresenceRequired: false }] }) }), 'R-MINOR-8', 'R-STATUS-1'),
  no('R-MINOR-8 (a) rev. 3: a guardian does not represent under a mandat de protection future', req('consult', parent, { record: record({ patient: { ...tutelle, protection: { measure: 'mandat-protection-future', representationOfPerson: true } }, legalRepresentatives: [{ id: 'rep-1', role: 'guardian', doctorPresenceRequired: false }] }) }), 'R-MINOR-8'),
  // rev. 3 (c): was denied in rev. 2 — a protected adult, whatever the measure, is the holder of their space
  ok('R-MINOR-8 (c) rev. 3: the adult under tutelle consults their own space', req('consult', holder, { record: record({ patient: tutelle }) }), 'R-MINOR-8', 'R-STATUS-1'),
  ok('R-MINOR-8 (c) rev. 3: the adult under tutelle closes their own space', req('close', holder, { record: record({ patient: tutelle }) }), 'R-MINOR-8', 'R-PATIENT-4', 'R-STATUS-1'),
  ok('R-MINOR-8 (c) rev. 3: the tuteur masks (restricts) at any time', onDoc('mask', parent, doc(), { record: record({ patient: tutelle, legalRepresentatives: [{ id: 'rep-1', role: 'guardian', doctorPresenceRequired: false }] }) }), 'R-MINOR-8', 'R-MASK-1', 'R-STATUS-1'),
  no("R-MINOR-8 (c) rev. 3: the tuteur does not close while the holder can express their will", req('close', parent, { record: record({ patient: tutelle, legalRepresentatives: [{ id: 'rep-1', role: 'guardian', doctorPresenceRequired: false }] }) }), 'R-MINOR-8'),
  ok('R-MINOR-8 (c) rev. 3: the tuteur closes when the holder cannot express their will', { ...req('close', parent, { record: record({ patient: tutelle, legalRepresentatives: [{ id: 'rep-1', role: 'guardian', doctorPresenceRequired: false }] }) }), holderCannotExpressWill: true } as Request, 'R-MINOR-8', 'R-PATIENT-4', 'R-STATUS-1'),
  no('R-MINOR-8 (c) rev. 3: the tuteur does not unmask while the holder can express their will', onDoc('unmask', parent, doc({ maskedFromProfessionals: true }), { record: record({ patient: tutelle, documents: [doc({ maskedFromProfessionals: true })], legalRepresentatives: [{ id: 'rep-1', role: 'guardian', doctorPresenceRequired: false }] }) }), 'R-MINOR-8'),
  // rev. 3 (b): `representationOfPerson: true` with a curatelle is read as no representation
  no('R-MINOR-8 (b) rev. 3: a curator marked as representing the person does not act', req('consult', parent, { record: record({ patient: { ...curatelle, protection: { measure: 'curatelle', representationOfPerson: true } }, legalRepresentatives: [{ id: 'rep-1', role: 'guardian', doctorPresenceRequired: false }] }) }), 'R-MINOR-8'),
  ok('R-MINOR-8 (b) rev. 3: the adult under a curatelle marked as representing consents personally (R-CONSENT-2)', req('consult', pro(), { participatesInCare: true, explicitConsent: true, record: record({ patient: { ...curatelle, protection: { measure: 'curatelle', representationOfPerson: true } } }) }), 'R-CONSENT-2', 'R-STATUS-1'),
  ok('R-MINOR-8: an adult under curatelle acts alone', req('consult', holder, { record: record({ patient: curatelle }) }), 'R-MINOR-8', 'R-STATUS-1'),
  no("R-MINOR-8: the curator does not act for an adult under curatelle", req('consult', parent, { record: record({ patient: curatelle, legalRepresentatives: [{ id: 'rep-1', role: 'guardian', doctorPresenceRequired: false }] }) }), 'R-MINOR-8'),
  no('R-MINOR-8: protectedAdult without a measure on record is invalid: denied even to the consented care team', req('consult', pro(), { ...consented, record: record({ patient: { ...adult, protectedAdult: true } }) }), 'R-MINOR-8'),
  ok('R-CONSENT-8: the representative consents for a represented adult', req('consult', pro(), { participatesInCare: true, explicitConsent: true, record: record({ patient: tutelle }) }), 'R-CONSENT-8', 'R-STATUS-1'),
  no('R-CONSENT-2: the adult under curatelle consents personally', req('consult', pro(), { participatesInCare: true, record: record({ patient: curatelle }) }), 'R-CONSENT-2'),
  ok(
    'R-MINOR-6 (M-16): doctor presence binds the representative of a represented adult',
    req('consult', parent, { inPresenceOfDoctor: true, record: record({ patient: tutelle, legalRepresentatives: [{ id: 'rep-1', role: 'guardian', doctorPresenceRequired: true }] }) }),
    'R-MINOR-8',
    'R-MINOR-6',
    'R-STATUS-1',
  ),
  no('R-MINOR-1: a representative of role other does not represent a minor', req('consult', parent, { record: record({ patient: minor14, legalRepresentatives: [{ id: 'rep-1', role: 'other', doctorPresenceRequired: false }] }) }), 'R-MINOR-1'),
  no('R-MINOR-3 (issue 11): emancipated at 15 is invalid input', req('consult', holder, { record: record({ patient: { ...adult, birthDate: '2009-01-01', emancipated: true } }) }), 'R-MINOR-3'),

  // R-ACTOR-4 rev. 2 — médico-social
  ok('R-ACTOR-4: médico-social of the care team, with a role and the consent', req('consult', pro({ id: 'ms-1', profession: 'medico-social', role: 'coordination' }), consented), 'R-ACTOR-4', 'R-CONSENT-1', 'R-STATUS-1'),
  no('R-ACTOR-4: médico-social without a role', req('consult', pro({ id: 'ms-1', profession: 'medico-social' }), consented), 'R-ACTOR-4'),
  no('R-ACTOR-4: médico-social outside the care team', req('consult', pro({ id: 'ms-1', profession: 'medico-social', role: 'coordination' }), { participatesInCare: true, explicitConsent: true }), 'R-ACTOR-4'),
  ok('R-AUTH-7: médico-social sees what the grant of their role gives', onDoc('view', pro({ id: 'ms-1', profession: 'medico-social', role: 'coordination' }), doc(), consented), 'R-ACTOR-4', 'R-CONSENT-1', 'R-AUTH-7', 'R-STATUS-1'),
  no('R-AUTH-7: another médico-social role is not granted that type', onDoc('view', pro({ id: 'ms-1', profession: 'medico-social', role: 'social-worker' }), doc(), consented), 'R-AUTH-7'),
  ok('R-FEED-1: médico-social feeds their own document', feeding(pro({ id: 'ms-1', profession: 'medico-social', role: 'care-support' }), { author: { kind: 'professional', id: 'ms-1' } }, { careTeam: true }), 'R-ACTOR-4', 'R-FEED-1', 'R-STATUS-1'),
  no('R-EMERG-1: médico-social never use break-glass', req('consult', pro({ id: 'ms-1', profession: 'medico-social', role: 'coordination' }), { ...consented, accessMode: 'break-glass' }), 'R-EMERG-1'),
  no('R-MASK-3: médico-social never mask', onDoc('mask', pro({ id: 'ms-1', profession: 'medico-social', role: 'coordination' }), doc(), { careTeam: true, atPatientRequest: true }), 'R-MASK-3'),

  // R-ACTOR-7 rev. 2 — occupational doctor
  ok('R-ACTOR-7: occupational doctor with the express consent', req('consult', pro({ id: 'mdt-1', occupationalDoctor: true }), { explicitConsent: true }), 'R-ACTOR-7', 'R-STATUS-1'),
  no('R-ACTOR-7: occupational doctor through the care-team only', req('consult', pro({ id: 'mdt-1', occupationalDoctor: true }), { careTeam: true }), 'R-ACTOR-7'),
  no('R-ACTOR-7: occupational doctor never in an emergency mode', req('consult', pro({ id: 'mdt-1', occupationalDoctor: true }), { explicitConsent: true, accessMode: 'break-glass' }), 'R-ACTOR-7'),
  no('R-ACTOR-7: occupational doctor may not mask', onDoc('mask', pro({ id: 'mdt-1', occupationalDoctor: true }), doc(), { explicitConsent: true, atPatientRequest: true }), 'R-ACTOR-7'),
  ok('R-ACTOR-7: occupational doctor feeds their own document with the consent', feeding(pro({ id: 'mdt-1', occupationalDoctor: true }), { author: { kind: 'professional', id: 'mdt-1' } }, { explicitConsent: true }), 'R-ACTOR-7', 'R-FEED-1', 'R-STATUS-1'),
  no('R-ACTOR-7 (M-22): a nurse flagged occupational doctor is denied', req('consult', pro({ id: 'ide-1', profession: 'infirmier', occupationalDoctor: true }), { explicitConsent: true }), 'R-ACTOR-7'),

  // R-FEED-1 rev. 2 — what a professional feeds
  ok(
    "R-FEED-1: the hospital's software (indirect) feeds a colleague's report of the same establishment",
    feeding(pro({ id: 'sw-1', authentication: 'indirect', establishmentId: 'FIN-A' }), { author: { kind: 'professional', id: 'dr-2', establishmentId: 'FIN-A' } }, { careTeam: true }),
    'R-FEED-1',
    'R-STATUS-1',
  ),
  no(
    "R-FEED-1: with a personal card, a colleague's report is not the professional's to feed",
    feeding(pro({ id: 'dr-3', establishmentId: 'FIN-A' }), { author: { kind: 'professional', id: 'dr-2', establishmentId: 'FIN-A' } }, { careTeam: true }),
    'R-FEED-1',
  ),
  ok(
    'R-FEED-1 / R-FEED-5: the originating laboratory feeds a subcontracted analysis',
    feeding(pro({ id: 'bio-1', profession: 'technicien-laboratoire', establishmentId: 'LAB-1' }), { typeCode: LAB, author: { kind: 'professional', id: 'bio-9', establishmentId: 'LAB-2' }, subcontractedBy: 'LAB-1' }, { participatesInCare: true }),
    'R-FEED-1',
    'R-STATUS-1',
  ),
  no('R-FEED-1 (M-21): a professional not participating in the care does not feed', feeding(pro(), { author: { kind: 'professional', id: 'dr-9' } }), 'R-ACTOR-3'),
  no('R-FEED-1 (issue 11): a fed document is new', req('feed', author, { careTeam: true, document: doc({ addedOn: AT }) }), 'R-FEED-1'),

  // R-FEED-2 rev. 2 — API v1 also on consultation and deletion
  no('R-FEED-2: a consultation through API v1 in 2024 is denied', req('consult', pro(), { ...consented, api: 'v1', carteVitaleRead: true }), 'R-FEED-2'),
  ok('R-FEED-2: API v1 in 2023 with the Carte Vitale read', req('consult', pro(), { ...consented, api: 'v1', carteVitaleRead: true, at: '2023-06-01' }), 'R-CONSENT-1', 'R-STATUS-1'),
  no(
    'R-FEED-2: a deletion through API v1 in 2024 is denied',
    onDoc('delete', author, doc(), { api: 'v1', carteVitaleRead: true, record: record({ authorizations: [{ professionalId: 'dr-1', status: 'valid' }] }) }),
    'R-FEED-2',
  ),

  // R-DEL-1 rev. 2
  ok(
    'R-DEL-1: deleting on a deactivated space (the DMP stays usable)',
    onDoc('delete', author, doc(), { record: record({ status: { kind: 'deactivated' }, authorizations: [{ professionalId: 'dr-1', status: 'valid' }] }) }),
    'R-DEL-1',
    'R-STATUS-2',
  ),
  ok(
    "R-DEL-1: the establishment's software deletes a report of its establishment",
    onDoc('delete', pro({ id: 'sw-1', authentication: 'indirect', establishmentId: 'FIN-A' }), doc(), { record: record({ authorizations: [{ establishmentId: 'FIN-A', status: 'valid' }] }) }),
    'R-DEL-1',
    'R-STATUS-1',
  ),

  // R-PATIENT-1 rev. 2 — the history
  ok("R-PATIENT-1: the treating doctor reads the history", req('view-history', pro(), { record: record({ treatingDoctorIds: ['dr-9'] }) }), 'R-PATIENT-1', 'R-STATUS-1'),
  ok('R-PATIENT-1: any professional reads (their own) traces', req('view-history', pro({ profession: 'infirmier' })), 'R-PATIENT-1', 'R-STATUS-1'),
  no('R-PATIENT-1: an insurer never', req('view-history', { kind: 'third-party', party: 'insurer' }), 'R-ACTOR-1', 'R-PATIENT-1'),

  // R-MASK-2 / R-MASK-4 rev. 2
  ok(
    'R-MASK-2: a colleague of the establishment that placed it sees a masked document',
    onDoc('view', pro({ id: 'dr-3', establishmentId: 'FIN-A' }), doc({ maskedFromProfessionals: true }), consented),
    'R-CONSENT-1',
    'R-AUTH-7',
    'R-MASK-2',
    'R-STATUS-1',
  ),
  no('R-MASK-2: a doctor of another establishment does not', onDoc('view', pro(), doc({ maskedFromProfessionals: true }), consented), 'R-MASK-2'),
  no('R-MASK-4: unmasking against the expressed opposition is denied', onDoc('unmask', author, doc({ maskedFromProfessionals: true }), { atPatientRequest: true, patientOpposes: true }), 'R-MASK-4'),
  no("R-MASK-4: the author unmasks only at the patient's request", onDoc('unmask', author, doc({ maskedFromProfessionals: true })), 'R-MASK-4'),
  ok("R-MASK-4: the author unmasks at the patient's request", onDoc('unmask', author, doc({ maskedFromProfessionals: true }), { atPatientRequest: true }), 'R-MASK-4', 'R-STATUS-1'),

  // R-INVIS-2 rev. 2
  ok(
    'R-INVIS-2: any health professional who sees the document ends the invisibility',
    onDoc('make-visible-to-patient', pro(), doc({ invisibleToPatient: true, addedOn: '2024-05-20' }), consented),
    // the view's grants are named too (aligned with the engine): a non-author sees it by the matrix
    'R-AUTH-7',
    'R-CONSENT-1',
    'R-INVIS-1',
    'R-INVIS-2',
    'R-STATUS-1',
  ),
  no(
    'R-INVIS-2 (M-25): a professional who may not see it cannot',
    onDoc('make-visible-to-patient', pro(), doc({ invisibleToPatient: true, addedOn: '2024-05-20' }), { careTeam: true }),
    // the view's denying rules name why (aligned with the engine: R-INVIS-2 speaks only for what it checks itself)
    'R-CONSENT-1',
  ),
  no('R-INVIS-2: the patient cannot', onDoc('make-visible-to-patient', holder, doc({ invisibleToPatient: true, addedOn: '2024-05-20' })), 'R-INVIS-2'),

  // R-EMERG rev. 2
  ok(
    'R-EMERG-2: regulation-centre with the consent, on a patient who refused that mode, is decided as normal',
    req('consult', pro(), { ...consented, accessMode: 'regulation-centre', record: record({ emergencyAccess: { breakGlass: true, regulationCentre: false, maskedDocuments: true } }) }),
    'R-CONSENT-1',
    'R-STATUS-1',
  ),
  no(
    'R-EMERG-2: regulation-centre without consent on a patient who refused it',
    req('consult', pro(), { accessMode: 'regulation-centre', record: record({ emergencyAccess: { breakGlass: true, regulationCentre: false, maskedDocuments: true } }) }),
    'R-EMERG-2',
  ),
  no(
    'R-EMERG-2 (M-17): a nurse outside the care with consent does not get in by declaring the regulation-centre mode',
    req('consult', pro({ id: 'ide-1', profession: 'infirmier' }), { explicitConsent: true, accessMode: 'regulation-centre' }),
    'R-EMERG-2',
  ),
  no(
    'R-EMERG-1: feeding in break-glass when the patient opposed it',
    feeding(author, { author: { kind: 'professional', id: 'dr-1', establishmentId: 'FIN-A' } }, { accessMode: 'break-glass', record: record({ emergencyAccess: { breakGlass: false, regulationCentre: true, maskedDocuments: true } }) }),
    'R-EMERG-1',
  ),

  // R-FEED-3 rev. 2 — modify
  ok('R-FEED-3: the patient modifies their own document', onDoc('modify', holder, doc({ author: { kind: 'patient' } })), 'R-ACTOR-3', 'R-AUTH-8', 'R-FEED-3', 'R-STATUS-1'),
  no("R-FEED-3: the patient does not modify a professional's document", onDoc('modify', holder, doc()), 'R-FEED-3'),
  no('R-FEED-3: a professional does not modify (even their own)', onDoc('modify', author, doc(), consented), 'R-FEED-3'),

  // R-PATIENT-4 rev. 2 — close
  ok('R-PATIENT-4: the holder closes their space', req('close', holder), 'R-ACTOR-3', 'R-PATIENT-4', 'R-STATUS-1'),
  ok(
    "R-PATIENT-4: a minor's parent closes it",
    req('close', parent, { record: record({ patient: minor14, legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: false }] }) }),
    'R-MINOR-1',
    'R-PATIENT-4',
    'R-STATUS-1',
  ),
  no('R-PATIENT-4: a professional cannot', req('close', pro(), consented), 'R-PATIENT-4'),
  no('R-PATIENT-4 / R-ACTOR-5: heirs close only through the fund', req('close', { kind: 'third-party', party: 'heir' }), 'R-ACTOR-5'),

  // R-MINOR-5 rev. 2 — hide from the representatives after feeding
  // rev. 3: the hiding professional is a colleague of the establishment that fed the document (FIN-A)
  ok(
    "R-MINOR-5 rev. 3: at the minor's request a professional of the establishment that fed it hides it from the representatives",
    onDoc('hide-from-representatives', pro({ establishmentId: 'FIN-A' }), doc(), { ...consented, atPatientRequest: true, record: record({ patient: minor14, documents: [doc()] }) }),
    'R-AUTH-7',
    'R-CONSENT-1',
    'R-MINOR-5',
    'R-STATUS-1',
  ),
  no(
    'R-MINOR-5 rev. 3: a professional of another establishment who sees the document may not hide it',
    onDoc('hide-from-representatives', pro(), doc(), { ...consented, atPatientRequest: true, record: record({ patient: minor14, documents: [doc()] }) }),
    'R-MINOR-5',
  ),
  no('R-MINOR-5: not for an adult', onDoc('hide-from-representatives', pro(), doc(), { ...consented, atPatientRequest: true }), 'R-MINOR-5'),
  no(
    'R-MINOR-5 / A-4: already hidden',
    onDoc('hide-from-representatives', author, doc({ hiddenFromLegalRepresentatives: true }), { ...consented, atPatientRequest: true, record: record({ patient: minor14, documents: [doc({ hiddenFromLegalRepresentatives: true })] }) }),
    'A-4',
  ),
  no(
    'R-MINOR-5: médico-social never',
    onDoc('hide-from-representatives', pro({ id: 'ms-1', profession: 'medico-social', role: 'coordination' }), doc(), { ...consented, atPatientRequest: true, record: record({ patient: minor14, documents: [doc()] }) }),
    'R-MINOR-5',
  ),

  // R-MINOR-6 rev. 2, rev. 3 — require a doctor's presence (rev. 3: a professional taking part in the minor's care)
  ok(
    "R-MINOR-6 rev. 3: at the minor's request a professional of the care team requires a doctor's presence for a parent",
    req('require-doctor-presence', pro(), { careTeam: true, atPatientRequest: true, representativeId: 'rep-1', record: record({ patient: minor14, legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: false }] }) }),
    'R-MINOR-6',
    'R-STATUS-1',
  ),
  no(
    'R-MINOR-6 / A-4: already required',
    req('require-doctor-presence', pro(), { careTeam: true, atPatientRequest: true, representativeId: 'rep-1', record: record({ patient: minor14, legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: true }] }) }),
    'A-4',
  ),
  no(
    'R-MINOR-6: a representative not on the record',
    req('require-doctor-presence', pro(), { careTeam: true, atPatientRequest: true, representativeId: 'rep-2', record: record({ patient: minor14, legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: false }] }) }),
    'R-MINOR-6',
  ),
  no(
    'R-MINOR-6: the patient\'s side cannot set it',
    req('require-doctor-presence', parent, { atPatientRequest: true, representativeId: 'rep-1', record: record({ patient: minor14, legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: false }] }) }),
    'R-MINOR-6',
  ),
  no(
    'R-MINOR-6: a parent under the requirement, without a doctor',
    req('consult', parent, { record: record({ patient: minor14, legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: true }] }) }),
    'R-MINOR-6',
  ),

  // ---------------------------------------------------------------------------------
  // catalogue revision 3 — fail-open fixes
  // ---------------------------------------------------------------------------------

  // R-EMERG-3 / R-EMERG-2 rev. 3 — a declared mode never widens anything
  no(
    'R-EMERG-3 rev. 3: a care-team nurse with consent declaring the regulation centre does not see a masked document',
    onDoc('view', pro({ id: 'ide-1', profession: 'infirmier' }), doc({ maskedFromProfessionals: true }), { ...consented, accessMode: 'regulation-centre' }),
    'R-MASK-2',
  ),
  ok(
    'R-EMERG-3 rev. 3: the regulating doctor (R-EMERG-2 granted) sees a masked document',
    onDoc('view', pro(), doc({ maskedFromProfessionals: true }), { accessMode: 'regulation-centre' }),
    'R-AUTH-7',
    'R-EMERG-2',
    'R-EMERG-3',
    'R-STATUS-1',
  ),
  no(
    'R-EMERG-3 rev. 3: break-glass decided in the normal terms (consent given) sees masked documents as the normal mode',
    onDoc('view', pro(), doc({ maskedFromProfessionals: true }), { ...consented, accessMode: 'break-glass' }),
    'R-MASK-2',
  ),
  no(
    'R-EMERG-2 rev. 3: a nurse without consent declaring the regulation centre is denied (the mode is the regulating doctor\'s)',
    req('consult', pro({ id: 'ide-1', profession: 'infirmier' }), { careTeam: true, accessMode: 'regulation-centre' }),
    'R-EMERG-2',
  ),
  // R-INVIS-2 rev. 3 — an announcement consultation, in the normal mode
  no(
    'R-INVIS-2 rev. 3: refused in the regulation-centre mode even when decided in the normal terms',
    onDoc('make-visible-to-patient', pro(), doc({ invisibleToPatient: true, addedOn: '2024-05-20' }), { ...consented, accessMode: 'regulation-centre' }),
    'R-INVIS-2',
  ),
  // R-MINOR-6 rev. 3 — a professional taking part in the minor's care
  no(
    "R-MINOR-6 rev. 3: a professional who takes no part in the minor's care cannot require a doctor's presence",
    req('require-doctor-presence', pro(), { atPatientRequest: true, representativeId: 'rep-1', record: record({ patient: minor14, legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: false }] }) }),
    'R-MINOR-6',
  ),
  no(
    "R-MINOR-6 rev. 3 (M-33): an emergency mode is not taking part in the minor's care",
    req('require-doctor-presence', pro(), { accessMode: 'break-glass', atPatientRequest: true, representativeId: 'rep-1', record: record({ patient: minor14, legalRepresentatives: [{ id: 'rep-1', role: 'parent', doctorPresenceRequired: false }] }) }),
    'R-MINOR-6',
  ),
  ok(
    'R-MINOR-5 rev. 3 (M-25): a professional of the originating laboratory, which fed a subcontracted analysis, hides it',
    onDoc('hide-from-representatives', pro({ establishmentId: 'LAB-1' }), doc({ author: { kind: 'professional', id: 'bio-9', establishmentId: 'LAB-2' }, subcontractedBy: 'LAB-1' }), { ...consented, atPatientRequest: true, record: record({ patient: minor14, documents: [doc({ author: { kind: 'professional', id: 'bio-9', establishmentId: 'LAB-2' }, subcontractedBy: 'LAB-1' })] }) }),
    'R-AUTH-7',
    'R-CONSENT-1',
    'R-MINOR-5',
    'R-STATUS-1',
  ),
  // R-ACTOR-7 rev. 3 — occupational doctors see what an occupational grant gives
  no(
    'R-ACTOR-7 rev. 3: a medecin grant does not give the occupational doctor a type',
    onDoc('view', pro({ id: 'mdt-1', occupationalDoctor: true }), doc(), { explicitConsent: true }),
    'R-AUTH-7',
  ),
  withMatrix(
    OCCUPATIONAL_MATRIX,
    ok('R-ACTOR-7 rev. 3: an occupational grant does', onDoc('view', pro({ id: 'mdt-1', occupationalDoctor: true }), doc(), { explicitConsent: true }), 'R-ACTOR-7', 'R-AUTH-7', 'R-STATUS-1'),
  ),
  withMatrix(
    OCCUPATIONAL_MATRIX,
    no('R-ACTOR-7 rev. 3: an occupational grant gives nothing to other doctors', onDoc('view', pro(), doc(), consented), 'R-AUTH-7'),
  ),
  // R-ACTOR-4 rev. 3 — a role-less grant never selects a role-less médico-social actor
  withMatrix(
    ROLELESS_MATRIX,
    no('R-ACTOR-4 rev. 3: a role-less médico-social grant does not give a role-less actor a type', onDoc('view', pro({ id: 'ms-1', profession: 'medico-social' }), doc(), consented), 'R-ACTOR-4', 'R-AUTH-7'),
  ),
  withMatrix(
    ROLELESS_MATRIX,
    ok('R-ACTOR-4: a role-less médico-social grant gives every role', onDoc('view', pro({ id: 'ms-1', profession: 'medico-social', role: 'supervision' }), doc(), consented), 'R-ACTOR-4', 'R-CONSENT-1', 'R-AUTH-7', 'R-STATUS-1'),
  ),
  // R-ACTOR-8 rev. 3 — the EHPAD coordinating doctor
  ok(
    "R-ACTOR-8 rev. 3: the coordinating doctor with the resident's agreement consults",
    req('consult', coordinator(), { explicitConsent: true }),
    'R-ACTOR-8',
    'R-CONSENT-2',
    'R-STATUS-1',
  ),
  no("R-ACTOR-8 rev. 3: without the resident's agreement", req('consult', coordinator(), {}), 'R-ACTOR-8', 'R-CONSENT-2'),
  no(
    "R-ACTOR-8 rev. 3 (M-31): in the care team, a recorded consent is not the resident's agreement",
    req('consult', coordinator(), { careTeam: true, record: record({ authorizations: [{ professionalId: 'mco-1', status: 'valid' }] }) }),
    'R-ACTOR-8',
  ),
  ok("R-ACTOR-8 rev. 3: in the care team, with the agreement", req('consult', coordinator(), consented), 'R-ACTOR-8', 'R-CONSENT-1', 'R-STATUS-1'),
  no(
    "R-ACTOR-8 rev. 3: a minor's parent never gives the agreement, care team or not",
    req('consult', coordinator(), { ...consented, record: record({ patient: minor14 }) }),
    'R-ACTOR-8',
  ),
  ok('R-ACTOR-8 rev. 3 (M-31): without an agreement, break-glass decides as for any doctor', req('consult', coordinator(), { accessMode: 'break-glass' }), 'R-EMERG-1', 'R-STATUS-1'),
  ok(
    "R-ACTOR-8 rev. 3 (M-31): the coordinating doctor feeds their own document with the resident's agreement",
    feeding(coordinator(), { author: { kind: 'professional', id: 'mco-1', establishmentId: 'FIN-B' } }, { explicitConsent: true }),
    'R-ACTOR-8',
    'R-FEED-1',
    'R-STATUS-1',
  ),
  ok(
    "R-ACTOR-8 rev. 3: the tuteur's agreement counts when the resident cannot express their will",
    { ...req('consult', coordinator(), { explicitConsent: true, record: record({ patient: tutelle }) }), holderCannotExpressWill: true } as Request,
    'R-ACTOR-8',
    'R-CONSENT-8',
    'R-STATUS-1',
  ),
  no(
    "R-ACTOR-8 rev. 3: a curator's agreement never counts",
    { ...req('consult', coordinator(), { explicitConsent: true, record: record({ patient: curatelle }) }), holderCannotExpressWill: true } as Request,
    'R-ACTOR-8',
  ),
  no(
    'R-ACTOR-8 rev. 3 (M-31): a nurse flagged coordinating doctor is denied, care team and consent notwithstanding',
    req('consult', coordinator({ id: 'ide-1', profession: 'infirmier' }), consented),
    'R-ACTOR-8',
  ),

  // ---------------------------------------------------------------------------------
  // catalogue revision 3 — fail-closed fixes
  // ---------------------------------------------------------------------------------

  ok('R-PATIENT-4 rev. 3: the holder closes a deactivated space', req('close', holder, { record: record({ status: { kind: 'deactivated' } }) }), 'R-ACTOR-3', 'R-PATIENT-4'),
  no('R-STATUS-2: the holder still does not consult a deactivated space', req('consult', holder, { record: record({ status: { kind: 'deactivated' } }) }), 'R-STATUS-2'),
  ok('R-PATIENT-1 rev. 3: the occupational doctor reads the traces of their own actions', req('view-history', pro({ id: 'mdt-1', occupationalDoctor: true })), 'R-PATIENT-1', 'R-STATUS-1'),
  ok(
    'R-EMERG-1 rev. 3: break-glass with the consent route, on a patient who refused break-glass, is decided in the normal terms',
    req('consult', pro(), { ...consented, accessMode: 'break-glass', record: record({ emergencyAccess: { breakGlass: false, regulationCentre: true, maskedDocuments: true } }) }),
    'R-CONSENT-1',
    'R-STATUS-1',
  ),
  no(
    'R-EMERG-1: break-glass without consent on a patient who refused it',
    req('consult', pro(), { accessMode: 'break-glass', record: record({ emergencyAccess: { breakGlass: false, regulationCentre: true, maskedDocuments: true } }) }),
    'R-EMERG-1',
  ),
  no(
    "R-EMERG-1 rev. 3 (M-17): an occupational doctor's feed in break-glass carries no consent route: the refusal stands",
    feeding(pro({ id: 'mdt-1', occupationalDoctor: true }), { author: { kind: 'professional', id: 'mdt-1' } }, { ...consented, accessMode: 'break-glass', record: record({ emergencyAccess: { breakGlass: false, regulationCentre: true, maskedDocuments: true } }) }),
    'R-ACTOR-7',
    'R-EMERG-1',
  ),
  ok(
    'R-EMERG-1 rev. 3: feeding in break-glass with the consent route, on a patient who refused break-glass',
    feeding(author, { author: { kind: 'professional', id: 'dr-1', establishmentId: 'FIN-A' } }, { ...consented, accessMode: 'break-glass', record: record({ emergencyAccess: { breakGlass: false, regulationCentre: true, maskedDocuments: true } }) }),
    'R-FEED-1',
    'R-STATUS-1',
  ),
]

// -------------------------------------------------------------------------------------
// R-ACTOR-6 — post-mortem requests
// -------------------------------------------------------------------------------------

const deceased = record({ patient: { ...adult, deceasedOn: '2024-05-01' }, status: { kind: 'closed', on: '2024-05-02' } })
const pm = (over: Partial<PostMortemInput> = {}): PostMortemInput => ({ requester: 'heir', purpose: 'causes-of-death', record: deceased, at: AT, ...over })

/** A minor who died at 14, with a parent (rep-1) and a guardian (rep-2) listed. */
const deadMinor = record({
  patient: { ...minor14, deceasedOn: '2024-05-01' },
  status: { kind: 'closed', on: '2024-05-02' },
  legalRepresentatives: [
    { id: 'rep-1', role: 'parent', doctorPresenceRequired: false },
    { id: 'rep-2', role: 'guardian', doctorPresenceRequired: false },
  ],
})
const pmMinor = (over: Partial<PostMortemInput>): PostMortemInput => ({ requester: 'parent', record: deadMinor, at: AT, ...over })

const POST_MORTEM: ReadonlyArray<{ readonly name: string; readonly input: PostMortemInput; readonly allowed: boolean }> = [
  { name: "an heir asks for the causes of death", input: pm(), allowed: true },
  { name: 'the PACS partner, to defend the memory', input: pm({ requester: 'pacs-partner', purpose: 'defend-memory' }), allowed: true },
  { name: 'the concubin, to assert their rights', input: pm({ requester: 'concubin', purpose: 'assert-rights' }), allowed: true },
  { name: 'the holder opposed it before death', input: pm({ deceasedOpposed: true }), allowed: false },
  { name: 'the holder is alive', input: pm({ record: record() }), allowed: false },
  { name: 'the holder died after `at`', input: pm({ at: '2024-04-30' }), allowed: false },
  { name: 'died on `at` itself', input: pm({ at: '2024-05-01' }), allowed: true },
  // rev. 3: the holders of parental authority of a deceased minor
  { name: 'rev. 3: a parent of a deceased minor, without a purpose', input: pmMinor({ requesterId: 'rep-1' }), allowed: true },
  { name: "rev. 3: a parent of a deceased minor, despite the minor's opposition", input: pmMinor({ requesterId: 'rep-1', deceasedOpposed: true }), allowed: true },
  { name: 'rev. 3: a guardian does not qualify as a parent', input: pmMinor({ requesterId: 'rep-2' }), allowed: false },
  { name: 'rev. 3: a parent not listed on the record', input: pmMinor({ requesterId: 'rep-9' }), allowed: false },
  { name: 'rev. 3: a parent without an id', input: pmMinor({}), allowed: false },
  { name: 'rev. 3: a parent of a holder who died an adult', input: { ...pmMinor({ requesterId: 'rep-1' }), record: { ...deadMinor, patient: { ...deadMinor.patient, birthDate: '2000-01-01' } } }, allowed: false },
  { name: 'rev. 3: a parent of a minor emancipated at death', input: { ...pmMinor({ requesterId: 'rep-1' }), record: { ...deadMinor, patient: { ...deadMinor.patient, birthDate: '2007-01-01', emancipated: true } } }, allowed: false },
]

// -------------------------------------------------------------------------------------
// tests
// -------------------------------------------------------------------------------------

describe('reference model, catalogue revision 3 (hand-written cases)', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40)
  })

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const d = modelDecide(c.request, c.matrix ?? MATRIX)
    expect({ allowed: d.allowed, rules: [...d.rules].sort() }).toEqual({ allowed: c.allowed, rules: [...c.rules].sort() })
  })

  it.each(POST_MORTEM.map((c) => [c.name, c] as const))('R-ACTOR-6: %s', (_name, c) => {
    const d = modelPostMortem(c.input)
    expect({ allowed: d.allowed, rules: [...d.rules] }).toEqual({ allowed: c.allowed, rules: ['R-ACTOR-6'] })
  })

  it('lists its assumptions M-1… without gaps', () => {
    const ids = Object.keys(MODEL_ASSUMPTIONS)
    expect(ids).toEqual(ids.map((_, i) => `M-${i + 1}`))
  })
})
