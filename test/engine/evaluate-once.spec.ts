// Issue 23: on a memo miss every rule ran twice (once to walk the trie, once more to combine); now a new
// signature's Decision is combined from the steps already walked (src/engine/authorize.ts `decisionAt`), so each
// rule is evaluated at most once per evaluation — and a remembered answer evaluates nothing. Counted by wrapping
// the status rules (record-scoped) and the visibility rules (document-scoped) of the policies: no seam in src/.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { HealthDocument, HealthRecord } from '../../src/domain/types.js'
import type { Rule } from '../../src/rules/rule.js'

const calls = vi.hoisted(() => new Map<string, number>())

const counted = (rules: ReadonlyArray<Rule>, family: string): ReadonlyArray<Rule> =>
  rules.map((rule, i) => {
    const key = `${family}#${i} ${rule.id}`
    const evaluate = (ctx: never) => {
      calls.set(key, (calls.get(key) ?? 0) + 1)
      return (rule.evaluate as (c: never) => ReturnType<Rule['evaluate']>)(ctx)
    }
    return { ...rule, evaluate } as Rule
  })

vi.mock('../../src/rules/status.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/rules/status.js')>()
  return { ...original, statusRules: counted(original.statusRules, 'status') }
})
vi.mock('../../src/rules/visibility.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/rules/visibility.js')>()
  return { ...original, visibilityRules: counted(original.visibilityRules, 'visibility') }
})

const { buildActor, buildRecord, decide, visibleDocuments } = await import('../../src/index.js')

const documents: ReadonlyArray<HealthDocument> = ['a', 'b', 'c'].map((id, i) => ({
  id,
  typeCode: '11488-4',
  author: { kind: 'professional', id: 'ps-9' },
  addedOn: '2024-05-0' + String(i + 1),
  maskedFromProfessionals: i === 1,
  invisibleToPatient: false,
  hiddenFromLegalRepresentatives: false,
}))
const plainRecord: HealthRecord = {
  patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false },
  status: { kind: 'active' },
  treatingDoctorIds: [],
  legalRepresentatives: [],
  blocks: [],
  authorizations: [],
  documents,
}
const doctor = { kind: 'professional', id: 'ps-1', profession: 'medecin', authentication: 'cps' } as const

const maxCalls = (): number => Math.max(0, ...calls.values())
const statusCalls = (): number => [...calls].filter(([k]) => k.startsWith('status')).reduce((n, [, v]) => n + v, 0)
const visibilityCalls = (): number => [...calls].filter(([k]) => k.startsWith('visibility')).reduce((n, [, v]) => n + v, 0)

beforeEach(() => calls.clear())

describe('each rule is evaluated at most once per evaluation (issue 23)', () => {
  it('a plain request (nothing remembered): every counted rule runs exactly once, record and document rules alike', () => {
    const d = decide({ action: 'view', actor: doctor, at: '2024-06-01', record: plainRecord, document: documents[0], careTeam: true, explicitConsent: true })
    expect(d.allowed).toBe(true) // the walk went through every rule: the counts below mean something
    expect(statusCalls()).toBeGreaterThan(0)
    expect(visibilityCalls()).toBeGreaterThan(0)
    expect(maxCalls()).toBe(1)
  })

  it('a denied plain request too (R-MASK-2): no rule runs a second time to combine the denial', () => {
    const d = decide({ action: 'view', actor: doctor, at: '2024-06-01', record: plainRecord, document: documents[1], careTeam: true, explicitConsent: true })
    expect(d.allowed).toBe(false)
    expect(d.reasons.map((r) => r.rule)).toContain('R-MASK-2')
    expect(maxCalls()).toBe(1)
  })

  it('visibleDocuments: the record-level rules once per call, each document rule once per document', () => {
    const rows = visibleDocuments({ actor: doctor, at: '2024-06-01', record: plainRecord, careTeam: true, explicitConsent: true })
    expect(rows.map((r) => r.decision.allowed)).toEqual([true, false, true])
    for (const [key, n] of calls) expect(n, key).toBe(key.startsWith('status') ? 1 : documents.length)
  })

  it('a remembered stage runs no record-level rule again, and a remembered document decision nothing at all', () => {
    const record = buildRecord(plainRecord)
    const actor = buildActor(doctor)
    const request = { action: 'view', actor, at: '2024-06-01', record, document: record.documents[0]!, careTeam: true, explicitConsent: true } as const
    const first = decide(request)
    expect(first.allowed).toBe(true)
    expect(maxCalls()).toBe(1)
    // Second call: the record-level stage is remembered (no status rule runs); the document part runs once, and its
    // decision is remembered for this document of the stage.
    calls.clear()
    expect(decide(request)).toEqual(first)
    expect(statusCalls()).toBe(0)
    expect(visibilityCalls()).toBeGreaterThan(0)
    expect(maxCalls()).toBe(1)
    // Third call: nothing runs.
    calls.clear()
    expect(decide(request)).toEqual(first)
    expect(statusCalls() + visibilityCalls()).toBe(0)
  })
})
