// A-9 (issue 23): an exception raised inside the library after the caller's input was read — a library fault —
// denies with A-9 INTERNAL_ERROR and no remedy; an exception raised while the input is read stays A-6
// UNREADABLE_INPUT. The fault is injected by mocking the status rules (no seam in src/, nothing exported): the
// first status rule throws while `fault.on`.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Decision } from '../../src/decision/decision.js'
import type { RecordContext, Rule } from '../../src/rules/rule.js'

const fault = vi.hoisted(() => ({ on: false }))

vi.mock('../../src/rules/status.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/rules/status.js')>()
  const [first, ...rest] = original.statusRules as ReadonlyArray<Rule>
  if (first === undefined || first.scope !== 'record') throw new Error('the status rules changed: adapt the mock')
  const throwing: Rule = {
    ...first,
    evaluate: (ctx: RecordContext) => {
      if (fault.on) throw new Error('an injected library fault')
      return first.evaluate(ctx)
    },
  }
  return { ...original, statusRules: [throwing, ...rest] }
})

const { allowedActions, buildActor, buildRecord, canConsult, createRules, decide, FINAL_DENIALS, isVisibleTo, recordView, visibleDocuments } =
  await import('../../src/index.js')

afterEach(() => {
  fault.on = false
})

const note = { id: 'note-1', typeCode: '11488-4', author: { kind: 'patient' }, addedOn: '2024-05-02' } as const
const record = { patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false }, status: { kind: 'active' }, treatingDoctorIds: [], legalRepresentatives: [], blocks: [], authorizations: [], documents: [{ ...note, maskedFromProfessionals: false, invisibleToPatient: false, hiddenFromLegalRepresentatives: false }] } as const
const plainRequest = () => ({ actor: { kind: 'patient' }, at: '2024-06-01', record, document: record.documents[0] }) as const
// Fresh built values each time: the engine remembers nothing about them yet (a remembered stage or decision would
// answer without evaluating the faulty rule).
const builtRequest = () => {
  const built = buildRecord({ patient: { birthDate: '1980-01-01' }, documents: [note] })
  return { actor: buildActor({ kind: 'patient' }), at: '2024-06-01', record: built, document: built.documents[0]! } as const
}

const isInternal = (d: Decision): boolean =>
  !d.allowed && d.reasons.length === 1 && d.reasons[0]?.rule === 'A-9' && d.reasons[0].code === 'INTERNAL_ERROR' && d.reasons[0].basis.length === 0 && d.remedies.length === 0

describe('a library fault denies with A-9 INTERNAL_ERROR, never the caller’s A-6', () => {
  for (const [name, fresh] of [
    ['a plain request', plainRequest],
    ['a built record and actor', builtRequest],
  ] as const) {
    it(`decide and the named functions deny with A-9, no remedy (${name}) (A-9)`, () => {
      // Allowed without the fault: the fault alone makes the denial.
      const control = fresh()
      expect(canConsult(control).allowed).toBe(true)
      expect(isVisibleTo(control).allowed).toBe(true)
      fault.on = true
      expect(isInternal(decide({ ...fresh(), action: 'consult' }))).toBe(true)
      expect(isInternal(canConsult(fresh()))).toBe(true)
      expect(isInternal(isVisibleTo(fresh()))).toBe(true)
      expect(isInternal(createRules().canConsult(fresh()))).toBe(true)
    })

    it(`the batch functions deny every answer with A-9 (${name}) (A-9)`, () => {
      fault.on = true
      const rows = visibleDocuments(fresh())
      expect(rows).toHaveLength(1)
      expect(rows.every((row) => isInternal(row.decision))).toBe(true)
      expect(Object.values(allowedActions(fresh())).every(isInternal)).toBe(true)
      const screen = recordView(fresh())
      expect(isInternal(screen.consultation)).toBe(true)
      expect(screen.documents.every((row) => isInternal(row.decision))).toBe(true)
    })
  }

  it('keeps A-6 UNREADABLE_INPUT for a read of the input that throws, fault or not (A-6)', () => {
    const throwing = {
      ...plainRequest(),
      get at(): string {
        throw new Error('unreadable')
      },
    }
    for (const on of [false, true]) {
      fault.on = on
      const d = canConsult(throwing)
      expect(d.allowed).toBe(false)
      expect(d.reasons.map((r) => [r.rule, r.code])).toEqual([['A-6', 'UNREADABLE_INPUT']])
    }
  })

  it('lists INTERNAL_ERROR among the final denials: no remedy asks the caller to fix the request (A-9)', () => {
    expect(FINAL_DENIALS.INTERNAL_ERROR).toBeTypeOf('string')
  })

  it('answers as before once the fault is gone: nothing of the failed call is remembered (A-9)', () => {
    const request = builtRequest()
    fault.on = true
    expect(isInternal(canConsult(request))).toBe(true)
    expect(isInternal(isVisibleTo(request))).toBe(true)
    fault.on = false
    expect(canConsult(request).allowed).toBe(true)
    expect(isVisibleTo(request).allowed).toBe(true)
    expect(visibleDocuments(request)[0]?.decision.allowed).toBe(true)
  })
})
