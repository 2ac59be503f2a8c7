// R-ACTOR-6 (rev. 2, new): after the holder's death, a request for the information heirs need.
import { combine } from '../decision/combine.js'
import type { Decision } from '../decision/decision.js'
import { deny, grant, type Outcome } from '../decision/outcome.js'
import { isIsoDate, isMinorAt, type IsoDate } from '../domain/dates.js'
import type { HealthRecord } from '../domain/types.js'
import { BASIS } from '../catalogue/basis.js'
import { isDeceasedAt } from '../rules/facts.js'
import { isRetained } from './retention.js'
import { deepFreeze } from '../domain/frozen.js'

/**
 * Who may request for a stated purpose (CSP L.1110-4 V): an heir (*ayant droit*), the concubin, the PACS partner.
 * Since 0.3.0 a holder of parental authority of a deceased minor requests too, without a purpose (`requester:
 * 'parent'`, R-ACTOR-6 rev. 3, {@link ParentPostMortemRequest}).
 *
 * @since 0.2.0
 */
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
 * A post-mortem request of an heir, the concubin or the PACS partner (R-ACTOR-6): who asks, for what, about which
 * record, at which date, and whether the holder opposed it before death.
 *
 * @since 0.3.0
 */
export interface RelativePostMortemRequest {
  readonly requester: PostMortemRequester
  readonly purpose: PostMortemPurpose
  readonly record: HealthRecord
  readonly at: IsoDate
  /** The holder expressed, before death, their opposition to this communication. Missing means `false`. */
  readonly deceasedOpposed?: boolean | undefined
}

/**
 * The request of a holder of parental authority of a deceased minor (R-ACTOR-6 rev. 3; CSP L.1110-4 V last al.,
 * L.1111-7): `requesterId` is a representative listed with role `parent` on the record (a `guardian` does not
 * qualify; a parent whose authority was withdrawn is not listed). No purpose is needed, and the minor's own
 * opposition (`deceasedOpposed`) does not bar them.
 *
 * @example
 * import type { ParentPostMortemRequest } from 'dmp-rules'
 * const ask = (r: ParentPostMortemRequest) => r.requesterId
 *
 * @since 0.3.0
 */
export interface ParentPostMortemRequest {
  readonly requester: 'parent'
  readonly requesterId: string
  readonly record: HealthRecord
  readonly at: IsoDate
  /** Not needed; read by nobody (the parents keep their access to all of the minor's information). */
  readonly purpose?: PostMortemPurpose | undefined
  /** The minor's opposition before death: it does not bar the holders of parental authority. */
  readonly deceasedOpposed?: boolean | undefined
}

/**
 * A post-mortem request (R-ACTOR-6): of an heir, the concubin or the PACS partner, stating its purpose; or, since
 * 0.3.0, of a parent of a deceased minor.
 *
 * @since 0.2.0
 */
export type PostMortemRequest = RelativePostMortemRequest | ParentPostMortemRequest

/** R-ACTOR-6 rev. 3: a parent listed on the record of a minor who died not emancipated. */
const parentOutcome = (r: ParentPostMortemRequest): Outcome | undefined => {
  const record = r.record
  const requesterId: unknown = r.requesterId
  const listed = record.legalRepresentatives.find((rep) => rep.id === requesterId)
  if (typeof requesterId !== 'string' || listed === undefined || listed.role !== 'parent') return deny('POST_MORTEM_PARENT_NOT_LISTED', ['NAME_THE_LISTED_PARENT'])
  const deceasedOn = record.patient.deceasedOn
  if (!isIsoDate(r.at) || deceasedOn === undefined || !isDeceasedAt(record, r.at)) return deny('POST_MORTEM_HOLDER_NOT_DECEASED')
  // A minor at death, not emancipated (an impossible date reads as not a minor: fail closed).
  if (isMinorAt(record.patient.birthDate, deceasedOn) !== true || record.patient.emancipated !== false)
    return deny('POST_MORTEM_PARENT_ONLY_FOR_MINOR')
  return undefined
}

const outcomeOf = (r: PostMortemRequest): Outcome => {
  if (r.requester === 'parent') {
    const refused = parentOutcome(r)
    if (refused !== undefined) return refused
    if (!isRetained(r.record, r.at)) return deny('POST_MORTEM_DATA_NO_LONGER_KEPT')
    return grant('POST_MORTEM_PARENT_OF_DECEASED_MINOR', ['WITHHOLD_DOCUMENTS_HIDDEN_FROM_REPRESENTATIVES'])
  }
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
 * R-ACTOR-6 (rev. 3) — the holders of parental authority of a minor who died not emancipated (`requester:
 * 'parent'`, `requesterId` a representative listed as `parent` on the record) keep their access to all of the
 * minor's information but the documents hidden from the representatives (R-MINOR-5): no purpose is needed, the
 * minor's opposition does not bar them; the allowance says the hidden documents are withheld.
 *
 * @example
 * import { canRequestPostMortemAccess } from 'dmp-rules'
 * const record = {
 *   patient: { birthDate: '1940-01-01', emancipated: false, protectedAdult: false, deceasedOn: '2024-05-01' },
 *   status: { kind: 'closed', on: '2024-05-01' },
 *   treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [],
 * } as const
 * canRequestPostMortemAccess({ requester: 'heir', purpose: 'causes-of-death', record, at: '2024-06-01' }).allowed // true
 * const child = {
 *   patient: { birthDate: '2012-01-01', emancipated: false, protectedAdult: false, deceasedOn: '2024-05-01' },
 *   status: { kind: 'closed', on: '2024-05-01' },
 *   treatingDoctorIds: [], blocks: [], authorizations: [], documents: [],
 *   legalRepresentatives: [{ id: 'mum', role: 'parent', doctorPresenceRequired: false }],
 * } as const
 * canRequestPostMortemAccess({ requester: 'parent', requesterId: 'mum', record: child, at: '2024-06-01' }).allowed // true
 *
 * @see R-ACTOR-6 (CSP L.1111-18 al. 6 and last al., L.1110-4 V, R.1111-7, L.1111-7), R-ACTOR-5
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
