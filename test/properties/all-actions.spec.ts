// The invariants of test/properties/invariants.ts, applied to every action on generated requests,
// with the default matrix and with generated matrices.
import * as fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  canBlock,
  canClose,
  canHideFromRepresentatives,
  canModify,
  canRequireDoctorPresence,
  canConsult,
  canDelete,
  canFeed,
  canMakeInvisibleToPatient,
  canMakeVisibleToPatient,
  canMask,
  canShareProfile,
  canUnmask,
  canViewHistory,
  decide,
  isVisibleTo,
  visibleDocuments,
  type Action,
  type Decision,
  type Options,
  type RequestFor,
} from '../../src/index.js'
import { arbMatrix, arbRequest } from '../../src/testing/index.js'
import { ALL_ACTIONS, checkDecisionInvariants, checkDenyOverrides, checkFailsClosed } from './invariants.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 5_000 : 300

const arbOptions: fc.Arbitrary<Options | undefined> = fc.option(arbMatrix().map((matrix) => ({ matrix })), { nil: undefined })

const NAMED: { readonly [A in Action]: (r: RequestFor<A>, o?: Options) => Decision } = {
  consult: canConsult,
  view: isVisibleTo,
  mask: canMask,
  unmask: canUnmask,
  delete: canDelete,
  feed: canFeed,
  'make-visible-to-patient': canMakeVisibleToPatient,
  'make-invisible-to-patient': canMakeInvisibleToPatient,
  'view-history': canViewHistory,
  block: canBlock,
  'share-profile': canShareProfile,
  modify: canModify,
  close: canClose,
  'hide-from-representatives': canHideFromRepresentatives,
  'require-doctor-presence': canRequireDoctorPresence,
}

describe.each(ALL_ACTIONS)('invariants of %s', (action) => {
  it('is total, deterministic, never mutates its (deep-frozen) inputs, and gives well-formed, sorted reasons (A-6)', () => {
    fc.assert(
      fc.property(arbRequest({ action }), arbOptions, (request, options) => {
        checkDecisionInvariants(request, options)
      }),
      { numRuns: RUNS },
    )
  })

  it('fails closed on an unknown action, actor kind, third party, profession, authentication, status, access mode or a missing document (A-6, R-ACTOR-3)', () => {
    fc.assert(
      fc.property(arbRequest({ action }), arbOptions, (request, options) => {
        checkFailsClosed(request, options)
      }),
      { numRuns: RUNS },
    )
  })

  it('lets a closed or deleted record and an excluded third party deny whatever else holds (R-STATUS-3, R-STATUS-4, R-ACTOR-1)', () => {
    fc.assert(
      fc.property(arbRequest({ action }), arbOptions, (request, options) => {
        checkDenyOverrides(request, options)
      }),
      { numRuns: RUNS },
    )
  })

  it('answers the same through its named function, whatever action a plain-JS caller leaves in the request (A-6)', () => {
    // The types refuse another action (test/api/types.spec.ts); at run time the function's own action decides.
    const untyped = NAMED[action] as (r: unknown, o?: Options) => Decision
    fc.assert(
      fc.property(arbRequest({ action }), fc.constantFrom(...ALL_ACTIONS), arbOptions, (request, other, options) => {
        const expected = decide(request, options)
        const viaNamed = untyped({ ...request, action: other }, options)
        expect(viaNamed).toEqual(expected)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('visibleDocuments', () => {
  it('agrees with decide on view for every document of the record, in record order (R-AUTH-7)', () => {
    fc.assert(
      fc.property(arbRequest({ action: 'view' }), arbOptions, (request, options) => {
        const listed = visibleDocuments(request, options)
        expect(listed.map((x) => x.document)).toEqual(request.record.documents)
        for (const { document, decision } of listed) {
          const one = decide({ ...request, action: 'view', document }, options)
          if (!isDeepStrictEqual(decision, one)) expect(decision).toEqual(one)
        }
      }),
      { numRuns: RUNS },
    )
  })
})
