// The peer: the same consent + masking + blocking + matrix policy, written for AWS Cedar and evaluated by
// @cedar-policy/cedar-wasm in this process. Each rule of the engine that can deny on the benchmark requests is
// one `forbid` (its id is the rule id, so Cedar's diagnostics name the same rules); grants are `permit`s.
//
// Modelling choices (Cedar has no loops over sets, so relations are built into entities, as Cedar recommends):
// - the matrix row of the actor's profession (and specialty) is a `Profession` entity with the granted types;
// - blocks are tags of the `Record`, keyed "professional/<id>" or "establishment/<id>", valued by their period
//   (the fixtures hold at most one block per key; an open block ends on 9999-12-31); dates are Cedar `datetime`s;
// - the day a document invisible to the patient becomes visible (R-INVIS-3, one month after feeding) is computed
//   when building the document entity (Cedar has durations in milliseconds, not calendar months).
import { createRequire } from 'node:module'
import type * as CedarWasm from '@cedar-policy/cedar-wasm/nodejs'
import { addMonths } from '../src/domain/dates.js'
import type { AuthorizationMatrix } from '../src/matrix/types.js'
import type { HealthDocument, HealthRecord, Request } from '../src/domain/types.js'

const require = createRequire(import.meta.url)
/** cedar-wasm, CommonJS build for Node (loads the wasm synchronously). */
export const cedar = require('@cedar-policy/cedar-wasm/nodejs') as typeof CedarWasm

export const CEDAR_SCHEMA = `
entity Establishment;
entity Patient;
entity Profession = { all: Bool, typeCodes: Set<String> };
entity Professional = {
  profession: Profession,
  isDoctor: Bool,
  authentication: String,
  blockKey: String,
  establishmentBlockKey?: String,
  establishment?: String,
};
entity Record = {
  status: String,
  holder: Patient,
  holderAdult: Bool,
  deceasedOn?: datetime,
  treatingDoctors: Set<Professional>,
  forbidden: Set<Professional>,
} tags { from: datetime, until: datetime };
entity Document = {
  typeCode: String,
  author?: Professional,
  authorEstablishment?: String,
  masked: Bool,
  invisibleToPatient: Bool,
  visibleToPatientOn: datetime,
};
type Ctx = { at: datetime, record: Record, careTeam: Bool, participatesInCare: Bool, explicitConsent: Bool, patientOpposes: Bool };
action consult appliesTo { principal: [Professional, Patient], resource: Record, context: Ctx };
action view appliesTo { principal: [Professional, Patient], resource: Document, context: Ctx };
`

const blockCovers = (key: string): string => `
  context.record.hasTag(${key}) &&
  context.record.getTag(${key}).from <= context.at &&
  context.at <= context.record.getTag(${key}).until`

/**
 * The policies, by id: the rule id a `forbid` stands for (then a qualifier), so that Cedar's determining
 * policies of a denial can be compared with the engine's denying rule ids. Permits grant; forbids deny.
 */
export const CEDAR_POLICIES: Readonly<Record<string, string>> = {
  // grants
  'R-CONSENT-1+2 professional': `permit(principal is Professional, action, resource)
    when { (context.record.status == "active" || context.record.status == "deactivated")
           && (context.careTeam || context.explicitConsent) };`,
  'R-ACTOR-3 holder': `permit(principal is Patient, action, resource)
    when { principal == context.record.holder && context.record.status == "active" && context.record.holderAdult };`,
  // status
  'R-STATUS-2': `forbid(principal is Patient, action, resource) unless { context.record.status == "active" };`,
  'R-STATUS-3': `forbid(principal, action, resource) when { context.record.status == "closed" };`,
  'R-STATUS-4': `forbid(principal, action, resource) when { context.record.status == "deleted" };`,
  'R-STATUS-5': `forbid(principal, action, resource) when { context.record.status == "refused" };`,
  'R-STATUS-9': `forbid(principal, action, resource)
    when { context.record has deceasedOn && context.record.deceasedOn <= context.at };`,
  // authentication, authorisation, blocks
  'R-AUTH-1': `forbid(principal is Professional, action, resource) when { principal.authentication == "none" };`,
  'R-AUTH-5': `forbid(principal is Professional, action, resource) when { context.record.forbidden.contains(principal) };`,
  'R-AUTH-6 professional': `forbid(principal is Professional, action, resource) when { ${blockCovers('principal.blockKey')} };`,
  'R-AUTH-6 establishment': `forbid(principal is Professional, action, resource)
    when { principal has establishmentBlockKey && ${blockCovers('principal.establishmentBlockKey')} };`,
  // consent
  // Catalogue revision 2: a professional outside the care team takes part in the care, or is refused (R-ACTOR-3).
  'R-ACTOR-3 participation': `forbid(principal is Professional, action, resource) unless { context.careTeam || context.participatesInCare };`,
  'R-CONSENT-2': `forbid(principal is Professional, action, resource) unless { context.careTeam || context.explicitConsent };`,
  'R-CONSENT-5': `forbid(principal is Professional, action, resource) when { context.patientOpposes };`,
  // documents
  'R-AUTH-7': `forbid(principal is Professional, action == Action::"view", resource is Document)
    unless { principal.profession.all || principal.profession.typeCodes.contains(resource.typeCode)
             || (resource has author && resource.author == principal) };`,
  'R-MASK-2': `forbid(principal is Professional, action == Action::"view", resource is Document)
    when { resource.masked }
    unless { (resource has author && resource.author == principal)
             || (resource has authorEstablishment && principal has establishment && resource.authorEstablishment == principal.establishment)
             || (principal.isDoctor && context.record.treatingDoctors.contains(principal)) };`,
  'R-INVIS-1': `forbid(principal is Patient, action == Action::"view", resource is Document)
    when { resource.invisibleToPatient && context.at < resource.visibleToPatientOn };`,
}

const POLICY_SET_ID = 'dmp-bench'
let preparsed = false

/** Parses the policies and the schema once into cedar-wasm's cache (for `statefulIsAuthorized`). */
export const preparseCedar = (): void => {
  if (preparsed) return
  const p = cedar.preparsePolicySet(POLICY_SET_ID, { staticPolicies: { ...CEDAR_POLICIES } })
  if (p.type !== 'success') throw new Error(`cedar: ${JSON.stringify(p.errors)}`)
  preparsed = true
}

/** Checks the policies against the schema (strict validation); throws on any error. */
export const validateCedar = (): void => {
  const v = cedar.validate({ schema: CEDAR_SCHEMA, policies: { staticPolicies: { ...CEDAR_POLICIES } } })
  if (v.type !== 'success') throw new Error(`cedar: ${JSON.stringify(v.errors)}`)
  if (v.validationErrors.length > 0) throw new Error(`cedar: ${JSON.stringify(v.validationErrors)}`)
}

// -------------------------------------------------------------------------------------
// entity building
// -------------------------------------------------------------------------------------

const dt = (d: string): CedarWasm.CedarValueJson => ({ __extn: { fn: 'datetime', arg: d } })
const uid = (type: string, id: string): CedarWasm.TypeAndId => ({ type, id })
const ref = (type: string, id: string): CedarWasm.CedarValueJson => ({ __entity: uid(type, id) })

const HOLDER = 'holder'
/** A block with no end lasts until this day (Cedar's validator cannot prove an optional tag attribute present). */
const OPEN_ENDED = '9999-12-31'

const recordEntity = (record: HealthRecord, at: string): CedarWasm.EntityJson => {
  const tags: Record<string, CedarWasm.CedarValueJson> = {}
  for (const b of record.blocks)
    tags[`${b.target}/${b.id}`] = { from: dt(b.from), until: dt(b.until ?? OPEN_ENDED) }
  const bd = record.patient.birthDate
  return {
    uid: uid('Record', 'r'),
    attrs: {
      status: record.status.kind,
      holder: ref('Patient', HOLDER),
      holderAdult: `${Number(bd.slice(0, 4)) + 18}${bd.slice(4)}` <= at && !record.patient.protectedAdult,
      ...(record.patient.deceasedOn === undefined ? {} : { deceasedOn: dt(record.patient.deceasedOn) }),
      treatingDoctors: record.treatingDoctorIds.map((id) => ref('Professional', id)),
      forbidden: record.authorizations.flatMap((a) => ('professionalId' in a && a.status === 'forbidden' ? [ref('Professional', a.professionalId)] : [])),
    },
    parents: [],
    tags,
  }
}

const documentEntity = (d: HealthDocument): CedarWasm.EntityJson => ({
  uid: uid('Document', d.id),
  attrs: {
    typeCode: d.typeCode,
    ...(d.author.kind === 'professional' ? { author: ref('Professional', d.author.id) } : {}),
    ...(d.author.kind === 'professional' && d.author.establishmentId !== undefined ? { authorEstablishment: d.author.establishmentId } : {}),
    masked: d.maskedFromProfessionals,
    invisibleToPatient: d.invisibleToPatient,
    visibleToPatientOn: dt(addMonths(d.addedOn, 1) ?? d.addedOn),
  },
  parents: [],
})

const professionEntities = (matrix: AuthorizationMatrix, profession: string, specialty: string | undefined): CedarWasm.EntityJson => {
  let all = false
  const codes = new Set<string>()
  for (const g of matrix.grants)
    if (g.profession === profession && (g.specialty === undefined || g.specialty === specialty)) {
      if (g.typeCodes === '*') all = true
      else for (const c of g.typeCodes) codes.add(c)
    }
  return { uid: uid('Profession', `${profession}|${specialty ?? ''}`), attrs: { all, typeCodes: [...codes] }, parents: [] }
}

/** A Cedar request ready for `isAuthorized` / `statefulIsAuthorized` (everything but the policies). */
export interface CedarRequest {
  readonly principal: CedarWasm.EntityUid
  readonly action: CedarWasm.EntityUid
  readonly resource: CedarWasm.EntityUid
  readonly context: CedarWasm.Context
  readonly entities: CedarWasm.Entities
}

/** Builds the Cedar request of a `view` or `consult` request of the benchmark pool. */
export const toCedar = (req: Request, matrix: AuthorizationMatrix): CedarRequest => {
  const entities: Array<CedarWasm.EntityJson> = [recordEntity(req.record, req.at)]
  const actor = req.actor
  let principal: CedarWasm.TypeAndId
  if (actor.kind === 'professional') {
    principal = uid('Professional', actor.id)
    const profession = professionEntities(matrix, actor.profession, actor.specialty)
    entities.push(profession, {
      uid: principal,
      attrs: {
        profession: { __entity: profession.uid as CedarWasm.TypeAndId },
        isDoctor: actor.profession === 'medecin',
        authentication: actor.authentication,
        blockKey: `professional/${actor.id}`,
        ...(actor.establishmentId === undefined ? {} : { establishmentBlockKey: `establishment/${actor.establishmentId}`, establishment: actor.establishmentId }),
      },
      parents: [],
    })
  } else if (actor.kind === 'patient') {
    principal = uid('Patient', HOLDER)
    entities.push({ uid: principal, attrs: {}, parents: [] })
  } else throw new Error(`cedar bench: actor ${actor.kind} is not in the benchmark pool`)
  let resource: CedarWasm.TypeAndId = uid('Record', 'r')
  if (req.action === 'view') {
    if (req.document === undefined) throw new Error('cedar bench: view without a document')
    const doc = documentEntity(req.document)
    entities.push(doc)
    resource = doc.uid as CedarWasm.TypeAndId
  }
  return {
    principal,
    action: uid('Action', req.action),
    resource,
    context: {
      at: dt(req.at),
      record: ref('Record', 'r'),
      careTeam: req.careTeam === true,
      participatesInCare: req.participatesInCare === true,
      explicitConsent: req.explicitConsent === true,
      patientOpposes: req.patientOpposes === true,
    },
    entities,
  }
}

const allowedOf = (a: CedarWasm.AuthorizationAnswer): boolean => {
  if (a.type !== 'success') throw new Error(`cedar: ${JSON.stringify(a.errors)}`)
  if (a.response.diagnostics.errors.length > 0) throw new Error(`cedar: ${JSON.stringify(a.response.diagnostics.errors)}`)
  return a.response.decision === 'allow'
}

/** Cedar's answer with its determining policies (policies parsed on every call, as in the basic API). */
export const cedarAnswer = (r: CedarRequest): CedarWasm.AuthorizationAnswer =>
  cedar.isAuthorized({ ...r, policies: { staticPolicies: CEDAR_POLICIES as Record<string, string> } })

/** Cedar's decision, policies parsed on every call (`isAuthorized`, policies as text). */
export const cedarIsAuthorized = (r: CedarRequest): boolean => allowedOf(cedarAnswer(r))

/** Cedar's decision on its fastest path: policies preparsed once (`statefulIsAuthorized`), no schema. */
export const cedarStateful = (r: CedarRequest): boolean =>
  allowedOf(cedar.statefulIsAuthorized({ ...r, preparsedPolicySetId: POLICY_SET_ID }))

/** Cedar with the schema (request and entities validated on every call). */
export const cedarValidated = (r: CedarRequest): boolean =>
  allowedOf(cedar.isAuthorized({ ...r, schema: CEDAR_SCHEMA, validateRequest: true, policies: { staticPolicies: CEDAR_POLICIES as Record<string, string> } }))
