// Who sees one document (the `view` action), on top of the consultation rules: the authorisation matrix
// (R-AUTH-7), the author (R-AUTH-8), masking from professionals (R-MASK-2) and in an emergency (R-EMERG-3),
// invisibility to the patient (R-INVIS-1, R-INVIS-3, A-2) and documents hidden from the legal
// representatives (R-MINOR-5). Every rule here is document-scoped: it reads `ctx.document` only.
// INVARIANT: these rules never grant an actor the consultation rules deny (deny overrides grant); their
// grants only name why a document is visible.
import { deny, grant, notApplicable, oblige } from '../decision/outcome.js'
import type { Actor } from '../domain/types.js'
import { accessModeOf, emergencyRuleGrants, isEmergencyMode } from './emergency.js'
import { emergencySettings, invisibilityLapsedAt, isAuthor, isTreatingDoctor, ofAuthorsEstablishment } from './facts.js'
import { documentRule, type DocumentContext, type Rule } from './rule.js'

// The outcomes of this file's rules, built once (src/decision/outcome.ts: outcomes are frozen constants).
const GRANT_MATRIX_GRANTS_DOCUMENT_TYPE = grant('MATRIX_GRANTS_DOCUMENT_TYPE')
const DENY_MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE = deny('MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE', ['ASK_AUTHOR_OR_PATIENT_TO_SHARE'])
const DENY_MATRIX_DOES_NOT_GRANT_OCCUPATIONAL_DOCTOR = deny('MATRIX_DOES_NOT_GRANT_OCCUPATIONAL_DOCTOR', ['USE_MATRIX_GRANTING_OCCUPATIONAL_DOCTORS'])
const GRANT_AUTHOR_SEES_DOCUMENT = grant('AUTHOR_SEES_DOCUMENT')
const GRANT_MASKED_VISIBLE_TO_AUTHOR = grant('MASKED_VISIBLE_TO_AUTHOR')
const GRANT_MASKED_VISIBLE_TO_TREATING_DOCTOR = grant('MASKED_VISIBLE_TO_TREATING_DOCTOR')
const GRANT_MASKED_VISIBLE_TO_PLACING_ESTABLISHMENT = grant('MASKED_VISIBLE_TO_PLACING_ESTABLISHMENT')
const DENY_DOCUMENT_MASKED_FROM_PROFESSIONALS = deny('DOCUMENT_MASKED_FROM_PROFESSIONALS', ['ASK_PATIENT_TO_UNMASK'])
const GRANT_MASKED_SHOWN_IN_EMERGENCY = grant('MASKED_SHOWN_IN_EMERGENCY')
const DENY_MASKED_REFUSED_IN_EMERGENCY = deny('MASKED_REFUSED_IN_EMERGENCY', ['ASK_PATIENT_TO_UNMASK'])
const GRANT_VISIBLE_TO_PROFESSIONALS_THOUGH_INVISIBLE_TO_PATIENT = grant('VISIBLE_TO_PROFESSIONALS_THOUGH_INVISIBLE_TO_PATIENT')
const DENY_DOCUMENT_INVISIBLE_TO_PATIENT = deny('DOCUMENT_INVISIBLE_TO_PATIENT', ['ASK_PROFESSIONAL_TO_MAKE_VISIBLE', 'WAIT_FOR_AUTOMATIC_VISIBILITY'])
const GRANT_INVISIBILITY_LAPSED = grant('INVISIBILITY_LAPSED')
const DENY_INVISIBLE_TO_PATIENT_SO_TO_REPRESENTATIVES = deny('INVISIBLE_TO_PATIENT_SO_TO_REPRESENTATIVES', ['ASK_PROFESSIONAL_TO_MAKE_VISIBLE', 'WAIT_FOR_AUTOMATIC_VISIBILITY'])
const DENY_HIDDEN_FROM_LEGAL_REPRESENTATIVES = deny('HIDDEN_FROM_LEGAL_REPRESENTATIVES')
const OBLIGE_SHOW_HIDDEN_FROM_REPRESENTATIVES_NOTICE = oblige(['SHOW_HIDDEN_FROM_REPRESENTATIVES_NOTICE'])

// -------------------------------------------------------------------------------------
// facts
// -------------------------------------------------------------------------------------

/** A restrictive flag counts as set unless it is `false` (fail closed on a value outside the type). */
const flagged = (b: boolean): boolean => b !== false

/**
 * Is a masked document shown to this actor by the emergency setting (R-EMERG-3 rev. 3)? Only when an emergency
 * rule granted the access (R-EMERG-1 break-glass, R-EMERG-2 the regulating doctor: not a request decided in the
 * normal mode's terms, nor one the mode is not for) and the patient has not refused that masked documents be
 * shown in an emergency. A declared mode never widens anything by itself.
 */
const emergencyShowsMasked = ({ request }: DocumentContext): boolean =>
  emergencyRuleGrants(request) && emergencySettings(request.record).maskedDocuments === true

/** Would R-MASK-2 let this actor see the document although masked: its author or a declared treating doctor? */
const maskExempt = ({ request: { actor, record }, document }: DocumentContext): boolean =>
  isAuthor(document, actor) || isTreatingDoctor(record, actor) || ofAuthorsEstablishment(document, actor)

const isProfessional = (a: Actor): boolean => a.kind === 'professional'

// -------------------------------------------------------------------------------------
// rules
// -------------------------------------------------------------------------------------

/**
 * R-AUTH-7 — the authorisation matrix (*matrice d'habilitation*, `options.matrix` or the bundled one)
 * decides, by profession and specialty, which document types a professional sees: a type it grants is
 * visible, any other is hidden. Not applicable to the document's author (R-AUTH-8) and to the patient's side.
 * The matrix applies in an emergency too: break-glass lifts the consent, not the matrix.
 *
 * Rev. 3: an occupational doctor acting as such (R-ACTOR-7) is selected only by a grant to occupational doctors,
 * never by a profession grant (the bundled matrices hold none: they see their own documents only; the denial names
 * the remedy, a matrix that grants them); a médico-social actor without a role by no grant, role-less grants
 * included (R-ACTOR-4). Both are the compiled matrix's business (src/matrix/compile.ts).
 *
 * @see R-AUTH-7 (faq:16, faq:144, faq:180)
 * @since 0.1.0
 */
export const matrixGrantsType: Rule = documentRule('R-AUTH-7', ({ request: { actor }, document, matrix }) => {
  if (actor.kind !== 'professional' || isAuthor(document, actor)) return notApplicable
  const occupational = actor.occupationalDoctor === true
  if (matrix.grants(actor.profession, actor.specialty, document.typeCode, actor.role, occupational)) return GRANT_MATRIX_GRANTS_DOCUMENT_TYPE
  return occupational ? DENY_MATRIX_DOES_NOT_GRANT_OCCUPATIONAL_DOCTOR : DENY_MATRIX_DOES_NOT_GRANT_DOCUMENT_TYPE
})

/**
 * R-AUTH-8 — the author of a document always sees it, when they may consult the record at all (a block,
 * a missing consent or a closed space still deny, since deny overrides grant).
 *
 * Choice (fail closed): "always" does not override the patient's side document rules: a legal
 * representative's own document, hidden from legal representatives, stays hidden (R-MINOR-5).
 *
 * @see R-AUTH-8 (faq:59)
 * @since 0.1.0
 */
export const authorSeesDocument: Rule = documentRule('R-AUTH-8', ({ request: { actor }, document }) =>
  isAuthor(document, actor) ? GRANT_AUTHOR_SEES_DOCUMENT : notApplicable,
)

/**
 * R-MASK-2 (rev. 2) — a document masked from professionals (*masqué aux professionnels*) stays visible to its
 * author, to the professionals of the establishment or service that placed it (the author's `establishmentId`,
 * CSP R.1111-49), to the patient's declared treating doctors (*médecins traitants DMP*) and to the patient's side;
 * any other professional is denied, with the remedy to ask the patient to unmask it — except when an emergency
 * rule granted the access and the patient accepts that masked documents be shown (R-EMERG-3 rev. 3 then grants).
 * The treating doctor still needs the matrix (R-AUTH-7) to grant the document type.
 *
 * @see R-MASK-2 (faq:59, faq:144)
 * @since 0.1.0
 */
export const maskedDocument: Rule = documentRule('R-MASK-2', (ctx) => {
  const { request, document } = ctx
  if (!isProfessional(request.actor) || !flagged(document.maskedFromProfessionals)) return notApplicable
  if (isAuthor(document, request.actor)) return GRANT_MASKED_VISIBLE_TO_AUTHOR
  if (isTreatingDoctor(request.record, request.actor)) return GRANT_MASKED_VISIBLE_TO_TREATING_DOCTOR
  if (ofAuthorsEstablishment(document, request.actor)) return GRANT_MASKED_VISIBLE_TO_PLACING_ESTABLISHMENT
  if (emergencyShowsMasked(ctx)) return notApplicable
  return DENY_DOCUMENT_MASKED_FROM_PROFESSIONALS
})

/**
 * R-EMERG-3 (rev. 3) — a masked document is shown in an emergency to a professional R-MASK-2 would otherwise deny
 * only when AN EMERGENCY RULE GRANTED the access (R-EMERG-1 break-glass, R-EMERG-2 the regulating doctor), unless
 * the patient refused it in their emergency settings (`record.emergencyAccess.maskedDocuments` is `false`; absent
 * settings mean accepted). A request in an emergency mode decided in the normal mode's terms (it carries a consent
 * route), or by a professional the mode is not for, sees masked documents as the normal mode does (R-MASK-2):
 * declaring a mode never widens anything by itself (0.2.0 showed them on the declared mode alone). Blocks
 * (R-AUTH-6) still win: they deny at the record level. Not applicable to the author and the declared treating
 * doctors, who see masked documents anyway (R-MASK-2). The display itself is a Mon espace santé setting, not a rule
 * of law (CSP R.1111-49 and L.1111-16 al. 2 say who sees masked data; the emergency exception is the service's).
 *
 * @see R-EMERG-3 (CSP R.1111-49, L.1111-16 al. 2; Mon espace santé emergency settings)
 * @since 0.1.0
 */
export const maskedInEmergency: Rule = documentRule('R-EMERG-3', (ctx) => {
  const { request, document } = ctx
  if (
    !isProfessional(request.actor) ||
    !flagged(document.maskedFromProfessionals) ||
    maskExempt(ctx) ||
    !isEmergencyMode(accessModeOf(request)) ||
    !emergencyRuleGrants(request)
  )
    return notApplicable
  return emergencySettings(request.record).maskedDocuments === true
    ? GRANT_MASKED_SHOWN_IN_EMERGENCY
    : DENY_MASKED_REFUSED_IN_EMERGENCY
})

/**
 * R-INVIS-1 — a document made invisible to the patient (*invisible au patient*) at feeding stays visible
 * to authorised professionals (those the other rules allow), and is hidden from the patient until a
 * professional makes it visible (R-INVIS-2) or the invisibility lapses (R-INVIS-3). The legal
 * representatives are covered by A-2.
 *
 * @see R-INVIS-1 (faq:70)
 * @since 0.1.0
 */
export const invisibleToPatient: Rule = documentRule('R-INVIS-1', ({ request: { actor, at }, document }) => {
  if (!flagged(document.invisibleToPatient)) return notApplicable
  if (actor.kind === 'professional') return GRANT_VISIBLE_TO_PROFESSIONALS_THOUGH_INVISIBLE_TO_PATIENT
  if (actor.kind === 'patient' && !invisibilityLapsedAt(document, at))
    return DENY_DOCUMENT_INVISIBLE_TO_PATIENT
  return notApplicable
})

/**
 * R-INVIS-3 — invisibility to the patient is temporary by law: from one month after the feeding (the day
 * given by `invisibilityLapsesOn` in facts.ts: `addedOn` + 1 calendar month, clamped to a shorter month's last
 * day) the document is visible to the patient's side. Up to the day before, R-INVIS-1 / A-2 deny.
 *
 * @see R-INVIS-3 (CSP R.1111-53)
 * @since 0.1.0
 */
export const invisibilityLapses: Rule = documentRule('R-INVIS-3', ({ request: { actor, at }, document }) =>
  (actor.kind === 'patient' || actor.kind === 'legal-representative') &&
  flagged(document.invisibleToPatient) &&
  invisibilityLapsedAt(document, at)
    ? GRANT_INVISIBILITY_LAPSED
    : notApplicable,
)

/**
 * legal representatives act as the patient: a document invisible to the patient is invisible to
 * them too, until it is made visible or its invisibility lapses (R-INVIS-3); then they see what the
 * patient sees (within R-MINOR-5).
 *
 * @see A-2, R-INVIS-1
 * @since 0.1.0
 */
export const representativesSeeAsPatient: Rule = documentRule('A-2', ({ request: { actor, at }, document }) =>
  actor.kind === 'legal-representative' && flagged(document.invisibleToPatient) && !invisibilityLapsedAt(document, at)
    ? DENY_INVISIBLE_TO_PATIENT_SO_TO_REPRESENTATIVES
    : notApplicable,
)

/**
 * R-MINOR-5 — a document hidden from the legal representatives (*invisible aux représentants légaux*, set at
 * the minor's request at feeding) is never shown to a legal representative (no remedy: it is the minor's
 * right; at majority the representatives' access ends anyway, R-MINOR-7). Professionals who may see it
 * still do, with the obligation to show the notice that it is hidden from the legal representatives. The
 * patient (an emancipated minor, or the adult they became) sees it (R-MINOR-7).
 *
 * Choice (fail closed): the flag binds every legal-representative actor, whatever the patient's stage.
 *
 * @see R-MINOR-5 (faq:206, faq:231)
 * @since 0.1.0
 */
export const hiddenFromRepresentatives: Rule = documentRule('R-MINOR-5', ({ request: { actor }, document }) => {
  if (!flagged(document.hiddenFromLegalRepresentatives)) return notApplicable
  if (actor.kind === 'legal-representative') return DENY_HIDDEN_FROM_LEGAL_REPRESENTATIVES
  if (actor.kind === 'professional') return OBLIGE_SHOW_HIDDEN_FROM_REPRESENTATIVES_NOTICE
  return notApplicable
})

/**
 * The document-scoped rules of `view`.
 *
 * @since 0.1.0
 */
export const visibilityRules: ReadonlyArray<Rule> = [
  matrixGrantsType,
  authorSeesDocument,
  maskedDocument,
  maskedInEmergency,
  invisibleToPatient,
  invisibilityLapses,
  representativesSeeAsPatient,
  hiddenFromRepresentatives,
]
