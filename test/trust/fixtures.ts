// Shared requests of the trust tests (issue 19): a record, an actor and a document as a caller would build them.
import type { Profession } from '../../src/domain/profession.js'
import type { HealthDocument, HealthRecord, ProfessionalActor, Request } from '../../src/index.js'

export const AT = '2024-06-01'

export const note: HealthDocument = {
  id: 'note-1',
  typeCode: '11488-4',
  author: { kind: 'professional', id: 'dr-2' },
  addedOn: '2024-05-02',
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
}

export const maskedNote: HealthDocument = { ...note, id: 'masked-1', maskedFromProfessionals: true }

export const plainRecord = (documents: ReadonlyArray<HealthDocument> = [note, maskedNote]): HealthRecord => ({
  patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
  status: { kind: 'active' },
  treatingDoctorIds: ['dr-1'],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents,
})

export const doctor: ProfessionalActor = { kind: 'professional', id: 'dr-1', profession: 'medecin', authentication: 'cps', establishmentId: 'hosp-1' }

/** A doctor in the care team consults (allowed). */
export const consultRequest: Request = { action: 'consult', actor: doctor, record: plainRecord(), at: AT, careTeam: true, explicitConsent: true }

/** A document type the bundled matrix grants doctors but not physiotherapists (R-AUTH-7). */
export const doctorsOnly: HealthDocument = { ...note, id: 'cr-1', typeCode: '89233-1' }

/** A professional of this profession in the care team views `doctorsOnly` (the matrix decides, R-AUTH-7). */
export const requestAs = (profession: Profession): Request => ({
  action: 'view',
  actor: { ...doctor, id: 'p-1', profession },
  record: plainRecord([note, doctorsOnly]),
  at: AT,
  document: doctorsOnly,
  careTeam: true,
  explicitConsent: true,
})

/** A plain, deep copy (JSON: data only). */
export const plainCopy = <A>(a: A): A => JSON.parse(JSON.stringify(a)) as A
