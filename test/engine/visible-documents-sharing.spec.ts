// visibleDocuments: documents whose own rules say the same thing share one frozen Decision (the memo of
// decisions by signature, src/engine/; docs/performance.md, item 4: "a record of 100 000 documents holds 8
// distinct decisions"), each deep-equal to what `decide` says for that document. And `forPatientSide`, which
// lets the document actions reuse view rules for the patient's side. Written for the mutation run (issue 6).
import { describe, expect, it } from 'vitest'
import { deny, notApplicable } from '../../src/decision/outcome.js'
import type { HealthDocument } from '../../src/domain/types.js'
import { decide, visibleDocuments } from '../../src/index.js'
import { compileMatrix } from '../../src/matrix/compile.js'
import { DEFAULT_MATRIX } from '../../src/matrix/default.js'
import { forPatientSide } from '../../src/rules/invisibility.js'
import { BASIS } from '../../src/catalogue/basis.js'
import { recordRule } from '../../src/rules/rule.js'
import { AT, adultRecord, doctor, doctorsDocument, mum, patient, withDocuments } from '../actions/document-actions.fixtures.js'
import { OPEN_MATRIX } from '../actions/consult-view.fixtures.js'

describe('visibleDocuments shares one frozen Decision among documents that say the same thing', () => {
  const other = (id: string, over: Partial<HealthDocument> = {}): HealthDocument => ({
    ...doctorsDocument,
    id,
    author: { kind: 'professional', id: 'dr-9' },
    ...over,
  })
  const documents = [other('a'), other('b'), other('m', { maskedFromProfessionals: true }), other('c'), other('n', { maskedFromProfessionals: true })]
  const request = { actor: doctor, record: withDocuments(adultRecord, ...documents), at: AT, careTeam: true, explicitConsent: true } as const
  // Decided inside each test, never while the file is collected (the mutation run tells apart code run by a test).
  const decideAll = () => visibleDocuments(request, { matrix: OPEN_MATRIX })

  it('decides each document as decide does, in record order (R-MASK-2)', () => {
    const rows = decideAll()
    expect(rows.map((r) => r.document)).toEqual(documents)
    for (const { document, decision } of rows)
      expect(decision).toEqual(decide({ ...request, action: 'view', document }, { matrix: OPEN_MATRIX }))
    expect(rows.map((r) => r.decision.allowed)).toEqual([true, true, false, true, false])
  })

  it('returns the same frozen Decision object for documents whose own rules said the same thing', () => {
    const [a, b, m, c, n] = decideAll().map((r) => r.decision)
    expect(b).toBe(a)
    expect(c).toBe(a)
    expect(n).toBe(m)
    expect(m).not.toBe(a)
    for (const d of [a, m]) {
      expect(Object.isFrozen(d)).toBe(true)
      expect(Object.isFrozen(d?.reasons)).toBe(true)
    }
  })
})

describe('forPatientSide (invisibility.ts)', () => {
  const matrix = compileMatrix(DEFAULT_MATRIX)
  const restrict = () => forPatientSide(recordRule('R-PATIENT-1', () => deny('CLOSE_BY_PATIENT_SIDE_ONLY')))

  it('keeps the rule’s id, basis and scope', () => {
    const restricted = restrict()
    expect([restricted.id, restricted.basis, restricted.scope]).toEqual(['R-PATIENT-1', BASIS['R-PATIENT-1'], 'record'])
  })

  it('applies a record rule to the holder and the legal representatives only', () => {
    const ctx = (actor: typeof patient | typeof mum | typeof doctor) => ({
      request: { action: 'view' as const, actor, record: adultRecord, at: AT },
      matrix,
    })
    const evaluate = restrict().evaluate as (c: ReturnType<typeof ctx>) => unknown
    expect(evaluate(ctx(patient))).toEqual(deny('CLOSE_BY_PATIENT_SIDE_ONLY'))
    expect(evaluate(ctx(mum))).toEqual(deny('CLOSE_BY_PATIENT_SIDE_ONLY'))
    expect(evaluate(ctx(doctor))).toEqual(notApplicable)
  })
})
