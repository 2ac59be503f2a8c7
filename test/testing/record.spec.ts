// src/testing/record.ts: what arbRecord and arbMesStatus promise, their constraints (RecordConstraints,
// MesStatusConstraints) honoured. The round trip through the codecs and the coverage of every stage, status and
// measure are in test/testing/arbitraries.spec.ts.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMonths, ageAt, isMinorAt } from '../../src/domain/dates.js'
import { MEASURES_WITH_REPRESENTATION_OF_PERSON, type HealthRecord } from '../../src/domain/types.js'
import { arbMesStatus, arbRecord, type MesStatusConstraints, type RecordConstraints } from '../../src/testing/index.js'

const SEED = 20240301
const AT = '2023-06-15'

describe('arbRecord({ around }) (RecordConstraints)', () => {
  const constraints: RecordConstraints = { around: AT }
  const records: ReadonlyArray<HealthRecord> = fc.sample(arbRecord(constraints), { numRuns: 2000, seed: SEED })

  it('the patient is born on or before the anchor; dies, if at all, on or after the birth (R-STATUS-9)', () => {
    expect(records.every((r) => r.patient.birthDate <= AT)).toBe(true)
    expect(records.every((r) => r.patient.deceasedOn === undefined || r.patient.deceasedOn >= r.patient.birthDate)).toBe(true)
    expect(records.some((r) => r.patient.deceasedOn !== undefined)).toBe(true)
  })

  it('an emancipated minor is 16 or 17 (C. civ. 413-2, R-MINOR-3)', () => {
    const emancipatedMinors = records.filter((r) => r.patient.emancipated && isMinorAt(r.patient.birthDate, AT) === true)
    expect(emancipatedMinors.length).toBeGreaterThan(50)
    expect(emancipatedMinors.every((r) => (ageAt(r.patient.birthDate, AT) ?? 0) >= 16)).toBe(true)
  })

  it('a protected adult states the measure; a representation of the person only under a measure that carries it (R-MINOR-8)', () => {
    expect(records.every((r) => !r.patient.protectedAdult || r.patient.protection !== undefined)).toBe(true)
    expect(
      records.every((r) => r.patient.protection?.representationOfPerson !== true || MEASURES_WITH_REPRESENTATION_OF_PERSON.includes(r.patient.protection.measure)),
    ).toBe(true)
  })

  it('unique ids: documents, treating doctors, legal representatives', () => {
    const unique = (xs: ReadonlyArray<string>): boolean => new Set(xs).size === xs.length
    expect(records.every((r) => unique(r.documents.map((d) => d.id)))).toBe(true)
    expect(records.every((r) => unique(r.treatingDoctorIds))).toBe(true)
    expect(records.every((r) => unique(r.legalRepresentatives.map((x) => x.id)))).toBe(true)
  })

  it('blocks end on or after they start, start and end on the anchor (R-AUTH-6)', () => {
    const blocks = records.flatMap((r) => r.blocks)
    expect(blocks.every((b) => b.until === undefined || b.until >= b.from)).toBe(true)
    expect(blocks.some((b) => b.from === AT)).toBe(true)
    expect(blocks.some((b) => b.until === AT)).toBe(true)
  })
})

describe('arbMesStatus({ around }) (MesStatusConstraints)', () => {
  const constraints: MesStatusConstraints = { around: AT }
  const statuses = fc.sample(arbMesStatus(constraints), { numRuns: 2000, seed: SEED })
  const dated = statuses.flatMap((s) => (s.kind === 'active' || s.kind === 'deactivated' ? [] : [s]))

  it('mostly active; closure and deletion on the anchor; a refusal a year before it (R-STATUS-5)', () => {
    expect(statuses.filter((s) => s.kind === 'active').length).toBeGreaterThan(statuses.length / 2)
    expect(dated.some((s) => s.kind === 'closed' && s.on === AT)).toBe(true)
    expect(dated.some((s) => s.kind === 'deleted' && s.on === AT)).toBe(true)
    expect(dated.some((s) => s.kind === 'refused' && s.on === addMonths(AT, -12))).toBe(true)
  })

  it('an anchor spelled undefined is no anchor (exactOptionalPropertyTypes: `readonly around?: IsoDate | undefined`)', () => {
    const none: MesStatusConstraints & RecordConstraints = { around: undefined }
    expect(fc.sample(arbMesStatus(none), { numRuns: 20, seed: SEED })).toEqual(fc.sample(arbMesStatus(), { numRuns: 20, seed: SEED }))
    expect(fc.sample(arbRecord(none), { numRuns: 20, seed: SEED })).toEqual(fc.sample(arbRecord(), { numRuns: 20, seed: SEED }))
  })

  it('without an anchor, the dates are drawn around a generated one', () => {
    const ons = new Set(fc.sample(arbMesStatus(), { numRuns: 2000, seed: SEED }).flatMap((s) => ('on' in s ? [s.on] : [])))
    expect(ons.size).toBeGreaterThan(50)
  })
})
