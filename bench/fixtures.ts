// Deterministic, realistic fixtures: an authorisation matrix, the professionals of a patient's care, records
// of N documents, and a pool of `view` / `consult` requests where most views are allowed (as on a real screen).
import type { AuthorizationMatrix } from '../src/matrix/types.js'
import { addDays } from '../src/domain/dates.js'
import { deepFreeze } from '../src/domain/frozen.js'
import { buildActor, buildRecord } from '../src/domain/build.js'
import { decodeMatrix } from '../src/codecs/index.js'
import type { Actor, HealthDocument, HealthRecord, ProfessionalActor, Request } from '../src/domain/types.js'
import { int, mulberry32, pick, weighted, type Rng } from './prng.js'

/** The date every benchmark decision is taken at (A-6: never the clock). */
export const AT = '2024-06-15'

// LOINC document types (XDS typeCode) commonly fed to the DMP.
export const TYPE_CODES = {
  consultation: '11488-4', // compte rendu de consultation
  dischargeLetter: '18842-5', // lettre de liaison de sortie
  lab: '11502-2', // compte rendu d'examens de biologie
  imaging: '18748-4', // compte rendu d'imagerie
  prescription: '57833-6', // prescription de médicaments
  summary: '60591-5', // volet de synthèse médicale (VSM)
  vaccination: '11369-6', // historique des vaccinations
  nursing: '11506-3', // note d'évolution (soins infirmiers)
  carePlan: '18776-5', // plan de soins
  hospitalisation: '34133-9', // synthèse d'épisode
} as const

const T = TYPE_CODES

/**
 * The benchmark's matrix: doctors see every type; other professions a realistic subset. (The bundled default
 * matrix grants nothing it cannot source, which would make every view a denial: a dishonest benchmark.)
 */
// Decoded (since issue 19): the engine compiles a matrix once only when the library built or decoded it.
const RAW_MATRIX: AuthorizationMatrix = {
  version: 'bench-1',
  grants: [
    { profession: 'medecin', typeCodes: '*' },
    { profession: 'sage-femme', typeCodes: [T.consultation, T.lab, T.imaging, T.vaccination, T.summary, T.prescription] },
    { profession: 'infirmier', typeCodes: [T.nursing, T.carePlan, T.prescription, T.vaccination, T.summary, T.lab] },
    { profession: 'pharmacien', typeCodes: [T.prescription, T.lab, T.vaccination, T.summary] },
    { profession: 'masseur-kinesitherapeute', typeCodes: [T.imaging, T.consultation, T.carePlan] },
  ],
}
const decodedMatrix = decodeMatrix(RAW_MATRIX)
if (decodedMatrix._tag === 'Left') throw new Error(`the bench matrix does not decode: ${JSON.stringify(decodedMatrix.left)}`)
export const BENCH_MATRIX: AuthorizationMatrix = decodedMatrix.right

// -------------------------------------------------------------------------------------
// people
// -------------------------------------------------------------------------------------

const pro = (
  id: string,
  profession: ProfessionalActor['profession'],
  authentication: ProfessionalActor['authentication'],
  establishmentId?: string,
  specialty?: string,
): ProfessionalActor => ({
  kind: 'professional',
  id,
  profession,
  authentication,
  ...(establishmentId === undefined ? {} : { establishmentId }),
  ...(specialty === undefined ? {} : { specialty }),
})

export const HOSPITAL = '750712184' // a FINESS
export const BLOCKED_CLINIC = '130786049'

// Built, as records from buildRecord or the codecs are: the engine remembers record-level work only for records and
// actors the library built (src/engine/memo.ts, issue 19). `unfrozen` (below) gives the same requests on plain copies.
export const PEOPLE = deepFreeze({
  gp: buildActor(pro('PS-GP', 'medecin', 'cps', '75MEDCAB1')),
  hospitalDoctor: buildActor(pro('PS-CARDIO', 'medecin', 'indirect', HOSPITAL, 'SM04')),
  hospitalNurse: buildActor(pro('PS-NURSE', 'infirmier', 'indirect', HOSPITAL)),
  pharmacist: buildActor(pro('PS-PHARMA', 'pharmacien', 'e-cps', '75PHARM1')),
  physio: buildActor(pro('PS-KINE', 'masseur-kinesitherapeute', 'cps')),
  midwife: buildActor(pro('PS-SF', 'sage-femme', 'cps')),
  expiredAuthDoctor: buildActor(pro('PS-DERMATO', 'medecin', 'cps', undefined, 'SM15')),
  blocked: buildActor(pro('PS-BLOCKED', 'medecin', 'cps')),
  atBlockedClinic: buildActor(pro('PS-CLINIC', 'medecin', 'indirect', BLOCKED_CLINIC)),
  forbidden: buildActor(pro('PS-FORBIDDEN', 'infirmier', 'cps')),
  noCard: buildActor(pro('PS-NOCARD', 'medecin', 'none')),
  outsider: buildActor(pro('PS-OUTSIDER', 'medecin', 'e-cps')),
} as const)

const AUTHORS: ReadonlyArray<readonly [HealthDocument['author'], number]> = [
  [{ kind: 'professional', id: PEOPLE.gp.id, establishmentId: '75MEDCAB1' }, 20],
  [{ kind: 'professional', id: PEOPLE.hospitalDoctor.id, establishmentId: HOSPITAL }, 10],
  [{ kind: 'professional', id: PEOPLE.hospitalNurse.id, establishmentId: HOSPITAL }, 6],
  [{ kind: 'professional', id: PEOPLE.pharmacist.id }, 4],
  [{ kind: 'professional', id: PEOPLE.physio.id }, 3],
  [{ kind: 'professional', id: 'PS-LAB' }, 15],
  [{ kind: 'professional', id: 'PS-RADIO' }, 10],
  [{ kind: 'professional', id: 'PS-OTHER' }, 25],
  [{ kind: 'patient' }, 7],
]

const TYPES: ReadonlyArray<readonly [string, number]> = [
  [T.consultation, 20],
  [T.lab, 25],
  [T.imaging, 12],
  [T.prescription, 15],
  [T.dischargeLetter, 8],
  [T.summary, 3],
  [T.vaccination, 4],
  [T.nursing, 5],
  [T.carePlan, 3],
  [T.hospitalisation, 5],
]

// -------------------------------------------------------------------------------------
// records
// -------------------------------------------------------------------------------------

const dateBefore = (rng: Rng, maxDaysBack: number): string => addDays(AT, -int(rng, 0, maxDaysBack)) ?? AT

/** A document: ~8 % masked from professionals, ~5 % invisible to the patient (fed recently, so R-INVIS-3 matters). */
export const generateDocument = (rng: Rng, index: number): HealthDocument => {
  const invisibleToPatient = rng() < 0.05
  return {
    id: `DOC-${String(index).padStart(6, '0')}`,
    typeCode: weighted(rng, TYPES),
    author: weighted(rng, AUTHORS),
    addedOn: invisibleToPatient ? dateBefore(rng, 60) : dateBefore(rng, 10 * 365),
    maskedFromProfessionals: rng() < 0.08,
    invisibleToPatient,
    hiddenFromLegalRepresentatives: false,
  }
}

/**
 * An adult patient's record of `n` documents, with the blocks, authorisations and treating doctor that make
 * the fixtures' denials real: one professional and one establishment blocked, one past block, one forbidden
 * authorisation, one expired.
 */
export const generateRecord = (seed: number, n: number, status: HealthRecord['status'] = { kind: 'active' }): HealthRecord => {
  const rng = mulberry32(seed)
  const documents: Array<HealthDocument> = []
  for (let i = 0; i < n; i++) documents.push(generateDocument(rng, i))
  return buildRecord({
    patient: { birthDate: `${int(rng, 1940, 2000)}-0${int(rng, 1, 9)}-1${int(rng, 0, 9)}`, emancipated: false, protectedAdult: false, ins: { qualified: true } },
    status,
    treatingDoctorIds: [PEOPLE.gp.id],
    legalRepresentatives: [],
    blocks: [
      { target: 'professional', id: PEOPLE.blocked.id, from: '2023-03-01' },
      { target: 'establishment', id: BLOCKED_CLINIC, from: '2024-01-10' },
      { target: 'professional', id: PEOPLE.physio.id, from: '2022-01-01', until: '2022-12-31' },
    ],
    authorizations: [
      { professionalId: PEOPLE.gp.id, status: 'valid' },
      { professionalId: PEOPLE.expiredAuthDoctor.id, status: 'expired' },
      { professionalId: PEOPLE.forbidden.id, status: 'forbidden' },
    ],
    documents,
  })
}

// -------------------------------------------------------------------------------------
// sessions and requests
// -------------------------------------------------------------------------------------

/** Who asks, and the request flags a real session of this actor carries. */
export interface Session {
  readonly name: string
  readonly actor: Actor
  readonly careTeam?: boolean
  readonly explicitConsent?: boolean
  /** Takes part in the care outside the care team (R-ACTOR-3 rev. 2). */
  readonly participatesInCare?: boolean
  readonly patientOpposes?: boolean
  /** Relative frequency in the pool: the common, allowed cases dominate, as on a real screen. */
  readonly weight: number
}

export const SESSIONS: ReadonlyArray<Session> = deepFreeze([
  { name: 'treating GP, care team', actor: PEOPLE.gp, careTeam: true, explicitConsent: true, weight: 12 },
  { name: 'hospital cardiologist, care team', actor: PEOPLE.hospitalDoctor, careTeam: true, explicitConsent: true, weight: 12 },
  { name: 'hospital nurse, care team', actor: PEOPLE.hospitalNurse, careTeam: true, explicitConsent: true, weight: 10 },
  { name: 'pharmacist, explicit consent', actor: PEOPLE.pharmacist, explicitConsent: true, participatesInCare: true, weight: 8 },
  { name: 'physiotherapist (past block), consent', actor: PEOPLE.physio, explicitConsent: true, participatesInCare: true, weight: 5 },
  { name: 'midwife, care team', actor: PEOPLE.midwife, careTeam: true, explicitConsent: true, weight: 4 },
  { name: 'dermatologist (expired authorisation), care team', actor: PEOPLE.expiredAuthDoctor, careTeam: true, explicitConsent: true, participatesInCare: true, weight: 5 },
  { name: 'patient (holder)', actor: buildActor({ kind: 'patient' }), weight: 8 },
  { name: 'blocked doctor', actor: PEOPLE.blocked, careTeam: true, explicitConsent: true, weight: 1 },
  { name: 'doctor of a blocked clinic', actor: PEOPLE.atBlockedClinic, careTeam: true, explicitConsent: true, weight: 1 },
  { name: 'nurse with forbidden authorisation', actor: PEOPLE.forbidden, careTeam: true, explicitConsent: true, weight: 1 },
  { name: 'doctor without a card', actor: PEOPLE.noCard, careTeam: true, explicitConsent: true, weight: 1 },
  { name: 'doctor, no consent', actor: PEOPLE.outsider, weight: 1 },
  { name: 'care team, patient opposes', actor: PEOPLE.hospitalDoctor, careTeam: true, explicitConsent: true, patientOpposes: true, weight: 1 },
])

const requestOf = (session: Session, record: HealthRecord, action: 'view' | 'consult', document?: HealthDocument): Request => ({
  action,
  actor: session.actor,
  record,
  at: AT,
  ...(document === undefined ? {} : { document }),
  ...(session.careTeam === undefined ? {} : { careTeam: session.careTeam }),
  ...(session.explicitConsent === undefined ? {} : { explicitConsent: session.explicitConsent }),
  ...(session.participatesInCare === undefined ? {} : { participatesInCare: session.participatesInCare }),
  ...(session.patientOpposes === undefined ? {} : { patientOpposes: session.patientOpposes }),
})

/** The records behind the decide benchmark: 8 adult records of 10–50 documents; one space is deactivated. */
export const decideRecords = (): ReadonlyArray<HealthRecord> =>
  Array.from({ length: 8 }, (_, i) =>
    generateRecord(1000 + i, 10 + ((i * 17) % 41), i === 5 ? { kind: 'deactivated' } : { kind: 'active' }),
  )

/**
 * The pool of requests the decide benchmarks cycle through: `size` requests, each a session drawn by weight
 * on a random record, about a random document of it (for `view`).
 */
export const requestPool = (action: 'view' | 'consult', size: number, seed = 42): ReadonlyArray<Request> => {
  const rng = mulberry32(seed)
  const records = decideRecords()
  const sessions = SESSIONS.map((s) => [s, s.weight] as const)
  const out: Array<Request> = []
  for (let i = 0; i < size; i++) {
    const session = weighted(rng, sessions)
    const record = pick(rng, records)
    out.push(requestOf(session, record, action, action === 'view' ? pick(rng, record.documents) : undefined))
  }
  return out
}

/** The session used for visibleDocuments: a hospital doctor in the care team (not a treating doctor). */
export const VISIBLE_SESSION: Session = SESSIONS[1] as Session

/** The request of visibleDocuments over a record of `n` documents (no `document`). */
export const visibleRequest = (n: number): Request => requestOf(VISIBLE_SESSION, generateRecord(7, n), 'view')

/**
 * The same request on plain copies of its record and actor (structuredClone), which the library did not build: the
 * engine copies them on every call and evaluates every rule of every request — the cost for callers who do not
 * build their inputs with buildRecord, buildActor or the codecs.
 * Requests of one record keep sharing one copy, as an editor's would.
 */
export const unfrozen = (pool: ReadonlyArray<Request>): ReadonlyArray<Request> => {
  const copies = new Map<object, unknown>()
  const copy = <A extends object>(a: A): A => {
    let c = copies.get(a)
    if (c === undefined) {
      c = structuredClone(a)
      copies.set(a, c)
    }
    return c as A
  }
  return pool.map((r) => {
    const record = copy(r.record)
    const document = r.document === undefined ? undefined : record.documents[r.record.documents.indexOf(r.document)]
    return { ...r, record, actor: copy(r.actor), ...(document === undefined ? {} : { document }) }
  })
}
