// checkConnection: may this software connect to the DMP this way, at this date — and why.
import { combine, denyWith, type RuledOutcome } from '../decision/combine.js'
import type { Decision } from '../decision/decision.js'
import { isIsoDate } from '../domain/dates.js'
import { BASIS } from '../catalogue/basis.js'
import { CONNECTION_RULES } from './rules.js'
import type { ConnectionCheck } from './types.js'

const checkUnsafe = (check: ConnectionCheck): Decision => {
  if (typeof check !== 'object' || check === null || !isIsoDate(check.at)) return denyWith('A-6', BASIS['A-6'], 'MALFORMED_REQUEST', ['FIX_THE_REQUEST'])
  const outcomes: Array<RuledOutcome> = []
  for (const rule of CONNECTION_RULES)
    for (const outcome of rule.evaluate(check)) outcomes.push({ rule: rule.id, basis: rule.basis, outcome })
  return combine(outcomes)
}

/**
 * Checks a connection to the DMP (R-AUTH-2..4) and says why: the card or certificate matches the
 * environment (R-AUTH-3); a server certificate is bound to the structure's current FINESS or SIRET, listed
 * in the national directory (R-AUTH-2); a health establishment's certificate is held at the level its kind
 * and the date allow, with the emitting site's geographic FINESS in the metadata, and never shared by
 * several geographic sites (R-AUTH-4). Every failing condition is listed. Pure and total: anything unknown
 * or missing refuses; a malformed `at` refuses with A-6.
 *
 * @example
 * import { checkConnection } from 'dmp-rules/interop'
 * const d = checkConnection({
 *   at: '2024-03-01',
 *   environment: 'test',
 *   credential: { kind: 'card', environment: 'production' },
 *   structure: { kind: 'other', inDirectory: true },
 * })
 * // d.allowed === false; d.reasons[0].code === 'PRODUCTION_CREDENTIAL_ON_TEST'
 *
 * @see R-AUTH-2, R-AUTH-3, R-AUTH-4
 * @since 0.1.0
 */
export const checkConnection = (check: ConnectionCheck): Decision => {
  try {
    return checkUnsafe(check)
  } catch {
    // INVARIANT: unreachable for values of the declared types; a malformed value fails closed.
    return denyWith('A-6', BASIS['A-6'], 'MALFORMED_REQUEST', ['FIX_THE_REQUEST'])
  }
}
