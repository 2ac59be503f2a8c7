// Shared fixtures of the consult and view specs (issue 3): small hand-built records, actors and documents,
// and accessors on decisions. Not a spec itself.
import type { Decision } from '../../src/decision/decision.js'
import type {
  ActionlessRequest,
  HealthDocument,
  HealthRecord,
  LegalRepresentativeActor,
  ProfessionalActor,
  Request,
} from '../../src/domain/types.js'
import { PROFESSIONS } from '../../src/domain/profession.js'
import type { AuthorizationMatrix } from '../../src/matrix/types.js'

/** The decision date of most tests. */
export const AT = '2024-06-15'

/** An adult, active space, nothing set. */
export const adultRecord: HealthRecord = {
  patient: { birthDate: '1980-05-10', emancipated: false, protectedAdult: false },
  status: { kind: 'active' },
  treatingDoctorIds: [],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents: [],
}

/** A minor (turns 18 on 2030-09-01) with two listed parents. */
export const minorRecord: HealthRecord = {
  ...adultRecord,
  patient: { birthDate: '2012-09-01', emancipated: false, protectedAdult: false },
  legalRepresentatives: [
    { id: 'mum', role: 'parent', doctorPresenceRequired: false },
    { id: 'tutor', role: 'guardian', doctorPresenceRequired: false },
  ],
}

/** The 18th birthday of {@link minorRecord}'s patient, and the days around it. */
export const EVE_OF_18 = '2030-08-31'
export const DAY_OF_18 = '2030-09-01'
export const AFTER_18 = '2030-09-02'
/** The 16th birthday of {@link minorRecord}'s patient: the first day they may be emancipated (C. civ. 413-2, R-MINOR-3). */
export const DAY_OF_16 = '2028-09-01'

export const mum: LegalRepresentativeActor = { kind: 'legal-representative', id: 'mum' }
export const tutor: LegalRepresentativeActor = { kind: 'legal-representative', id: 'tutor' }

/** A doctor acting for establishment `est-1`, authenticated by CPS. */
export const doctor: ProfessionalActor = {
  kind: 'professional',
  id: 'dr-1',
  profession: 'medecin',
  establishmentId: 'est-1',
  authentication: 'cps',
}

/** A nurse of another establishment, authenticated by e-CPS. */
export const nurse: ProfessionalActor = {
  kind: 'professional',
  id: 'nurse-1',
  profession: 'infirmier',
  establishmentId: 'est-2',
  authentication: 'e-cps',
}

/** A consultation report by another doctor, fed on 2024-05-15, no flag set. */
export const report: HealthDocument = {
  id: 'doc-1',
  typeCode: '11488-4',
  author: { kind: 'professional', id: 'dr-2' },
  addedOn: '2024-05-15',
  maskedFromProfessionals: false,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
}

export const doc = (over: Partial<HealthDocument>): HealthDocument => ({ ...report, ...over })

/** A matrix that lets every profession see every document type. */
export const OPEN_MATRIX: AuthorizationMatrix = {
  version: 'test-open',
  grants: PROFESSIONS.map((profession) => ({ profession, typeCodes: '*' as const })),
}

/** Options with {@link OPEN_MATRIX}. */
export const open = { matrix: OPEN_MATRIX } as const

/**
 * A request of the care team of an adult's active record, at {@link AT}, with the team's consent declared
 * (`explicitConsent`): since revision 2 care-team membership alone no longer opens the record (R-CONSENT-1 rev. 2).
 */
export const careTeamRequest = <O extends Partial<Omit<Request, 'action'>> = Record<never, never>>(
  over: O = {} as O,
): Omit<Request, 'action'> & O => ({
  actor: doctor,
  record: adultRecord,
  at: AT,
  careTeam: true,
  explicitConsent: true,
  ...over,
})

export const rulesOf = (d: Decision): ReadonlyArray<string> => d.reasons.map((r) => r.rule)
export const codesOf = (d: Decision): ReadonlyArray<string> => d.reasons.map((r) => r.code)
export const remediesOf = (d: Decision): ReadonlyArray<string> => (d.allowed ? [] : d.remedies.map((r) => r.code))
export const obligationsOf = (d: Decision): ReadonlyArray<string> => (d.allowed ? d.obligations.map((o) => o.code) : [])
/** `rule:code` of every reason. */
export const why = (d: Decision): ReadonlyArray<string> => d.reasons.map((r) => `${r.rule}:${r.code}`)

/**
 * The request with its document put in the record (replacing the record's document of the same id): a
 * document action is decided on a document OF THE RECORD, so fixtures that describe "this document"
 * place it there first.
 */
export const ofRecord = <R extends ActionlessRequest>(request: R): R => {
  const document = request.document
  if (document === undefined) return request
  const others = request.record.documents.filter((d) => d.id !== document.id)
  return { ...request, record: { ...request.record, documents: [...others, document] } }
}
