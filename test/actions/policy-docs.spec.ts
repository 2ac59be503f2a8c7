// Issue 23: the TSDoc of each policy (src/actions/<action>.ts) lists the rules that can change the action's
// answer, by rule id. That list was written by hand and drifted (mask's missed six of the ids its policy holds:
// R-ACTOR-7, R-EMERG-1 of the common rules, and the view rules R-AUTH-7, R-AUTH-8, R-MASK-2, R-EMERG-3 it applies
// to the patient's side). Here the expected ids are derived from POLICIES and compared with the ids the TSDoc
// names, both ways, so that a rule added to a policy without its TSDoc, or an id the TSDoc names that the policy
// does not hold, fails.
//
// How the TSDoc is read: its text up to `@example`, `@see` or `@since`; an id range is expanded as written
// (`R-ACTOR-1..5, 7` is R-ACTOR-1 to R-ACTOR-5 and R-ACTOR-7); "rule(s) of `view`" names every id of the view
// policy; `{@link consultationRules}` names every id its own TSDoc names (same file).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { POLICIES } from '../../src/actions/index.js'
import { ACTIONS, RECORD_DOCUMENT_ACTIONS, RULE_IDS, type Action } from '../../src/index.js'

const sourceOf = (action: Action): string => readFileSync(new URL(`../../src/actions/${action}.ts`, import.meta.url), 'utf8')

/** The TSDoc of `export const name` in `source`, up to its first `@example`, `@see` or `@since`. */
const docOf = (source: string, name: string): string => {
  const at = source.indexOf(`export const ${name}`)
  if (at < 0) return ''
  const start = source.lastIndexOf('/**', at)
  const doc = source.slice(start, source.indexOf('*/', start))
  return doc.split(/\n \* @(?:example|see|since)\b/)[0] ?? ''
}

/** The rule ids a text names, ranges and lists of numbers expanded: `R-MINOR-1..3, 6..8`, `R-AUTH-1, 5, 6`. */
const idsIn = (text: string): ReadonlySet<string> => {
  const out = new Set<string>()
  for (const m of text.matchAll(/\b(R-[A-Z]+|A)-(\d+)((?:(?:\.\.|,\s*)\d+\b(?!\.\d))*)/g)) {
    const prefix = m[1] ?? ''
    let last = Number(m[2])
    out.add(`${prefix}-${last}`)
    for (const p of (m[3] ?? '').matchAll(/(\.\.|,\s*)(\d+)/g)) {
      const n = Number(p[2])
      if (p[1] === '..') for (let i = last + 1; i <= n; i++) out.add(`${prefix}-${i}`)
      else out.add(`${prefix}-${n}`)
      last = n
    }
  }
  return out
}

const policyIds = (action: Action): ReadonlySet<string> => new Set(POLICIES[action].rules.map((rule) => rule.id))
const isAction = (s: string): s is Action => (ACTIONS as ReadonlyArray<string>).includes(s)

/** The TSDoc of the action's policy constant (`export const <x>Policy`). */
const policyDoc = (action: Action): string => {
  const source = sourceOf(action)
  const name = /export const (\w+Policy)\b/.exec(source)?.[1] ?? ''
  return docOf(source, name)
}

/** The ids the policy's TSDoc names itself, and those it names through a reference (another action, a link). */
const documented = (action: Action): { readonly own: ReadonlySet<string>; readonly all: ReadonlySet<string> } => {
  const source = sourceOf(action)
  const doc = policyDoc(action)
  const own = idsIn(doc)
  const all = new Set(own)
  for (const m of doc.matchAll(/\brules? of `([a-z-]+)`/g)) {
    const other = m[1] ?? ''
    if (isAction(other)) for (const id of policyIds(other)) all.add(id)
  }
  for (const m of doc.matchAll(/\{@link (\w+)\}/g)) for (const id of idsIn(docOf(source, m[1] ?? ''))) all.add(id)
  return { own, all }
}

// Ids a TSDoc names on purpose although its policy does not hold them, each with why.
const NAMED_NOT_HELD: { readonly [A in Action]?: ReadonlyArray<string> } = {
  // "a blocked professional cannot delete … (R-AUTH-6 …; A-1 lets them feed only)": A-1 is feed's.
  delete: ['A-1'],
  // "R-AUTH-6 is therefore not in this policy", "R-AUTH-5 concerns consultation"; the patient's side feeds a
  // document masked as R-MASK-1 allows it, which the policy decides with R-MASK-3's rule (maskedAtFeeding).
  feed: ['R-AUTH-5', 'R-AUTH-6', 'R-MASK-1'],
}

// The engine, not the policy, decides every document action but `feed` on the record's copy of its document
// and refuses a document added after `at`, before the policy's document rules run (src/actions/policy.ts):
// the TSDoc of those actions may name them.
const ENGINE_IDS: ReadonlyArray<string> = ['A-7', 'A-8']
const namedNotHeld = (action: Action): ReadonlyArray<string> => [
  ...(NAMED_NOT_HELD[action] ?? []),
  ...((RECORD_DOCUMENT_ACTIONS as ReadonlyArray<string>).includes(action) ? ENGINE_IDS : []),
]

const expected = (action: Action): ReadonlyArray<string> => {
  const ids = policyIds(action)
  return RULE_IDS.filter((id) => ids.has(id))
}

describe('the TSDoc of each policy names the rule ids the policy holds (derived from POLICIES)', () => {
  it('reads ranges and lists of ids as written', () => {
    expect([...idsIn('A-6, R-ACTOR-1..5, 7, R-STATUS-1..5, 9 (R-STATUS-3, 4); R-MINOR-1..3, 6..8 and CSP R.1111-46')]).toEqual([
      'A-6', 'R-ACTOR-1', 'R-ACTOR-2', 'R-ACTOR-3', 'R-ACTOR-4', 'R-ACTOR-5', 'R-ACTOR-7', 'R-STATUS-1', 'R-STATUS-2', 'R-STATUS-3',
      'R-STATUS-4', 'R-STATUS-5', 'R-STATUS-9', 'R-MINOR-1', 'R-MINOR-2', 'R-MINOR-3', 'R-MINOR-6', 'R-MINOR-7', 'R-MINOR-8',
    ])
  })

  for (const action of ACTIONS) {
    it(`names every id of the ${action} policy, and only those (the ids it names on purpose apart)`, () => {
      expect(policyDoc(action), `no TSDoc on the policy of ${action}`).not.toBe('')
      const { own, all } = documented(action)
      const want = expected(action)
      expect(want.filter((id) => !all.has(id)), `held by the ${action} policy, not named in its TSDoc`).toEqual([])
      const exceptions = namedNotHeld(action)
      expect(RULE_IDS.filter((id) => own.has(id) && !want.includes(id) && !exceptions.includes(id)), `named in the TSDoc of ${action}, not held`).toEqual([])
      // An exception of NAMED_NOT_HELD that no longer applies goes away with it.
      for (const id of NAMED_NOT_HELD[action] ?? []) expect(own.has(id) && !want.includes(id), `${action}: ${id} is no longer an exception`).toBe(true)
    })
  }
})
