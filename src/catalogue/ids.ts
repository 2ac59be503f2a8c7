// The rule ids of the catalogue (design/RULES.md) and its fail-closed assumptions.
import { deepFreeze } from '../domain/frozen.js'

/**
 * Every rule id of the catalogue, and the assumptions `A-…` the library applies where the sources are silent.
 *
 * @since 0.1.0
 */
export const RULE_IDS = [
  'R-ACTOR-1', 'R-ACTOR-2', 'R-ACTOR-3', 'R-ACTOR-4', 'R-ACTOR-5', 'R-ACTOR-6', 'R-ACTOR-7', 'R-ACTOR-8',
  'R-STATUS-1', 'R-STATUS-2', 'R-STATUS-3', 'R-STATUS-4', 'R-STATUS-5', 'R-STATUS-6', 'R-STATUS-7', 'R-STATUS-8', 'R-STATUS-9',
  'R-AUTH-1', 'R-AUTH-2', 'R-AUTH-3', 'R-AUTH-4', 'R-AUTH-5', 'R-AUTH-6', 'R-AUTH-7', 'R-AUTH-8',
  'R-CONSENT-1', 'R-CONSENT-2', 'R-CONSENT-3', 'R-CONSENT-4', 'R-CONSENT-5', 'R-CONSENT-6', 'R-CONSENT-7', 'R-CONSENT-8',
  'R-FEED-1', 'R-FEED-2', 'R-FEED-3', 'R-FEED-4', 'R-FEED-5',
  'R-MASK-1', 'R-MASK-2', 'R-MASK-3', 'R-MASK-4',
  'R-INVIS-1', 'R-INVIS-2', 'R-INVIS-3',
  'R-DEL-1', 'R-DEL-2',
  'R-MINOR-1', 'R-MINOR-2', 'R-MINOR-3', 'R-MINOR-4', 'R-MINOR-5', 'R-MINOR-6', 'R-MINOR-7', 'R-MINOR-8',
  'R-EMERG-1', 'R-EMERG-2', 'R-EMERG-3',
  'R-PATIENT-1', 'R-PATIENT-2', 'R-PATIENT-3', 'R-PATIENT-4',
  'R-REPORT-1',
  'A-1', 'A-2', 'A-3', 'A-4', 'A-6', 'A-7', 'A-8', 'A-9',
] as const
deepFreeze(RULE_IDS)

/**
 * A rule id of the catalogue, e.g. `'R-MASK-2'`.
 *
 * @since 0.1.0
 */
export type RuleId = (typeof RULE_IDS)[number]

/** @since 0.1.0 */
export const isRuleId = (u: unknown): u is RuleId => typeof u === 'string' && (RULE_IDS as ReadonlyArray<string>).includes(u)

/**
 * Orders rule ids by family then number (`R-AUTH-2` before `R-AUTH-10`), so output is deterministic.
 *
 * @since 0.1.0
 */
export const compareRuleIds = (a: string, b: string): number => {
  const ia = a.lastIndexOf('-')
  const ib = b.lastIndexOf('-')
  const fa = a.slice(0, ia)
  const fb = b.slice(0, ib)
  if (fa !== fb) return fa < fb ? -1 : 1
  return Number(a.slice(ia + 1)) - Number(b.slice(ib + 1))
}
