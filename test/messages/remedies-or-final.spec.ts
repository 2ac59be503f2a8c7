// Issue 13: every denial says what would change it, or that nothing can. The test reads every `deny(...)` and
// `denyWith(...)` of src/ (the codes rules can emit) and requires, for each code, a remedy at every place it is
// emitted without one being marked final in FINAL_DENIALS.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decide, FINAL_DENIALS } from '../../src/index.js'
import { arbRequest } from '../../src/testing/index.js'
import * as fc from 'fast-check'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))
const files = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []))

// Each emission: the code, and whether it comes with a non-empty list of remedies.
const emissions = files(SRC).flatMap((f) => {
  const text = readFileSync(f, 'utf8')
  const out: Array<{ code: string; remedied: boolean; where: string }> = []
  for (const m of text.matchAll(/\bdeny\('([A-Z0-9_]+)'(\s*,\s*\[\s*'[A-Z0-9_]+')?/g)) out.push({ code: m[1] ?? '', remedied: m[2] !== undefined, where: f })
  for (const m of text.matchAll(/\bdenyWith\([^,]+,[^,]+,\s*'([A-Z0-9_]+)'(\s*,\s*\[\s*'[A-Z0-9_]+')?/g)) out.push({ code: m[1] ?? '', remedied: m[2] !== undefined, where: f })
  for (const m of text.matchAll(/_tag: 'Deny', code: '([A-Z0-9_]+)', remedies: (\[\s*'[A-Z0-9_]+')?/g)) out.push({ code: m[1] ?? '', remedied: m[2] !== undefined, where: f })
  return out
})

describe('every denying code has a remedy, or is marked final (issue 13)', () => {
  it('finds the emissions (the scan itself works)', () => {
    expect(emissions.length).toBeGreaterThan(100)
    expect(emissions.some((e) => e.code === 'THIRD_PARTY_NEVER' && !e.remedied)).toBe(true)
    expect(emissions.some((e) => e.code === 'CARE_TEAM_CONSENT_MISSING' && e.remedied)).toBe(true)
  })

  it('counts 0 denying codes with no remedy and not marked final', () => {
    const orphans = [...new Set(emissions.filter((e) => !e.remedied && !(e.code in FINAL_DENIALS)).map((e) => `${e.code} (${e.where.slice(SRC.length + 1)})`))]
    expect(orphans).toEqual([])
  })

  it('marks final only codes the library emits without a remedy', () => {
    const unremedied = new Set(emissions.filter((e) => !e.remedied).map((e) => e.code))
    expect(Object.keys(FINAL_DENIALS).filter((c) => !unremedied.has(c))).toEqual([])
  })

  it('on generated requests, every denial has a remedy or a final reason among its reasons', () => {
    fc.assert(
      fc.property(arbRequest(), (r) => {
        const d = decide(r)
        if (d.allowed) return
        expect(d.remedies.length > 0 || d.reasons.some((x) => x.code in FINAL_DENIALS)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
