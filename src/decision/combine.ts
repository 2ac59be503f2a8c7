// Combining rule outcomes into one Decision.
// INVARIANT: deny overrides grant; no grant means a denial with an explicit reason; reasons, obligations
// and remedies are sorted by rule id then code, so the result never depends on rule order.
import type { Code } from '../messages/index.js'
import { messageOf } from '../messages/index.js'
import { BASIS } from '../rules/basis.js'
import { compareRuleIds, RULE_IDS, type RuleId } from '../rules/ids.js'
import type { Decision, Obligation, Reason, Remedy } from './decision.js'
import type { Outcome } from './outcome.js'

/**
 * One rule's outcome, with the rule's id and legal basis.
 *
 * @since 0.1.0
 */
export interface RuledOutcome {
  readonly rule: RuleId
  readonly basis: ReadonlyArray<string>
  readonly outcome: Outcome
}

// The position of every catalogue id in `compareRuleIds` order, computed once: sorting then compares two
// integers instead of slicing and parsing both ids. An id outside the catalogue falls back to compareRuleIds.
const RANK: ReadonlyMap<string, number> = new Map([...RULE_IDS].sort(compareRuleIds).map((id, i) => [id, i]))

const compareRules = (a: string, b: string): number => {
  if (a === b) return 0
  const ra = RANK.get(a)
  const rb = RANK.get(b)
  return ra !== undefined && rb !== undefined ? ra - rb : compareRuleIds(a, b)
}

const byRuleThenCode = (a: { rule: string; code: string }, b: { rule: string; code: string }): number =>
  compareRules(a.rule, b.rule) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

// Insertion sort, in place: the arrays hold a handful of items, for which Array.prototype.sort's setup costs
// more than the sorting. INVARIANT: the items are distinct by (rule, code), so any correct sort gives this order.
const sortByRuleThenCode = <A extends { rule: string; code: string }>(xs: Array<A>): void => {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as A
    let j = i
    while (j > 0 && byRuleThenCode(xs[j - 1] as A, x) > 0) {
      xs[j] = xs[j - 1] as A
      j--
    }
    xs[j] = x
  }
}

// INVARIANT: one frozen Reason (and one frozen Obligation/Remedy note) per (rule, code, basis), built on first
// use and shared by every decision, like the messages they carry: deciding allocates no reason objects. The
// cache is bounded by the catalogue (rule ids × codes) and invisible: a shared frozen value equals a fresh one.
const REASONS = new Map<string, Map<string, Reason>>()
const NOTES = new Map<string, Map<string, Obligation & Remedy>>()

const reasonOf = (rule: RuleId, basis: ReadonlyArray<string>, code: Code): Reason => {
  let byCode = REASONS.get(rule)
  if (byCode === undefined) {
    byCode = new Map()
    REASONS.set(rule, byCode)
  }
  const cached = byCode.get(code)
  if (cached !== undefined && cached.basis === basis) return cached
  const reason: Reason = Object.freeze({ code, rule, basis, message: messageOf(code) })
  // A rule id used with two basis arrays keeps the first in the cache; the other gets fresh objects.
  if (cached === undefined) byCode.set(code, reason)
  return reason
}

const noteOf = (rule: RuleId, code: Code): Obligation & Remedy => {
  let byCode = NOTES.get(rule)
  if (byCode === undefined) {
    byCode = new Map()
    NOTES.set(rule, byCode)
  }
  let note = byCode.get(code)
  if (note === undefined) {
    note = Object.freeze({ code, rule, message: messageOf(code) })
    byCode.set(code, note)
  }
  return note
}

const has = (xs: ReadonlyArray<{ rule: string; code: string }>, rule: string, code: string): boolean => {
  for (const y of xs) if (y.rule === rule && y.code === code) return true
  return false
}

/** Rule and basis of the default denial when nothing grants (R-ACTOR-3: only listed actors may access). */
const DEFAULT_DENY_RULE: RuleId = 'R-ACTOR-3'
const DEFAULT_DENY_BASIS: ReadonlyArray<string> = BASIS[DEFAULT_DENY_RULE]

// -------------------------------------------------------------------------------------
// accumulating (internal: the engine combines the record-level outcomes of visibleDocuments once)
// -------------------------------------------------------------------------------------

/**
 * Outcomes combined so far: every distinct (rule, code) of each kind, in arrival order, not yet sorted.
 * The engine folds the record-level outcomes into one and starts each document from a copy of it.
 *
 * @since 0.1.0
 */
export interface Combined {
  // INVARIANT: at most one item per (rule, code) in each array; the first to arrive is kept.
  readonly denials: Array<Reason>
  readonly remedies: Array<Remedy>
  readonly grants: Array<Reason>
  readonly obligations: Array<Obligation>
}

/** Nothing combined yet. @since 0.1.0 */
export const emptyCombined = (): Combined => ({ denials: [], remedies: [], grants: [], obligations: [] })

/** Empties `c` for reuse (the engine keeps one scratch combination per visibleDocuments call). @since 0.1.0 */
export const clearCombined = (c: Combined): void => {
  // Setting `length` is a runtime call in V8: skip the arrays that are already empty (most of them).
  if (c.denials.length > 0) c.denials.length = 0
  if (c.remedies.length > 0) c.remedies.length = 0
  if (c.grants.length > 0) c.grants.length = 0
  if (c.obligations.length > 0) c.obligations.length = 0
}

/**
 * Folds one outcome into `into` (which it mutates: `into` belongs to the caller's current combination).
 * `NotApplicable` changes nothing; a (rule, code) already present is not added again.
 *
 * @since 0.1.0
 */
export const addOutcome = (into: Combined, rule: RuleId, basis: ReadonlyArray<string>, outcome: Outcome): void => {
  switch (outcome._tag) {
    case 'Deny':
      if (!has(into.denials, rule, outcome.code)) into.denials.push(reasonOf(rule, basis, outcome.code))
      for (const r of outcome.remedies) if (!has(into.remedies, rule, r)) into.remedies.push(noteOf(rule, r))
      break
    case 'Grant':
      if (!has(into.grants, rule, outcome.code)) into.grants.push(reasonOf(rule, basis, outcome.code))
      for (const o of outcome.obligations) if (!has(into.obligations, rule, o)) into.obligations.push(noteOf(rule, o))
      break
    case 'Oblige':
      for (const o of outcome.obligations) if (!has(into.obligations, rule, o)) into.obligations.push(noteOf(rule, o))
      break
    case 'NotApplicable':
      break
  }
}

/**
 * The Decision of what was combined: every denial if any; else every grant with its obligations; else
 * `NO_GRANTING_RULE`. Sorts the arrays of `c` in place and hands them to the Decision: `c` must not be used after.
 *
 * @since 0.1.0
 */
export const decisionOf = (c: Combined): Decision => {
  if (c.denials.length > 0) {
    sortByRuleThenCode(c.denials)
    sortByRuleThenCode(c.remedies)
    return { allowed: false, reasons: c.denials as unknown as Decision['reasons'], remedies: c.remedies }
  }
  if (c.grants.length > 0) {
    sortByRuleThenCode(c.grants)
    sortByRuleThenCode(c.obligations)
    return { allowed: true, reasons: c.grants as unknown as Decision['reasons'], obligations: c.obligations }
  }
  return {
    allowed: false,
    reasons: [reasonOf(DEFAULT_DENY_RULE, DEFAULT_DENY_BASIS, 'NO_GRANTING_RULE')],
    remedies: [],
  }
}

/**
 * Sorts every array of `c` in place, so that {@link decisionWith} can merge into it. @since 0.1.0
 */
export const sortCombined = (c: Combined): Combined => {
  sortByRuleThenCode(c.denials)
  sortByRuleThenCode(c.remedies)
  sortByRuleThenCode(c.grants)
  sortByRuleThenCode(c.obligations)
  return c
}

// A new sorted array: the union of `sorted` (sorted, distinct) and `extra` (distinct, unsorted, a few items),
// keeping the item of `sorted` when both hold the same (rule, code) — as if `extra` had been folded in after.
const mergeSorted = <A extends { rule: RuleId; code: Code }>(sorted: ReadonlyArray<A>, extra: ReadonlyArray<A>): Array<A> => {
  if (extra.length === 0) return sorted.slice()
  let more = extra
  if (extra.length > 1) {
    const copy = extra.slice()
    sortByRuleThenCode(copy)
    more = copy
  }
  const out: Array<A> = []
  let i = 0
  let j = 0
  while (i < sorted.length && j < more.length) {
    const a = sorted[i] as A
    const b = more[j] as A
    const c = byRuleThenCode(a, b)
    if (c <= 0) {
      out.push(a)
      i++
      if (c === 0) j++
    } else {
      out.push(b)
      j++
    }
  }
  while (i < sorted.length) out.push(sorted[i++] as A)
  while (j < more.length) out.push(more[j++] as A)
  return out
}

/**
 * The Decision of `base` (sorted by {@link sortCombined}, left untouched) followed by `extra` (unsorted, left
 * untouched): the same Decision as folding every outcome of both, in that order, into one combination.
 *
 * @since 0.1.0
 */
export const decisionWith = (base: Combined, extra: Combined): Decision => {
  if (base.denials.length > 0 || extra.denials.length > 0)
    return {
      allowed: false,
      reasons: mergeSorted(base.denials, extra.denials) as unknown as Decision['reasons'],
      remedies: mergeSorted(base.remedies, extra.remedies),
    }
  if (base.grants.length > 0 || extra.grants.length > 0)
    return {
      allowed: true,
      reasons: mergeSorted(base.grants, extra.grants) as unknown as Decision['reasons'],
      obligations: mergeSorted(base.obligations, extra.obligations),
    }
  return decisionOf(emptyCombined())
}

/**
 * Decisions already made in one visibleDocuments call, by what the documents' own rules said: a trie keyed by
 * the identity of the (shared, frozen) reasons and notes of a document's combination, in arrival order.
 * It lives for one call only (no state survives the call) and holds at most one node per document.
 *
 * @since 0.1.0
 */
export interface DecisionMemo {
  readonly root: MemoNode
}

interface MemoNode {
  next: Map<object, MemoNode> | undefined
  decision: Decision | undefined
}

/** An empty memo, for one visibleDocuments call. @since 0.1.0 */
export const decisionMemo = (): DecisionMemo => ({ root: { next: undefined, decision: undefined } })

// Marks the end of each of the four arrays in a memo key, so that [a] [] and [] [a] differ.
const END: object = Object.freeze({})

const child = (node: MemoNode, key: object): MemoNode => {
  let next = node.next
  if (next === undefined) {
    next = new Map()
    node.next = next
  }
  let c = next.get(key)
  if (c === undefined) {
    c = { next: undefined, decision: undefined }
    next.set(key, c)
  }
  return c
}

/**
 * {@link decisionWith}, shared: documents of one record whose own rules said the same thing (the same reasons,
 * by identity, in the same order) get the same Decision object, frozen with its arrays so that sharing is safe.
 * Deep-equal to `decisionWith(base, extra)`; `base` must be the same for every call with one memo.
 *
 * @since 0.1.0
 */
export const memoDecisionWith = (memo: DecisionMemo, base: Combined, extra: Combined): Decision => {
  let node = memo.root
  for (const xs of [extra.denials, extra.remedies, extra.grants, extra.obligations] as const) {
    for (const x of xs) node = child(node, x)
    node = child(node, END)
  }
  if (node.decision === undefined) {
    const d = decisionWith(base, extra)
    Object.freeze(d.reasons)
    Object.freeze(d.allowed ? d.obligations : d.remedies)
    node.decision = Object.freeze(d)
  }
  return node.decision
}

// -------------------------------------------------------------------------------------
// combining
// -------------------------------------------------------------------------------------

/**
 * Combines outcomes: every denying rule if any denies; otherwise every granting rule with the
 * obligations of the grants and of the `Oblige` outcomes; otherwise a denial `NO_GRANTING_RULE`.
 *
 * @since 0.1.0
 */
export const combine = (outcomes: ReadonlyArray<RuledOutcome>): Decision => {
  const c = emptyCombined()
  for (const { rule, basis, outcome } of outcomes) addOutcome(c, rule, basis, outcome)
  return decisionOf(c)
}

/**
 * A denial with one reason, for the engine's own refusals (unknown action, missing document…).
 *
 * @since 0.1.0
 */
export const denyWith = (rule: RuleId, basis: ReadonlyArray<string>, code: Code, remedies: ReadonlyArray<Code> = []): Decision =>
  combine([{ rule, basis, outcome: { _tag: 'Deny', code, remedies } }])
