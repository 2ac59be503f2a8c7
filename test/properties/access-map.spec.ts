// accessMap (issue 15 item 1): every cell is decide's view for that actor and document, every row's record
// decision decide's consult.
import * as fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { accessMap, decide, type MapActor, type Options } from '../../src/index.js'
import { arbMatrix, arbRecord, arbRequest } from '../../src/testing/index.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 2_000 : 150

const arbOptions: fc.Arbitrary<Options | undefined> = fc.option(arbMatrix().map((matrix) => ({ matrix })), { nil: undefined })

// Actors with their request context, taken from generated requests (the record of the first one is the map's;
// arbRecord adds records that none of the actors is related to).
const arbCase = fc.record({
  requests: fc.array(arbRequest({ action: ['consult', 'view'] }), { minLength: 1, maxLength: 4 }),
  other: arbRecord(),
  useOther: fc.boolean(),
  options: arbOptions,
})

const actorsOf = (requests: ReadonlyArray<Parameters<typeof decide>[0]>): ReadonlyArray<MapActor> =>
  requests.map(({ action: _a, document: _d, record: _r, at: _at, ...context }, i) => ({ label: `actor ${i}`, ...context }))

describe('accessMap', () => {
  it('gives each row decide\'s consult and each cell decide\'s view, in record order (R-AUTH-7, R-MASK-2)', () => {
    fc.assert(
      fc.property(arbCase, ({ requests, other, useOther, options }) => {
        const first = requests[0] as (typeof requests)[0]
        const record = useOther ? other : first.record
        const actors = actorsOf(requests)
        const map = accessMap(record, actors, first.at, options)
        expect(map.documents).toEqual(record.documents)
        expect(map.rows.map((r) => r.label)).toEqual(actors.map((a) => a.label))
        map.rows.forEach((row, i) => {
          const { label: _l, ...context } = actors[i] as MapActor
          const base = { ...context, record, at: first.at }
          const consult = decide({ ...base, action: 'consult' }, options)
          if (!isDeepStrictEqual(row.consult, consult)) expect(row.consult).toEqual(consult)
          expect(row.documents).toHaveLength(record.documents.length)
          record.documents.forEach((document, j) => {
            const view = decide({ ...base, action: 'view', document }, options)
            if (!isDeepStrictEqual(row.documents[j], view)) expect(row.documents[j]).toEqual(view)
          })
        })
      }),
      { numRuns: RUNS },
    )
  })

  it('has no row for no actor, and no column for a record without documents', () => {
    const request = fc.sample(arbRequest({ action: 'consult' }), { numRuns: 1, seed: 15 })[0] as Parameters<typeof decide>[0]
    expect(accessMap(request.record, [], request.at).rows).toEqual([])
    const empty = { ...request.record, documents: [] }
    const map = accessMap(empty, actorsOf([request]), request.at)
    expect(map.rows[0]?.documents).toEqual([])
    expect(map.rows[0]?.consult).toEqual(decide({ ...request, record: empty, action: 'consult' }))
  })
})
