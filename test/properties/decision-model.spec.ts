// Properties of the combinator `combine` (src/decision/combine.ts): whatever outcomes it is given, it builds
// a well-formed Decision in which deny overrides grant and every denying rule is listed.
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { combine, type RuledOutcome } from '../../src/decision/combine.js'
import type { Outcome } from '../../src/decision/outcome.js'
import { CODES, type Code } from '../../src/messages/index.js'
import { POLICIES } from '../../src/actions/index.js'
import { RULE_IDS, type RuleId } from '../../src/catalogue/ids.js'
import { checkDecisionShape } from './invariants.js'

const DEEP = process.env['DMP_RULES_DEEP'] !== undefined
const RUNS = DEEP ? 20_000 : 1_000

const arbCode: fc.Arbitrary<Code> = fc.constantFrom(...CODES)
const arbRule: fc.Arbitrary<RuleId> = fc.constantFrom(...RULE_IDS)
const arbCodes = fc.array(arbCode, { maxLength: 3 })

const arbOutcome: fc.Arbitrary<Outcome> = fc.oneof(
  fc.constant<Outcome>({ _tag: 'NotApplicable' }),
  fc.record({ _tag: fc.constant('Grant' as const), code: arbCode, obligations: arbCodes }),
  fc.record({ _tag: fc.constant('Deny' as const), code: arbCode, remedies: arbCodes }),
  fc.record({ _tag: fc.constant('Oblige' as const), obligations: arbCodes }),
)

// INVARIANT of the engine (checked below on every policy): one legal basis per rule id. `combine` keeps one
// reason per (rule, code), so it may rely on it; the generated basis is therefore a function of the rule id.
const BASES: ReadonlyArray<ReadonlyArray<string>> = [[], ['CSP L.1111-15'], ['CSP L.1111-17', 'CSP R.1111-48']]
const basisOf = (rule: RuleId): ReadonlyArray<string> => BASES[RULE_IDS.indexOf(rule) % BASES.length] ?? []

const arbRuled: fc.Arbitrary<RuledOutcome> = fc
  .record({ rule: arbRule, outcome: arbOutcome })
  .map(({ rule, outcome }) => ({ rule, basis: basisOf(rule), outcome }))

const arbOutcomes = fc.array(arbRuled, { maxLength: 12 })

const key = (x: { readonly rule: string; readonly code: string }): string => `${x.rule} ${x.code}`
const setOf = <A>(xs: ReadonlyArray<A>, f: (a: A) => string): ReadonlySet<string> => new Set(xs.map(f))

describe('combine', () => {
  it('always builds a well-formed decision with at least one reason, sorted (STYLE: deterministic output)', () => {
    fc.assert(
      fc.property(arbOutcomes, (outcomes) => {
        checkDecisionShape(combine(outcomes))
      }),
      { numRuns: RUNS },
    )
  })

  it('denies exactly when some rule denies or none grants, and then lists every denying rule and code (deny overrides)', () => {
    fc.assert(
      fc.property(arbOutcomes, (outcomes) => {
        const d = combine(outcomes)
        const denials = outcomes.flatMap((o) => (o.outcome._tag === 'Deny' ? [{ rule: o.rule, code: o.outcome.code }] : []))
        const grants = outcomes.flatMap((o) => (o.outcome._tag === 'Grant' ? [{ rule: o.rule, code: o.outcome.code }] : []))
        if (denials.length > 0) {
          expect(d.allowed).toBe(false)
          expect(setOf(d.reasons, key)).toEqual(setOf(denials, key))
          expect(setOf(d.reasons, (r) => r.rule)).toEqual(setOf(denials, (r) => r.rule))
        } else if (grants.length > 0) {
          expect(d.allowed).toBe(true)
          expect(setOf(d.reasons, key)).toEqual(setOf(grants, key))
        } else {
          expect(d.allowed).toBe(false)
          expect(d.reasons.map((r) => r.code)).toEqual(['NO_GRANTING_RULE'])
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('gives each remedy of a denial, and each obligation of an allowance, for its rule', () => {
    fc.assert(
      fc.property(arbOutcomes, (outcomes) => {
        const d = combine(outcomes)
        if (d.allowed) {
          const expected = outcomes.flatMap((o) =>
            o.outcome._tag === 'Grant' || o.outcome._tag === 'Oblige' ? o.outcome.obligations.map((code) => key({ rule: o.rule, code })) : [],
          )
          expect(setOf(d.obligations, key)).toEqual(new Set(expected))
        } else {
          const expected = outcomes.flatMap((o) => (o.outcome._tag === 'Deny' ? o.outcome.remedies.map((code) => key({ rule: o.rule, code })) : []))
          expect(setOf(d.remedies, key)).toEqual(new Set(expected))
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('does not depend on the order of the outcomes', () => {
    fc.assert(
      fc.property(
        arbOutcomes.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }))),
        ([outcomes, shuffled]) => {
          expect(combine(shuffled)).toEqual(combine(outcomes))
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('can rely on one legal basis per rule id: every policy gives the same basis to rules sharing an id', () => {
    const seen = new Map<string, string>()
    for (const [action, policy] of Object.entries(POLICIES))
      for (const rule of policy.rules) {
        const basis = JSON.stringify(rule.basis)
        const before = seen.get(rule.id)
        expect(before === undefined || before === basis, `${rule.id} in ${action}: ${basis} vs ${before}`).toBe(true)
        seen.set(rule.id, basis)
      }
  })

  it('lets one more denial turn any decision into a denial citing it (deny overrides grant)', () => {
    fc.assert(
      fc.property(arbOutcomes, arbRule, arbCode, fc.nat(), (outcomes, rule, code, at) => {
        const i = outcomes.length === 0 ? 0 : at % (outcomes.length + 1)
        const withDenial = [...outcomes.slice(0, i), { rule, basis: basisOf(rule), outcome: { _tag: 'Deny', code, remedies: [] } as Outcome }, ...outcomes.slice(i)]
        const d = combine(withDenial)
        expect(d.allowed).toBe(false)
        expect(d.reasons.some((r) => r.rule === rule && r.code === code)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })
})
