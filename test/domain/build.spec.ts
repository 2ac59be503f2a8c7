// buildRecord and buildDocument (issue 13 item 3): documented defaults, never an identity; `undefined` means
// absent and is left out of the result. The compile-time side is in test/engine/types.spec.ts.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDocument, buildRecord, decide, type HealthDocument, type HealthRecord } from '../../src/index.js'
import { arbDocument, arbRecord } from '../../src/testing/index.js'

// fast-check builds some objects without a prototype: compare plain data.
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const hasUndefinedField = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.values(value).some((v) => v === undefined || hasUndefinedField(v))

describe('buildRecord', () => {
  it('defaults: not emancipated, not protected, active, every list empty, no emergency settings (R-STATUS-1, R-EMERG-1)', () => {
    expect(buildRecord({ patient: { birthDate: '1980-01-01' } })).toStrictEqual({
      patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
      status: { kind: 'active' },
      treatingDoctorIds: [],
      legalRepresentatives: [],
      blocks: [],
      authorizations: [],
      documents: [],
    })
  })

  it('leaves out every optional field given as undefined, and defaults a representative\'s doctor presence to false (R-MINOR-6)', () => {
    const built = buildRecord({
      patient: { birthDate: '2010-04-12', protection: undefined, ins: undefined, deceasedOn: undefined, emancipated: undefined },
      legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: undefined }],
      blocks: [{ target: 'establishment', id: '690781810', from: '2024-01-01', until: undefined }],
      documents: [{ id: 'd', typeCode: '11488-4', author: { kind: 'professional', id: 'dr', establishmentId: undefined }, addedOn: '2024-02-01', subcontractedBy: undefined }],
      emergencyAccess: undefined,
    })
    expect(hasUndefinedField(built)).toBe(false)
    expect(built.legalRepresentatives).toStrictEqual([{ id: 'mum', role: 'parent', doctorPresenceRequired: false }])
    expect(built.blocks).toStrictEqual([{ target: 'establishment', id: '690781810', from: '2024-01-01' }])
    expect('emergencyAccess' in built).toBe(false)
  })

  it('keeps what the input says, and copies no field the domain does not know (a database row\'s other columns)', () => {
    const row = { birthDate: '1961-07-02', deceasedOn: '2024-01-03', ins: { qualified: true }, rowid: 42 }
    const built = buildRecord({ patient: row, status: { kind: 'closed', on: '2024-02-01' }, treatingDoctorIds: ['dr-1'] })
    expect(built.patient).toStrictEqual({ birthDate: '1961-07-02', emancipated: false, protectedAdult: false, ins: { qualified: true }, deceasedOn: '2024-01-03' })
    expect(built.status).toStrictEqual({ kind: 'closed', on: '2024-02-01' })
    expect(built.treatingDoctorIds).toEqual(['dr-1'])
  })

  it('rebuilds any record to an equal one: a HealthRecord is a valid input (A-6)', () => {
    fc.assert(
      fc.property(arbRecord(), (record: HealthRecord) => {
        expect(buildRecord(record)).toStrictEqual(plain(record))
      }),
      { numRuns: 200 },
    )
  })

  it('builds a record the engine decides on: the holder consults (R-ACTOR-3)', () => {
    const record = buildRecord({ patient: { birthDate: '1980-01-01' } })
    expect(decide({ action: 'consult', actor: { kind: 'patient' }, at: '2024-06-01', record }).allowed).toBe(true)
  })
})

describe('buildDocument', () => {
  it('defaults: no flag set — not masked, not invisible to the patient, not hidden from representatives (R-MASK-1, R-INVIS-1, R-MINOR-5)', () => {
    expect(buildDocument({ id: 'd', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-02-01' })).toStrictEqual({
      id: 'd',
      typeCode: '11488-4',
      author: { kind: 'patient' },
      addedOn: '2024-02-01',
      maskedFromProfessionals: false,
      invisibleToPatient: false,
      hiddenFromLegalRepresentatives: false,
    })
  })

  it('keeps the flags and the subcontracting laboratory it is given (R-FEED-5)', () => {
    const built = buildDocument({
      id: 'bio',
      typeCode: '11502-2',
      author: { kind: 'professional', id: 'lab-1', establishmentId: '690000001' },
      addedOn: '2024-02-01',
      maskedFromProfessionals: true,
      invisibleToPatient: true,
      hiddenFromLegalRepresentatives: true,
      subcontractedBy: '690000002',
    })
    expect(built).toStrictEqual({
      id: 'bio',
      typeCode: '11502-2',
      author: { kind: 'professional', id: 'lab-1', establishmentId: '690000001' },
      addedOn: '2024-02-01',
      maskedFromProfessionals: true,
      invisibleToPatient: true,
      hiddenFromLegalRepresentatives: true,
      subcontractedBy: '690000002',
    })
  })

  it('rebuilds any document to an equal one: a HealthDocument is a valid input (A-7)', () => {
    fc.assert(
      fc.property(arbDocument(), (document: HealthDocument) => {
        expect(buildDocument(document)).toStrictEqual(plain(document))
      }),
      { numRuns: 200 },
    )
  })
})
