import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isKnownTypeCode } from '../../src/matrix/structure.js'
import { FEEDING_OBLIGATIONS, mustBeFed, responsibleForSubmission, usageDiscrepancy } from '../../src/reporting/index.js'

const runs = process.env['DMP_RULES_DEEP'] ? 20_000 : 500

describe('mustBeFed (R-FEED-4)', () => {
  it('lists only type codes of JDV_J07, each line sourced', () => {
    for (const o of FEEDING_OBLIGATIONS) {
      for (const t of o.typeCodes) expect([t, isKnownTypeCode(t)]).toEqual([t, true])
      expect(o.source).toContain('26 avril 2022')
    }
  })

  it('makes biology reports mandatory from 2022-12-31, not the day before', () => {
    expect(mustBeFed('11502-2', { at: '2022-12-30' }).mandatory).toBe(false)
    expect(mustBeFed('11502-2', { at: '2022-12-31' }).mandatory).toBe(true)
  })

  it('makes operative reports mandatory from 2023-12-31, not the day before', () => {
    expect(mustBeFed('34874-8', { at: '2023-12-30' }).mandatory).toBe(false)
    const r = mustBeFed('34874-8', { at: '2023-12-31' })
    expect(r.mandatory).toBe(true)
    expect(r.rule).toBe('R-FEED-4')
    expect(r.obligations.map((o) => o.from)).toEqual(['2023-12-31'])
  })

  it('leaves out documents produced during a hospital stay where the annex does, not the operative report', () => {
    expect(mustBeFed('18748-4', { at: '2024-01-01', hospitalStay: true }).mandatory).toBe(false)
    expect(mustBeFed('18748-4', { at: '2024-01-01', hospitalStay: false }).mandatory).toBe(true)
    expect(mustBeFed('34874-8', { at: '2024-01-01', hospitalStay: true }).mandatory).toBe(true)
  })

  it('does not make unlisted types mandatory', () => {
    expect(mustBeFed('11488-4', { at: '2025-01-01' })).toEqual({ mandatory: false, rule: 'R-FEED-4', obligations: [] })
    expect(mustBeFed('', {}).mandatory).toBe(false)
  })

  it('never hides an obligation when the date is missing or malformed (fail closed, property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FEEDING_OBLIGATIONS.flatMap((o) => o.typeCodes)), fc.constantFrom(undefined, '2020-02-30', 'yesterday'), (t, at) => {
        expect(mustBeFed(t, at === undefined ? {} : { at }).mandatory).toBe(true)
      }),
      { numRuns: 50 },
    )
  })
})

describe('responsibleForSubmission (R-FEED-5)', () => {
  it('names the structure that produced the report, not the one that ordered the exam', () => {
    const r = responsibleForSubmission({ producer: 'lab-B', orderedBy: 'hospital-A' })
    expect(r?.structure).toBe('lab-B')
    expect(r?.reason).toMatchObject({ code: 'PRODUCER_SENDS_REPORT', rule: 'R-FEED-5' })
    expect(r?.reason.message.fr.length).toBeGreaterThan(0)
  })

  it('names the originating laboratory for a subcontracted analysis', () => {
    const r = responsibleForSubmission({ producer: 'lab-special', subcontractedBy: 'lab-B', orderedBy: 'hospital-A' })
    expect(r?.structure).toBe('lab-B')
    expect(r?.reason.code).toBe('ORIGINATING_LABORATORY_SENDS_REPORT')
  })

  it('names nobody for a malformed production (fail closed)', () => {
    expect(responsibleForSubmission({ producer: '' })).toBeUndefined()
    expect(responsibleForSubmission({ producer: 'lab', subcontractedBy: ' ' })).toBeUndefined()
    expect(responsibleForSubmission(null as never)).toBeUndefined()
  })
})

describe('usageDiscrepancy (R-REPORT-1)', () => {
  it('does not flag a gap of exactly 5 %, and flags one just above, both ways', () => {
    expect(usageDiscrepancy({ measured: 1000, declared: 1050 })).toEqual({ flagged: false, gap: 0.05, rule: 'R-REPORT-1' })
    expect(usageDiscrepancy({ measured: 1000, declared: 950 }).flagged).toBe(false)
    expect(usageDiscrepancy({ measured: 1000, declared: 1051 }).flagged).toBe(true)
    expect(usageDiscrepancy({ measured: 1000, declared: 949 }).flagged).toBe(true)
    expect(usageDiscrepancy({ measured: 20, declared: 21 }).flagged).toBe(false)
    expect(usageDiscrepancy({ measured: 20, declared: 22 }).flagged).toBe(true)
  })

  it('handles a zero measured figure', () => {
    expect(usageDiscrepancy({ measured: 0, declared: 0 })).toEqual({ flagged: false, gap: 0, rule: 'R-REPORT-1' })
    expect(usageDiscrepancy({ measured: 0, declared: 1 })).toEqual({ flagged: true, gap: Infinity, rule: 'R-REPORT-1' })
  })

  it('flags unusable figures (fail closed)', () => {
    for (const [measured, declared] of [[-1, 10], [10, NaN], [Infinity, 1], [10, -0.5]])
      expect(usageDiscrepancy({ measured: measured!, declared: declared! })).toEqual({ flagged: true, invalid: true, rule: 'R-REPORT-1' })
  })

  it('flags exactly when 100 × gap exceeds 5 for whole counts (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 }), (measured, declared) => {
        const r = usageDiscrepancy({ measured, declared })
        // Integer arithmetic: 100 × |d − m| > 5 × m.
        expect(r.flagged).toBe(100 * Math.abs(declared - measured) > 5 * measured)
      }),
      { numRuns: runs },
    )
  })
})
