// R-ACTOR-6 (rev. 2, new): after the holder's death, a request for the information heirs need.
import { combine } from '../decision/combine.js'
import type { Decision } from '../decision/decision.js'
import { deny, grant, type Outcome } from '../decision/outcome.js'
import { isIsoDate, type IsoDate } from '../domain/dates.js'
import type { HealthRecord } from '../domain/types.js'
import { BASIS } from '../rules/basis.js'
import { isDeceasedAt } from '../rules/facts.js'
import { isRetained } from './retention.js'
import { deepFreeze } from '../domain/frozen.js'

/** Who may request (CSP L.1110-4 V): an heir (*ayant droit*), the concubin, the PACS partner. @since 0.2.0 */
export type PostMortemRequester = 'heir' | 'concubin' | 'pacs-partner'
/** @since 0.2.0 */
export const POST_MORTEM_REQUESTERS: ReadonlyArray<PostMortemRequester> = ['heir', 'concubin', 'pacs-partner']
deepFreeze(POST_MORTEM_REQUESTERS)

/**
 * What the information is for (CSP L.1110-4 V): to know the causes of death, to defend the deceased's memory, or
 * to assert the requester's rights.
 *
 * @since 0.2.0
 */
export type PostMortemPurpose = 'causes-of-death' | 'defend-memory' | 'assert-rights'
/** @since 0.2.0 */
export const POST_MORTEM_PURPOSES: ReadonlyArray<PostMortemPurpose> = ['causes-of-death', 'defend-memory', 'assert-rights']
deepFreeze(POST_MORTEM_PURPOSES)

/**
 * A post-mortem request (R-ACTOR-6): who asks, for what, about which record, at which date, and whether the holder
 * opposed it before death.
 *
 * @since 0.2.0
 */
export interface PostMortemRequest {
  readonly requester: PostMortemRequester
  readonly purpose: PostMortemPurpose
  readonly record: HealthRecord
  readonly at: IsoDate
  /** The holder expressed, before death, their opposition to this communication. Missing means `false`. */
  readonly deceasedOpposed?: boolean
}

const outcomeOf = (r: PostMortemRequest): Outcome => {
  if (!POST_MORTEM_REQUESTERS.includes(r.requester)) return deny('POST_MORTEM_REQUESTER_UNKNOWN')
  if (!POST_MORTEM_PURPOSES.includes(r.purpose)) return deny('POST_MORTEM_PURPOSE_REQUIRED', ['STATE_POST_MORTEM_PURPOSE'])
  if (!isIsoDate(r.at) || r.record.patient.deceasedOn === undefined || !isDeceasedAt(r.record, r.at))
    return deny('POST_MORTEM_HOLDER_NOT_DECEASED')
  if (r.deceasedOpposed === true) return deny('POST_MORTEM_OPPOSED_BY_DECEASED')
  // Nothing left to give once the data are deleted or their retention has ended (R-STATUS-4, R-STATUS-8).
  if (!isRetained(r.record, r.at)) return deny('POST_MORTEM_DATA_NO_LONGER_KEPT')
  return grant('POST_MORTEM_INFORMATION_FOR_PURPOSE', ['COMMUNICATE_ONLY_WHAT_PURPOSE_NEEDS', 'REQUEST_THROUGH_HEALTH_INSURANCE_FUND'])
}

/**
 * R-ACTOR-6 (rev. 2) — after the holder's death, an heir, the concubin or the PACS partner may REQUEST the
 * information of the record they need to know the causes of death, defend the deceased's memory or assert their
 * rights — not the whole record, and never the space itself (they never consult it, R-ACTOR-5) — unless the holder
 * opposed it before death. Allowed decisions carry the obligations: communicate only what the stated purpose needs,
 * through the health-insurance fund. Pure and total: anything unknown or missing denies.
 *
 * @example
 * import { canRequestPostMortemAccess } from 'dmp-rules'
 * const record = {
 *   patient: { birthDate: '1940-01-01', emancipated: false, protectedAdult: false, deceasedOn: '2024-05-01' },
 *   status: { kind: 'closed', on: '2024-05-01' },
 *   treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 * } as const
 * canRequestPostMortemAccess({ requester: 'heir', purpose: 'causes-of-death', record, at: '2024-06-01' }).allowed // true
 *
 * @see R-ACTOR-6 (CSP L.1111-18 al. 6, L.1110-4 V, R.1111-7), R-ACTOR-5
 * @since 0.2.0
 */
export const canRequestPostMortemAccess = (request: PostMortemRequest): Decision => {
  let outcome: Outcome
  try {
    outcome = outcomeOf(request)
  } catch {
    // INVARIANT: unreachable for values of the declared types; a malformed value fails closed.
    outcome = deny('MALFORMED_REQUEST', ['FIX_THE_REQUEST'])
  }
  return combine([{ rule: 'R-ACTOR-6', basis: BASIS['R-ACTOR-6'], outcome }])
}
