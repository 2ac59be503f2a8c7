// professionalIdFromIdnps / establishmentIdFromIdnst (issue 21): the id on a CPS card and the author id of the DMP's
// metadata give the same professional id, so that an author recognises their own masked document (R-MASK-2).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { establishmentIdFromIdnst, professionalIdFromIdnps } from '../../src/interop/identifiers.js'
import { readXdsDocumentEntries } from '../../src/xds/read.js'
import { isVisibleTo } from '../../src/index.js'
import { buildRecord } from '../../src/domain/build.js'
import { OIDS, STATUS, registryResponse } from '../metadata/writers.js'

const runs = process.env['DMP_RULES_DEEP'] ? 20_000 : 300

describe('professionalIdFromIdnps', () => {
  it.each<[string, string | undefined]>([
    ['810001234567', '10001234567'],
    ['899700218896', '99700218896'],
    ['0751234567', '0751234567'],
    ['3750100125/9762', undefined],
    ['1123456789/12', undefined],
    ['4123/5', undefined],
    ['5123/5', undefined],
    ['6123/5', undefined],
    ['81000123456', undefined],
    ['8100012345678', undefined],
    ['10001234567', undefined],
    ['', undefined],
    [' 810001234567', undefined],
  ])('reads %j as %j', (idnps, id) => {
    expect(professionalIdFromIdnps(idnps)).toBe(id)
  })

  it(`strips the 8 of every RPPS and never returns an id for an internal one (${runs} runs)`, () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), fc.stringMatching(/^[13456]\d{9}\/\d{1,6}$/), (rpps, internal) => {
        expect(professionalIdFromIdnps(`8${rpps}`)).toBe(rpps)
        expect(professionalIdFromIdnps(internal)).toBeUndefined()
      }),
      { numRuns: runs },
    )
  })
})

describe('establishmentIdFromIdnst', () => {
  it.each<[string, string | undefined]>([
    ['1750100125', '750100125'],
    ['12A0000012', '2A0000012'],
    ['401234567890009', '401234567890009'],
    ['312345678901234', '312345678901234'],
    ['2123456789', '2123456789'],
    ['175010012', undefined],
    ['9123', undefined],
    ['', undefined],
  ])('reads %j as %j', (idnst, id) => {
    expect(establishmentIdFromIdnst(idnst)).toBe(id)
  })
})

describe('a card holder recognised as the author of a document read from the DMP (R-MASK-2)', () => {
  it('lets the author see their masked report and denies another doctor', () => {
    const xml = registryResponse(
      [
        {
          entryUUID: 'urn:uuid:e1',
          status: STATUS.approved,
          uniqueId: '1.2.3',
          types: [{ code: '11488-4', scheme: OIDS.loinc }],
          confidentiality: [{ code: 'N', scheme: OIDS.hl7 }, { code: 'MASQUE_PS', scheme: OIDS.treA07 }],
          authors: [{ person: '810001234567^DUPONT^Jeanne^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS' }],
        },
      ],
      [{ id: 'urn:uuid:ss', submissionTime: '20250115083000', members: ['urn:uuid:e1'] }],
    )
    const r = readXdsDocumentEntries(xml)
    if (r._tag === 'Left') throw new Error('unreadable')
    const record = buildRecord({ patient: { birthDate: '1970-01-01' }, documents: r.right.documents })
    const document = record.documents[0]
    if (document === undefined) throw new Error('no document')
    const doctor = (idnps: string) => ({ kind: 'professional', id: professionalIdFromIdnps(idnps) ?? '', profession: 'medecin', authentication: 'cps' }) as const
    const ask = (idnps: string) => isVisibleTo({ actor: doctor(idnps), at: '2025-03-01', record, document, careTeam: true, explicitConsent: true })
    expect(ask('810001234567').allowed).toBe(true)
    const other = ask('810009999999')
    expect(other.allowed).toBe(false)
    expect(other.reasons.map((x) => x.rule)).toContain('R-MASK-2')
  })
})
