// A deliberately naive reference model of the access rules, written straight from design/RULES.md and the
// FAQ as decision tables. It shares nothing with src/ but the domain types: no rule, no combinator, no date
// helper of the library. The differential test (differential.spec.ts) checks the engine against it.
//
// INVARIANT: every function here is total on values of the declared types and never reads a clock.
// Where RULES.md is silent, the model takes the fail-closed reading; each such reading is marked (M-n) in the
// tables and listed in MODEL_ASSUMPTIONS below. Which rules are NAMED among the grants of an allowance (e.g.
// R-STATUS-1) is a convention, not a rule: there the model follows the engine (marked "convention").
// The model decides valid requests only (those of the declared types, as arbRequest generates): requests
// outside the types are the fail-closed invariants' business (test/properties/invariants.ts).
import type { AuthorizationMatrix } from '../../src/matrix/types.js'
import type { Action, HealthDocument, HealthRecord, ProfessionalActor, Request } from '../../src/domain/types.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** The model's answer: allowed or not, and the set of deciding rule ids (denying if denied, granting if allowed). */
export interface ModelDecision {
  readonly allowed: boolean
  readonly rules: ReadonlySet<string>
}

/**
 * The readings the model takes where RULES.md and the FAQ are silent or ambiguous. `fail-closed`: the model's
 * own reading from the start. `aligned`: the model first read it otherwise and adopted the engine's reading after
 * the differential test showed the difference, because RULES.md supports it (see the report / regressions).
 */
export const MODEL_ASSUMPTIONS: Readonly<Record<string, string>> = {
  'M-1': 'fail-closed: a protected adult (R-MINOR-8) has no direct access of their own, as a minor (A-3): their guardian acts.',
  'M-2': 'fail-closed: only a guardian represents a protected adult (R-MINOR-8 "(guardian)"; R-MINOR-7 ends parental access at majority).',
  'M-3': 'aligned: a refused space (R-STATUS-5) leaves the holder\'s side every action for one year (through the first anniversary, inclusive, as delays are counted in French law); professionals and third parties are denied (R-STATUS-5 for professionals).',
  'M-4': 'fail-closed: a professional must authenticate (R-AUTH-1) for every action on the record, feeding included.',
  'M-5': 'aligned: medico-social staff (R-ACTOR-4) are denied every action while the matrix grants them no type; they are never "health professionals" for R-MASK-3/4, R-FEED-1, R-INVIS-2 nor for break-glass (R-EMERG-1).',
  'M-6': 'fail-closed: a treating doctor (R-MASK-2, R-MASK-4) is a medecin whose id is in treatingDoctorIds.',
  'M-7': 'fail-closed: the holder\'s side acts only on a document it sees (R-INVIS-1/3, A-2, R-MINOR-5).',
  'M-8': 'aligned: professionals mask (at the patient\'s request), unmask and make visible without consent nor matrix check: only R-AUTH-1, 5 (forbidden), 6 apply (none of these actions discloses content).',
  'M-9': 'fail-closed: API v1 (R-FEED-2) needs the Carte Vitale read (the model cannot know it is not the first access).',
  'M-10': 'fail-closed: feeding a masked document needs the patient\'s request (R-MASK-3); hidden from the representatives needs a non-emancipated minor who asked (R-MINOR-5).',
  'M-11': 'fail-closed: the holder\'s side feeds its own documents only (R-FEED-3), never invisible to the patient (R-INVIS-1) nor hidden from representatives (R-MINOR-5).',
  'M-12': 'fail-closed: only the professional author makes a document visible to the patient (R-INVIS-2); one already visible (flag off, or lapsed by R-INVIS-3) is refused.',
  'M-13': 'make-invisible-to-patient is always denied: R-INVIS-1 (only at feeding) and R-INVIS-2 (never again / already so).',
  'M-14': 'R-DEL-2: "blocked when the document was added" counts a block on the author or on the author\'s establishment covering addedOn.',
  'M-15': 'aligned: R-DEL-1 needs an INS, qualified from 2023-01-01 as for feeding (R-FEED-1); the document must be in the record for the holder\'s side too; a blocked professional cannot delete (R-AUTH-6); a non-valid authorisation also denies by R-AUTH-5 ("deleting needs valid").',
  'M-16': 'fail-closed: the doctor-presence restriction (R-MINOR-6) binds a representative whenever they represent (a minor, or a protected adult as guardian).',
  'M-17': 'fail-closed: break-glass refused beforehand denies (R-EMERG-1); regulation-centre needs a medecin and no prior refusal (R-EMERG-2); an expressed opposition (R-CONSENT-5) wins over both.',
  'M-18': 'aligned: a valid authorisation alone does not open the record: consultation always rests on a consent (R-CONSENT-1, 2, 8) or an emergency rule.',
  'M-19': 'aligned: with several authorisation entries for one professional the most restrictive wins (forbidden, expired, valid).',
  'M-20': 'aligned: a professional feeds only a document they authored (R-FEED-1).',
}

// -------------------------------------------------------------------------------------
// naive calendar (re-implemented here on purpose: no date helper of src/)
// -------------------------------------------------------------------------------------

const y = (d: string): number => Number(d.slice(0, 4))
const m = (d: string): number => Number(d.slice(5, 7))
const dd = (d: string): number => Number(d.slice(8, 10))
const two = (n: number): string => (n < 10 ? `0${n}` : String(n))
const four = (n: number): string => String(n).padStart(4, '0')
const leap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const monthLength = (year: number, month: number): number =>
  month === 2 ? (leap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31

/** `date` plus `n` months, the day clamped to the end of the target month. */
export const plusMonths = (date: string, n: number): string => {
  const index = y(date) * 12 + (m(date) - 1) + n
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${four(year)}-${two(month)}-${two(Math.min(dd(date), monthLength(year, month)))}`
}

/** Whole years from `birth` to `at` (the birthday counts; born 29 February → 1 March in a common year); undefined before birth. */
export const yearsOld = (birth: string, at: string): number | undefined => {
  if (at < birth) return undefined
  return y(at) - y(birth) - (at.slice(5) < birth.slice(5) ? 1 : 0)
}

// -------------------------------------------------------------------------------------
// facts read from the request
// -------------------------------------------------------------------------------------

type Side = 'holder' | 'representative' | 'professional' | 'third-party' | 'unknown'

const sideOf = (r: Request): Side => {
  switch (r.actor.kind) {
    case 'patient':
      return 'holder'
    case 'legal-representative':
      return 'representative'
    case 'professional':
      return 'professional'
    case 'third-party':
      return 'third-party'
    default:
      return 'unknown'
  }
}

const isMinor = (r: Request): boolean => {
  const age = yearsOld(r.record.patient.birthDate, r.at)
  return age === undefined || age < 18 // not born yet at `at`: treat as a minor (fail-closed)
}

const blockedOn = (record: HealthRecord, professionalId: string, establishmentId: string | undefined, on: string): boolean =>
  record.blocks.some(
    (b) =>
      ((b.target === 'professional' && b.id === professionalId) ||
        (b.target === 'establishment' && establishmentId !== undefined && b.id === establishmentId)) &&
      b.from <= on &&
      (b.until === undefined || on <= b.until),
  )

type AuthorizationStatus = 'valid' | 'expired' | 'forbidden' | 'none'

const authorizationOf = (record: HealthRecord, id: string): AuthorizationStatus => {
  const mine = record.authorizations.filter((a) => a.professionalId === id)
  // several entries: the most restrictive wins (fail closed)
  if (mine.some((a) => a.status === 'forbidden')) return 'forbidden'
  if (mine.some((a) => a.status === 'expired')) return 'expired'
  if (mine.some((a) => a.status === 'valid')) return 'valid'
  return 'none'
}

/** The matrix grants that apply to this professional and grant at least one type ('*' or a non-empty list). */
const grantsOf = (matrix: AuthorizationMatrix, p: ProfessionalActor) =>
  matrix.grants.filter(
    (g) =>
      g.profession === p.profession &&
      (g.specialty === undefined || g.specialty === p.specialty) &&
      (g.typeCodes === '*' || g.typeCodes.length > 0),
  )

const matrixAllowsType = (matrix: AuthorizationMatrix, p: ProfessionalActor, typeCode: string): boolean =>
  grantsOf(matrix, p).some((g) => g.typeCodes === '*' || g.typeCodes.includes(typeCode))

const isAuthor = (p: ProfessionalActor, d: HealthDocument): boolean => d.author.kind === 'professional' && d.author.id === p.id

const isTreatingDoctor = (r: Request, p: ProfessionalActor): boolean =>
  p.profession === 'medecin' && r.record.treatingDoctorIds.includes(p.id)

/** Invisible to the patient at `at`: flagged, and not yet a month after feeding (R-INVIS-1, R-INVIS-3). */
const invisibleToPatientNow = (d: HealthDocument, at: string): boolean => d.invisibleToPatient && at < plusMonths(d.addedOn, 1)

const modeOf = (r: Request) => r.accessMode ?? 'normal'

// -------------------------------------------------------------------------------------
// verdict accumulator
// -------------------------------------------------------------------------------------

interface Verdict {
  readonly deny: Set<string>
  readonly grant: Set<string>
}

const verdict = (): Verdict => ({ deny: new Set(), grant: new Set() })

const when = (v: Verdict, cond: boolean, rule: string): void => {
  if (cond) v.deny.add(rule)
}

/** Deny overrides grant; a status grant alone (R-STATUS-*) lets nobody in: nothing else granting is the default denial. */
const finish = (v: Verdict): ModelDecision =>
  v.deny.size > 0
    ? { allowed: false, rules: v.deny }
    : [...v.grant].some((g) => !g.startsWith('R-STATUS-'))
      ? { allowed: true, rules: v.grant }
      : { allowed: false, rules: new Set(['R-ACTOR-3']) } // nothing grants: default denial

// -------------------------------------------------------------------------------------
// table 1 — who may ever touch the record (R-ACTOR-1..5)
// -------------------------------------------------------------------------------------

const THIRD_PARTY_RULE: Readonly<Record<string, string>> = {
  state: 'R-ACTOR-1',
  'health-insurance': 'R-ACTOR-1',
  insurer: 'R-ACTOR-1',
  bank: 'R-ACTOR-1',
  employer: 'R-ACTOR-1',
  caregiver: 'R-ACTOR-2',
  heir: 'R-ACTOR-5',
  other: 'R-ACTOR-3',
}

const actorTable = (r: Request, matrix: AuthorizationMatrix, v: Verdict): void => {
  const a = r.actor
  if (a.kind === 'third-party') v.deny.add(THIRD_PARTY_RULE[a.party] ?? 'R-ACTOR-3')
  else if (sideOf(r) === 'unknown') v.deny.add('R-ACTOR-3')
  else if (a.kind === 'professional' && a.profession === 'medico-social') {
    // R-ACTOR-4: no access until the matrix grants them some
    if (grantsOf(matrix, a).length === 0) v.deny.add('R-ACTOR-4')
    else v.grant.add('R-ACTOR-4')
  }
}

// -------------------------------------------------------------------------------------
// table 2 — status of the space (R-STATUS-2, 3, 4, 5, 9)
//
//   status        holder side                         professionals / others
//   active        ok                                  ok
//   deactivated   R-STATUS-2                          ok
//   closed        R-STATUS-3                          R-STATUS-3
//   deleted       R-STATUS-4                          R-STATUS-4
//   refused       ≤ 1 year: grant R-STATUS-5; else R-STATUS-5     R-STATUS-5 (M-3)
//   holder dead   R-STATUS-9                          R-STATUS-9
// -------------------------------------------------------------------------------------

const statusTable = (r: Request, v: Verdict): void => {
  const side = sideOf(r)
  const holderSide = side === 'holder' || side === 'representative'
  const s = r.record.status
  when(v, s.kind === 'closed', 'R-STATUS-3')
  when(v, s.kind === 'deleted', 'R-STATUS-4')
  const dead = r.record.patient.deceasedOn
  when(v, dead !== undefined && dead <= r.at, 'R-STATUS-9')
  if (side === 'third-party' || side === 'unknown') return // R-ACTOR-1..5 speak for them
  when(v, s.kind === 'deactivated' && holderSide, 'R-STATUS-2')
  if (s.kind === 'refused') {
    const kept = holderSide && r.at <= plusMonths(s.on, 12)
    if (kept) v.grant.add('R-STATUS-5')
    else v.deny.add('R-STATUS-5')
  }
  // convention (engine): the status that lets the actor in is named among the grants
  if (s.kind === 'active') v.grant.add('R-STATUS-1')
  if (s.kind === 'deactivated' && !holderSide) v.grant.add('R-STATUS-2')
}

// -------------------------------------------------------------------------------------
// table 2b — claims the law rules out (every action)
//
//   indirect authentication without an establishment (FINESS/SIRET)   R-AUTH-1
//   the patient marked emancipated and under 16 at `at`                R-MINOR-3 (C. civ. 413-2)
// -------------------------------------------------------------------------------------

const claimsTable = (r: Request, v: Verdict): void => {
  const a = r.actor
  when(v, a.kind === 'professional' && a.authentication === 'indirect' && a.establishmentId === undefined, 'R-AUTH-1')
  const age = yearsOld(r.record.patient.birthDate, r.at)
  when(v, r.record.patient.emancipated && (age === undefined || age < 16), 'R-MINOR-3')
}

// -------------------------------------------------------------------------------------
// table 3 — the holder's side: holder and legal representatives (§6)
//
//   actor            patient                                    verdict
//   holder           adult, not protected                       grant R-ACTOR-3
//   holder           minor, emancipated                         grant R-MINOR-3
//   holder           minor, not emancipated (or not born)       A-3
//   holder           adult, protected                           R-MINOR-8 (M-1)
//   representative   not listed in the record                   R-ACTOR-3
//   representative   minor, not emancipated                     grant R-MINOR-1 (parent) / R-MINOR-2 (guardian)
//   representative   minor, emancipated                         R-MINOR-3
//   representative   adult, not protected                       R-MINOR-7
//   representative   adult, protected, role guardian            grant R-MINOR-8
//   representative   adult, protected, role parent              R-MINOR-8 (M-2)
//   representative   representing, doctor presence required     with a doctor: grant R-MINOR-6; without: R-MINOR-6 (M-16)
// -------------------------------------------------------------------------------------

const holderSideTable = (r: Request, v: Verdict): void => {
  const p = r.record.patient
  const minor = isMinor(r)
  if (r.actor.kind === 'patient') {
    if (minor) {
      if (p.emancipated) v.grant.add('R-MINOR-3')
      else v.deny.add('A-3')
    } else if (p.protectedAdult) v.deny.add('R-MINOR-8')
    else v.grant.add('R-ACTOR-3')
    return
  }
  if (r.actor.kind !== 'legal-representative') return
  const id = r.actor.id
  const rep = r.record.legalRepresentatives.find((l) => l.id === id)
  if (rep === undefined) {
    v.deny.add('R-ACTOR-3')
    return
  }
  let representing = false
  if (minor) {
    if (p.emancipated) v.deny.add('R-MINOR-3')
    else {
      v.grant.add(rep.role === 'guardian' ? 'R-MINOR-2' : 'R-MINOR-1')
      representing = true
    }
  } else if (!p.protectedAdult) v.deny.add('R-MINOR-7')
  else if (rep.role !== 'guardian') v.deny.add('R-MINOR-8')
  else {
    v.grant.add('R-MINOR-8')
    representing = true
  }
  if (representing && rep.doctorPresenceRequired) {
    if (r.inPresenceOfDoctor === true) v.grant.add('R-MINOR-6')
    else v.deny.add('R-MINOR-6')
  }
}

/** Is the actor this document's author (a professional by id, the holder, a representative by id)? */
const authored = (r: Request, d: HealthDocument): boolean => {
  const a = r.actor
  const au = d.author
  if (a.kind === 'professional') return au.kind === 'professional' && au.id === a.id
  if (a.kind === 'patient') return au.kind === 'patient'
  if (a.kind === 'legal-representative') return au.kind === 'legal-representative' && au.id === a.id
  return false
}

/**
 * Can the holder's side see this document? (R-INVIS-1/3, A-2, R-MINOR-5, R-MASK-2, R-AUTH-8; M-7)
 *
 *   flag / fact                               holder                  representative
 *   invisible, within a month of feeding      R-INVIS-1               A-2
 *   invisible, a month or more after          grant R-INVIS-3         grant R-INVIS-3
 *   hidden from representatives               —                       R-MINOR-5
 *   own document                              grant R-AUTH-8          grant R-AUTH-8
 */
const holderSideSeesTable = (r: Request, d: HealthDocument, v: Verdict): void => {
  const rep = r.actor.kind === 'legal-representative'
  if (d.invisibleToPatient) {
    if (invisibleToPatientNow(d, r.at)) v.deny.add(rep ? 'A-2' : 'R-INVIS-1')
    else v.grant.add('R-INVIS-3')
  }
  when(v, rep && d.hiddenFromLegalRepresentatives, 'R-MINOR-5')
  if (authored(r, d)) v.grant.add('R-AUTH-8') // convention (engine): the author's own document is named
}

// -------------------------------------------------------------------------------------
// table 4 — a professional opening the record (R-ACTOR-4, R-AUTH-1, 5, 6, R-CONSENT-1, 2, 5, 8, R-EMERG-1, 2)
//
//   condition                                                         verdict
//   authentication 'none'                                             R-AUTH-1
//   authorisation forbidden (any entry)                               R-AUTH-5
//   professional or their establishment blocked at `at`               R-AUTH-6
//   patient opposes                                                   R-CONSENT-5
//   care team                                                         grant R-CONSENT-1
//   else explicit consent                                             grant C
//   else normal mode                                                  C
//     where C = R-CONSENT-8 for a non-emancipated minor or a protected adult (the representative consents), else R-CONSENT-2
//   break-glass: medico-social, or the patient refused it             R-EMERG-1, else grant R-EMERG-1
//   regulation-centre: not a medecin, or the patient refused it       R-EMERG-2, else grant R-EMERG-2
// -------------------------------------------------------------------------------------

const professionalOpensTable = (r: Request, p: ProfessionalActor, v: Verdict): void => {
  const authz = authorizationOf(r.record, p.id)
  const mode = modeOf(r)
  const emergency = r.record.emergencyAccess
  const patient = r.record.patient
  when(v, p.authentication === 'none', 'R-AUTH-1')
  when(v, authz === 'forbidden', 'R-AUTH-5')
  when(v, blockedOn(r.record, p.id, p.establishmentId, r.at), 'R-AUTH-6')
  when(v, r.patientOpposes === true, 'R-CONSENT-5')
  const byRepresentative = isMinor(r) ? !patient.emancipated : patient.protectedAdult
  const consentRule = byRepresentative ? 'R-CONSENT-8' : 'R-CONSENT-2'
  if (r.careTeam === true) v.grant.add('R-CONSENT-1')
  else if (r.explicitConsent === true) v.grant.add(consentRule)
  else if (mode === 'normal') v.deny.add(consentRule)
  if (mode === 'break-glass') {
    if (p.profession === 'medico-social' || emergency?.breakGlass === false) v.deny.add('R-EMERG-1')
    else v.grant.add('R-EMERG-1')
  }
  if (mode === 'regulation-centre') {
    if (p.profession !== 'medecin' || emergency?.regulationCentre === false) v.deny.add('R-EMERG-2')
    else v.grant.add('R-EMERG-2')
  }
}

// -------------------------------------------------------------------------------------
// table 5 — a professional seeing one document (R-AUTH-7, 8, R-MASK-2, R-EMERG-3, R-INVIS-1, R-MINOR-5)
//
//   condition                                                         verdict
//   the author                                                        grant R-AUTH-8
//   not the author: matrix grants the type / not                      grant R-AUTH-7 / R-AUTH-7
//   masked, author or treating doctor                                 grant R-MASK-2
//   masked, other, normal mode                                        R-MASK-2
//   masked, other, emergency mode, patient accepts masked shown       grant R-EMERG-3
//   masked, other, emergency mode, patient refused                    R-EMERG-3 and R-MASK-2
//   invisible to the patient (professionals still see)                grant R-INVIS-1
// -------------------------------------------------------------------------------------

const professionalSeesTable = (r: Request, p: ProfessionalActor, d: HealthDocument, matrix: AuthorizationMatrix, v: Verdict): void => {
  const author = isAuthor(p, d)
  if (author) v.grant.add('R-AUTH-8')
  else if (matrixAllowsType(matrix, p, d.typeCode)) v.grant.add('R-AUTH-7')
  else v.deny.add('R-AUTH-7')
  if (d.maskedFromProfessionals) {
    if (author || isTreatingDoctor(r, p)) v.grant.add('R-MASK-2')
    else if (modeOf(r) === 'normal') v.deny.add('R-MASK-2')
    else if (r.record.emergencyAccess?.maskedDocuments !== false) v.grant.add('R-EMERG-3')
    else {
      v.deny.add('R-EMERG-3')
      v.deny.add('R-MASK-2')
    }
  }
  if (d.invisibleToPatient) v.grant.add('R-INVIS-1')
}

// -------------------------------------------------------------------------------------
// the actions
// -------------------------------------------------------------------------------------

type ActionTable = (r: Request, matrix: AuthorizationMatrix, v: Verdict) => void

/** A professional acting on the record beyond consultation: authenticated, not forbidden, not blocked (R-AUTH-1, 5, 6). */
const professionalOnRecord = (r: Request, p: ProfessionalActor, v: Verdict): void => {
  when(v, p.authentication === 'none', 'R-AUTH-1')
  when(v, authorizationOf(r.record, p.id) === 'forbidden', 'R-AUTH-5')
  when(v, blockedOn(r.record, p.id, p.establishmentId, r.at), 'R-AUTH-6')
}

const holderSide = (r: Request): boolean => r.actor.kind === 'patient' || r.actor.kind === 'legal-representative'

//   consult   professional: table 4 | holder side: table 3
const consult: ActionTable = (r, _matrix, v) => {
  if (r.actor.kind === 'professional') professionalOpensTable(r, r.actor, v)
  else if (holderSide(r)) holderSideTable(r, v)
}

/** A document as a string with sorted keys and no undefined values, to compare two copies field by field. */
const canonical = (u: unknown): string =>
  JSON.stringify(u, (_k, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  )

//   A-7 (every document action but feed): the record's copy of the document decides
//     no document of that id in the record                       A-7; the model stops there (the engine also lists
//                                                                what the record-level rules say: the differential
//                                                                checks that the model's rules are among the engine's)
//     the request's copy differs from the record's in any field  A-7, and the record's copy is decided on
const withDocument =
  (f: (r: Request, d: HealthDocument, matrix: AuthorizationMatrix, v: Verdict) => void): ActionTable =>
  (r, matrix, v) => {
    const d = r.document
    if (d === undefined) {
      v.deny.add('A-6')
      return
    }
    if (r.action === 'feed') {
      f(r, d, matrix, v)
      return
    }
    const own = r.record.documents.find((x) => x.id === d.id)
    if (own === undefined) v.deny.add('A-7')
    else {
      when(v, canonical(own) !== canonical(d), 'A-7')
      f(r, own, matrix, v)
    }
  }

//   view      professional: tables 4 and 5 | holder side: table 3 and what it sees
const view = withDocument((r, d, matrix, v) => {
  if (r.actor.kind === 'professional') {
    professionalOpensTable(r, r.actor, v)
    professionalSeesTable(r, r.actor, d, matrix, v)
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
  }
})

//   mask      already masked                                    A-4
//             holder side (table 3), on a document it sees (M-7)  grant R-MASK-1
//             health professional (R-AUTH-1, 5, 6), at the patient's request   grant R-MASK-3, else R-MASK-3
//             medico-social staff (not a health professional)   R-MASK-3
//             anybody else                                      R-MASK-1
const mask = withDocument((r, d, _matrix, v) => {
  when(v, d.maskedFromProfessionals, 'A-4')
  if (r.actor.kind === 'professional') {
    professionalOnRecord(r, r.actor, v)
    if (r.atPatientRequest === true && r.actor.profession !== 'medico-social') v.grant.add('R-MASK-3')
    else v.deny.add('R-MASK-3')
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    v.grant.add('R-MASK-1')
  } else v.deny.add('R-MASK-1')
})

//   unmask    not masked                                        A-4
//             holder side (table 3), on a document it sees      grant R-MASK-4
//             treating doctor (R-AUTH-1, 5, 6): any document    grant R-MASK-4
//             other health professional: own documents only     grant R-MASK-4, else R-MASK-4
//             anybody else (medico-social staff included)       R-MASK-4
const unmask = withDocument((r, d, _matrix, v) => {
  when(v, !d.maskedFromProfessionals, 'A-4')
  if (r.actor.kind === 'professional') {
    const p = r.actor
    professionalOnRecord(r, p, v)
    if (p.profession !== 'medico-social' && (isTreatingDoctor(r, p) || isAuthor(p, d))) v.grant.add('R-MASK-4')
    else v.deny.add('R-MASK-4')
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    v.grant.add('R-MASK-4')
  } else v.deny.add('R-MASK-4')
})

//   delete    professional (R-AUTH-1, 5, 6): the producer, with a qualified INS, the DMP active, a valid
//             authorisation, the document in the DMP: grant R-DEL-1, else R-DEL-1; not valid: also R-AUTH-5
//             ("deleting needs valid")
//             holder side (table 3), on a document it sees (M-7) and that is in the DMP (R-DEL-1):
//               added by the holder's side: grant R-FEED-3
//               added by a professional: blocked that day (M-14) grant R-DEL-2, else R-DEL-2
//             anybody else                                      R-DEL-1
const remove = withDocument((r, d, _matrix, v) => {
  const inDmp = true // `d` is the record's copy (absent documents are denied before this table)
  if (r.actor.kind === 'professional') {
    const p = r.actor
    const valid = authorizationOf(r.record, p.id) === 'valid'
    professionalOnRecord(r, p, v)
    when(v, !valid, 'R-AUTH-5')
    const ins = r.record.patient.ins
    const insOk = ins !== undefined && (r.at < '2023-01-01' || ins.qualified) // as for feeding (R-FEED-1)
    const ok = isAuthor(p, d) && insOk && r.record.status.kind === 'active' && valid && inDmp
    if (ok) v.grant.add('R-DEL-1')
    else v.deny.add('R-DEL-1')
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    when(v, !inDmp, 'R-DEL-1')
    if (d.author.kind === 'professional') {
      const a = d.author
      if (blockedOn(r.record, a.id, a.establishmentId, d.addedOn)) v.grant.add('R-DEL-2')
      else v.deny.add('R-DEL-2')
    } else v.grant.add('R-FEED-3')
  } else v.deny.add('R-DEL-1')
})

//   feed      professional (R-AUTH-1; blocked or forbidden may still feed, A-1), the document's author (R-FEED-1):
//               INS present, qualified from 2023-01-01                 R-FEED-1
//               API v1 after 2023-12-30, or without the Carte Vitale   R-FEED-2 (M-9)
//               the patient's accepted opposition                      R-CONSENT-7
//               masked without the patient's request                   R-MASK-3 (M-10)
//               hidden from representatives, unless a non-emancipated minor asked   R-MINOR-5 (M-10)
//               masked at the patient's request: grant R-MASK-3; blocked: grant A-1
//               medico-social staff (not a health professional)        R-FEED-1
//               otherwise                                              grant R-FEED-1
//             holder side (table 3): its own document (M-11), else R-FEED-3; never invisible to the
//               patient (R-INVIS-1) nor hidden from representatives (R-MINOR-5)        grant R-FEED-3
//             anybody else                                             R-FEED-3
const feed = withDocument((r, d, _matrix, v) => {
  if (r.actor.kind === 'professional') {
    const p = r.actor
    const ins = r.record.patient.ins
    const api = r.api ?? 'v2'
    when(v, p.authentication === 'none', 'R-AUTH-1')
    const insOk = ins !== undefined && (r.at < '2023-01-01' || ins.qualified)
    if (isAuthor(p, d) && insOk && p.profession !== 'medico-social') v.grant.add('R-FEED-1')
    else v.deny.add('R-FEED-1')
    when(v, api === 'v1' && (r.at > '2023-12-30' || r.carteVitaleRead !== true), 'R-FEED-2')
    when(v, r.patientOpposes === true, 'R-CONSENT-7')
    if (d.maskedFromProfessionals) {
      if (r.atPatientRequest === true) v.grant.add('R-MASK-3')
      else v.deny.add('R-MASK-3')
    }
    const minorAsked = isMinor(r) && !r.record.patient.emancipated && r.atPatientRequest === true
    if (d.hiddenFromLegalRepresentatives) {
      if (minorAsked) v.grant.add('R-MINOR-5')
      else v.deny.add('R-MINOR-5')
    }
    if (blockedOn(r.record, p.id, p.establishmentId, r.at)) v.grant.add('A-1') // convention: a blocked professional feeds under A-1
  } else if (holderSide(r)) {
    holderSideTable(r, v)
    if (authored(r, d)) v.grant.add('R-FEED-3')
    else v.deny.add('R-FEED-3')
    when(v, d.invisibleToPatient, 'R-INVIS-1')
    when(v, d.hiddenFromLegalRepresentatives, 'R-MINOR-5')
  } else v.deny.add('R-FEED-3')
  // whoever feeds: a new document, added on the day of the request
  when(v, r.record.documents.some((x) => x.id === d.id) || d.addedOn !== r.at, 'R-FEED-1')
})

//   make-visible-to-patient   professional (R-AUTH-1, 5, 6), author of a document invisible now: grant R-INVIS-2
//                             anybody else, or a document already visible to the patient: R-INVIS-2 (M-12)
const makeVisible = withDocument((r, d, _matrix, v) => {
  when(v, !invisibleToPatientNow(d, r.at), 'R-INVIS-2')
  if (r.actor.kind === 'professional') {
    professionalOnRecord(r, r.actor, v)
    if (isAuthor(r.actor, d) && r.actor.profession !== 'medico-social') v.grant.add('R-INVIS-2')
    else v.deny.add('R-INVIS-2')
  } else v.deny.add('R-INVIS-2')
})

//   make-invisible-to-patient  never: R-INVIS-1 (only at feeding) and R-INVIS-2 (never again, or already so) (M-13)
const makeInvisible = withDocument((_r, _d, _matrix, v) => {
  v.deny.add('R-INVIS-1')
  v.deny.add('R-INVIS-2')
})

//   view-history   holder side (table 3): grant R-PATIENT-1; anybody else R-PATIENT-1
const viewHistory: ActionTable = (r, _matrix, v) => {
  if (holderSide(r)) {
    holderSideTable(r, v)
    v.grant.add('R-PATIENT-1')
  } else v.deny.add('R-PATIENT-1')
}

//   block          holder side (table 3): grant R-PATIENT-2; anybody else R-PATIENT-2
const block: ActionTable = (r, _matrix, v) => {
  if (holderSide(r)) {
    holderSideTable(r, v)
    v.grant.add('R-PATIENT-2')
  } else v.deny.add('R-PATIENT-2')
}

//   share-profile  representative of a non-emancipated minor (table 3), with a parent or guardian: grant R-MINOR-4;
//                  any other actor or target: R-MINOR-4
const shareProfile: ActionTable = (r, _matrix, v) => {
  if (holderSide(r)) holderSideTable(r, v)
  const role = r.shareWith?.role
  const ok = r.actor.kind === 'legal-representative' && isMinor(r) && !r.record.patient.emancipated && (role === 'parent' || role === 'guardian')
  if (ok) v.grant.add('R-MINOR-4')
  else v.deny.add('R-MINOR-4')
}

const TABLES: Readonly<Record<Action, ActionTable>> = {
  consult,
  view,
  mask,
  unmask,
  delete: remove,
  feed,
  'make-visible-to-patient': makeVisible,
  'make-invisible-to-patient': makeInvisible,
  'view-history': viewHistory,
  block,
  'share-profile': shareProfile,
}

// -------------------------------------------------------------------------------------
// entry point
// -------------------------------------------------------------------------------------

/**
 * The reference model's decision on a request, with the given authorisation matrix.
 * Deny overrides grant; nothing granting denies with R-ACTOR-3; an unknown action denies.
 */
export const modelDecide = (r: Request, matrix: AuthorizationMatrix): ModelDecision => {
  const action: string = r.action
  const table = Object.prototype.hasOwnProperty.call(TABLES, action) ? TABLES[action as Action] : undefined
  if (table === undefined) return { allowed: false, rules: new Set(['R-ACTOR-3']) }
  const v = verdict()
  actorTable(r, matrix, v)
  statusTable(r, v)
  claimsTable(r, v)
  table(r, matrix, v)
  return finish(v)
}
