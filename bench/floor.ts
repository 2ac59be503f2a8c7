// The floor: what an editor would hand-write to answer "may this actor see this document?" — the same checks
// as the engine's `view` policy on the benchmark's requests (RULES.md), as one boolean expression with no reasons,
// no obligations, no remedies and no validation of its input. Nothing can be cheaper and still be right.
//
// Scope (what the benchmark requests exercise): the holder (an adult) and professionals, access mode `normal`.
// Legal representatives, minors, protected adults and emergency access are not in the benchmark pool.
import type { AuthorizationMatrix } from '../src/matrix/types.js'
import type { HealthDocument, HealthRecord, Request } from '../src/domain/types.js'

type Table = ReadonlyMap<string, '*' | ReadonlySet<string>>

const tables = new WeakMap<AuthorizationMatrix, Table>()

/** The matrix as a lookup table (key: profession, or profession + '|' + specialty), built once per matrix. */
export const floorTable = (matrix: AuthorizationMatrix): Table => {
  let t = tables.get(matrix)
  if (t === undefined) {
    const m = new Map<string, '*' | Set<string>>()
    for (const g of matrix.grants) {
      // Occupational grants (0.3.0) select nobody the bench decides.
      if (g.profession === undefined) continue
      const key = g.specialty === undefined ? g.profession : `${g.profession}|${g.specialty}`
      const prev = m.get(key)
      if (g.typeCodes === '*' || prev === '*') m.set(key, '*')
      else m.set(key, new Set([...(prev ?? []), ...g.typeCodes]))
    }
    t = m
    tables.set(matrix, t)
  }
  return t
}

const granted = (table: Table, key: string, typeCode: string): boolean => {
  const e = table.get(key)
  return e !== undefined && (e === '*' || e.has(typeCode))
}

/** The date one month after `date` (day clamped to the month's end), by string arithmetic. */
const oneMonthAfter = (date: string): string => {
  let y = Number(date.slice(0, 4))
  let m = Number(date.slice(5, 7)) + 1
  if (m === 13) {
    m = 1
    y++
  }
  const last = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
  const d = Math.min(Number(date.slice(8, 10)), last)
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

/** Open the record (`consult`): status, death, authentication, authorisation, blocks, consent. */
export const floorConsult = (req: Request): boolean => {
  const { actor, record, at } = req
  const status = record.status.kind
  if (status !== 'active' && status !== 'deactivated') return false // R-STATUS-3/4/5
  const deceased = record.patient.deceasedOn
  if (deceased !== undefined && deceased <= at) return false // R-STATUS-9
  if (actor.kind === 'patient') {
    const b = record.patient.birthDate
    const adult = `${Number(b.slice(0, 4)) + 18}${b.slice(4)}` <= at
    return status === 'active' && adult && !record.patient.protectedAdult // R-STATUS-2, A-3, R-MINOR-8
  }
  if (actor.kind !== 'professional') return false // R-ACTOR-1..5; legal representatives: not in the pool
  if (actor.authentication === 'none') return false // R-AUTH-1
  if (actor.profession === 'medico-social') return false // R-ACTOR-4 (the bench matrix grants them nothing)
  for (const a of record.authorizations) if ('professionalId' in a && a.professionalId === actor.id && a.status === 'forbidden') return false // R-AUTH-5
  for (const b of record.blocks)
    if (
      ((b.target === 'professional' && b.id === actor.id) || (b.target === 'establishment' && b.id === actor.establishmentId)) &&
      b.from <= at &&
      (b.until === undefined || at <= b.until)
    )
      return false // R-AUTH-6
  if (req.patientOpposes === true) return false // R-CONSENT-5
  // R-ACTOR-3, R-CONSENT-1/2 (rev. 2): taking part in the care, and the consent (for the care team: declared, or recorded)
  if (req.careTeam !== true && req.participatesInCare !== true) return false
  return req.explicitConsent === true || (req.careTeam === true && validAuthorization(record, actor.id))
}

/** See one document (`view`): consult, then the matrix (author exception), masking and invisibility to the patient. */
export const floorSees = (req: Request, document: HealthDocument, table: Table): boolean => {
  if (!floorConsult(req)) return false
  return floorDocument(req, document, table)
}

/** The document part of `view`, once `consult` holds. */
export const floorDocument = (req: Request, document: HealthDocument, table: Table): boolean => {
  const actor = req.actor
  if (actor.kind === 'patient') return !document.invisibleToPatient || oneMonthAfter(document.addedOn) <= req.at // R-INVIS-1/3
  if (actor.kind !== 'professional') return false
  const author = document.author.kind === 'professional' && document.author.id === actor.id // R-AUTH-8
  if (
    !author &&
    !granted(table, actor.profession, document.typeCode) &&
    !(actor.specialty !== undefined && granted(table, `${actor.profession}|${actor.specialty}`, document.typeCode))
  )
    return false // R-AUTH-7
  const placedHere =
    document.author.kind === 'professional' && document.author.establishmentId !== undefined && document.author.establishmentId === actor.establishmentId
  if (document.maskedFromProfessionals && !author && !placedHere && !(actor.profession === 'medecin' && isTreating(req.record, actor.id)))
    return false // R-MASK-2 (rev. 2: the establishment that placed it too)
  return true
}

const isTreating = (record: HealthRecord, id: string): boolean => record.treatingDoctorIds.includes(id)

const validAuthorization = (record: HealthRecord, id: string): boolean => {
  let valid = false
  for (const a of record.authorizations)
    if ('professionalId' in a && a.professionalId === id) {
      if (a.status !== 'valid') return false
      valid = true
    }
  return valid
}

/** The floor of visibleDocuments: consult once, then the document part for each document. */
export const floorVisible = (req: Request, table: Table): ReadonlyArray<boolean> => {
  const docs = req.record.documents
  if (!floorConsult(req)) return docs.map(() => false)
  return docs.map((d) => floorDocument(req, d, table))
}
