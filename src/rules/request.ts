// Engine-level checks on the request itself: a decision is taken at an explicit, real date,
// on values the library knows. Anything else denies (fail closed), even if a caller bypassed the codecs.
import { deny, notApplicable } from '../decision/outcome.js'
import { compareDates, isIsoDate } from '../domain/dates.js'
import { MES_STATUS_KINDS } from '../domain/types.js'
import { recordRule, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const DENY_MALFORMED_REQUEST = deny('MALFORMED_REQUEST', ['FIX_THE_REQUEST'])

const KNOWN_ACTORS: ReadonlyArray<string> = ['patient', 'legal-representative', 'professional', 'third-party']

/**
 * every decision is taken at an explicit, possible date (`at`), never the clock; the birth date is
 * possible and not after `at`; the status and actor are of a known kind.
 *
 * @since 0.1.0
 */
export const wellFormedRequest: Rule = recordRule('A-6', ({ request }) => {
  const { at, record, actor } = request
  const ok =
    isIsoDate(at) &&
    isIsoDate(record.patient.birthDate) &&
    compareDates(record.patient.birthDate, at) <= 0 &&
    MES_STATUS_KINDS.includes(record.status.kind) &&
    KNOWN_ACTORS.includes(actor.kind)
  return ok ? notApplicable : DENY_MALFORMED_REQUEST
})
