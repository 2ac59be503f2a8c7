// FHIR R4 DocumentReference (ANS PDSm, PDSM4DMP), alone or in a Bundle → the record's documents, rejections, skips.
// Mapping and sources: docs/dmp-metadata.md; INTEROP-SOURCES.md.
import * as E from 'fp-ts/Either'
import type * as t from 'io-ts'
import type { DocumentAuthorInput } from '../domain/build.js'
import { establishmentIdFromIdnst, IDNPS_OID, IDNST_OID, INS_NIR_OID, readIdnps } from '../interop/identifiers.js'
import { assemble, dayOfFhirDateTime, oneAuthor, rejected, skipped, type AuthorReading, type DayReading, type Outcome } from '../metadata/assemble.js'
import { pointerOf, readIssue, skipReason, type ReadIssue, type ReadIssueCode, type ReadIssues, type ReadResult } from '../metadata/issues.js'
import * as C from './codecs.js'
import { FHIR_CONFIDENTIALITY_SYSTEMS, type VisibilityFlags } from '../interop/confidentiality.js'
import { flagsOfSecurityLabels } from './labels.js'

const CONFIDENTIALITY_SYSTEMS: ReadonlySet<string> = new Set(Object.values(FHIR_CONFIDENTIALITY_SYSTEMS))
const orFlags = (a: VisibilityFlags, b: VisibilityFlags): VisibilityFlags => ({
  maskedFromProfessionals: a.maskedFromProfessionals || b.maskedFromProfessionals,
  invisibleToPatient: a.invisibleToPatient || b.invisibleToPatient,
  hiddenFromLegalRepresentatives: a.hiddenFromLegalRepresentatives || b.hiddenFromLegalRepresentatives,
})

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of {@link readDocumentReferences}.
 *
 * @since 0.3.0
 */
export interface FhirReadOptions {
  /**
   * When no submission set (`List` with code `submissionset`) of the input lists a DocumentReference, date it by its
   * `date` instead of rejecting it. Off by default, and never taken silently: the guides disagree on what `date` is
   * (PDSm: when the DocumentReference was created; PDSM4DMP draft: the document's creationTime), and an earlier
   * `addedOn` ends an invisibility to the patient early (R-INVIS-3) and can date a feeding into a block (R-DEL-2).
   */
  readonly addedOnFallback?: 'date' | undefined
}

/** The code systems of a DMP document type in FHIR: LOINC and TRE_A05. @since 0.3.0 */
export const FHIR_TYPE_SYSTEMS = {
  loinc: 'http://loinc.org',
  treA05: 'https://mos.esante.gouv.fr/NOS/TRE_A05-TypeDocComplementaire/FHIR/TRE-A05-TypeDocComplementaire',
} as const
Object.freeze(FHIR_TYPE_SYSTEMS)

const RPPS_SYSTEM = 'https://rpps.esante.gouv.fr'
const SUBMISSION_SET = { system: 'https://profiles.ihe.net/ITI/MHD/CodeSystem/MHDlistTypes', code: 'submissionset' }
const SIGNATURE_CLASS = 'urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1'
const SIGNATURE_TYPE = 'E1762'

type Path = ReadonlyArray<string | number>
type Resource = { readonly [k: string]: unknown }

interface Located {
  readonly resource: Resource
  readonly path: Path
  /** `#id` references of this resource and of what it contains resolve here. */
  readonly contained: ReadonlyMap<string, Located>
}

interface Scope {
  readonly bundle: ReadonlyMap<string, Located>
}

const resourceTypeOf = (r: Resource): string => (typeof r['resourceType'] === 'string' ? r['resourceType'] : '')
const idOf = (r: Resource): string | undefined => (typeof r['id'] === 'string' ? r['id'] : undefined)

const containedOf = (r: Resource, path: Path): ReadonlyMap<string, Located> => {
  const out = new Map<string, Located>()
  const list = r['contained']
  if (!Array.isArray(list)) return out
  list.forEach((c: unknown, k) => {
    if (typeof c !== 'object' || c === null || Array.isArray(c)) return
    const res: Resource = { ...c }
    const id = idOf(res)
    if (id !== undefined) out.set(`#${id}`, { resource: res, path: [...path, 'contained', k], contained: out })
  })
  return out
}

const resolve = (reference: string, from: Located, scope: Scope): Located | undefined => {
  if (reference.startsWith('#')) return from.contained.get(reference)
  const exact = scope.bundle.get(reference)
  if (exact !== undefined) return exact
  const tail = /([A-Za-z]+\/[^/]+)$/.exec(reference)
  return tail === null ? undefined : scope.bundle.get(tail[1] as string)
}

// -------------------------------------------------------------------------------------
// authors
// -------------------------------------------------------------------------------------

type Ids = { readonly ids: ReadonlyArray<string>; readonly issues: ReadonlyArray<ReadIssue> }

/** National ids of a person: IDNPS identifiers (`8`+RPPS…), and RPPS identifiers when `rpps` (a Practitioner's). */
const personIds = (identifiers: ReadonlyArray<t.TypeOf<typeof C.Identifier>>, path: Path, rpps: boolean): Ids => {
  const ids: Array<string> = []
  const issues: Array<ReadIssue> = []
  identifiers.forEach((x, k) => {
    const at = pointerOf([...path, 'identifier', k])
    const value = x.value ?? ''
    if (x.system === `urn:oid:${IDNPS_OID}`) {
      const r = readIdnps(value)
      if (r.ok) ids.push(r.id)
      else issues.push(readIssue(r.why === 'internal' ? 'NO_NATIONAL_ID' : 'UNREADABLE_AUTHOR', at, JSON.stringify(value)))
    } else if (rpps && x.system === RPPS_SYSTEM) {
      if (/^\d{11}$/.test(value)) ids.push(value)
      else issues.push(readIssue('UNREADABLE_AUTHOR', at, JSON.stringify(value)))
    }
  })
  return { ids, issues }
}

const fail = (code: ReadIssueCode, path: Path, detail = ''): AuthorReading => ({ ok: false, issues: [readIssue(code, pointerOf(path), detail)] })

const decodeAt = <A>(codec: t.Decoder<unknown, A>, at: Located): { readonly ok: true; readonly value: A } | { readonly ok: false; readonly issues: ReadonlyArray<ReadIssue> } =>
  C.decodeWith(codec, at.resource, at.path)

const practitionerIds = (at: Located): Ids => {
  const p = decodeAt(C.Identified, at)
  return p.ok ? personIds(p.value.identifier ?? [], at.path, true) : { ids: [], issues: p.issues }
}

const establishmentOf = (at: Located): { readonly id?: string; readonly issues: ReadonlyArray<ReadIssue> } => {
  if (resourceTypeOf(at.resource) !== 'Organization')
    return { issues: [readIssue('UNREADABLE_INSTITUTION', pointerOf(at.path), `a ${resourceTypeOf(at.resource) || 'resource'}, not an Organization`)] }
  const o = decodeAt(C.Identified, at)
  if (!o.ok) return { issues: o.issues }
  const ids: Array<string> = []
  const issues: Array<ReadIssue> = []
  ;(o.value.identifier ?? []).forEach((x, k) => {
    if (x.system !== `urn:oid:${IDNST_OID}`) return
    const id = establishmentIdFromIdnst(x.value ?? '')
    if (id === undefined) issues.push(readIssue('UNREADABLE_INSTITUTION', pointerOf([...at.path, 'identifier', k]), JSON.stringify(x.value ?? '')))
    else ids.push(id)
  })
  const distinct = [...new Set(ids)]
  if (issues.length > 0) return { issues }
  if (distinct.length === 0) return { issues: [readIssue('UNREADABLE_INSTITUTION', pointerOf(at.path), 'no IDNST identifier')] }
  if (distinct.length > 1) return { issues: [readIssue('CONFLICTING_AUTHORS', pointerOf(at.path), `institutions ${distinct.join(', ')}`)] }
  return { id: distinct[0] as string, issues: [] }
}

const practitionerRole = (at: Located, scope: Scope): AuthorReading => {
  const role = decodeAt(C.PractitionerRole, at)
  if (!role.ok) return { ok: false, issues: role.issues }
  // A PractitionerRole's RPPS-system identifier is a situation d'exercice, not the person: only IDNPS counts here.
  const own = personIds(role.value.identifier ?? [], at.path, false)
  const ids = [...own.ids]
  const issues = [...own.issues]
  const pr = role.value.practitioner?.reference
  if (pr !== undefined) {
    const p = resolve(pr, at, scope)
    if (p === undefined) issues.push(readIssue('UNRESOLVED_REFERENCE', pointerOf([...at.path, 'practitioner', 'reference']), JSON.stringify(pr)))
    else if (resourceTypeOf(p.resource) !== 'Practitioner')
      issues.push(readIssue('UNREADABLE_AUTHOR', pointerOf([...at.path, 'practitioner']), `a ${resourceTypeOf(p.resource)}`))
    else {
      const r = practitionerIds(p)
      ids.push(...r.ids)
      issues.push(...r.issues)
    }
  }
  let establishmentId: string | undefined
  const or = role.value.organization?.reference
  if (or !== undefined) {
    const o = resolve(or, at, scope)
    if (o === undefined) issues.push(readIssue('UNRESOLVED_REFERENCE', pointerOf([...at.path, 'organization', 'reference']), JSON.stringify(or)))
    else {
      const e = establishmentOf(o)
      issues.push(...e.issues)
      establishmentId = e.id
    }
  }
  if (issues.length > 0) return { ok: false, issues }
  const distinct = [...new Set(ids)]
  if (distinct.length === 0) return fail('UNREADABLE_AUTHOR', at.path, 'no IDNPS identifier')
  if (distinct.length > 1) return fail('CONFLICTING_AUTHORS', at.path, distinct.join(', '))
  const id = distinct[0] as string
  const author: DocumentAuthorInput = establishmentId === undefined ? { kind: 'professional', id } : { kind: 'professional', id, establishmentId }
  return { ok: true, author }
}

/** One `author[]` reference: a professional (Practitioner, PractitionerRole), the patient, or a rejection. */
const readAuthor = (ref: t.TypeOf<typeof C.Reference>, path: Path, doc: Located, scope: Scope): AuthorReading => {
  const reference = ref.reference
  if (reference === undefined) return fail('UNREADABLE_AUTHOR', path, 'a reference without `reference`')
  const at = resolve(reference, doc, scope)
  if (at === undefined) return fail('UNRESOLVED_REFERENCE', [...path, 'reference'], JSON.stringify(reference))
  const type = resourceTypeOf(at.resource)
  switch (type) {
    case 'Practitioner': {
      const r = practitionerIds(at)
      const distinct = [...new Set(r.ids)]
      if (r.issues.length > 0) return { ok: false, issues: r.issues }
      if (distinct.length === 0) return fail('UNREADABLE_AUTHOR', at.path, 'no IDNPS or RPPS identifier')
      if (distinct.length > 1) return fail('CONFLICTING_AUTHORS', at.path, distinct.join(', '))
      return { ok: true, author: { kind: 'professional', id: distinct[0] as string } }
    }
    case 'PractitionerRole':
      return practitionerRole(at, scope)
    case 'Patient': {
      const p = decodeAt(C.Identified, at)
      if (!p.ok) return { ok: false, issues: p.issues }
      const ins = (p.value.identifier ?? []).some((x) => x.system === `urn:oid:${INS_NIR_OID}` && (x.value ?? '') !== '')
      return ins ? { ok: true, author: { kind: 'patient' } } : fail('UNREADABLE_AUTHOR', at.path, 'a Patient without an INS')
    }
    default:
      return fail('UNSUPPORTED_AUTHOR', at.path, `a ${type || 'resource'}`)
  }
}

// -------------------------------------------------------------------------------------
// one DocumentReference
// -------------------------------------------------------------------------------------

const stripOid = (s: string): string => (s.startsWith('urn:oid:') ? s.slice('urn:oid:'.length) : s)

const readType = (type: t.TypeOf<typeof C.CodeableConcept> | undefined, base: Path): { readonly typeCode?: string; readonly issues: ReadonlyArray<ReadIssue> } => {
  const codings = type?.coding ?? []
  const known = codings.filter((c) => c.system === FHIR_TYPE_SYSTEMS.loinc || c.system === FHIR_TYPE_SYSTEMS.treA05)
  const codes = [...new Set(known.map((c) => c.code ?? ''))]
  if (codings.length === 0) return { issues: [readIssue('MISSING_TYPE', pointerOf(base))] }
  if (known.length === 0) return { issues: [readIssue('UNKNOWN_CODE_SYSTEM', pointerOf([...base, 'coding', 0]), codings.map((c) => JSON.stringify(c.system ?? '')).join(', '))] }
  if (codes.length > 1) return { issues: [readIssue('AMBIGUOUS_TYPE', pointerOf(base), codes.join(', '))] }
  const code = (codes[0] ?? '').trim()
  return code === '' ? { issues: [readIssue('MISSING_TYPE', pointerOf(base))] } : { typeCode: code, issues: [] }
}

interface DocEntry {
  readonly at: Located
  readonly fullUrl?: string
  readonly decoded: { readonly ok: true; readonly value: C.DocumentReference } | { readonly ok: false; readonly issues: ReadonlyArray<ReadIssue> }
}

const idOfDoc = (d: C.DocumentReference): string | undefined => {
  const v = d.masterIdentifier?.value
  return v === undefined || v.trim() === '' ? undefined : stripOid(v.trim())
}

interface Context {
  readonly options: FhirReadOptions
  readonly scope: Scope
  /** The submission times of each document entry (by its index among DocEntries). */
  readonly submissionsOf: ReadonlyMap<DocEntry, ReadonlyArray<{ readonly time: DayReading; readonly path: string }>>
  /** The entries of each document id (its versions). */
  readonly versions: ReadonlyMap<string, ReadonlyArray<DocEntry>>
}

const readAddedOn = (entry: DocEntry, doc: C.DocumentReference, id: string | undefined, ctx: Context): { readonly day?: string; readonly issues: ReadonlyArray<ReadIssue> } => {
  const versions = id === undefined ? [entry] : (ctx.versions.get(id) ?? [entry])
  const times: Array<{ readonly instant: string; readonly day: string }> = []
  const issues: Array<ReadIssue> = []
  let missing = false
  for (const v of versions) {
    const subs = ctx.submissionsOf.get(v) ?? []
    if (subs.length === 0) missing = true
    for (const s of subs) {
      if (s.time.ok) times.push(s.time)
      else issues.push(readIssue(s.time.code, s.path))
    }
  }
  if (issues.length > 0) return { issues }
  const first = times.reduce<{ readonly instant: string; readonly day: string } | undefined>((a, t) => (a === undefined || t.instant < a.instant ? t : a), undefined)
  if (!missing && first !== undefined) return { day: first.day, issues: [] }
  if (ctx.options.addedOnFallback === 'date' && doc.date !== undefined) {
    const d = dayOfFhirDateTime(doc.date)
    return d.ok ? { day: d.day, issues: [] } : { issues: [readIssue(d.code, pointerOf([...entry.at.path, 'date']), JSON.stringify(doc.date))] }
  }
  return { issues: [readIssue('MISSING_SUBMISSION_TIME', pointerOf(entry.at.path), id ?? idOfEntry(entry))] }
}

const idOfEntry = (e: DocEntry): string => idOf(e.at.resource) ?? e.fullUrl ?? ''

const readEntry = (entry: DocEntry, ctx: Context): Outcome => {
  const entryUUID = idOfEntry(entry)
  const path = pointerOf(entry.at.path)
  if (!entry.decoded.ok) return rejected(entryUUID, undefined, path, entry.decoded.issues)
  const doc = entry.decoded.value
  const id = idOfDoc(doc)
  if (doc.status === 'superseded') return skipped(entryUUID, id, path, skipReason('SUPERSEDED'))
  if (doc.status === 'entered-in-error') return skipped(entryUUID, id, path, skipReason('ENTERED_IN_ERROR'))
  const signature =
    (doc.type?.coding ?? []).some((c) => c.code === SIGNATURE_TYPE) ||
    (doc.category ?? []).some((cc) => (cc.coding ?? []).some((c) => c.code === SIGNATURE_CLASS))
  if (signature) return skipped(entryUUID, id, path, skipReason('SIGNATURE_DOCUMENT'))
  const issues: Array<ReadIssue> = []
  if (doc.status !== 'current') issues.push(readIssue('UNKNOWN_STATUS', pointerOf([...entry.at.path, 'status']), JSON.stringify(doc.status ?? '')))
  if (id === undefined) issues.push(readIssue('MISSING_ID', pointerOf([...entry.at.path, 'masterIdentifier'])))
  const type = readType(doc.type, [...entry.at.path, 'type'])
  issues.push(...type.issues)
  const labels = flagsOfSecurityLabels(doc.securityLabel ?? [], [...entry.at.path, 'securityLabel'])
  // Confidentiality codings in `meta.security` (where FHIR puts a resource's own labels) count too: a masking
  // written there is never missed; codings of other systems there are other labels, not read.
  const metaCodings = (doc.meta?.security ?? []).flatMap((c, k) => (c.system !== undefined && CONFIDENTIALITY_SYSTEMS.has(c.system) ? [{ c, k }] : []))
  const meta = metaCodings.map(({ c, k }) => {
    const f = flagsOfSecurityLabels([{ coding: [c] }], [])
    return f.ok ? f : { ok: false as const, issues: f.issues.map((i) => ({ ...i, path: pointerOf([...entry.at.path, 'meta', 'security', k]) })) }
  })
  const flagIssues = [labels, ...meta].flatMap((f) => (f.ok ? [] : f.issues))
  const flags = flagIssues.length > 0 || !labels.ok ? { ok: false as const, issues: flagIssues } : { ok: true as const, flags: [labels, ...meta].reduce((a, f) => (f.ok ? orFlags(a, f.flags) : a), labels.flags) }
  if (!flags.ok) issues.push(...flags.issues)
  const author = oneAuthor(
    (doc.author ?? []).map((r, k) => readAuthor(r, [...entry.at.path, 'author', k], entry.at, ctx.scope)),
    path,
  )
  if (!author.ok) issues.push(...author.issues)
  const added = readAddedOn(entry, doc, id, ctx)
  issues.push(...added.issues)
  if (issues.length > 0 || id === undefined || type.typeCode === undefined || !flags.ok || !author.ok || added.day === undefined)
    return rejected(entryUUID, id, path, issues)
  return { kind: 'read', entryUUID, path, input: { id, typeCode: type.typeCode, author: author.author, addedOn: added.day, ...flags.flags } }
}

// -------------------------------------------------------------------------------------
// reader
// -------------------------------------------------------------------------------------

const isResource = (u: unknown): u is Resource => typeof u === 'object' && u !== null && !Array.isArray(u)

const isSubmissionSet = (list: t.TypeOf<typeof C.List>): boolean =>
  (list.code?.coding ?? []).some((c) => c.system === SUBMISSION_SET.system && c.code === SUBMISSION_SET.code)

const readAll = (input: unknown, options: FhirReadOptions): E.Either<ReadIssues, ReadResult> => {
  if (!isResource(input)) return E.left([readIssue('NOT_FHIR', '', C.describe(input))])
  const type = resourceTypeOf(input)
  const docOf = (resource: Resource, path: Path, fullUrl?: string): DocEntry => ({
    at: { resource, path, contained: containedOf(resource, path) },
    ...(fullUrl === undefined ? {} : { fullUrl }),
    decoded: C.decodeWith(C.DocumentReference, resource, path),
  })
  if (type === 'DocumentReference') {
    const entry = docOf({ ...input }, [])
    const d = entry.decoded
    const id = d.ok ? idOfDoc(d.value) : undefined
    const ctx: Context = { options, scope: { bundle: new Map() }, submissionsOf: new Map(), versions: new Map(id === undefined ? [] : [[id, [entry]]]) }
    return E.right(assemble([readEntry(entry, ctx)]))
  }
  if (type !== 'Bundle') return E.left([readIssue('NOT_FHIR', '/resourceType', JSON.stringify(type))])
  const bundle = C.decodeWith(C.Bundle, input, [])
  if (!bundle.ok) {
    const [first, ...rest] = bundle.issues
    return E.left(first === undefined ? [readIssue('NOT_FHIR', '')] : [first, ...rest])
  }
  const index = new Map<string, Located>()
  const docs: Array<DocEntry> = []
  const lists: Array<{ readonly at: Located; readonly list: t.TypeOf<typeof C.List> }> = []
  ;(bundle.value.entry ?? []).forEach((e, i) => {
    const resource = e.resource
    if (resource === undefined) return
    const path: Path = ['entry', i, 'resource']
    const at: Located = { resource, path, contained: containedOf(resource, path) }
    const rt = resourceTypeOf(resource)
    const id = idOf(resource)
    if (e.fullUrl !== undefined) index.set(e.fullUrl, at)
    if (id !== undefined && rt !== '') index.set(`${rt}/${id}`, at)
    if (rt === 'DocumentReference') docs.push(docOf(resource, path, e.fullUrl))
    else if (rt === 'List') {
      const l = C.decodeWith(C.List, resource, path)
      if (l.ok && isSubmissionSet(l.value)) lists.push({ at, list: l.value })
    }
  })
  const scope: Scope = { bundle: index }
  const docByResource = new Map<Resource, DocEntry>(docs.map((d) => [d.at.resource, d]))
  const submissionsOf = new Map<DocEntry, Array<{ readonly time: DayReading; readonly path: string }>>()
  for (const { at, list } of lists) {
    const time: DayReading = list.date === undefined ? { ok: false, code: 'MISSING_SUBMISSION_TIME' } : dayOfFhirDateTime(list.date)
    const path = pointerOf([...at.path, 'date'])
    for (const item of list.entry ?? []) {
      const ref = item.item?.reference
      const target = ref === undefined ? undefined : resolve(ref, at, scope)
      const doc = target === undefined ? undefined : docByResource.get(target.resource)
      if (doc === undefined) continue
      const known = submissionsOf.get(doc)
      if (known === undefined) submissionsOf.set(doc, [{ time, path }])
      else known.push({ time, path })
    }
  }
  const versions = new Map<string, Array<DocEntry>>()
  for (const d of docs) {
    const id = d.decoded.ok ? idOfDoc(d.decoded.value) : undefined
    if (id === undefined) continue
    const known = versions.get(id)
    if (known === undefined) versions.set(id, [d])
    else known.push(d)
  }
  return E.right(assemble(docs.map((d) => readEntry(d, { options, scope, submissionsOf, versions }))))
}

/**
 * Reads FHIR R4 DocumentReferences of the DMP (ANS PDSm / PDSM4DMP) — one DocumentReference, or a Bundle of them
 * (search set, transaction…) — into the library's documents, each entry in exactly one list.
 *
 * `documents`: built by `buildDocument` (deeply frozen, usable as a record's documents at once) — `id` the
 * `masterIdentifier.value` without `urn:oid:` (as the XDS reader's uniqueId), `typeCode` from `type.coding` (LOINC or
 * TRE_A05), the flags from `securityLabel` (`toFhirSecurityLabels` writes what this reads), `author` from the
 * contained or bundled Practitioner / PractitionerRole (IDNPS or RPPS, Organization IDNST) or Patient (INS),
 * `addedOn` the Paris day of the earliest `List.date` of the submission sets (`List` coded `submissionset`) that list
 * a version of the document. `rejected`: every DocumentReference that cannot be read exactly (a Device author, an
 * unknown code, no submission set, a date without its time…), with every issue at its JSON pointer. `skipped`:
 * `superseded` and `entered-in-error`, and the signature document. `Left` only when the input is neither a
 * DocumentReference nor a Bundle (or a Bundle whose `entry` is malformed). Pure, total: it never throws.
 *
 * @param input - parsed JSON (`JSON.parse` of the server's answer)
 * @param options - {@link FhirReadOptions} (a documented fallback for `addedOn`; none by default)
 * @returns `Right({ documents, rejected, skipped })`, or `Left` with the issues of an input that is no FHIR document metadata
 *
 * @example
 * import { readDocumentReferences } from 'dmp-rules/fhir'
 * const result = readDocumentReferences({ resourceType: 'Bundle', type: 'searchset', entry: [] })
 * // right({ documents: [], rejected: [], skipped: [] })
 * readDocumentReferences({ resourceType: 'Patient' })._tag // 'Left' (NOT_FHIR)
 *
 * @see R-MASK-1, R-INVIS-1, R-INVIS-3, R-MINOR-5, R-DEL-2 (what the read fields decide)
 * @since 0.3.0
 */
export const readDocumentReferences = (input: unknown, options: FhirReadOptions = {}): E.Either<ReadIssues, ReadResult> => {
  try {
    return readAll(input, options)
  } catch (e) {
    // INVARIANT: plain JSON never gets here; a throwing getter or Proxy of a JS caller does, and is refused.
    return E.left([readIssue('UNREADABLE_INPUT', '', e instanceof Error ? e.message : 'an exception')])
  }
}
