// The second peer: CASL 7 (`@casl/ability`), the authorisation library most JavaScript applications reach for.
// It answers the floor's question — "may this actor view this document?" — with CASL's own means: an ability per
// session, built from rules whose conditions are MongoDB queries over the document (`createMongoAbility`).
//
// What the abilities encode (the floor's `floorSees`, bench/floor.ts):
// - the record-level part (`floorConsult`: status, death, authentication, forbidden authorisation, blocks,
//   opposition, care team / consent) does not depend on the document: it is decided when the ability is built, as
//   an application would decide it when it opens the session. A failed consult gives an ability with no rules.
// - the document-level part (`floorDocument`) is CASL rules with conditions:
//   - a professional: the author sees their own documents (R-AUTH-8); otherwise the type must be granted to the
//     profession or to profession|specialty (R-AUTH-7), and a masked document (R-MASK-2) is seen only by its
//     author, by the establishment that placed it, or by a treating doctor who is a `medecin` (decided at build
//     time, since it depends on the actor and the record only);
//   - the patient: every document not invisible to the patient, and an invisible one from one month after it was
//     fed (R-INVIS-1/3). The month is fixed by the request's date, so it becomes a cut-off date on `addedOn`
//     ({@link patientCutoff}), checked against the floor on every day of several years ({@link checkPatientCutoff}).
//
// Subject types: the abilities are built with a `detectSubjectType` option that returns 'Document', and asked
// `can('view', document)` with the document itself. CASL's `subject('Document', doc)` helper would tag the object
// by `Object.defineProperty`, which throws on a frozen object ("Cannot define property __caslSubjectType__,
// object is not extensible"), and the bench fixtures are deep-frozen (so that the engine may memoise record-level
// work). A wrapper object per document would allocate, or have to be built ahead of time for every document.
// The constant `detectSubjectType` is also no slower than tagging: measured side by side, can() with it and can()
// on documents tagged beforehand by `subject()` (CASL's default detection, on unfrozen copies) were within noise
// of each other, both dominated by matching the conditions. These abilities are only ever asked about documents,
// so the constant is exact.
import { AbilityBuilder, createMongoAbility, type MongoAbility, type MongoQuery } from '@casl/ability'
import { addMonths, daysInMonth, formatIsoDate, parseIsoDate } from '../src/domain/dates.js'
import type { HealthDocument, HealthRecord, Request } from '../src/domain/types.js'
import { floorConsult, floorDocument, type floorTable } from './floor.js'

type Table = ReturnType<typeof floorTable>

/** An ability that answers `can('view', document)`. */
export type DocumentAbility = MongoAbility<['view', 'Document' | HealthDocument]>

/** Every subject these abilities see is a document (see the header: why not `subject()`). */
const documentType = (): 'Document' => 'Document'

/**
 * The last `addedOn` from which an invisible document has become visible to the patient on `at` (R-INVIS-3).
 * The floor says visible when one month after `addedOn` (day clamped to the month's end) is on or before `at`;
 * that date is non-decreasing in `addedOn`, so the visible dates are those up to a cut-off: one month before
 * `at` (clamped) — except when `at` is the last day of its month, where every day of the previous month
 * qualifies (2023-01-31 + 1 month = 2023-02-28).
 */
export const patientCutoff = (at: string): string => {
  const d = parseIsoDate(at)
  if (d === undefined) throw new Error(`patientCutoff: not a date: ${at}`)
  if (d.day === daysInMonth(d.year, d.month)) {
    const year = d.month === 1 ? d.year - 1 : d.year
    const month = d.month === 1 ? 12 : d.month - 1
    return formatIsoDate({ year, month, day: daysInMonth(year, month) })
  }
  return addMonths(at, -1) ?? at
}

/**
 * The types the matrix grants this profession, or profession|specialty: '*' for all, or a list (possibly empty).
 * Read from the floor's own table, so that both read the matrix the same way.
 */
const grantedTypes = (table: Table, profession: string, specialty: string | undefined): '*' | ReadonlyArray<string> => {
  const byProfession = table.get(profession)
  const bySpecialty = specialty === undefined ? undefined : table.get(`${profession}|${specialty}`)
  if (byProfession === '*' || bySpecialty === '*') return '*'
  return [...new Set([...(byProfession ?? []), ...(bySpecialty ?? [])])]
}

/**
 * The ability of the request's session on its record (the request's `document` is ignored). CASL tries the rules
 * last-defined first and stops at the first that matches, so the most common grant is defined last.
 */
export const caslAbility = (req: Request, table: Table): DocumentAbility => {
  const { can, build } = new AbilityBuilder<DocumentAbility>(createMongoAbility)
  const actor = req.actor
  if (!floorConsult(req)) {
    // record-level denial: no rules, every `can` is false
  } else if (actor.kind === 'patient') {
    can('view', 'Document', { addedOn: { $lte: patientCutoff(req.at) } }) // R-INVIS-3: invisible, but a month has passed
    can('view', 'Document', { invisibleToPatient: false }) // R-INVIS-1
  } else if (actor.kind === 'professional') {
    // R-AUTH-8: the author sees their document whatever its type, masked or not.
    can('view', 'Document', { 'author.kind': 'professional', 'author.id': actor.id })
    const types = grantedTypes(table, actor.profession, actor.specialty)
    if (types === '*' || types.length > 0) {
      const granted: MongoQuery = types === '*' ? {} : { typeCode: { $in: [...types] } } // R-AUTH-7
      const treating = actor.profession === 'medecin' && req.record.treatingDoctorIds.includes(actor.id)
      if (treating) can('view', 'Document', granted) // R-MASK-2: a treating doctor sees masked documents
      else {
        // R-MASK-2 (rev. 2): the establishment that placed a masked document sees it.
        if (actor.establishmentId !== undefined) {
          const placedHere: MongoQuery = { ...granted, 'author.kind': 'professional', 'author.establishmentId': actor.establishmentId }
          can('view', 'Document', placedHere)
        }
        const unmasked: MongoQuery = { ...granted, maskedFromProfessionals: false }
        can('view', 'Document', unmasked)
      }
    }
  }
  // Other actors: floorConsult already said no.
  return build({ detectSubjectType: documentType })
}

/**
 * The abilities of a set of requests, one per (actor, record, date, request flags): what an application holds per
 * open session. Built before anything is timed.
 */
export class CaslAbilities {
  private readonly byActor = new WeakMap<object, WeakMap<HealthRecord, Map<string, DocumentAbility>>>()
  built = 0

  constructor(private readonly table: Table) {}

  get(req: Request): DocumentAbility {
    let byRecord = this.byActor.get(req.actor)
    if (byRecord === undefined) this.byActor.set(req.actor, (byRecord = new WeakMap()))
    let byFlags = byRecord.get(req.record)
    if (byFlags === undefined) byRecord.set(req.record, (byFlags = new Map()))
    const key = `${req.at} ${req.careTeam} ${req.explicitConsent} ${req.participatesInCare} ${req.patientOpposes}`
    let ability = byFlags.get(key)
    if (ability === undefined) {
      byFlags.set(key, (ability = caslAbility(req, this.table)))
      this.built++
    }
    return ability
  }
}

/** `ability.can('view', document)`. */
export const caslCan = (ability: DocumentAbility, document: HealthDocument): boolean => ability.can('view', document)

/**
 * The patient's cut-off against the floor itself, on every day of 2023–2025 as the date of the request and every
 * `addedOn` from 70 days before it: a month-end or a leap day handled differently would show here.
 */
export const checkPatientCutoff = (record: HealthRecord, table: Table): void => {
  const doc = (addedOn: string): HealthDocument => ({
    id: 'CUTOFF',
    typeCode: '11488-4',
    author: { kind: 'patient' },
    addedOn,
    maskedFromProfessionals: false,
    invisibleToPatient: true,
    hiddenFromLegalRepresentatives: false,
  })
  const day = (d: Date): string => d.toISOString().slice(0, 10)
  for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
    const at = day(new Date(t))
    const cutoff = patientCutoff(at)
    const req: Request = { action: 'view', actor: { kind: 'patient' }, record, at }
    for (let k = 0; k <= 70; k++) {
      const addedOn = day(new Date(t - k * 86_400_000))
      if (floorDocument(req, doc(addedOn), table) !== addedOn <= cutoff)
        throw new Error(`CASL patient cut-off ${cutoff} for ${at} disagrees with the floor on addedOn ${addedOn}`)
    }
  }
}
