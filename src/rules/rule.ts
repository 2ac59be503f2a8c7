// A rule is a value: its catalogue id, its legal basis, and a total function from a context to an Outcome.
import { notApplicable, type Outcome } from '../decision/outcome.js'
import type { Actor, HealthDocument, Request } from '../domain/types.js'
import type { CompiledMatrix } from '../matrix/compile.js'
import { BASIS } from '../catalogue/basis.js'
import type { RuleId } from '../catalogue/ids.js'

/**
 * What a rule sees. `document` is present only for document-scoped rules; record-scoped rules
 * must not depend on a document (they run once per `visibleDocuments` call).
 *
 * @since 0.1.0
 */
export interface RecordContext {
  readonly request: Request
  readonly matrix: CompiledMatrix
}

/** @since 0.1.0 */
export interface DocumentContext extends RecordContext {
  readonly document: HealthDocument
}

/**
 * A rule of the catalogue, scoped to the record (evaluated once per request) or to one document.
 * INVARIANT: `evaluate` is total and pure; it never throws on a value of the declared types.
 *
 * @since 0.1.0
 */
export type Rule =
  | {
      readonly id: RuleId
      readonly basis: ReadonlyArray<string>
      readonly scope: 'record'
      readonly evaluate: (ctx: RecordContext) => Outcome
    }
  | {
      readonly id: RuleId
      readonly basis: ReadonlyArray<string>
      readonly scope: 'document'
      readonly evaluate: (ctx: DocumentContext) => Outcome
    }

/** A record-scoped rule; its legal basis is the catalogue's ({@link BASIS}). @since 0.1.0 */
export const recordRule = (id: RuleId, evaluate: (ctx: RecordContext) => Outcome): Rule => ({
  id,
  basis: BASIS[id],
  scope: 'record',
  evaluate,
})

/** A document-scoped rule; its legal basis is the catalogue's ({@link BASIS}). @since 0.1.0 */
export const documentRule = (id: RuleId, evaluate: (ctx: DocumentContext) => Outcome): Rule => ({
  id,
  basis: BASIS[id],
  scope: 'document',
  evaluate,
})

/**
 * The same rule, applied only to the actors `applies` selects (not applicable to the others): e.g. the patient's
 * side acting on a document only where it sees it, or the view rules of an action only for health professionals.
 * Keeps the rule's id, basis and scope.
 *
 * @since 0.2.0
 */
export const restrictTo =
  (applies: (actor: Actor) => boolean) =>
  (rule: Rule): Rule => {
    if (rule.scope === 'record') {
      const evaluate = rule.evaluate
      return recordRule(rule.id, (ctx) => (applies(ctx.request.actor) ? evaluate(ctx) : notApplicable))
    }
    const evaluate = rule.evaluate
    return documentRule(rule.id, (ctx) => (applies(ctx.request.actor) ? evaluate(ctx) : notApplicable))
  }
