// §2 of the catalogue: the status of the space (R-STATUS-1..5, R-STATUS-9) as it affects decisions.
// Exactly one of R-STATUS-1..5 speaks for a known status; the patient's side (the holder and whoever
// acts as the holder) and the professionals are treated apart. Third parties: not applicable (R-ACTOR denies them).
import { deny, grant, notApplicable } from '../decision/outcome.js'
import { compareDates, isIsoDate } from '../domain/dates.js'
import type { Actor } from '../domain/types.js'
import { isDeceasedAt, refusalGraceEnds } from './facts.js'
import { recordRule, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const GRANT_MES_ACTIVE = grant('MES_ACTIVE')
const DENY_MES_DEACTIVATED = deny('MES_DEACTIVATED', ['REACTIVATE_MES'])
const GRANT_MES_DEACTIVATED_PROFESSIONALS_CONTINUE = grant('MES_DEACTIVATED_PROFESSIONALS_CONTINUE')
const DENY_MES_CLOSED = deny('MES_CLOSED')
const DENY_MES_DELETED = deny('MES_DELETED')
const DENY_MES_REFUSED_NO_PROFESSIONAL_ACCESS = deny('MES_REFUSED_NO_PROFESSIONAL_ACCESS', ['OPEN_MES'])
const GRANT_MES_REFUSED_GRACE_YEAR = grant('MES_REFUSED_GRACE_YEAR')
const DENY_MES_REFUSED_GRACE_OVER = deny('MES_REFUSED_GRACE_OVER', ['OPEN_MES'])
const DENY_HOLDER_DECEASED = deny('HOLDER_DECEASED')

const patientSide = (a: Actor): boolean => a.kind === 'patient' || a.kind === 'legal-representative'

/**
 * R-STATUS-1 — an active space: normal rules apply (with or without an online account).
 *
 * @since 0.1.0
 */
export const statusActive: Rule = recordRule('R-STATUS-1', ({ request: { record, actor } }) =>
  record.status.kind === 'active' && actor.kind !== 'third-party' ? GRANT_MES_ACTIVE : notApplicable,
)

/**
 * R-STATUS-2 — a deactivated space: the patient's side loses access; professionals still feed and consult. Since
 * 0.3.0 it no longer speaks to the patient's side closing the space (R-PATIENT-4 rev. 3: closing at any time).
 *
 * @since 0.1.0
 */
export const statusDeactivated: Rule = recordRule('R-STATUS-2', ({ request: { record, actor, action } }) => {
  if (record.status.kind !== 'deactivated' || actor.kind === 'third-party') return notApplicable
  if (!patientSide(actor)) return GRANT_MES_DEACTIVATED_PROFESSIONALS_CONTINUE
  // R-PATIENT-4 rev. 3: closing is possible at any time, a deactivated space included (R-PATIENT-4 decides it).
  return action === 'close' ? notApplicable : DENY_MES_DEACTIVATED
})

/**
 * R-STATUS-3 — a closed space: nobody consults or feeds; data are retained.
 *
 * @since 0.1.0
 */
export const statusClosed: Rule = recordRule('R-STATUS-3', ({ request: { record } }) =>
  record.status.kind === 'closed' ? DENY_MES_CLOSED : notApplicable,
)

/**
 * R-STATUS-4 — a deleted space: nobody consults or feeds; data are gone.
 *
 * @since 0.1.0
 */
export const statusDeleted: Rule = recordRule('R-STATUS-4', ({ request: { record } }) =>
  record.status.kind === 'deleted' ? DENY_MES_DELETED : notApplicable,
)

/**
 * R-STATUS-5 — the person refused MES: the holder's side keeps access to the migrated DMP for one year
 * after the refusal, then loses it unless MES is opened. The year is counted as French law counts delays
 * (as R-STATUS-6 and R-STATUS-8 are): it runs through the first anniversary of the refusal, inclusive;
 * access ends the day after. Professionals: the sources are silent, so they are denied (fail closed).
 *
 * @since 0.1.0
 */
export const statusRefused: Rule = recordRule('R-STATUS-5', ({ request: { record, actor, at } }) => {
  const status = record.status
  if (status.kind !== 'refused' || actor.kind === 'third-party') return notApplicable
  if (!patientSide(actor)) return DENY_MES_REFUSED_NO_PROFESSIONAL_ACCESS
  const ends = refusalGraceEnds(status.on)
  return ends !== undefined && isIsoDate(at) && compareDates(at, ends) <= 0
    ? GRANT_MES_REFUSED_GRACE_YEAR
    : DENY_MES_REFUSED_GRACE_OVER
})

/**
 * R-STATUS-9 — after the holder's death the space is closed: nobody acts on it any more, even before the
 * closure is recorded (fail closed).
 *
 * @since 0.1.0
 */
export const holderDeceased: Rule = recordRule('R-STATUS-9', ({ request: { record, at } }) =>
  isDeceasedAt(record, at) ? DENY_HOLDER_DECEASED : notApplicable,
)

/**
 * The status rules, for every action.
 *
 * @since 0.1.0
 */
export const statusRules: ReadonlyArray<Rule> = [
  statusActive,
  statusDeactivated,
  statusClosed,
  statusDeleted,
  statusRefused,
  holderDeceased,
]
