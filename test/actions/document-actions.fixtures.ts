// Shared fixtures of the document-action specs (issue 4: feed, mask, unmask, delete, make-visible /
// make-invisible, view-history, block, share-profile): small hand-built records, actors and documents, and
// accessors on decisions. Not a spec itself.
import { expect } from 'vitest'
import type { Decision } from '../../src/decision/decision.js'
import type {
  Action,
  HealthDocument,
  HealthRecord,
  PatientActor,
  ProfessionalActor,
  Request,
  ThirdPartyActor,
} from '../../src/domain/types.js'
import { THIRD_PARTIES } from '../../src/domain/types.js'
import { decide } from '../../src/engine/api.js'
import { doctor } from './consult-view.fixtures.js'

/** The decision date of most tests. */
export const AT = '2024-06-15'

/** An adult, active space, with a qualified INS, nothing else set. */
export const adultRecord: HealthRecord = {
  patient: { birthDate: '1980-05-10', emancipated: false, protectedAdult: false, ins: { qualified: true } },
  status: { kind: 'active' },
  treatingDoctorIds: [],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents: [],
}

/** A minor (turns 18 on 2030-09-01) with a parent and a guardian listed. */
export const minorRecord: HealthRecord = {
  ...adultRecord,
  patient: { birthDate: '2012-09-01', emancipated: false, protectedAdult: false, ins: { qualified: true } },
  legalRepresentatives: [
    { id: 'mum', role: 'parent', doctorPresenceRequired: false },
    { id: 'tutor', role: 'guardian', doctorPresenceRequired: false },
  ],
}

export const patient: PatientActor = { kind: 'patient' }
// The same actors as the consult and view specs.
export { doctor, mum, nurse, tutor } from './consult-view.fixtures.js'

/** Another doctor, declared treating doctor in {@link withTreatingDoctor}, through a hospital's software (indirect, R-AUTH-1). */
export const treatingDoctor: ProfessionalActor = {
  kind: 'professional',
  id: 'dr-mt',
  profession: 'medecin',
  authentication: 'indirect',
  establishmentId: 'est-mt',
}

/** A médico-social professional, with the role that selects their matrix column (R-ACTOR-4 rev. 2). */
export const socialWorker: ProfessionalActor = {
  kind: 'professional',
  id: 'ms-1',
  profession: 'medico-social',
  role: 'social-worker',
  authentication: 'cps',
}

/** Every third party. */
export const thirdParties: ReadonlyArray<ThirdPartyActor> = THIRD_PARTIES.map((party) => ({ kind: 'third-party', party }))

/** A document fed by {@link doctor} on 2024-05-02, no flag set. */
export const doctorsDocument: HealthDocument = {
  id: 'cr-1',
  typeCode: '11488-4',
  author: { kind: 'professional', id: 'dr-1', establishmentId: 'est-1' },
  addedOn: '2024-05-02',
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
}

/** A document the patient added. */
export const patientsDocument: HealthDocument = {
  ...doctorsDocument,
  id: 'pat-1',
  author: { kind: 'patient' },
}

/** The record with these documents. */
export const withDocuments = (record: HealthRecord, ...documents: ReadonlyArray<HealthDocument>): HealthRecord => ({
  ...record,
  documents,
})

/** The record with {@link treatingDoctor} declared. */
export const withTreatingDoctor = (record: HealthRecord): HealthRecord => ({ ...record, treatingDoctorIds: [treatingDoctor.id] })

/** Decides `action` for a request built from `record`, `actor` and the rest (`at` defaults to {@link AT}). */
export const decideOn = (
  action: Action,
  actor: Request['actor'],
  record: HealthRecord,
  rest: Partial<Omit<Request, 'action' | 'actor' | 'record'>> = {},
): Decision => decide({ action, actor, record, at: AT, ...rest } as Request)

/** The `rule:CODE` pairs of a decision's reasons. */
export const reasons = (d: Decision): ReadonlyArray<string> => d.reasons.map((r) => `${r.rule}:${r.code}`)

/** The `rule:CODE` pairs of a decision's obligations (empty for a denial). */
export const obligations = (d: Decision): ReadonlyArray<string> => (d.allowed ? d.obligations.map((o) => `${o.rule}:${o.code}`) : [])

/** The `rule:CODE` pairs of a decision's remedies (empty for an allowance). */
export const remedies = (d: Decision): ReadonlyArray<string> => (d.allowed ? [] : d.remedies.map((o) => `${o.rule}:${o.code}`))

/** Asserts an allowance that cites `reason` (`rule:CODE`) among its reasons. */
export const expectAllowed = (d: Decision, reason: string): void => {
  expect(d.allowed, JSON.stringify(reasons(d))).toBe(true)
  expect(reasons(d)).toContain(reason)
}

/** Asserts a denial that cites `reason` (`rule:CODE`) among its reasons. */
export const expectDenied = (d: Decision, reason: string): void => {
  expect(d.allowed, JSON.stringify(reasons(d))).toBe(false)
  expect(reasons(d)).toContain(reason)
}
