// dmp-rules/xds — readXdsDocumentEntries on the shipped registry response and on hand-written cases for every
// rejection and skip (issue 21). A flag, a type, an author or a date read wrong flips decisions: R-MASK-1/2
// (masking, the author's rights), R-INVIS-1/3 (invisibility and its end, counted from addedOn), R-MINOR-5, R-DEL-2.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isDeeplyFrozen } from '../../src/domain/frozen.js'
import type { ReadResult } from '../../src/metadata/issues.js'
import { READ_WORDING_EN as EN } from '../../src/messages/en/metadata.js'
import { READ_WORDING_FR as FR } from '../../src/messages/fr/metadata.js'
import { readXdsDocumentEntries, type XdsReadOptions } from '../../src/xds/read.js'
import { OIDS, STATUS, registryResponse, type SubmissionSetSpec, type XdsAuthorSpec, type XdsEntrySpec } from '../metadata/writers.js'

const fixture = readFileSync(join(__dirname, '..', '..', 'examples', 'dmp-metadata', 'registry-response.xml'), 'utf8')

const PS: XdsAuthorSpec = { person: '810001234567^DUPONT^Jeanne^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS', institutions: ['Hôpital^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^1750100125'] }
const N = { code: 'N', scheme: OIDS.hl7 }
const entry = (over: Partial<XdsEntrySpec> = {}): XdsEntrySpec => ({
  entryUUID: 'urn:uuid:e1',
  status: STATUS.approved,
  uniqueId: '1.2.3.4.1',
  types: [{ code: '11488-4', scheme: OIDS.loinc }],
  confidentiality: [N],
  authors: [PS],
  ...over,
})
const set = (members: ReadonlyArray<string>, submissionTime = '20250115083000', id = 'urn:uuid:ss1'): SubmissionSetSpec => ({ id, submissionTime, members })

const read = (entries: ReadonlyArray<XdsEntrySpec>, sets: ReadonlyArray<SubmissionSetSpec> = [set(entries.map((e) => e.entryUUID))], options?: XdsReadOptions): ReadResult => {
  const r = readXdsDocumentEntries(registryResponse(entries, sets), options)
  if (r._tag === 'Left') throw new Error(`unexpected Left: ${JSON.stringify(r.left)}`)
  return r.right
}
const codesOf = (r: ReadResult): ReadonlyArray<ReadonlyArray<string>> => r.rejected.map((x) => x.issues.map((i) => i.code))
const rejectsWith = (r: ReadResult, code: string): void => {
  expect(r.documents).toEqual([])
  expect(r.rejected).toHaveLength(1)
  expect(codesOf(r)[0]).toContain(code)
}

describe('the shipped registry response (examples/dmp-metadata/registry-response.xml)', () => {
  const r = readXdsDocumentEntries(fixture)
  const result = r._tag === 'Right' ? r.right : undefined

  it('reads the current entries, rejects those it cannot read exactly, skips the others: each entry in one list', () => {
    expect(result).toBeDefined()
    if (result === undefined) return
    const total = (fixture.match(/<rim:ExtrinsicObject /g) ?? []).length
    expect(result.documents.length + result.rejected.length + result.skipped.length).toBe(total)
    expect(result.documents.map((d) => d.id)).toEqual(['1.2.250.1.213.1.4.8.99999.1', '1.2.250.1.213.1.4.8.99999.2', '1.2.250.1.213.1.4.8.99999.5', '1.2.250.1.213.1.4.8.99999.6', '1.2.250.1.213.1.4.8.99999.7'])
    expect(result.rejected.map((x) => [x.id, x.issues.map((i) => i.code)])).toEqual([
      ['1.2.250.1.213.1.4.8.99999.3', ['UNSUPPORTED_AUTHOR']],
      ['1.2.250.1.213.1.4.8.99999.4', ['NO_NATIONAL_ID']],
      ['1.2.250.1.213.1.4.8.99999.10', ['MISSING_SUBMISSION_TIME']],
    ])
    expect(result.skipped.map((x) => [x.id, x.reason.code])).toEqual([
      ['1.2.250.1.213.1.4.8.99999.1.sig', 'SIGNATURE_DOCUMENT'],
      ['1.2.250.1.213.1.4.8.99999.2', 'DEPRECATED'],
      ['1.2.250.1.213.1.4.8.99999.8', 'DELETED'],
      ['1.2.250.1.213.1.4.8.99999.9', 'DEPRECATED'],
    ])
  })

  it('reads the masked report with the first version’s submission day in Paris (22:00 UTC on 30 June is 1 July), not the masking update’s (R-MASK-1, R-INVIS-3)', () => {
    const doc = result?.documents.find((d) => d.id === '1.2.250.1.213.1.4.8.99999.2')
    expect(doc).toEqual({
      id: '1.2.250.1.213.1.4.8.99999.2',
      typeCode: '34133-9',
      author: { kind: 'professional', id: '99700218896', establishmentId: '750100125' },
      addedOn: '2025-07-01',
      maskedFromProfessionals: true,
      invisibleToPatient: false,
      hiddenFromLegalRepresentatives: false,
    })
  })

  it('reads the GP of the PDSM4DMP example (RPPS without its 8, the RPPS cabinet structure whole), the patient author and the invisible prescription (R-INVIS-1)', () => {
    const byId = new Map(result?.documents.map((d) => [d.id, d]))
    expect(byId.get('1.2.250.1.213.1.4.8.99999.1')?.author).toEqual({ kind: 'professional', id: '01234567890', establishmentId: '401234567890009' })
    expect(byId.get('1.2.250.1.213.1.4.8.99999.5')).toMatchObject({ typeCode: 'DOCPAT01', author: { kind: 'patient' }, addedOn: '2025-09-03' })
    expect(byId.get('1.2.250.1.213.1.4.8.99999.6')).toMatchObject({ invisibleToPatient: true, maskedFromProfessionals: false })
    expect(byId.get('1.2.250.1.213.1.4.8.99999.7')?.addedOn).toBe('2025-10-06') // Archived is current
  })

  it('builds every document deeply frozen, as the builders do (A-7)', () => {
    for (const d of result?.documents ?? []) expect(isDeeplyFrozen(d)).toBe(true)
    expect(result?.documents.length).toBeGreaterThan(0)
  })

  it('says where the rejection is: the author slot of the device, with a message in both languages', () => {
    const device = result?.rejected[0]
    expect(device?.path).toBe('/AdhocQueryResponse/RegistryObjectList/ExtrinsicObject/4')
    expect(device?.issues[0]?.path).toBe('/AdhocQueryResponse/RegistryObjectList/ExtrinsicObject/4/Classification/0/Slot/3/ValueList/Value/0')
    expect(device?.issues[0]?.message.fr).toMatch(/dispositif/)
    expect(device?.issues[0]?.message.en).toMatch(/device/)
  })

  it('reads the last entry by its creationTime only when the caller opts into the fallback', () => {
    const r2 = readXdsDocumentEntries(fixture, { addedOnFallback: 'creationTime' })
    expect(r2._tag === 'Right' && r2.right.documents.find((d) => d.id === '1.2.250.1.213.1.4.8.99999.10')?.addedOn).toBe('2025-11-10')
    expect(r2._tag === 'Right' && r2.right.rejected.map((x) => x.id)).toEqual(['1.2.250.1.213.1.4.8.99999.3', '1.2.250.1.213.1.4.8.99999.4'])
  })
})

describe('inputs that are no registry response (Left)', () => {
  it.each([
    ['not XML', 'this is not xml <', 'NOT_XML'],
    ['a DOCTYPE (entity declarations refused)', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><AdhocQueryResponse/>', 'NOT_XML'],
    ['an unterminated entity (the raw & of a PDSM4DMP example)', '<AdhocQueryResponse><RegistryObjectList><ExtrinsicObject id="x"><Slot name="a"><ValueList><Value>a&1.2&ISO</Value></ValueList></Slot></ExtrinsicObject></RegistryObjectList></AdhocQueryResponse>', 'NOT_XML'],
    ['another document', '<html><body/></html>', 'NOT_A_REGISTRY_RESPONSE'],
    ['a Failure response', '<AdhocQueryResponse status="urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure"/>', 'REGISTRY_FAILURE'],
  ])('refuses %s', (_what, xml, code) => {
    const r = readXdsDocumentEntries(xml)
    expect(r._tag).toBe('Left')
    if (r._tag === 'Left') expect(r.left.map((i) => i.code)).toEqual([code])
  })

  it('never throws: a nesting beyond the parser’s limit is refused as NOT_XML', () => {
    const deep = `<AdhocQueryResponse>${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}</AdhocQueryResponse>`
    const r = readXdsDocumentEntries(deep) // fast-xml-parser throws "Maximum nested tags exceeded"
    expect(r._tag).toBe('Left')
    if (r._tag === 'Left') expect(r.left.map((i) => i.code)).toEqual(['NOT_XML'])
  })

  it('reads an empty response, and one in its SOAP envelope', () => {
    expect(readXdsDocumentEntries('<AdhocQueryResponse status="urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success"/>')).toEqual({ _tag: 'Right', right: { documents: [], rejected: [], skipped: [] } })
    const soap = `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>${registryResponse([entry()], [set(['urn:uuid:e1'])]).replace(/^<\?xml[^>]*>\n/, '')}</s:Body></s:Envelope>`
    const r = readXdsDocumentEntries(soap)
    expect(r._tag === 'Right' && r.right.documents.map((d) => d.id)).toEqual(['1.2.3.4.1'])
    expect(r._tag === 'Right' && r.right.rejected[0]?.path).toBeUndefined()
  })
})

describe('one entry read exactly', () => {
  it('maps uniqueId, typeCode, flags, author and the submission day (R-MASK-1, R-INVIS-1, R-MINOR-5)', () => {
    const r = read([entry({ uniqueId: 'urn:oid:1.2.3.4.1', confidentiality: [N, { code: 'MASQUE_PS', scheme: OIDS.treA07 }, { code: 'INVISIBLE_REPRESENTANTS_LEGAUX', scheme: OIDS.treA07 }] })])
    expect(r).toEqual({
      documents: [{ id: '1.2.3.4.1', typeCode: '11488-4', author: { kind: 'professional', id: '10001234567', establishmentId: '750100125' }, addedOn: '2025-01-15', maskedFromProfessionals: true, invisibleToPatient: false, hiddenFromLegalRepresentatives: true }],
      rejected: [],
      skipped: [],
    })
  })

  it('keeps leading zeros of ids and times (number parsing off) and an ADELI id whole', () => {
    const r = read([entry({ uniqueId: '0123', authors: [{ person: '0012345678^X^Y^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS' }] })], [set(['urn:uuid:e1'], '20250101000000')])
    expect(r.documents[0]).toMatchObject({ id: '0123', author: { kind: 'professional', id: '0012345678' }, addedOn: '2025-01-01' })
  })

  it('reads a TRE_A05 type code', () => {
    expect(read([entry({ types: [{ code: 'REMB', scheme: OIDS.treA05 }] })]).documents[0]?.typeCode).toBe('REMB')
  })

  it.each([
    ['20250630220000', '2025-07-01'],
    ['20250630215959', '2025-06-30'],
    ['20250115233000', '2025-01-16'],
    ['20250115225959', '2025-01-15'],
    ['202506302200', '2025-07-01'],
    ['2025063022', '2025-07-01'],
    ['20250701000000+0200', '2025-07-01'],
    ['20251026005959', '2025-10-26'],
  ])('gives submissionTime %s the Paris day %s (R-INVIS-3)', (time, day) => {
    expect(read([entry()], [set(['urn:uuid:e1'], time)]).documents[0]?.addedOn).toBe(day)
  })

  it('reads a confidentiality code given as a top-level Classification of the entry: a masking is never missed (R-MASK-1)', () => {
    const top = (code: string): string =>
      `    <rim:Classification classificationScheme="urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f" classifiedObject="urn:uuid:e1" nodeRepresentation="${code}" id="c-${code}">\n      <rim:Slot name="codingScheme"><rim:ValueList><rim:Value>${OIDS.treA07}</rim:Value></rim:ValueList></rim:Slot>\n    </rim:Classification>\n`
    const xml = (code: string): string => registryResponse([entry()], [set(['urn:uuid:e1'])]).replace('  </rim:RegistryObjectList>', `${top(code)}  </rim:RegistryObjectList>`)
    const masked = readXdsDocumentEntries(xml('MASQUE_PS'))
    expect(masked._tag === 'Right' && masked.right.documents.map((d) => d.maskedFromProfessionals)).toEqual([true])
    const unknown = readXdsDocumentEntries(xml('SECRET'))
    expect(unknown._tag === 'Right' && unknown.right.rejected.map((x) => x.issues.map((i) => [i.code, i.path]))).toEqual([
      [['UNKNOWN_CONFIDENTIALITY_CODE', '/AdhocQueryResponse/RegistryObjectList/Classification/0']],
    ])
  })

  it('counts a top-level uniqueId ExternalIdentifier of the entry (two different ids: AMBIGUOUS_ID)', () => {
    const xml = registryResponse([entry()], [set(['urn:uuid:e1'])]).replace(
      '  </rim:RegistryObjectList>',
      '    <rim:ExternalIdentifier identificationScheme="urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab" value="9.9.9" id="x" registryObject="urn:uuid:e1"/>\n  </rim:RegistryObjectList>',
    )
    const r = readXdsDocumentEntries(xml)
    expect(r._tag === 'Right' && r.right.rejected.map((x) => x.issues.map((i) => i.code))).toEqual([['AMBIGUOUS_ID']])
  })

  it('reads the submission set classified by a top-level Classification too', () => {
    const xml = registryResponse([entry()], [set(['urn:uuid:e1'])]).replace(
      /<rim:Classification classificationNode="urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd" classifiedObject="urn:uuid:ss1"[^>]*\/>\n/,
      '',
    ).replace('  </rim:RegistryObjectList>', '    <rim:Classification classificationNode="urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd" classifiedObject="urn:uuid:ss1" id="c"/>\n  </rim:RegistryObjectList>')
    const r = readXdsDocumentEntries(xml)
    expect(r._tag === 'Right' && r.right.documents.map((d) => d.addedOn)).toEqual(['2025-01-15'])
  })

  it('takes the earliest submission of the document’s versions: a masking update (a new version in a later set) does not move addedOn (R-INVIS-3, R-DEL-2)', () => {
    const v1 = entry({ entryUUID: 'urn:uuid:v1', lid: 'urn:uuid:v1', version: '1', status: STATUS.deprecated })
    const v2 = entry({ entryUUID: 'urn:uuid:v2', lid: 'urn:uuid:v1', version: '2', confidentiality: [N, { code: 'MASQUE_PS', scheme: OIDS.treA07 }] })
    const r = read([v1, v2], [set(['urn:uuid:v1'], '20250301100000', 'urn:uuid:ss1'), set(['urn:uuid:v2'], '20250520100000', 'urn:uuid:ss2')])
    expect(r.documents).toHaveLength(1)
    expect(r.documents[0]).toMatchObject({ addedOn: '2025-03-01', maskedFromProfessionals: true })
    expect(r.skipped.map((s) => s.reason.code)).toEqual(['DEPRECATED'])
  })

  it('accepts the same author twice (several classifications, one person)', () => {
    expect(read([entry({ authors: [PS, PS] })]).documents).toHaveLength(1)
  })

  it('reads an author without institution as a professional without establishment', () => {
    expect(read([entry({ authors: [{ person: PS.person }] })]).documents[0]?.author).toEqual({ kind: 'professional', id: '10001234567' })
  })
})

describe('skips what is not a current document of the record', () => {
  it.each([
    [STATUS.deprecated, 'DEPRECATED'],
    [STATUS.deleted, 'DELETED'],
  ])('skips status %s', (status, code) => {
    const r = read([entry({ status })])
    expect(r.documents).toEqual([])
    expect(r.skipped).toEqual([{ entryUUID: 'urn:uuid:e1', id: '1.2.3.4.1', path: '/AdhocQueryResponse/RegistryObjectList/ExtrinsicObject/0', reason: expect.objectContaining({ code }) }])
  })

  it('skips the signature document, by its class or by its type E1762', () => {
    const byClass = read([entry({ classCode: { code: 'urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1', scheme: 'URN' } })])
    const byType = read([entry({ types: [{ code: 'E1762', scheme: 'ASTM' }] })])
    for (const r of [byClass, byType]) {
      expect(r.documents).toEqual([])
      expect(r.skipped.map((s) => s.reason.code)).toEqual(['SIGNATURE_DOCUMENT'])
    }
  })
})

describe('rejects every entry it cannot read exactly, with every issue', () => {
  const A07 = OIDS.treA07
  it.each<[string, Partial<XdsEntrySpec>, string]>([
    ['no entryUUID', { entryUUID: '' }, 'MISSING_ENTRY_UUID'],
    ['no uniqueId', { uniqueId: undefined }, 'MISSING_ID'],
    ['no typeCode', { types: [] }, 'MISSING_TYPE'],
    ['two type codes', { types: [{ code: '11488-4', scheme: OIDS.loinc }, { code: '34133-9', scheme: OIDS.loinc }] }, 'AMBIGUOUS_TYPE'],
    ['a type code of another system', { types: [{ code: '11488-4', scheme: '1.2.3' }] }, 'UNKNOWN_CODE_SYSTEM'],
    ['a type code without codingScheme', { types: [{ code: '11488-4' }] }, 'UNKNOWN_CODE_SYSTEM'],
    ['an unknown confidentiality code (R-MASK-1)', { confidentiality: [N, { code: 'SECRET', scheme: A07 }] }, 'UNKNOWN_CONFIDENTIALITY_CODE'],
    ['a confidentiality code of an unknown system', { confidentiality: [N, { code: 'MASQUE_PS', scheme: '1.2.3' }] }, 'UNKNOWN_CONFIDENTIALITY_SYSTEM'],
    ['MASQUE_PSOCIAL, outside JDV_J58', { confidentiality: [N, { code: 'MASQUE_PSOCIAL', scheme: A07 }] }, 'UNSUPPORTED_CONFIDENTIALITY_CODE'],
    ['HL7 R', { confidentiality: [{ code: 'R', scheme: OIDS.hl7 }] }, 'UNSUPPORTED_CONFIDENTIALITY_CODE'],
    ['no N', { confidentiality: [{ code: 'MASQUE_PS', scheme: A07 }] }, 'MISSING_NORMAL'],
    ['no author', { authors: [] }, 'MISSING_AUTHOR'],
    ['an author of an unknown assigning authority', { authors: [{ person: '810001234567^X^Y^^^^^^&1.2.3&ISO^D^^^IDNPS' }] }, 'UNREADABLE_AUTHOR'],
    ['an RPPS of 10 digits', { authors: [{ person: '81000123456^X^Y^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS' }] }, 'UNREADABLE_AUTHOR'],
    ['an unknown IDNPS prefix', { authors: [{ person: '9123^X^Y^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS' }] }, 'UNREADABLE_AUTHOR'],
    ['an internal id 3+FINESS/number (PDSM4DMP AuthorStructure)', { authors: [{ person: '3750100125/1453^MARTIN^Philippe^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^EI' }] }, 'NO_NATIONAL_ID'],
    ['an internal id 5+SIRET/number', { authors: [{ person: '512345678901234/77^X^Y^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^EI' }] }, 'NO_NATIONAL_ID'],
    ['a device by XCN10 U', { authors: [{ person: '810001234567^Automate^^^^^^^&1.2.250.1.71.4.2.1&ISO^U^^^IDNPS' }] }, 'UNSUPPORTED_AUTHOR'],
    ['a system by XCN13 RI', { authors: [{ person: '810001234567^SNR^^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^RI' }] }, 'UNSUPPORTED_AUTHOR'],
    ['authorSpecialty DISPOSITIF', { authors: [{ ...PS, specialties: ['DISPOSITIF^dispositif médical^1.2.250.1.213.1.1.4.6'] }] }, 'UNSUPPORTED_AUTHOR'],
    ['authorSpecialty AUTOMATE', { authors: [{ ...PS, specialties: ['AUTOMATE^automate^1.2.250.1.213.1.1.4.6'] }] }, 'UNSUPPORTED_AUTHOR'],
    ['authorSpecialty SNR', { authors: [{ ...PS, specialties: ['SNR^SNR^1.2.250.1.213.1.1.4.6'] }] }, 'UNSUPPORTED_AUTHOR'],
    ['authorSpecialty ALIM_AM', { authors: [{ ...PS, specialties: ['ALIM_AM^Alimentation AM^1.2.250.1.213.1.1.4.6'] }] }, 'UNSUPPORTED_AUTHOR'],
    ['an institution without a person', { authors: [{ institutions: PS.institutions }] }, 'UNSUPPORTED_AUTHOR'],
    ['a device beside a professional', { authors: [PS, { person: '3750100125/9762^Automate^^^^^^^&1.2.250.1.71.4.2.1&ISO^U^^^RI' }] }, 'UNSUPPORTED_AUTHOR'],
    ['two different professionals (no pick: author-only rights, R-MASK-2, R-DEL-1)', { authors: [PS, { person: '810009999999^B^C^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS' }] }, 'CONFLICTING_AUTHORS'],
    ['the patient and a professional', { authors: [PS, { person: '124018852493334^F^G^^^^^^&1.2.250.1.213.1.4.8&ISO^D^^^NH' }] }, 'CONFLICTING_AUTHORS'],
    ['a professional at two institutions', { authors: [{ ...PS, institutions: ['A^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^1750100125', 'B^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^1130000000'] }] }, 'CONFLICTING_AUTHORS'],
    ['an institution without IDNST', { authors: [{ ...PS, institutions: ['Clinique^^^^^&1.2.3&ISO^XX^^^1750100125'] }] }, 'UNREADABLE_INSTITUTION'],
    ['a patient author with a professional specialty', { authors: [{ person: '124018852493334^F^G^^^^^^&1.2.250.1.213.1.4.8&ISO^D^^^NH', specialties: ['G15_10^Médecin^1.2.250.1.213.1.1.4.5'] }] }, 'UNREADABLE_AUTHOR'],
    ['an unknown status', { status: 'urn:oasis:names:tc:ebxml-regrep:StatusType:Submitted' }, 'UNKNOWN_STATUS'],
    ['no status', { status: undefined }, 'UNKNOWN_STATUS'],
  ])('rejects %s', (_what, over, code) => {
    rejectsWith(read([entry(over)], [set([over.entryUUID ?? 'urn:uuid:e1'])]), code)
  })

  it('reports every issue of an entry, not only the first', () => {
    const r = read([entry({ types: [], confidentiality: [{ code: 'SECRET', scheme: OIDS.treA07 }], authors: [] })], [])
    expect(codesOf(r)[0]).toEqual(['MISSING_TYPE', 'UNKNOWN_CONFIDENTIALITY_CODE', 'MISSING_NORMAL', 'MISSING_AUTHOR', 'MISSING_SUBMISSION_TIME'])
    expect(r.rejected[0]?.issues[1]?.path).toBe('/AdhocQueryResponse/RegistryObjectList/ExtrinsicObject/0/Classification/0') // the confidentiality code
  })

  it('rejects both current entries with one uniqueId (DUPLICATE_ID)', () => {
    const r = read([entry(), entry({ entryUUID: 'urn:uuid:e2' })])
    expect(r.documents).toEqual([])
    expect(codesOf(r)).toEqual([['DUPLICATE_ID'], ['DUPLICATE_ID']])
  })

  it('rejects an entry with two different uniqueIds (AMBIGUOUS_ID)', () => {
    const xml = registryResponse([entry()], [set(['urn:uuid:e1'])]).replace(
      '    </rim:ExtrinsicObject>',
      '      <rim:ExternalIdentifier identificationScheme="urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab" value="9.9.9" id="x" registryObject="urn:uuid:e1"/>\n    </rim:ExtrinsicObject>',
    )
    const r = readXdsDocumentEntries(xml)
    expect(r._tag === 'Right' && r.right.rejected.map((x) => x.issues.map((i) => i.code))).toEqual([['AMBIGUOUS_ID']])
  })

  it.each<[string, ReadonlyArray<SubmissionSetSpec>, string]>([
    ['no submission set in the response (a FindDocuments answer)', [], 'MISSING_SUBMISSION_TIME'],
    ['a HasMember from a Folder only', [{ id: 'urn:uuid:f', submissionTime: '20250115083000', members: ['urn:uuid:e1'], folder: true }], 'MISSING_SUBMISSION_TIME'],
    ['a submission set without submissionTime', [{ id: 'urn:uuid:ss1', members: ['urn:uuid:e1'] }], 'MISSING_SUBMISSION_TIME'],
    ['a day-precision submissionTime (a UTC day straddles two Paris days)', [set(['urn:uuid:e1'], '20250630')], 'IMPRECISE_TIME'],
    ['a year-only submissionTime', [set(['urn:uuid:e1'], '2025')], 'IMPRECISE_TIME'],
    ['a submissionTime that is no time', [set(['urn:uuid:e1'], '2025-06-30T22:00:00Z')], 'INVALID_TIME'],
    ['a day that does not exist', [set(['urn:uuid:e1'], '20250230100000')], 'INVALID_TIME'],
    ['an hour 24', [set(['urn:uuid:e1'], '20250130240000')], 'INVALID_TIME'],
  ])('rejects %s (R-INVIS-3, R-DEL-2: addedOn is never guessed)', (_what, sets, code) => {
    rejectsWith(read([entry()], sets), code)
  })

  it('rejects version 2 of a document whose version 1 (its first submission) is not in the response', () => {
    rejectsWith(read([entry({ lid: 'urn:uuid:v1', version: '2' })]), 'MISSING_SUBMISSION_TIME')
  })

  it('rejects a document one of whose versions has no submission set (the earliest cannot be told)', () => {
    const v1 = entry({ entryUUID: 'urn:uuid:v1', lid: 'urn:uuid:v1', version: '1', status: STATUS.deprecated })
    const v2 = entry({ entryUUID: 'urn:uuid:v2', lid: 'urn:uuid:v1', version: '2' })
    const r = read([v1, v2], [set(['urn:uuid:v2'], '20250520100000')])
    expect(codesOf(r)).toEqual([['MISSING_SUBMISSION_TIME']])
  })

  it('falls back on creationTime only when asked, and never on an imprecise one', () => {
    const e = entry({ creationTime: '20250110090000' })
    expect(read([e], []).rejected).toHaveLength(1)
    expect(read([e], [], { addedOnFallback: 'creationTime' }).documents[0]?.addedOn).toBe('2025-01-10')
    rejectsWith(read([entry({ creationTime: '20250110' })], [], { addedOnFallback: 'creationTime' }), 'IMPRECISE_TIME')
    // An imprecise submission time is not replaced by the fallback: the response says something, read wrong.
    rejectsWith(read([e], [set(['urn:uuid:e1'], '20250630')], { addedOnFallback: 'creationTime' }), 'IMPRECISE_TIME')
  })
})

describe('issue wording', () => {
  it('has a French and an English message for every code and skip reason', () => {
    for (const code of Object.keys(EN.issues) as Array<keyof typeof EN.issues>) {
      expect(EN.issues[code]('x').length).toBeGreaterThan(10)
      expect(FR.issues[code]('x').length).toBeGreaterThan(10)
      expect(FR.issues[code]('x')).not.toBe(EN.issues[code]('x'))
    }
    for (const code of Object.keys(EN.skips) as Array<keyof typeof EN.skips>) expect(FR.skips[code]).not.toBe(EN.skips[code])
  })
})
