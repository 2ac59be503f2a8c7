// The policy of the action 'view': see one document.
import { visibilityRules } from '../rules/visibility.js'
import { isHealthProfessional } from '../rules/facts.js'
import { restrictTo, type Rule } from '../rules/rule.js'
import { consultationBeyondCommon, consultationRules } from './consult.js'
import type { Policy } from './policy.js'

/**
 * Policy of `view`: may the actor see this document? Every record-level rule of `consult` (evaluated
 * once per `visibleDocuments` call), then the document-scoped rules: the matrix (R-AUTH-7), the author
 * (R-AUTH-8), masking (R-MASK-2, R-EMERG-3), invisibility to the patient (R-INVIS-1, R-INVIS-3, A-2) and
 * documents hidden from the legal representatives (R-MINOR-5).
 *
 * So a document is visible only to an actor who may consult the record; a denial lists the record-level
 * and the document-level reasons together.
 *
 * @see R-AUTH-7, R-AUTH-8, R-MASK-2, R-EMERG-3, R-INVIS-1, R-INVIS-3, R-MINOR-5, A-2
 * @since 0.1.0
 */
export const viewPolicy: Policy = { rules: [...consultationRules, ...visibilityRules] }

/**
 * The rules that say whether a HEALTH professional may see the document (consultation and visibility), for the
 * actions that need it: `make-visible-to-patient` (R-INVIS-2 rev. 2) and `hide-from-representatives` (R-MINOR-5
 * rev. 2). Other actors are decided by those actions' own rules.
 *
 * @since 0.2.0
 */
export const healthProfessionalSeesDocument: ReadonlyArray<Rule> = [...consultationBeyondCommon, ...visibilityRules].map(
  restrictTo(isHealthProfessional),
)
