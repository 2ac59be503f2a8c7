// A policy is the list of rules that decide one action: readable in one screen, in catalogue order.
import { actorRules } from '../rules/actors.js'
import { knownAccessMode } from '../rules/emergency.js'
import { wellFormedRequest } from '../rules/request.js'
import type { Rule } from '../rules/rule.js'
import { statusRules } from '../rules/status.js'

/**
 * The rules of one action. Record-scoped rules run once per request (once per `visibleDocuments`
 * call); document-scoped rules once per document.
 *
 * @since 0.1.0
 */
export interface Policy {
  readonly rules: ReadonlyArray<Rule>
}

/**
 * The rules every action starts with: a well-formed request, who may ever touch the record
 * (R-ACTOR-1..5, a known profession), the status of the space (R-STATUS-1..5, 9) and a known access mode
 * (R-EMERG-1).
 *
 * @since 0.1.0
 */
export const commonRules: ReadonlyArray<Rule> = [wellFormedRequest, ...actorRules, ...statusRules, knownAccessMode]
