// Dates for humans (issue 13): the calendar day of an instant in Paris or another zone; pure and total.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isIsoDate, isoDateInParis, isoDateInZone } from '../../src/index.js'

describe('isoDateInParis / isoDateInZone', () => {
  it('gives the Paris day, not the UTC day, after midnight in Paris (summer and winter time)', () => {
    expect(isoDateInParis('2024-06-30T22:30:00Z')).toBe('2024-07-01') // 00:30 CEST
    expect(isoDateInParis('2024-06-30T21:59:59Z')).toBe('2024-06-30') // 23:59:59 CEST
    expect(isoDateInParis('2024-01-14T23:30:00Z')).toBe('2024-01-15') // 00:30 CET
    expect(isoDateInParis('2024-01-14T22:59:59Z')).toBe('2024-01-14')
    expect(isoDateInParis(new Date('2024-02-29T12:00:00Z'))).toBe('2024-02-29')
  })

  it('honours the offset of the timestamp', () => {
    expect(isoDateInParis('2024-07-01T00:30:00+02:00')).toBe('2024-07-01')
    expect(isoDateInParis('2024-06-30T20:30:00-04:00')).toBe('2024-07-01')
  })

  it('gives other zones their own day (overseas territories)', () => {
    expect(isoDateInZone('2024-06-30T23:30:00Z', 'America/Cayenne')).toBe('2024-06-30')
    expect(isoDateInZone('2024-06-30T20:30:00Z', 'Indian/Reunion')).toBe('2024-07-01')
  })

  it('is total: an invalid Date, an ambiguous timestamp or an unknown zone give undefined', () => {
    expect(isoDateInParis(new Date('nope'))).toBeUndefined()
    expect(isoDateInParis('2024-06-30')).toBeUndefined()
    expect(isoDateInParis('2024-06-30T10:00:00')).toBeUndefined()
    expect(isoDateInZone('2024-06-30T10:00:00Z', 'Mars/Olympus')).toBeUndefined()
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.date({ noInvalidDate: false })), fc.string(), (instant, zone) => {
        const d = isoDateInZone(instant, zone)
        expect(d === undefined || isIsoDate(d)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('is within a day of the UTC day, for any instant (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const paris = isoDateInParis(d)
        const utc = d.toISOString().slice(0, 10)
        expect(paris).toBeDefined()
        const gap = (Date.parse(`${paris}T00:00:00Z`) - Date.parse(`${utc}T00:00:00Z`)) / 86_400_000
        expect([0, 1]).toContain(gap)
      }),
      { numRuns: 1000 },
    )
  })
})
