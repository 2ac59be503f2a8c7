// A deliberately naive reference model of the access rules, written straight from design/RULES.md and the
// FAQ as decision tables. It shares nothing with src/ but the domain types: no rule, no combinator, no date
// helper of the library. The differential test (differential.spec.ts) checks the engine against it.
//
// INVARIANT: every function here is total on values of the declared types and never reads a clock.
// Where RULES.md is silent, the model takes the fail-closed reading; each such reading is marked
// `ASSUMPTION (M-n)` and listed in MODEL_ASSUMPTIONS below.
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

/** The readings the model takes where RULES.md and the FAQ are silent (all fail-closed unless said). */
export const MODEL_ASSUMPTIONS: Readonly<Record<string, string>> = {
  'M-1': 'A protected adult (R-MINOR-8) has no direct access of their own, as a minor (A-3): their guardian acts.',
  'M-2': 'Only a guardian represents a protected adult (R-MINOR-8 says "legal representative (guardian)"); a representative with role parent of an adult is denied.',
  'M-3': 'Refused space (R-STATUS-5): the holder side keeps consult/view for one year (day of the first anniversary excluded); every other action and every other actor is denied.',
  'M-4': 'A professional must authenticate (R-AUTH-1) for every action on the record, feeding included.',
  'M-5': 'Medico-social staff (R-ACTOR-4) may only consult/view, and only once the matrix grants them something; every other action is denied to them.',
  'M-6': 'A treating doctor (R-MASK-2, R-MASK-4) is a medecin whose id is in treatingDoctorIds.',
  'M-7': 'Patient-side actions on a document need the document to be visible to that actor (R-INVIS-1/3, R-MINOR-5).',
  'M-8': 'Professional actions on an existing document (mask, unmask, make-visible/invisible) need the professional to be able to view it.',
  'M-9': 'API v1 (R-FEED-2): the Carte Vitale must have been read (the model cannot know it is not the first access).',
  'M-10': 'Feeding a document already masked is masking it: the patient must have asked (R-MASK-3). Feeding a document hidden from the legal representatives needs a minor patient who asked (R-MINOR-5).',
  'M-11': 'Patient-side feeding (R-FEED-3): the document must be authored by the actor; it cannot be invisible to the patient (R-INVIS-1) nor hidden from representatives (R-MINOR-5).',
  'M-12': 'Only the professional author may make a document visible to the patient again (R-INVIS-2); a document already visible cannot be "made visible" again.',
  'M-13': 'make-invisible-to-patient on an existing document is always denied: invisibility is set only when feeding (R-INVIS-1), and a visible document can never become invisible again (R-INVIS-2).',
  'M-14': 'R-DEL-2: "blocked when the document was added" counts a block on the author or on the author\'s establishment, active on addedOn.',
  'M-15': 'R-DEL-1: the INS must be qualified; a blocked professional cannot delete (R-AUTH-6).',
  'M-16': 'A representative whose minor required a doctor present (R-MINOR-6) is denied every action without one.',
  'M-17': 'Emergency access modes: break-glass refused by the patient denies (R-EMERG-1); regulation-centre needs a medecin and the patient not to have refused it (R-EMERG-2); a patient\'s opposition (R-CONSENT-5) still denies.',
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
  if (mine.some((a) => a.status === 'forbidden')) return 'forbidden'
  if (mine.some((a) => a.status === 'valid')) return 'valid'
  if (mine.some((a) => a.status === 'expired')) return 'expired'
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
// table 1 — who may ever touch the record (R-ACTOR-1, 2, 3, 5)
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

const actorTable = (r: Request, v: Verdict): void => {
  if (r.actor.kind === 'third-party') v.deny.add(THIRD_PARTY_RULE[r.actor.party] ?? 'R-ACTOR-3')
  else if (sideOf(r) === 'unknown') v.deny.add('R-ACTOR-3')
}

// -------------------------------------------------------------------------------------
// table 2 — status of the space (R-STATUS-2, 3, 4, 5, 9)
//
//   status        holder side                         professionals / others
//   active        ok                                  ok
//   deactivated   R-STATUS-2                          ok
//   closed        R-STATUS-3                          R-STATUS-3
//   deleted       R-STATUS-4                          R-STATUS-4
//   refused       consult/view < 1 year: ok; else R-STATUS-5     R-STATUS-5 (M-3)
//   holder dead   R-STATUS-9                          R-STATUS-9
// -------------------------------------------------------------------------------------

const statusTable = (r: Request, action: Action, v: Verdict): void => {
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
    const kept = holderSide && (action === 'consult' || action === 'view') && r.at < plusMonths(s.on, 12)
    if (kept) v.grant.add('R-STATUS-5')
    else v.deny.add('R-STATUS-5')
  }
  // convention (engine): the status that lets the actor in is named among the grants
  if (s.kind === 'active') v.grant.add('R-STATUS-1')
  if (s.kind === 'deactivated' && !holderSide) v.grant.add('R-STATUS-2')
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
  if (authored(r, d)) v.grant.add('R-AUTH-8')
}

// -------------------------------------------------------------------------------------
// table 4 — a professional opening the record (R-ACTOR-4, R-AUTH-1, 5, 6, R-CONSENT-1, 2, 5, 8, R-EMERG-1, 2)
//
//   condition                                                         verdict
//   authentication 'none'                                             R-AUTH-1
//   medico-social, matrix grants them nothing / something             R-ACTOR-4 / grant R-ACTOR-4
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

const professionalOpensTable = (r: Request, p: ProfessionalActor, matrix: AuthorizationMatrix, v: Verdict): void => {
  const authz = authorizationOf(r.record, p.id)
  const mode = modeOf(r)
  const emergency = r.record.emergencyAccess
  const patient = r.record.patient
  when(v, p.authentication === 'none', 'R-AUTH-1')
  if (p.profession === 'medico-social') {
    if (grantsOf(matrix, p).length === 0) v.deny.add('R-ACTOR-4')
    else v.grant.add('R-ACTOR-4')
  }
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

const consult: ActionTable = (r, matrix, v) => {
  if (r.actor.kind === 'professional') professionalOpensTable(r, r.actor, matrix, v)
  else holderSideTable(r, v)
}

const withDocument =
  (f: (r: Request, d: HealthDocument, matrix: AuthorizationMatrix, v: Verdict) => void): ActionTable =>
  (r, matrix, v) => {
    const d = r.document
    if (d === undefined) v.deny.add('A-6')
    else f(r, d, matrix, v)
  }

const view = withDocument((r, d, matrix, v) => {
  if (r.actor.kind === 'professional') {
    professionalOpensTable(r, r.actor, matrix, v)
    professionalSeesTable(r, r.actor, d, matrix, v)
  } else if (r.actor.kind !== 'third-party') {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
  }
})

/** Professionals not entitled to anything but consult/view (R-ACTOR-4, M-5). */
const medicoSocialActs = (r: Request, v: Verdict): void => {
  when(v, r.actor.kind === 'professional' && r.actor.profession === 'medico-social', 'R-ACTOR-4')
}

//   mask      already masked: A-4 | holder side: R-MASK-1 | professional: at patient's request, R-MASK-3
const mask = withDocument((r, d, matrix, v) => {
  when(v, d.maskedFromProfessionals, 'A-4')
  if (r.actor.kind === 'professional') {
    medicoSocialActs(r, v)
    professionalOpensTable(r, r.actor, matrix, v)
    professionalSeesTable(r, r.actor, d, matrix, v)
    when(v, r.atPatientRequest !== true, 'R-MASK-3')
    v.grant.clear()
    v.grant.add('R-MASK-3')
  } else if (r.actor.kind !== 'third-party') {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    v.grant.add('R-MASK-1')
  }
})

//   unmask    not masked: A-4 | holder side: R-MASK-4 | treating doctor: any | other professional: own documents
const unmask = withDocument((r, d, matrix, v) => {
  when(v, !d.maskedFromProfessionals, 'A-4')
  if (r.actor.kind === 'professional') {
    const p = r.actor
    medicoSocialActs(r, v)
    professionalOpensTable(r, p, matrix, v)
    professionalSeesTable(r, p, d, matrix, v)
    when(v, !isTreatingDoctor(r, p) && !isAuthor(p, d), 'R-MASK-4')
    v.grant.clear()
  } else if (r.actor.kind !== 'third-party') {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
  }
  if (r.actor.kind !== 'third-party') v.grant.add('R-MASK-4')
})

//   delete    professional: author, qualified INS, DMP active, authorisation valid, document in the DMP (R-DEL-1; R-AUTH-5)
//             holder side: own documents (R-FEED-3); a professional's only if blocked when added (R-DEL-2)
const remove = withDocument((r, d, _matrix, v) => {
  if (r.actor.kind === 'professional') {
    const p = r.actor
    const authz = authorizationOf(r.record, p.id)
    medicoSocialActs(r, v)
    when(v, p.authentication === 'none', 'R-AUTH-1')
    when(v, blockedOn(r.record, p.id, p.establishmentId, r.at), 'R-AUTH-6')
    when(v, authz !== 'valid', 'R-AUTH-5')
    when(
      v,
      !isAuthor(p, d) ||
        r.record.patient.ins?.qualified !== true ||
        r.record.status.kind !== 'active' ||
        authz !== 'valid' ||
        !r.record.documents.some((x) => x.id === d.id),
      'R-DEL-1',
    )
    v.grant.add('R-DEL-1')
  } else if (r.actor.kind !== 'third-party') {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    if (d.author.kind === 'professional') {
      const a = d.author
      const blockedWhenAdded = blockedOn(r.record, a.id, a.establishmentId, d.addedOn)
      when(v, !blockedWhenAdded, 'R-DEL-2')
      v.grant.add('R-DEL-2')
    } else v.grant.add('R-FEED-3')
  }
})

//   feed      professional: qualified INS (any INS before 2023) R-FEED-1; API v1 until 2023-12-30 with the Carte Vitale
//             read R-FEED-2; no accepted opposition R-CONSENT-7; masked at feeding needs the patient's request R-MASK-3;
//             hidden from representatives needs a minor who asked R-MINOR-5; blocked or forbidden may still feed
//             holder side: own documents only, never invisible to the patient nor hidden from representatives
const feed = withDocument((r, d, _matrix, v) => {
  if (r.actor.kind === 'professional') {
    const p = r.actor
    const ins = r.record.patient.ins
    const api = r.api ?? 'v2'
    medicoSocialActs(r, v)
    when(v, p.authentication === 'none', 'R-AUTH-1')
    when(v, ins === undefined || (r.at >= '2023-01-01' && !ins.qualified), 'R-FEED-1')
    when(v, api === 'v1' && (r.at > '2023-12-30' || r.carteVitaleRead !== true), 'R-FEED-2')
    when(v, r.patientOpposes === true, 'R-CONSENT-7')
    when(v, d.maskedFromProfessionals && r.atPatientRequest !== true, 'R-MASK-3')
    when(v, d.hiddenFromLegalRepresentatives && !(isMinor(r) && r.atPatientRequest === true), 'R-MINOR-5')
    v.grant.add('R-CONSENT-6')
  } else if (r.actor.kind !== 'third-party') {
    holderSideTable(r, v)
    const own =
      r.actor.kind === 'patient'
        ? d.author.kind === 'patient'
        : d.author.kind === 'legal-representative' && d.author.id === r.actor.id
    when(v, !own, 'R-FEED-3')
    when(v, d.invisibleToPatient, 'R-INVIS-1')
    when(v, d.hiddenFromLegalRepresentatives, 'R-MINOR-5')
    v.grant.add('R-FEED-3')
  }
})

//   make-visible-to-patient    only a document invisible now (R-INVIS-2), only by its professional author (M-12)
const makeVisible = withDocument((r, d, matrix, v) => {
  when(v, !invisibleToPatientNow(d, r.at), 'R-INVIS-2')
  if (r.actor.kind === 'professional') {
    const p = r.actor
    medicoSocialActs(r, v)
    professionalOpensTable(r, p, matrix, v)
    professionalSeesTable(r, p, d, matrix, v)
    when(v, !isAuthor(p, d), 'R-INVIS-2')
    v.grant.clear()
    v.grant.add('R-INVIS-2')
  } else if (r.actor.kind !== 'third-party') {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
    v.deny.add('R-INVIS-2')
  }
})

//   make-invisible-to-patient  never on an existing document (R-INVIS-1: only at feeding; R-INVIS-2: never again) (M-13)
const makeInvisible = withDocument((r, d, matrix, v) => {
  v.deny.add('R-INVIS-1')
  when(v, !invisibleToPatientNow(d, r.at), 'R-INVIS-2')
  if (r.actor.kind === 'professional') {
    medicoSocialActs(r, v)
    professionalOpensTable(r, r.actor, matrix, v)
    professionalSeesTable(r, r.actor, d, matrix, v)
  } else if (r.actor.kind !== 'third-party') {
    holderSideTable(r, v)
    holderSideSeesTable(r, d, v)
  }
})

//   view-history   holder side only (R-PATIENT-1)
const viewHistory: ActionTable = (r, _matrix, v) => {
  if (r.actor.kind === 'professional') {
    medicoSocialActs(r, v)
    v.deny.add('R-PATIENT-1')
  } else if (r.actor.kind !== 'third-party') {
    holderSideTable(r, v)
    v.grant.add('R-PATIENT-1')
  }
}

//   block          holder side only (R-PATIENT-2)
const block: ActionTable = (r, _matrix, v) => {
  if (r.actor.kind === 'professional') {
    medicoSocialActs(r, v)
    v.deny.add('R-PATIENT-2')
  } else if (r.actor.kind !== 'third-party') {
    holderSideTable(r, v)
    v.grant.add('R-PATIENT-2')
  }
}

//   share-profile  a representative of a minor, with another parent or guardian only (R-MINOR-4)
const shareProfile: ActionTable = (r, _matrix, v) => {
  if (r.actor.kind === 'professional') {
    medicoSocialActs(r, v)
    v.deny.add('R-MINOR-4')
  } else if (r.actor.kind === 'patient') {
    holderSideTable(r, v)
    v.deny.add('R-MINOR-4')
  } else if (r.actor.kind === 'legal-representative') {
    holderSideTable(r, v)
    const role = r.shareWith?.role
    when(v, !isMinor(r) || (role !== 'parent' && role !== 'guardian'), 'R-MINOR-4')
    v.grant.add('R-MINOR-4')
  }
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
  actorTable(r, v)
  statusTable(r, r.action, v)
  table(r, matrix, v)
  return finish(v)
}
