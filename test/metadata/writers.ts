// Test-side writers of DMP metadata: ebRIM registry responses (XDS.b ITI-18) and FHIR Bundles (PDSm), from plain
// specs or from the library's documents. They write what the readers are specified to read (the sources of
// docs/dmp-metadata.md), and serve the round-trip property and the hand-written rejection and skip cases.
import type { HealthDocument } from '../../src/domain/types.js'
import { toFhirSecurityLabels, toXdsConfidentialityCodes } from '../../src/interop/confidentiality.js'

// -------------------------------------------------------------------------------------
// XDS
// -------------------------------------------------------------------------------------

export const SCHEMES = {
  uniqueId: 'urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab',
  patientId: 'urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427',
  typeCode: 'urn:uuid:f0306f51-975f-434e-a61c-c59651d33983',
  classCode: 'urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a',
  confidentiality: 'urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f',
  author: 'urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d',
  submissionSet: 'urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd',
  folder: 'urn:uuid:d9d542f3-6cc4-48b6-8870-ea235fbc94c2',
  ssUniqueId: 'urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8',
} as const

export const STATUS = {
  approved: 'urn:oasis:names:tc:ebxml-regrep:StatusType:Approved',
  archived: 'urn:asip:ci-sis:2010:StatusType:Archived',
  deprecated: 'urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated',
  deleted: 'urn:asip:ci-sis:2010:StatusType:Deleted',
} as const

export const OIDS = { loinc: '2.16.840.1.113883.6.1', treA05: '1.2.250.1.213.1.1.4.12', hl7: '2.16.840.1.113883.5.25', treA07: '1.2.250.1.213.1.1.4.13', treA03: '1.2.250.1.213.1.1.4.1' } as const

export interface XdsCoded {
  readonly code: string
  readonly scheme?: string | undefined
  readonly display?: string | undefined
}

export interface XdsAuthorSpec {
  readonly person?: string | undefined
  readonly institutions?: ReadonlyArray<string> | undefined
  readonly specialties?: ReadonlyArray<string> | undefined
  readonly role?: string | undefined
}

export interface XdsEntrySpec {
  readonly entryUUID: string
  readonly lid?: string | undefined
  readonly version?: string | undefined
  readonly status?: string | undefined
  readonly uniqueId?: string | undefined
  readonly types?: ReadonlyArray<XdsCoded> | undefined
  readonly classCode?: XdsCoded | undefined
  readonly confidentiality?: ReadonlyArray<XdsCoded> | undefined
  readonly authors?: ReadonlyArray<XdsAuthorSpec> | undefined
  readonly creationTime?: string | undefined
  readonly title?: string | undefined
}

export interface SubmissionSetSpec {
  readonly id: string
  readonly submissionTime?: string | undefined
  readonly members: ReadonlyArray<string>
  /** Classified as a Folder instead (a HasMember that is no submission). */
  readonly folder?: boolean | undefined
  readonly title?: string | undefined
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

const slot = (name: string, values: ReadonlyArray<string>, indent: string): string =>
  `${indent}<rim:Slot name="${esc(name)}">\n${indent}  <rim:ValueList>\n${values.map((v) => `${indent}    <rim:Value>${esc(v)}</rim:Value>\n`).join('')}${indent}  </rim:ValueList>\n${indent}</rim:Slot>\n`

const name = (text: string | undefined, indent: string): string =>
  text === undefined ? '' : `${indent}<rim:Name>\n${indent}  <rim:LocalizedString xml:lang="fr-FR" charset="UTF-8" value="${esc(text)}"/>\n${indent}</rim:Name>\n`

// Deterministic ids of the inner objects (classifications, identifiers, associations): UUID-shaped, never read.
let counter = 0
const hex = (n: number, len: number): string => (n >>> 0).toString(16).padStart(8, '0').repeat(2).slice(0, len)
export const nextId = (): string => {
  const n = Math.imul(++counter, 2654435761)
  return `urn:uuid:${hex(n, 8)}-${hex(n ^ 0x5bd1e995, 4)}-4${hex(n >>> 3, 3)}-a${hex(n >>> 7, 3)}-${hex(n ^ 0x27d4eb2d, 12)}`
}

const coded = (scheme: string, object: string, c: XdsCoded, indent: string): string =>
  `${indent}<rim:Classification classificationScheme="${scheme}" classifiedObject="${esc(object)}" nodeRepresentation="${esc(c.code)}" id="${nextId()}" objectType="urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Classification">\n` +
  (c.scheme === undefined ? '' : slot('codingScheme', [c.scheme], `${indent}  `)) +
  name(c.display, `${indent}  `) +
  `${indent}</rim:Classification>\n`

const authorXml = (object: string, a: XdsAuthorSpec, indent: string): string =>
  `${indent}<rim:Classification classificationScheme="${SCHEMES.author}" classifiedObject="${esc(object)}" nodeRepresentation="" id="${nextId()}" objectType="urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Classification">\n` +
  (a.person === undefined ? '' : slot('authorPerson', [a.person], `${indent}  `)) +
  (a.institutions === undefined || a.institutions.length === 0 ? '' : slot('authorInstitution', a.institutions, `${indent}  `)) +
  (a.role === undefined ? '' : slot('authorRole', [a.role], `${indent}  `)) +
  (a.specialties === undefined || a.specialties.length === 0 ? '' : slot('authorSpecialty', a.specialties, `${indent}  `)) +
  `${indent}</rim:Classification>\n`

export const extrinsicObject = (e: XdsEntrySpec): string => {
  const i = '      '
  const attrs = [
    `id="${esc(e.entryUUID)}"`,
    ...(e.lid === undefined ? [] : [`lid="${esc(e.lid)}"`]),
    `mimeType="text/xml"`,
    `objectType="urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1"`,
    ...(e.status === undefined ? [] : [`status="${esc(e.status)}"`]),
  ].join(' ')
  return (
    `    <rim:ExtrinsicObject ${attrs}>\n` +
    (e.creationTime === undefined ? '' : slot('creationTime', [e.creationTime], i)) +
    slot('languageCode', ['fr-FR'], i) +
    slot('sourcePatientId', ['123456789012345^^^&1.2.250.1.213.1.4.8&ISO^NH'], i) +
    name(e.title, i) +
    (e.version === undefined ? '' : `${i}<rim:VersionInfo versionName="${esc(e.version)}"/>\n`) +
    (e.authors ?? []).map((a) => authorXml(e.entryUUID, a, i)).join('') +
    (e.classCode === undefined ? '' : coded(SCHEMES.classCode, e.entryUUID, e.classCode, i)) +
    (e.confidentiality ?? []).map((c) => coded(SCHEMES.confidentiality, e.entryUUID, c, i)).join('') +
    (e.types ?? []).map((c) => coded(SCHEMES.typeCode, e.entryUUID, c, i)).join('') +
    `${i}<rim:ExternalIdentifier id="${nextId()}" registryObject="${esc(e.entryUUID)}" identificationScheme="${SCHEMES.patientId}" value="123456789012345^^^&amp;1.2.250.1.213.1.4.8&amp;ISO">\n${name('XDSDocumentEntry.patientId', `${i}  `)}${i}</rim:ExternalIdentifier>\n` +
    (e.uniqueId === undefined
      ? ''
      : `${i}<rim:ExternalIdentifier id="${nextId()}" registryObject="${esc(e.entryUUID)}" identificationScheme="${SCHEMES.uniqueId}" value="${esc(e.uniqueId)}">\n${name('XDSDocumentEntry.uniqueId', `${i}  `)}${i}</rim:ExternalIdentifier>\n`) +
    `    </rim:ExtrinsicObject>\n`
  )
}

export const registryPackage = (s: SubmissionSetSpec): string => {
  const i = '      '
  return (
    `    <rim:RegistryPackage id="${esc(s.id)}" objectType="urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:RegistryPackage" status="${STATUS.approved}">\n` +
    (s.submissionTime === undefined ? '' : slot('submissionTime', [s.submissionTime], i)) +
    name(s.title, i) +
    `${i}<rim:Classification classificationNode="${s.folder === true ? SCHEMES.folder : SCHEMES.submissionSet}" classifiedObject="${esc(s.id)}" id="${nextId()}" objectType="urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Classification"/>\n` +
    `    </rim:RegistryPackage>\n`
  )
}

export const hasMember = (source: string, target: string): string =>
  `    <rim:Association associationType="urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember" sourceObject="${esc(source)}" targetObject="${esc(target)}" id="${nextId()}" objectType="urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Association">\n` +
  slot('SubmissionSetStatus', ['Original'], '      ') +
  `    </rim:Association>\n`

/** A registry response holding the entries, the submission sets and their HasMember associations. */
export const registryResponse = (entries: ReadonlyArray<XdsEntrySpec>, sets: ReadonlyArray<SubmissionSetSpec>): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<query:AdhocQueryResponse xmlns:query="urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0" xmlns:rim="urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0" status="urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success">\n` +
  `  <rim:RegistryObjectList>\n` +
  entries.map(extrinsicObject).join('') +
  sets.map(registryPackage).join('') +
  sets.flatMap((s) => s.members.map((m) => hasMember(s.id, m))).join('') +
  `  </rim:RegistryObjectList>\n` +
  `</query:AdhocQueryResponse>\n`

// -------------------------------------------------------------------------------------
// documents → metadata (the inverse of the readers' mapping)
// -------------------------------------------------------------------------------------

/** The IDNPS of a professional id the readers give back: an RPPS gets its `8`; an ADELI `0…` is its own IDNPS. */
export const idnpsOf = (id: string): string => (/^\d{11}$/.test(id) ? `8${id}` : id)
/** The IDNST of an establishment id: a FINESS gets its `1`; the other kinds are written whole. */
export const idnstOf = (id: string): string => (/^([0-9]{2}|2A|2B)[0-9]{7}$/.test(id) ? `1${id}` : id)

export const xcnOf = (doc: HealthDocument): XdsAuthorSpec => {
  const a = doc.author
  if (a.kind === 'patient')
    return { person: '124018852493334^FORM-TROIS^Gérard^^^^^^&1.2.250.1.213.1.4.8&ISO^D^^^NH', specialties: ['EXP_PATIENT^Expression personnelle du patient^1.2.250.1.213.1.1.4.6'] }
  if (a.kind !== 'professional') throw new Error('no XDS encoding of a legal-representative author')
  return {
    person: `${idnpsOf(a.id)}^DURANT^Romuald^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS`,
    ...(a.establishmentId === undefined ? {} : { institutions: [`Structure^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^${idnstOf(a.establishmentId)}`] }),
    specialties: ['G15_10/SM54^Médecin - Médecine Générale (SM)^1.2.250.1.213.1.1.4.5'],
  }
}

export const typeOf = (code: string): XdsCoded => ({ code, scheme: /^\d{1,7}-\d$/.test(code) ? OIDS.loinc : OIDS.treA05 })

/** One document as an XDS entry, and the submission time to give its set. */
export const xdsEntryOf = (doc: HealthDocument, entryUUID: string): XdsEntrySpec => ({
  entryUUID,
  status: STATUS.approved,
  uniqueId: doc.id,
  types: [typeOf(doc.typeCode)],
  confidentiality: toXdsConfidentialityCodes(doc).map((c) => ({ code: c.code, scheme: c.codeSystem })),
  authors: [xcnOf(doc)],
})

// -------------------------------------------------------------------------------------
// FHIR
// -------------------------------------------------------------------------------------

export const FHIR = {
  loinc: 'http://loinc.org',
  treA05: 'https://mos.esante.gouv.fr/NOS/TRE_A05-TypeDocComplementaire/FHIR/TRE-A05-TypeDocComplementaire',
  idnps: 'urn:oid:1.2.250.1.71.4.2.1',
  idnst: 'urn:oid:1.2.250.1.71.4.2.2',
  ins: 'urn:oid:1.2.250.1.213.1.4.8',
  rpps: 'https://rpps.esante.gouv.fr',
  listTypes: 'https://profiles.ihe.net/ITI/MHD/CodeSystem/MHDlistTypes',
} as const

/** The contained author resources and the author reference of a document. */
const fhirAuthorOf = (doc: HealthDocument): { readonly contained: ReadonlyArray<object>; readonly author: ReadonlyArray<object> } => {
  const a = doc.author
  if (a.kind === 'patient')
    return { contained: [{ resourceType: 'Patient', id: 'author', identifier: [{ system: FHIR.ins, value: '124018852493334' }] }], author: [{ reference: '#author' }] }
  if (a.kind !== 'professional') throw new Error('no FHIR encoding of a legal-representative author')
  const practitioner = { resourceType: 'Practitioner', id: 'author-person', identifier: [{ system: FHIR.idnps, value: idnpsOf(a.id) }] }
  if (a.establishmentId === undefined) return { contained: [practitioner], author: [{ reference: '#author-person' }] }
  return {
    contained: [
      practitioner,
      { resourceType: 'Organization', id: 'author-org', identifier: [{ system: FHIR.idnst, value: idnstOf(a.establishmentId) }] },
      { resourceType: 'PractitionerRole', id: 'author', practitioner: { reference: '#author-person' }, organization: { reference: '#author-org' } },
    ],
    author: [{ reference: '#author' }],
  }
}

/** One document as a DocumentReference. */
export const documentReferenceOf = (doc: HealthDocument, id: string): Record<string, unknown> => {
  const { contained, author } = fhirAuthorOf(doc)
  return {
    resourceType: 'DocumentReference',
    id,
    contained,
    masterIdentifier: { system: 'urn:ietf:rfc:3986', value: /^\d+(\.\d+)+$/.test(doc.id) ? `urn:oid:${doc.id}` : doc.id },
    status: 'current',
    type: { coding: [{ system: /^\d{1,7}-\d$/.test(doc.typeCode) ? FHIR.loinc : FHIR.treA05, code: doc.typeCode }] },
    author,
    securityLabel: toFhirSecurityLabels(doc),
    content: [{ attachment: { contentType: 'text/xml', url: `Binary/${id}` } }],
  }
}

/** A submission set List listing DocumentReferences by their fullUrl. */
export const submissionList = (id: string, date: string, members: ReadonlyArray<string>): Record<string, unknown> => ({
  resourceType: 'List',
  id,
  status: 'current',
  mode: 'working',
  code: { coding: [{ system: FHIR.listTypes, code: 'submissionset' }] },
  date,
  entry: members.map((m) => ({ item: { reference: m } })),
})

export const bundleOf = (resources: ReadonlyArray<{ readonly fullUrl: string; readonly resource: unknown }>, type = 'searchset'): Record<string, unknown> => ({
  resourceType: 'Bundle',
  type,
  entry: resources.map((r) => ({ fullUrl: r.fullUrl, resource: r.resource })),
})
