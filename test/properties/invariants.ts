// Invariants every decision of the library must satisfy, stated once and reused by every property spec
// (after fast-check's shared ArbitraryAssertions helpers).
//
// Each `check…` helper throws an Error naming the broken invariant, so that it can be called inside an
// `fc.property` (a throw is a counterexample) or a plain `it`.
import { isDeepStrictEqual } from 'node:util'
import { ACTIONS, DOCUMENT_ACTIONS, type Action, type Request } from '../../src/domain/types.js'
import type { Decision } from '../../src/decision/decision.js'
import { decide, type Options } from '../../src/engine/api.js'
import { isCode, messageOf } from '../../src/messages/index.js'
import { compareRuleIds, isRuleId } from '../../src/catalogue/ids.js'
import { deepFreeze } from '../../src/testing/index.js'

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

const fail = (what: string, detail: unknown): never => {
  throw new Error(`invariant broken: ${what}\n${JSON.stringify(detail, null, 2)}`)
}

const byRuleThenCode = (a: { readonly rule: string; readonly code: string }, b: { readonly rule: string; readonly code: string }): number =>
  compareRuleIds(a.rule, b.rule) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

/** A note (reason, obligation or remedy) has a valid rule id, a known code and that code's messages. */
const checkNote = (kind: string, note: unknown, decision: Decision): void => {
  if (typeof note !== 'object' || note === null) return fail(`${kind} is an object`, decision)
  const n = note as { readonly rule?: unknown; readonly code?: unknown; readonly message?: unknown }
  if (!isRuleId(n.rule)) fail(`${kind} cites a rule id of the catalogue`, { note, decision })
  if (!isCode(n.code)) fail(`${kind} has a known code`, { note, decision })
  const expected = isCode(n.code) ? messageOf(n.code) : undefined
  if (!isDeepStrictEqual(n.message, expected)) fail(`${kind} carries the messages of its code`, { note, decision })
  const m = n.message as { readonly fr?: unknown; readonly en?: unknown }
  if (typeof m.fr !== 'string' || m.fr.length === 0 || typeof m.en !== 'string' || m.en.length === 0)
    fail(`${kind} has a French and an English message`, { note, decision })
}

/** Sorted by rule id then code, and no (rule, code) twice. */
const checkSortedUnique = (kind: string, xs: ReadonlyArray<{ readonly rule: string; readonly code: string }>, decision: Decision): void => {
  for (let i = 1; i < xs.length; i++) {
    const prev = xs[i - 1]
    const cur = xs[i]
    if (prev !== undefined && cur !== undefined && byRuleThenCode(prev, cur) >= 0)
      fail(`${kind} are sorted by rule id then code, without duplicates`, decision)
  }
}

// -------------------------------------------------------------------------------------
// invariants of one decision
// -------------------------------------------------------------------------------------

/**
 * The shape invariants of any {@link Decision}:
 * - `allowed` is a boolean; at least one reason (API: `reasons` is never empty);
 * - every reason, obligation and remedy cites a rule id of the catalogue (`isRuleId`), has a known code
 *   (`isCode`) and carries that code's French and English messages; reasons have a `basis` of strings;
 * - reasons, obligations and remedies are sorted by rule id (`compareRuleIds`) then code, without duplicates;
 * - an `Allowed` has `obligations` and no `remedies`; a `Denied` has `remedies` and no `obligations`.
 */
export const checkDecisionShape = (decision: Decision): void => {
  if (typeof decision !== 'object' || decision === null) return fail('a decision is an object', decision)
  if (typeof decision.allowed !== 'boolean') fail('allowed is a boolean', decision)
  if (!Array.isArray(decision.reasons) || decision.reasons.length === 0) fail('at least one reason', decision)
  for (const r of decision.reasons) {
    checkNote('reason', r, decision)
    if (!Array.isArray(r.basis) || !r.basis.every((b) => typeof b === 'string')) fail('reason basis is a list of strings', decision)
  }
  checkSortedUnique('reasons', decision.reasons, decision)
  if (decision.allowed) {
    if ('remedies' in decision) fail('an Allowed has no remedies field', decision)
    if (!Array.isArray(decision.obligations)) return fail('an Allowed has obligations', decision)
    for (const o of decision.obligations) checkNote('obligation', o, decision)
    checkSortedUnique('obligations', decision.obligations, decision)
  } else {
    if ('obligations' in decision) fail('a Denied has no obligations field', decision)
    if (!Array.isArray(decision.remedies)) return fail('a Denied has remedies', decision)
    for (const o of decision.remedies) checkNote('remedy', o, decision)
    checkSortedUnique('remedies', decision.remedies, decision)
  }
}

/**
 * The default denial `NO_GRANTING_RULE` (nothing granted) only ever stands alone in a decision of the
 * engine: no rule denies with it, so it never sits beside a rule's own denial.
 */
export const checkDefaultDenialAlone = (decision: Decision): void => {
  if (decision.reasons.some((r) => r.code === 'NO_GRANTING_RULE') && decision.reasons.length !== 1)
    fail('NO_GRANTING_RULE stands alone', decision)
}

// -------------------------------------------------------------------------------------
// invariants of the decision function on one request
// -------------------------------------------------------------------------------------

/**
 * Decides `request` the way the invariants need it, and checks:
 * - total: `decide` does not throw, and on a valid request it never falls back to `MALFORMED_REQUEST`
 *   (the engine turns an internal throw into that denial, which would hide a crash);
 * - inputs never mutated: the request and options are deep-frozen before the call (a write would throw
 *   and surface as `MALFORMED_REQUEST`), and they still deep-equal a copy taken before;
 * - deterministic: a second call on an equal (unfrozen) copy gives a deep-equal decision;
 * - the shape invariants of {@link checkDecisionShape} and {@link checkDefaultDenialAlone};
 * - fail-closed on a document action without a document.
 *
 * Returns the decision for further checks.
 */
export const checkDecisionInvariants = (request: Request, options?: Options): Decision => {
  const before = structuredClone({ request, options })
  const frozenRequest = deepFreeze(structuredClone(request))
  const frozenOptions = options === undefined ? undefined : deepFreeze(structuredClone(options))
  let decision: Decision
  try {
    decision = decide(frozenRequest, frozenOptions)
  } catch (e) {
    return fail('decide never throws', { request, error: String(e) })
  }
  if (!isDeepStrictEqual(structuredClone({ request: frozenRequest, options: frozenOptions }), before))
    fail('inputs are never mutated', { request })
  checkDecisionShape(decision)
  checkDefaultDenialAlone(decision)
  if (decision.reasons.some((r) => r.code === 'MALFORMED_REQUEST'))
    fail('a valid request is decided without an internal error (MALFORMED_REQUEST)', { request, decision })
  const again = decide(structuredClone(before.request), before.options === undefined ? undefined : structuredClone(before.options))
  if (!isDeepStrictEqual(again, decision)) fail('deterministic: the same request twice gives equal decisions', { request, decision, again })
  if ((DOCUMENT_ACTIONS as ReadonlyArray<string>).includes(request.action) && request.document === undefined && decision.allowed)
    fail('a document action without a document is denied', { request, decision })
  return decision
}

// -------------------------------------------------------------------------------------
// fail-closed: requests the rules do not cover
// -------------------------------------------------------------------------------------

/** A request made unknown in one place (as a JS caller bypassing the types could send it), with a label. */
export interface Corruption {
  readonly label: string
  readonly request: Request
}

const withoutDocument = (r: Request): Request => {
  const { document: _dropped, ...rest } = r
  return rest
}

/**
 * Variants of `request` that the rules do not cover: unknown action, unknown actor kind, unknown
 * third party, unknown profession, unknown authentication, unknown status kind, unknown access mode,
 * unknown API version, and (for a document action) no document. Each must be denied.
 */
export const corruptionsOf = (request: Request): ReadonlyArray<Corruption> => {
  const out: Array<Corruption> = [
    { label: 'unknown action', request: { ...request, action: 'teleport' as unknown as Action } },
    { label: 'unknown actor kind', request: { ...request, actor: { kind: 'robot' } as unknown as Request['actor'] } },
    {
      label: 'unknown status kind',
      request: { ...request, record: { ...request.record, status: { kind: 'frozen' } as unknown as Request['record']['status'] } },
    },
  ]
  const a = request.actor
  if (a.kind === 'third-party')
    out.push({ label: 'unknown third party', request: { ...request, actor: { ...a, party: 'journalist' as unknown as typeof a.party } } })
  if (a.kind === 'professional') {
    out.push({ label: 'unknown profession', request: { ...request, actor: { ...a, profession: 'astrologer' as unknown as typeof a.profession } } })
    out.push({
      label: 'unknown authentication',
      request: { ...request, actor: { ...a, authentication: 'password' as unknown as typeof a.authentication } },
    })
    out.push({ label: 'unknown access mode', request: { ...request, accessMode: 'vip' as unknown as NonNullable<Request['accessMode']> } })
    if (request.action === 'feed') out.push({ label: 'unknown API version', request: { ...request, api: 'v0' as unknown as NonNullable<Request['api']> } })
  }
  if ((DOCUMENT_ACTIONS as ReadonlyArray<string>).includes(request.action))
    out.push({ label: 'document missing for a document action', request: withoutDocument(request) })
  return out
}

/**
 * Fail-closed: every {@link corruptionsOf} variant of `request` is denied (and still satisfies the shape
 * invariants, with no throw).
 */
export const checkFailsClosed = (request: Request, options?: Options): void => {
  for (const { label, request: bad } of corruptionsOf(request)) {
    let d: Decision
    try {
      d = decide(bad, options)
    } catch (e) {
      return fail(`fail-closed: decide never throws (${label})`, { request: bad, error: String(e) })
    }
    checkDecisionShape(d)
    if (d.allowed) fail(`fail-closed: ${label} is denied`, { request: bad, decision: d })
  }
}

/**
 * Deny overrides: conditions under which RULES.md forbids everything, whatever else holds — a record
 * closed (R-STATUS-3) or deleted (R-STATUS-4), or an actor among the State, the health-insurance fund,
 * insurers, banks, employers (R-ACTOR-1) — turn any request into a denial citing that rule.
 */
export const checkDenyOverrides = (request: Request, options?: Options): void => {
  const cases: ReadonlyArray<readonly [string, Request]> = [
    ['R-STATUS-3', { ...request, record: { ...request.record, status: { kind: 'closed', on: request.at } } }],
    ['R-STATUS-4', { ...request, record: { ...request.record, status: { kind: 'deleted', on: request.at } } }],
    ['R-ACTOR-1', { ...request, actor: { kind: 'third-party', party: 'insurer' } }],
    ['R-ACTOR-1', { ...request, actor: { kind: 'third-party', party: 'employer' } }],
  ]
  for (const [rule, r] of cases) {
    const d = decide(r, options)
    if (d.allowed || !d.reasons.some((x) => x.rule === rule)) fail(`deny overrides: ${rule} denies, and says so`, { request: r, decision: d })
  }
}

/** Every action of the API. */
export const ALL_ACTIONS: ReadonlyArray<Action> = ACTIONS
