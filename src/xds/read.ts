// ITI-18 registry response (ebRIM 3.0 AdhocQueryResponse) → the record's documents, rejections and skips.
// Mapping and sources: docs/dmp-metadata.md; INTEROP-SOURCES.md (IPF, ANS PDSM4DMP, CI-SIS).
import * as E from 'fp-ts/Either'
import type { DocumentAuthorInput } from '../domain/build.js'
import { fromXdsConfidentialityCodes, type XdsConfidentialityInput } from '../interop/confidentiality.js'
import { establishmentIdFromIdnst, IDNPS_OID, IDNST_OID, INS_NIR_OID, readIdnps } from '../interop/identifiers.js'
import {
  assemble,
  confidentialityIssue,
  dayOfDtm,
  oneAuthor,
  rejected,
  skipped,
  type AuthorReading,
  type DayReading,
  type Outcome,
} from '../metadata/assemble.js'
import { readIssue, skipReason, type ReadIssue, type ReadIssues, type ReadResult } from '../metadata/issues.js'
import * as V from './vocabulary.js'
import { attr, child, children, parseXml, slotValues, type Node } from './xml.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of {@link readXdsDocumentEntries}.
 *
 * @since 0.3.0
 */
export interface XdsReadOptions {
  /**
   * When an entry's submission set is not in the response, date it by the entry's `creationTime` instead of
   * rejecting it. Off by default, and never taken silently: `creationTime` (when the document was written) is
   * earlier than its addition to the DMP, and an earlier `addedOn` ends an invisibility to the patient early
   * (R-INVIS-3) and can date a feeding into a block it was not in (R-DEL-2). Opt in only when you know the
   * response cannot hold the submission sets.
   */
  readonly addedOnFallback?: 'creationTime' | undefined
}

// -------------------------------------------------------------------------------------
// submission sets
// -------------------------------------------------------------------------------------

interface Submission {
  readonly time: DayReading
  readonly path: string
}

/** The RegistryPackages classified as SubmissionSet (nested or top-level Classification), by id, with their time. */
const submissionSets = (list: Node, listPath: string): ReadonlyMap<string, Submission> => {
  const classifiedAsSet = new Set<string>()
  for (const c of children(list, 'Classification'))
    if (attr(c, 'classificationNode') === V.SUBMISSION_SET_NODE) {
      const o = attr(c, 'classifiedObject')
      if (o !== undefined) classifiedAsSet.add(o)
    }
  const out = new Map<string, Submission>()
  children(list, 'RegistryPackage').forEach((p, i) => {
    const id = attr(p, 'id')
    if (id === undefined) return
    const nested = children(p, 'Classification').some((c) => attr(c, 'classificationNode') === V.SUBMISSION_SET_NODE)
    if (!nested && !classifiedAsSet.has(id)) return // a Folder, or an unclassified package: not a submission
    const path = `${listPath}/RegistryPackage/${i}`
    const values = slotValues(p, 'submissionTime', path)
    const first = values[0]
    const time: DayReading = values.length !== 1 || first === undefined ? { ok: false, code: 'MISSING_SUBMISSION_TIME' } : dayOfDtm(first.value)
    out.set(id, { time, path: first?.path ?? path })
  })
  return out
}

/** Submission set ids of each entry id, through HasMember associations whose source is a submission set. */
const membership = (list: Node, sets: ReadonlyMap<string, Submission>): ReadonlyMap<string, ReadonlyArray<Submission>> => {
  const out = new Map<string, Array<Submission>>()
  for (const a of children(list, 'Association')) {
    if (attr(a, 'associationType') !== V.HAS_MEMBER) continue
    const set = sets.get(attr(a, 'sourceObject') ?? '')
    const target = attr(a, 'targetObject')
    if (set === undefined || target === undefined) continue
    const known = out.get(target)
    if (known === undefined) out.set(target, [set])
    else known.push(set)
  }
  return out
}

// -------------------------------------------------------------------------------------
// one entry
// -------------------------------------------------------------------------------------

interface Classified {
  readonly node: Node
  readonly path: string
}

/** The entry's nested objects of a kind, then the top-level ones that point at it (ebRIM allows both). */
interface Entry {
  readonly node: Node
  readonly path: string
  readonly topLevel: ReadonlyArray<Classified>
}

const classifications = (entry: Entry, scheme: string): ReadonlyArray<Classified> =>
  [...children(entry.node, 'Classification').map((c, k) => ({ node: c, path: `${entry.path}/Classification/${k}` })), ...entry.topLevel].filter(
    (c) => attr(c.node, 'classificationScheme') === scheme,
  )

const stripOid = (s: string): string => (s.startsWith('urn:oid:') ? s.slice('urn:oid:'.length) : s)

const readId = (entry: Entry, identifiers: ReadonlyArray<Classified>): { readonly id?: string; readonly issues: ReadonlyArray<ReadIssue> } => {
  const path = entry.path
  const all = [...children(entry.node, 'ExternalIdentifier').map((x, k) => ({ node: x, path: `${path}/ExternalIdentifier/${k}` })), ...identifiers]
  const ids = all.flatMap((x) => (attr(x.node, 'identificationScheme') === V.UNIQUE_ID_SCHEME ? [{ value: stripOid((attr(x.node, 'value') ?? '').trim()), path: x.path }] : []))
  const distinct = [...new Set(ids.map((i) => i.value))]
  const [only] = distinct
  if (only === undefined || only === '') return { issues: [readIssue('MISSING_ID', path)] }
  if (distinct.length > 1) return { issues: [readIssue('AMBIGUOUS_ID', path, distinct.join(', '))] }
  return { id: only, issues: [] }
}

const codingScheme = (c: Classified): string | undefined => slotValues(c.node, 'codingScheme', c.path)[0]?.value

const readType = (entry: Entry): { readonly typeCode?: string; readonly issues: ReadonlyArray<ReadIssue> } => {
  const path = entry.path
  const types = classifications(entry, V.TYPE_CODE_SCHEME)
  if (types.length === 0) return { issues: [readIssue('MISSING_TYPE', path)] }
  const codes = [...new Set(types.map((t) => `${attr(t.node, 'nodeRepresentation') ?? ''}|${codingScheme(t) ?? ''}`))]
  const t = types[0] as Classified
  if (codes.length > 1) return { issues: [readIssue('AMBIGUOUS_TYPE', t.path, codes.join(', '))] }
  const code = (attr(t.node, 'nodeRepresentation') ?? '').trim()
  if (code === '') return { issues: [readIssue('MISSING_TYPE', t.path)] }
  const scheme = stripOid(codingScheme(t) ?? '')
  if (scheme !== V.LOINC_OID && scheme !== V.TRE_A05_OID) return { issues: [readIssue('UNKNOWN_CODE_SYSTEM', t.path, JSON.stringify(scheme))] }
  return { typeCode: code, issues: [] }
}

const readFlags = (entry: Entry) => {
  const path = entry.path
  const codes = classifications(entry, V.CONFIDENTIALITY_CODE_SCHEME)
  const inputs: ReadonlyArray<XdsConfidentialityInput> = codes.map((c) => {
    const code = attr(c.node, 'nodeRepresentation') ?? ''
    const system = codingScheme(c)
    return system === undefined ? { code } : { code, codeSystem: system }
  })
  const r = fromXdsConfidentialityCodes(inputs)
  if (r._tag === 'Right') return { flags: r.right, issues: [] }
  const found = (i: number): string => {
    const c = codes[i]
    return c === undefined ? '' : `${JSON.stringify(attr(c.node, 'nodeRepresentation') ?? '')} of ${JSON.stringify(codingScheme(c) ?? '')}`
  }
  return { issues: r.left.map((i) => confidentialityIssue(i, (k) => codes[k]?.path ?? path, path, found)) }
}

/** XCN components (`^`) and the assigning authority's sub-components (`&`). */
const xcn = (value: string) => {
  const c = value.split('^')
  return { id: (c[0] ?? '').trim(), nameType: c[9] ?? '', authority: (c[8] ?? '').split('&')[1] ?? '', idType: c[12] ?? '' }
}

const readInstitution = (values: ReadonlyArray<{ readonly value: string; readonly path: string }>): { readonly id?: string; readonly issues: ReadonlyArray<ReadIssue> } => {
  const ids: Array<string> = []
  const issues: Array<ReadIssue> = []
  for (const v of values) {
    const c = v.value.split('^')
    const authority = (c[5] ?? '').split('&')[1] ?? ''
    const id = authority === IDNST_OID ? establishmentIdFromIdnst((c[9] ?? '').trim()) : undefined
    if (id === undefined) issues.push(readIssue('UNREADABLE_INSTITUTION', v.path, JSON.stringify(v.value)))
    else ids.push(id)
  }
  const distinct = [...new Set(ids)]
  if (issues.length > 0) return { issues }
  if (distinct.length > 1) return { issues: [readIssue('CONFLICTING_AUTHORS', values[0]?.path ?? '', `institutions ${distinct.join(', ')}`)] }
  const [only] = distinct
  return only === undefined ? { issues: [] } : { id: only, issues: [] }
}

/** One author classification: a professional (IDNPS), the patient (INS), or a rejection (device, internal id…). */
const readAuthor = (a: Classified): AuthorReading => {
  const fail = (code: Parameters<typeof readIssue>[0], path: string, detail = ''): AuthorReading => ({ ok: false, issues: [readIssue(code, path, detail)] })
  const specialties = slotValues(a.node, 'authorSpecialty', a.path).map((s) => ({ code: (s.value.split('^')[0] ?? '').trim(), path: s.path }))
  const device = specialties.find((s) => V.DEVICE_SPECIALTIES.has(s.code))
  if (device !== undefined) return fail('UNSUPPORTED_AUTHOR', device.path, `authorSpecialty ${device.code}`)
  const persons = slotValues(a.node, 'authorPerson', a.path)
  const person = persons[0]
  if (person === undefined) return fail('UNSUPPORTED_AUTHOR', a.path, 'an institution without a person')
  if (persons.length > 1) return fail('CONFLICTING_AUTHORS', a.path, persons.map((p) => p.value).join(' | '))
  const p = xcn(person.value)
  if (p.nameType === 'U' || p.idType === 'RI') return fail('UNSUPPORTED_AUTHOR', person.path, JSON.stringify(person.value))
  if (p.authority === INS_NIR_OID) {
    const other = specialties.find((s) => s.code !== V.PATIENT_SPECIALTY)
    if (other !== undefined || p.id === '') return fail('UNREADABLE_AUTHOR', other?.path ?? person.path, JSON.stringify(person.value))
    return { ok: true, author: { kind: 'patient' } }
  }
  if (p.authority !== IDNPS_OID) return fail('UNREADABLE_AUTHOR', person.path, JSON.stringify(person.value))
  const id = readIdnps(p.id)
  if (!id.ok) return fail(id.why === 'internal' ? 'NO_NATIONAL_ID' : 'UNREADABLE_AUTHOR', person.path, JSON.stringify(p.id))
  const institution = readInstitution(slotValues(a.node, 'authorInstitution', a.path))
  if (institution.issues.length > 0) return { ok: false, issues: institution.issues }
  const author: DocumentAuthorInput =
    institution.id === undefined ? { kind: 'professional', id: id.id } : { kind: 'professional', id: id.id, establishmentId: institution.id }
  return { ok: true, author }
}

interface Context {
  readonly options: XdsReadOptions
  /** Top-level Classifications by classifiedObject, top-level ExternalIdentifiers by registryObject. */
  readonly classifiedBy: ReadonlyMap<string, ReadonlyArray<Classified>>
  readonly identifiedBy: ReadonlyMap<string, ReadonlyArray<Classified>>
  readonly submissionsOf: ReadonlyMap<string, ReadonlyArray<Submission>>
  /** The entry ids of each logicalId (every version of one document in the response). */
  readonly versions: ReadonlyMap<string, ReadonlyArray<{ readonly entryUUID: string; readonly version: string | undefined }>>
}

/**
 * The day the document was added: the earliest submissionTime of the submission sets of every version of the entry
 * (same logicalId). A metadata update (masking, ITI-57) creates a new version in a new submission set: the first
 * version's submission is the addition. Every version in the response must have its submission set, and when the
 * entry says it is not version 1, version 1 must be there too; otherwise MISSING_SUBMISSION_TIME.
 */
const readAddedOn = (entry: Node, entryUUID: string, path: string, ctx: Context): { readonly day?: string; readonly issues: ReadonlyArray<ReadIssue> } => {
  const lid = attr(entry, 'lid') ?? entryUUID
  const versions = ctx.versions.get(lid) ?? [{ entryUUID, version: undefined }]
  const own = attr(child(entry, 'VersionInfo'), 'versionName')
  let missing = own !== undefined && own !== '1' && !versions.some((v) => v.version === '1')
  const times: Array<{ readonly instant: string; readonly day: string }> = []
  const issues: Array<ReadIssue> = []
  for (const v of versions) {
    const subs = ctx.submissionsOf.get(v.entryUUID) ?? []
    if (subs.length === 0) missing = true
    for (const s of subs) {
      if (s.time.ok) times.push(s.time)
      else issues.push(readIssue(s.time.code, s.path, s.time.code === 'MISSING_SUBMISSION_TIME' ? entryUUID : ''))
    }
  }
  if (issues.length > 0) return { issues }
  if (!missing) {
    const first = times.reduce<{ readonly instant: string; readonly day: string } | undefined>((a, t) => (a === undefined || t.instant < a.instant ? t : a), undefined)
    if (first !== undefined) return { day: first.day, issues: [] }
  }
  if (ctx.options.addedOnFallback === 'creationTime') {
    const creation = slotValues(entry, 'creationTime', path)[0]
    if (creation !== undefined) {
      const t = dayOfDtm(creation.value)
      return t.ok ? { day: t.day, issues: [] } : { issues: [readIssue(t.code, creation.path, JSON.stringify(creation.value))] }
    }
  }
  return { issues: [readIssue('MISSING_SUBMISSION_TIME', path, entryUUID)] }
}

const readEntry = (node: Node, path: string, ctx: Context): Outcome => {
  const entryUUID = attr(node, 'id') ?? ''
  const entry: Entry = { node, path, topLevel: ctx.classifiedBy.get(entryUUID) ?? [] }
  const idRead = readId(entry, ctx.identifiedBy.get(entryUUID) ?? [])
  const status = attr(node, 'status')
  if (status === V.DEPRECATED) return skipped(entryUUID, idRead.id, path, skipReason('DEPRECATED'))
  if (status === V.DELETED) return skipped(entryUUID, idRead.id, path, skipReason('DELETED'))
  const isSignature =
    classifications(entry, V.CLASS_CODE_SCHEME).some((c) => attr(c.node, 'nodeRepresentation') === V.SIGNATURE_CLASS) ||
    classifications(entry, V.TYPE_CODE_SCHEME).some((c) => attr(c.node, 'nodeRepresentation') === V.SIGNATURE_TYPE)
  if (isSignature) return skipped(entryUUID, idRead.id, path, skipReason('SIGNATURE_DOCUMENT'))
  const issues: Array<ReadIssue> = []
  if (entryUUID === '') issues.push(readIssue('MISSING_ENTRY_UUID', path))
  if (status !== V.APPROVED && status !== V.ARCHIVED) issues.push(readIssue('UNKNOWN_STATUS', `${path}/@status`, JSON.stringify(status ?? '')))
  issues.push(...idRead.issues)
  const type = readType(entry)
  issues.push(...type.issues)
  const flags = readFlags(entry)
  issues.push(...flags.issues)
  const author = oneAuthor(classifications(entry, V.AUTHOR_SCHEME).map(readAuthor), path)
  if (!author.ok) issues.push(...author.issues)
  const added = readAddedOn(node, entryUUID, path, ctx)
  issues.push(...added.issues)
  if (issues.length > 0 || idRead.id === undefined || type.typeCode === undefined || flags.flags === undefined || !author.ok || added.day === undefined)
    return rejected(entryUUID, idRead.id, path, issues)
  return {
    kind: 'read',
    entryUUID,
    path,
    input: { id: idRead.id, typeCode: type.typeCode, author: author.author, addedOn: added.day, ...flags.flags },
  }
}

// -------------------------------------------------------------------------------------
// reader
// -------------------------------------------------------------------------------------

const failure = (code: Parameters<typeof readIssue>[0], path: string, detail = ''): E.Either<ReadIssues, never> => E.left([readIssue(code, path, detail)])

/** The AdhocQueryResponse, bare or in a SOAP envelope, with its path. */
const responseOf = (tree: Node): { readonly node: Node; readonly path: string } | undefined => {
  const bare = child(tree, 'AdhocQueryResponse')
  if (bare !== undefined) return { node: bare, path: '/AdhocQueryResponse' }
  const inSoap = child(child(child(tree, 'Envelope'), 'Body'), 'AdhocQueryResponse')
  return inSoap === undefined ? undefined : { node: inSoap, path: '/Envelope/Body/AdhocQueryResponse' }
}

/**
 * Reads the document entries of a DMP registry response (IHE XDS.b ITI-18 Registry Stored Query: an ebRIM
 * `AdhocQueryResponse` with its `RegistryObjectList`, bare or in its SOAP envelope) into the library's documents.
 *
 * Each `ExtrinsicObject` ends in exactly one list. `documents`: built by `buildDocument` (deeply frozen, usable as a
 * record's documents at once) — `id` the `uniqueId` (without `urn:oid:`), `typeCode` the typeCode (LOINC or
 * TRE_A05), the three flags from the confidentiality codes (JDV_J58, as `fromXdsConfidentialityCodes` reads them),
 * `author` from `authorPerson`/`authorInstitution` (RPPS without its `8`, FINESS without its `1`; the patient by
 * their INS), `addedOn` the Paris day of the earliest submission set's `submissionTime` of the document's versions.
 * `rejected`: every entry that cannot be read exactly, with every issue (a device author, an internal id, an
 * unknown code, a missing submission set, a day-only time…). `skipped`: Deprecated and Deleted entries, and the
 * submission set's signature document. `Left` only when the text is not a registry response at all (or the
 * registry answered Failure). Pure and total.
 *
 * @param xml - the response's XML text
 * @param options - {@link XdsReadOptions} (a documented fallback for `addedOn`; none by default)
 * @returns `Right({ documents, rejected, skipped })`, or `Left` with the issues of an unreadable response
 *
 * @example
 * import { readXdsDocumentEntries } from 'dmp-rules/xds'
 * const result = readXdsDocumentEntries('<AdhocQueryResponse xmlns="urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0" status="urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success"/>')
 * // right({ documents: [], rejected: [], skipped: [] })
 * readXdsDocumentEntries('<html/>')._tag // 'Left' (NOT_A_REGISTRY_RESPONSE)
 *
 * @see R-MASK-1, R-INVIS-1, R-INVIS-3, R-MINOR-5, R-DEL-2 (what the read fields decide)
 * @since 0.3.0
 */
export const readXdsDocumentEntries = (xml: string, options: XdsReadOptions = {}): E.Either<ReadIssues, ReadResult> => {
  try {
    return readAll(xml, options)
  } catch (e) {
    // INVARIANT: a parsed tree is plain data and every accessor is total; what gets here is the parser's own limit
    // (a nesting deeper than the stack, an entity expansion it refuses): refused, never thrown.
    return failure('NOT_XML', '', e instanceof Error ? e.message : 'the parser failed')
  }
}

const readAll = (xml: string, options: XdsReadOptions): E.Either<ReadIssues, ReadResult> => {
  const parsed = parseXml(xml)
  if (!parsed.ok) return failure('NOT_XML', '', parsed.why)
  const response = responseOf(parsed.tree)
  if (response === undefined) return failure('NOT_A_REGISTRY_RESPONSE', '')
  const status = attr(response.node, 'status')
  if (status === V.FAILURE) return failure('REGISTRY_FAILURE', `${response.path}/@status`, status)
  const list = child(response.node, 'RegistryObjectList')
  const listPath = `${response.path}/RegistryObjectList`
  const entries = children(list, 'ExtrinsicObject')
  const versions = new Map<string, Array<{ readonly entryUUID: string; readonly version: string | undefined }>>()
  for (const e of entries) {
    const id = attr(e, 'id') ?? ''
    const lid = attr(e, 'lid') ?? id
    const known = versions.get(lid) ?? []
    known.push({ entryUUID: id, version: attr(child(e, 'VersionInfo'), 'versionName') })
    versions.set(lid, known)
  }
  const byObject = (name: string, key: string): ReadonlyMap<string, ReadonlyArray<Classified>> => {
    const out = new Map<string, Array<Classified>>()
    children(list, name).forEach((c, k) => {
      const target = attr(c, key)
      if (target === undefined) return
      const known = out.get(target) ?? []
      known.push({ node: c, path: `${listPath}/${name}/${k}` })
      out.set(target, known)
    })
    return out
  }
  const ctx: Context = {
    options,
    classifiedBy: byObject('Classification', 'classifiedObject'),
    identifiedBy: byObject('ExternalIdentifier', 'registryObject'),
    submissionsOf: membership(list, submissionSets(list, listPath)),
    versions,
  }
  return E.right(assemble(entries.map((e, i) => readEntry(e, `${listPath}/ExtrinsicObject/${i}`, ctx))))
}
