// A policy is the list of rules that decide one action: readable in one screen, in catalogue order.
import { actorRules } from '../rules/actors.js'
import { knownAccessMode } from '../rules/emergency.js'
import { emancipationFrom16, indirectAuthenticationNamesEstablishment } from '../rules/integrity.js'
import { protectionMeasureKnown } from '../rules/representation.js'
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
 * (R-ACTOR-1..5, a known profession), the status of the space (R-STATUS-1..5, 9), a known access mode
 * (R-EMERG-1), indirect authentication that names its establishment (R-AUTH-1), no emancipation before 16
 * (R-MINOR-3) and a protected adult's measure stated (R-MINOR-8).
 *
 * Document actions other than `feed` are also decided on the record's copy of their document: the engine
 * applies it (src/engine/, `claimedCopyOutcome`) before any document rule runs.
 *
 * @since 0.1.0
 */
export const commonRules: ReadonlyArray<Rule> = [
  wellFormedRequest,
  ...actorRules,
  ...statusRules,
  knownAccessMode,
  indirectAuthenticationNamesEstablishment,
  emancipationFrom16,
  protectionMeasureKnown,
]
