// dmp-rules/testing — post-mortem requests (R-ACTOR-6): relatives with a purpose, parents of a deceased minor.
import * as fc from 'fast-check'
import { addDays, addMonths } from '../domain/dates.js'
import { POST_MORTEM_PURPOSES, POST_MORTEM_REQUESTERS, type PostMortemRequest } from '../lifecycle/post-mortem.js'
import { arbAt } from './dates.js'
import { SAMPLE_IDS, arbId, often } from './pools.js'
import { recordAround } from './record.js'

// -------------------------------------------------------------------------------------
// post-mortem requests (R-ACTOR-6)
// -------------------------------------------------------------------------------------

/**
 * A post-mortem request (R-ACTOR-6): of an heir, the concubin or the PACS partner with a purpose, or (since 0.3.0,
 * R-ACTOR-6 rev. 3) of a parent of the deceased, `requesterId` usually a representative the record lists (often as
 * `parent`, sometimes as `guardian`, sometimes unlisted). The record's holder is often deceased, often a minor at
 * death; the holder's opposition is present or absent.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbPostMortemRequest } from 'dmp-rules/testing'
 * import { canRequestPostMortemAccess } from 'dmp-rules'
 * fc.assert(fc.property(arbPostMortemRequest(), (r) => typeof canRequestPostMortemAccess(r).allowed === 'boolean'))
 *
 * @since 0.3.0
 */
export const arbPostMortemRequest = (): fc.Arbitrary<PostMortemRequest> =>
  fc
    .record({
      at: arbAt,
      record: recordAround,
      relative: fc.constantFrom(...POST_MORTEM_REQUESTERS),
      purpose: fc.constantFrom(...POST_MORTEM_PURPOSES),
      deceasedOpposed: fc.option(fc.boolean(), { nil: undefined }),
      asParent: often(1, 1),
      diedMinor: often(1, 1),
      listed: fc.constantFrom('parent' as const, 'guardian' as const, 'unlisted' as const),
      requesterId: arbId(SAMPLE_IDS.representatives),
      diedDaysAgo: fc.integer({ min: 0, max: 400 }),
      ageAtDeath: fc.integer({ min: 0, max: 17 }),
    })
    .map((g): PostMortemRequest => {
      let record = g.record(g.at)
      // Often a holder who died before `at` — a minor at death, not emancipated, for the parents' request.
      if (g.diedMinor) {
        const deceasedOn = addDays(g.at, -g.diedDaysAgo) ?? g.at
        const birthDate = addDays(addMonths(deceasedOn, -12 * g.ageAtDeath) ?? deceasedOn, -1) ?? deceasedOn
        record = { ...record, patient: { birthDate, emancipated: false, protectedAdult: false, deceasedOn } }
      }
      const common = g.deceasedOpposed === undefined ? { record, at: g.at } : { record, at: g.at, deceasedOpposed: g.deceasedOpposed }
      if (!g.asParent) return { ...common, requester: g.relative, purpose: g.purpose }
      if (g.listed !== 'unlisted' && !record.legalRepresentatives.some((r) => r.id === g.requesterId))
        record = { ...record, legalRepresentatives: [...record.legalRepresentatives, { id: g.requesterId, role: g.listed, doctorPresenceRequired: false }] }
      return { ...common, record, requester: 'parent', requesterId: g.requesterId }
    })
