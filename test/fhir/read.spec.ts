// dmp-rules/fhir — readDocumentReferences on the shipped PDSm bundle and on hand-written cases for every rejection
// and skip (issue 21). R-MASK-1/2, R-INVIS-1/3, R-MINOR-5, R-DEL-2: what the read fields decide.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isDeeplyFrozen } from '../../src/domain/frozen.js'
import { readDocumentReferences, type FhirReadOptions } from '../../src/fhir/read.js'
import type { ReadResult } from '../../src/metadata/issues.js'
import { FHIR, bundleOf, submissionList } from '../metadata/writers.js'

const fixture: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'dmp-metadata', 'pdsm-bundle.json'), 'utf8'))

const V3 = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality'
const A07 = 'https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument'
const label = (system: string, code: string) => ({ coding: [{ system, code }] })
const practitioner = (identifier: ReadonlyArray<object>, id = 'p') => ({ resourceType: 'Practitioner', id, identifier })

const docRef = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  resourceType: 'DocumentReference',
  id: 'dr1',
  contained: [practitioner([{ system: FHIR.idnps, value: '810001234567' }])],
  masterIdentifier: { system: 'urn:ietf:rfc:3986', value: 'urn:oid:1.2.3.4.1' },
  status: 'current',
  type: { coding: [{ system: FHIR.loinc, code: '11488-4' }] },
  author: [{ reference: '#p' }],
  securityLabel: [label(V3, 'N')],
  date: '2025-01-15T10:00:00+01:00',
  ...over,
})

const read = (docs: ReadonlyArray<Record<string, unknown>>, date = '2025-01-15T09:30:00+01:00', options?: FhirReadOptions, extra: ReadonlyArray<{ fullUrl: string; resource: unknown }> = []): ReadResult => {
  const input = bundleOf([
    ...docs.map((d, i) => ({ fullUrl: `urn:uuid:d${i}`, resource: d })),
    { fullUrl: 'urn:uuid:ss', resource: submissionList('ss', date, docs.map((_d, i) => `urn:uuid:d${i}`)) },
    ...extra,
  ])
  const r = readDocumentReferences(input, options)
  if (r._tag === 'Left') throw new Error(`unexpected Left: ${JSON.stringify(r.left)}`)
  return r.right
}
const codesOf = (r: ReadResult): ReadonlyArray<ReadonlyArray<string>> => r.rejected.map((x) => x.issues.map((i) => i.code))
const rejectsWith = (r: ReadResult, code: string): void => {
  expect(r.documents).toEqual([])
  expect(codesOf(r)).toHaveLength(1)
  expect(codesOf(r)[0]).toContain(code)
}

describe('the shipped PDSm bundle (examples/dmp-metadata/pdsm-bundle.json)', () => {
  const r = readDocumentReferences(fixture)
  const result = r._tag === 'Right' ? r.right : undefined

  it('reads, rejects and skips each DocumentReference once', () => {
    expect(result).toBeDefined()
    expect(result?.documents.map((d) => [d.id, d.addedOn])).toEqual([
      ['1.2.250.1.213.1.4.8.99999.201', '2024-11-20'],
      ['1.2.250.1.213.1.4.8.99999.202', '2024-11-20'],
      ['urn:uuid:12345678-abcd-1234-abcd-1234567890ab', '2025-04-30'],
      ['1.2.250.1.213.1.4.8.99999.209', '2025-07-01'],
      ['1.2.250.1.213.1.4.8.99999.210', '2025-07-01'],
    ])
    expect(result?.rejected.map((x) => [x.entryUUID, x.issues.map((i) => i.code)])).toEqual([
      ['dr-biologie-automate', ['UNSUPPORTED_AUTHOR']],
      ['exemple-pdsm-documentreference', ['UNKNOWN_CONFIDENTIALITY_SYSTEM']],
      ['dr-sans-lot', ['MISSING_SUBMISSION_TIME']],
    ])
    expect(result?.skipped.map((x) => [x.entryUUID, x.reason.code])).toEqual([
      ['dr-cr-hospitalisation-v0', 'SUPERSEDED'],
      ['dr-erreur', 'ENTERED_IN_ERROR'],
    ])
  })

  it('reads the PDSM4DMP example’s PractitionerRole by its IDNPS, and the PDSm report through its Practitioner (RPPS) and Organization (FINESS), masked (R-MASK-1)', () => {
    expect(result?.documents[0]?.author).toEqual({ kind: 'professional', id: '99700218896' })
    expect(result?.documents[2]).toEqual({
      id: 'urn:uuid:12345678-abcd-1234-abcd-1234567890ab',
      typeCode: '34133-9',
      author: { kind: 'professional', id: '99700218896', establishmentId: '750100125' },
      addedOn: '2025-04-30',
      maskedFromProfessionals: true,
      invisibleToPatient: false,
      hiddenFromLegalRepresentatives: false,
    })
    for (const d of result?.documents ?? []) expect(isDeeplyFrozen(d)).toBe(true)
  })

  it('dates by the submission set, not by DocumentReference.date (22:30 UTC on 30 June is 1 July in Paris, R-INVIS-3)', () => {
    expect(result?.documents[4]).toMatchObject({ typeCode: '57833-6', invisibleToPatient: true, addedOn: '2025-07-01' })
  })

  it('gives the device’s path and a bilingual message', () => {
    expect(result?.rejected[0]?.issues[0]?.path).toBe('/entry/5/resource/contained/0')
    expect(result?.rejected[0]?.issues[0]?.message.fr).toMatch(/dispositif/)
  })
})

describe('inputs that are no FHIR document metadata (Left)', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'NOT_FHIR'],
    ['an array', [], 'NOT_FHIR'],
    ['a Patient', { resourceType: 'Patient' }, 'NOT_FHIR'],
    ['a Bundle whose entry is not an array', { resourceType: 'Bundle', entry: {} }, 'INVALID_STRUCTURE'],
  ])('refuses %s', (_what, input, code) => {
    const r = readDocumentReferences(input)
    expect(r._tag).toBe('Left')
    if (r._tag === 'Left') expect(r.left[0]?.code).toBe(code)
  })

  it('refuses an input whose getter throws, without throwing', () => {
    const input = { resourceType: 'Bundle', get entry(): unknown { throw new Error('boom') } }
    const r = readDocumentReferences(input)
    expect(r._tag === 'Left' && r.left[0]?.code).toBe('UNREADABLE_INPUT')
  })
})

describe('one DocumentReference', () => {
  it('alone, without its submission set, is rejected unless the caller opts into DocumentReference.date (R-INVIS-3)', () => {
    const alone = readDocumentReferences(docRef())
    expect(alone._tag === 'Right' && alone.right.rejected.map((x) => [x.path, x.issues.map((i) => i.code)])).toEqual([['', ['MISSING_SUBMISSION_TIME']]])
    const fallback = readDocumentReferences(docRef(), { addedOnFallback: 'date' })
    expect(fallback._tag === 'Right' && fallback.right.documents.map((d) => d.addedOn)).toEqual(['2025-01-15'])
    const offsetless = readDocumentReferences(docRef({ date: '2025-01-15T10:00:00' }), { addedOnFallback: 'date' })
    expect(offsetless._tag === 'Right' && offsetless.right.rejected.map((x) => x.issues.map((i) => i.code))).toEqual([['IMPRECISE_TIME']])
  })

  it('reads masterIdentifier without urn:oid:, flags without N, the TRE_A08 N, a bundled Practitioner (R-MASK-1, R-MINOR-5)', () => {
    const r = read(
      [docRef({ contained: [], author: [{ reference: 'Practitioner/123' }], securityLabel: [label(A07, 'MASQUE_PS'), label('https://mos.esante.gouv.fr/NOS/TRE_A08-HL7Confidentiality/FHIR/TRE-A08-HL7Confidentiality', 'N'), label(A07, 'INVISIBLE_REPRESENTANTS_LEGAUX')] })],
      '2025-01-15T09:30:00+01:00',
      undefined,
      [{ fullUrl: 'https://x/fhir/Practitioner/123', resource: practitioner([{ system: FHIR.rpps, value: '10001234567' }], '123') }],
    )
    expect(r.documents).toEqual([{ id: '1.2.3.4.1', typeCode: '11488-4', author: { kind: 'professional', id: '10001234567' }, addedOn: '2025-01-15', maskedFromProfessionals: true, invisibleToPatient: false, hiddenFromLegalRepresentatives: true }])
  })

  it('reads a masking written in meta.security too, and rejects an unknown code there; other systems there are other labels (R-MASK-1)', () => {
    const masked = read([docRef({ meta: { security: [{ system: A07, code: 'MASQUE_PS' }, { system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'HTEST' }] } })])
    expect(masked.documents.map((d) => d.maskedFromProfessionals)).toEqual([true])
    const unknown = read([docRef({ meta: { security: [{ system: A07, code: 'SECRET' }] } })])
    expect(unknown.rejected.map((x) => x.issues.map((i) => [i.code, i.path]))).toEqual([[['UNKNOWN_CONFIDENTIALITY_CODE', '/entry/0/resource/meta/security/0']]])
  })

  it('reads a TRE_A05 type and a Patient author by INS', () => {
    const r = read([docRef({ type: { coding: [{ system: FHIR.treA05, code: 'DOCPAT01' }] }, contained: [{ resourceType: 'Patient', id: 'pt', identifier: [{ system: FHIR.ins, value: '1' }] }], author: [{ reference: '#pt' }] })])
    expect(r.documents[0]).toMatchObject({ typeCode: 'DOCPAT01', author: { kind: 'patient' } })
  })

  it('takes the earliest submission of the document’s versions (same masterIdentifier): an update does not move addedOn (R-INVIS-3, R-DEL-2)', () => {
    const input = bundleOf([
      { fullUrl: 'urn:uuid:old', resource: docRef({ id: 'old', status: 'superseded' }) },
      { fullUrl: 'urn:uuid:new', resource: docRef({ id: 'new', securityLabel: [label(V3, 'N'), label(A07, 'MASQUE_PS')] }) },
      { fullUrl: 'urn:uuid:s1', resource: submissionList('s1', '2025-03-01T10:00:00+01:00', ['urn:uuid:old']) },
      { fullUrl: 'urn:uuid:s2', resource: submissionList('s2', '2025-05-20T10:00:00+02:00', ['urn:uuid:new']) },
    ])
    const r = readDocumentReferences(input)
    expect(r._tag === 'Right' && r.right.documents.map((d) => [d.addedOn, d.maskedFromProfessionals])).toEqual([['2025-03-01', true]])
  })

  it('ignores a List that is not a submission set (a folder dates nothing)', () => {
    const folder = { ...submissionList('f', '2025-01-01T10:00:00Z', ['urn:uuid:d0']), code: { coding: [{ system: FHIR.listTypes, code: 'folder' }] } }
    const r = readDocumentReferences(bundleOf([{ fullUrl: 'urn:uuid:d0', resource: docRef() }, { fullUrl: 'urn:uuid:f', resource: folder }]))
    expect(r._tag === 'Right' && r.right.rejected.map((x) => x.issues.map((i) => i.code))).toEqual([['MISSING_SUBMISSION_TIME']])
  })
})

describe('skips what is not a current document of the record', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['superseded', { status: 'superseded' }, 'SUPERSEDED'],
    ['entered-in-error', { status: 'entered-in-error' }, 'ENTERED_IN_ERROR'],
    ['the signature (type E1762)', { type: { coding: [{ system: 'urn:oid:1.2.840.10065.1.12', code: 'E1762' }] } }, 'SIGNATURE_DOCUMENT'],
    ['the signature (class)', { category: [{ coding: [{ system: 'urn:ietf:rfc:3986', code: 'urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1' }] }] }, 'SIGNATURE_DOCUMENT'],
  ])('skips %s', (_what, over, code) => {
    const r = read([docRef(over)])
    expect(r.documents).toEqual([])
    expect(r.skipped.map((s) => [s.entryUUID, s.id, s.path, s.reason.code])).toEqual([['dr1', '1.2.3.4.1', '/entry/0/resource', code]])
  })
})

describe('rejects every DocumentReference it cannot read exactly', () => {
  const role = (identifier: ReadonlyArray<object>, extra: Record<string, unknown> = {}) => ({ resourceType: 'PractitionerRole', id: 'r', identifier, ...extra })
  it.each<[string, Record<string, unknown>, string]>([
    ['an element of the wrong JSON type', { author: '#p' }, 'INVALID_STRUCTURE'],
    ['no masterIdentifier', { masterIdentifier: undefined }, 'MISSING_ID'],
    ['no type', { type: undefined }, 'MISSING_TYPE'],
    ['a type of another system', { type: { coding: [{ system: 'http://snomed.info/sct', code: '1' }] } }, 'UNKNOWN_CODE_SYSTEM'],
    ['two type codes', { type: { coding: [{ system: FHIR.loinc, code: '11488-4' }, { system: FHIR.loinc, code: '34133-9' }] } }, 'AMBIGUOUS_TYPE'],
    ['an unknown TRE_A07 code (R-MASK-1)', { securityLabel: [label(A07, 'SECRET')] }, 'UNKNOWN_CONFIDENTIALITY_CODE'],
    ['PDSm’s misspelt TRE_A07 system', { securityLabel: [label('https://mos.esante.gouv.fr/NOS/TRE_A07-StatusVisibiliteDocument/FHIR/TRE-A07-StatusVisibiliteDocument', 'N')] }, 'UNKNOWN_CONFIDENTIALITY_SYSTEM'],
    ['a label without system', { securityLabel: [{ coding: [{ code: 'MASQUE_PS' }] }] }, 'UNKNOWN_CONFIDENTIALITY_SYSTEM'],
    ['HL7 R', { securityLabel: [label(V3, 'R')] }, 'UNSUPPORTED_CONFIDENTIALITY_CODE'],
    ['MASQUE_PT', { securityLabel: [label(A07, 'MASQUE_PT')] }, 'UNSUPPORTED_CONFIDENTIALITY_CODE'],
    ['a label without coding', { securityLabel: [{ text: 'masqué' }] }, 'UNKNOWN_CONFIDENTIALITY_CODE'],
    ['no author', { author: [] }, 'MISSING_AUTHOR'],
    ['an author reference to nothing', { author: [{ reference: '#nobody' }] }, 'UNRESOLVED_REFERENCE'],
    ['an author by identifier only', { author: [{ identifier: { system: FHIR.idnps, value: '810001234567' } }] }, 'UNREADABLE_AUTHOR'],
    ['a Device author', { contained: [{ resourceType: 'Device', id: 'p' }] }, 'UNSUPPORTED_AUTHOR'],
    ['an Organization author', { contained: [{ resourceType: 'Organization', id: 'p' }] }, 'UNSUPPORTED_AUTHOR'],
    ['a Practitioner without a national id', { contained: [practitioner([{ system: 'urn:oid:1.2.3', value: 'x' }])] }, 'UNREADABLE_AUTHOR'],
    ['a Practitioner with an internal id', { contained: [practitioner([{ system: FHIR.idnps, value: '3750100125/1453' }])] }, 'NO_NATIONAL_ID'],
    ['a Practitioner whose IDNPS and RPPS disagree', { contained: [practitioner([{ system: FHIR.idnps, value: '810001234567' }, { system: FHIR.rpps, value: '10009999999' }])] }, 'CONFLICTING_AUTHORS'],
    ['a malformed RPPS', { contained: [practitioner([{ system: FHIR.rpps, value: '123' }])] }, 'UNREADABLE_AUTHOR'],
    ['a PractitionerRole known only by its RPPS situation id', { contained: [role([{ system: FHIR.rpps, value: '10001234567' }])], author: [{ reference: '#r' }] }, 'UNREADABLE_AUTHOR'],
    ['a PractitionerRole whose organization has no IDNST', { contained: [role([{ system: FHIR.idnps, value: '810001234567' }], { organization: { reference: '#o' } }), { resourceType: 'Organization', id: 'o', identifier: [{ system: 'https://finess.esante.gouv.fr', value: '750100125' }] }], author: [{ reference: '#r' }] }, 'UNREADABLE_INSTITUTION'],
    ['a PractitionerRole whose practitioner is elsewhere', { contained: [role([], { practitioner: { reference: 'Practitioner/zz' } })], author: [{ reference: '#r' }] }, 'UNRESOLVED_REFERENCE'],
    ['a Patient without INS', { contained: [{ resourceType: 'Patient', id: 'p', identifier: [{ system: 'urn:oid:1.2.3', value: '1' }] }] }, 'UNREADABLE_AUTHOR'],
    ['two different authors', { contained: [practitioner([{ system: FHIR.idnps, value: '810001234567' }]), practitioner([{ system: FHIR.idnps, value: '810009999999' }], 'q')], author: [{ reference: '#p' }, { reference: '#q' }] }, 'CONFLICTING_AUTHORS'],
    ['a professional and a device', { contained: [practitioner([{ system: FHIR.idnps, value: '810001234567' }]), { resourceType: 'Device', id: 'q' }], author: [{ reference: '#p' }, { reference: '#q' }] }, 'UNSUPPORTED_AUTHOR'],
    ['an unknown status', { status: 'preliminary' }, 'UNKNOWN_STATUS'],
  ])('rejects %s', (_what, over, code) => {
    rejectsWith(read([docRef(over)]), code)
  })

  it('gives INVALID_STRUCTURE a JSON pointer into the input', () => {
    const r = read([docRef({ securityLabel: [{ coding: [{ system: 7, code: 'N' }] }] })])
    expect(r.rejected[0]?.issues.map((i) => [i.code, i.path])).toEqual([['INVALID_STRUCTURE', '/entry/0/resource/securityLabel/0/coding/0/system']])
  })

  it.each([
    ['a day-only List.date', '2025-01-15', 'IMPRECISE_TIME'],
    ['a List.date without offset', '2025-01-15T10:00:00', 'IMPRECISE_TIME'],
    ['a List.date that is no date', 'yesterday', 'INVALID_TIME'],
    ['a day that does not exist', '2025-02-30T10:00:00Z', 'INVALID_TIME'],
  ])('rejects %s (R-INVIS-3)', (_what, date, code) => {
    rejectsWith(read([docRef()], date), code)
  })

  it('rejects both current DocumentReferences with one masterIdentifier (DUPLICATE_ID)', () => {
    const r = read([docRef(), docRef({ id: 'dr2' })])
    expect(codesOf(r)).toEqual([['DUPLICATE_ID'], ['DUPLICATE_ID']])
  })
})
