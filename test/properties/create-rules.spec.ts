// createRules (issue 13 item 2): every bound function equals the free one called with the same options.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allowedActions,
  canBlock,
  canClose,
  canConsult,
  canDelete,
  canFeed,
  canHideFromRepresentatives,
  canMakeInvisibleToPatient,
  canMakeVisibleToPatient,
  canMask,
  canModify,
  canRequireDoctorPresence,
  canShareProfile,
  canUnmask,
  canViewHistory,
  createRules,
  decide,
  isVisibleTo,
  recordView,
  visibleDocuments,
  DEFAULT_MATRIX,
  type Action,
  type AuthorizationMatrix,
  type Decision,
  type Options,
  type RequestFor,
  type Rules,
} from '../../src/index.js'
import { arbMatrix, arbRequest } from '../../src/testing/index.js'
import { ALL_ACTIONS } from './invariants.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 2_000 : 100

const arbOptions: fc.Arbitrary<Options | undefined> = fc.option(arbMatrix().map((matrix) => ({ matrix })), { nil: undefined })

type Named = { readonly [A in Action]: (r: RequestFor<A>, o?: Options) => Decision }
const FREE: Named = {
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
const BOUND = (rules: Rules): { readonly [A in Action]: (r: RequestFor<A>) => Decision } => ({
  consult: rules.canConsult,
  view: rules.isVisibleTo,
  mask: rules.canMask,
  unmask: rules.canUnmask,
  delete: rules.canDelete,
  feed: rules.canFeed,
  'make-visible-to-patient': rules.canMakeVisibleToPatient,
  'make-invisible-to-patient': rules.canMakeInvisibleToPatient,
  'view-history': rules.canViewHistory,
  block: rules.canBlock,
  'share-profile': rules.canShareProfile,
  modify: rules.canModify,
  close: rules.canClose,
  'hide-from-representatives': rules.canHideFromRepresentatives,
  'require-doctor-presence': rules.canRequireDoctorPresence,
})

// The request as the named function of its own action takes it (the types keep the action and the document).
const call = <A extends Action>(f: { readonly [K in Action]: (r: RequestFor<K>) => Decision }, action: A, r: unknown): Decision =>
  (f[action] as (r: unknown) => Decision)(r)

describe('createRules', () => {
  it.each(ALL_ACTIONS)('binds the named function of %s: it equals the free one with the same options', (action) => {
    fc.assert(
      fc.property(arbRequest({ action }), arbOptions, (request, options) => {
        const rules = createRules(options)
        const free = (r: unknown): Decision => (FREE[action] as (r: unknown, o?: Options) => Decision)(r, options)
        expect(call(BOUND(rules), action, request)).toEqual(free(request))
        expect(rules.decide(request)).toEqual(decide(request, options))
      }),
      { numRuns: RUNS },
    )
  })

  it('binds visibleDocuments, recordView and allowedActions: each equals the free one with the same options', () => {
    fc.assert(
      fc.property(arbRequest({ action: 'view' }), arbOptions, (request, options) => {
        const rules = createRules(options)
        expect(rules.visibleDocuments(request)).toEqual(visibleDocuments(request, options))
        expect(rules.recordView(request)).toEqual(recordView(request, options))
        expect(rules.allowedActions(request)).toEqual(allowedActions(request, options))
      }),
      { numRuns: RUNS },
    )
  })

  it('has a bound function for every named function and for decide, visibleDocuments, recordView, allowedActions', () => {
    const rules = createRules()
    expect(Object.keys(rules).sort()).toEqual(
      [
        'options',
        'decide',
        'canConsult',
        'isVisibleTo',
        'canMask',
        'canUnmask',
        'canDelete',
        'canFeed',
        'canMakeVisibleToPatient',
        'canMakeInvisibleToPatient',
        'canViewHistory',
        'canBlock',
        'canShareProfile',
        'canModify',
        'canClose',
        'canHideFromRepresentatives',
        'canRequireDoctorPresence',
        'visibleDocuments',
        'recordView',
        'allowedActions',
      ].sort(),
    )
    expect(Object.isFrozen(rules)).toBe(true)
  })

  it('keeps the options it was given: a later change to the caller\'s object does not reach the rules (R-AUTH-7)', () => {
    const options: { matrix: AuthorizationMatrix } = { matrix: DEFAULT_MATRIX }
    const rules = createRules(options)
    options.matrix = { version: 'empty', grants: [] }
    expect(rules.options.matrix).toBe(DEFAULT_MATRIX)
    expect(Object.isFrozen(rules.options)).toBe(true)
  })
})
