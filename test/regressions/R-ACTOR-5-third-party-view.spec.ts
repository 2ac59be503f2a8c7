// Model-side disagreement found by the differential test: the model applied the patient's-side document
// rules (R-INVIS-1) to a third party viewing a document, so its denial listed R-INVIS-1 beside R-ACTOR-5.
// R-INVIS-1 is about what the patient sees; a third party is denied by R-ACTOR-1..5 (and the status rules).
import { describe, it } from 'vitest'
import { adultRecord, expectDecision, reportByDoctor } from './fixtures.js'

describe('regression: a third party viewing a document (R-ACTOR-5)', () => {
  it('denies an heir with R-ACTOR-5 and the closed status only, not the patient-side rules (R-ACTOR-5, R-STATUS-3)', () => {
    const doc = { ...reportByDoctor, invisibleToPatient: true }
    expectDecision(
      {
        action: 'view',
        actor: { kind: 'third-party', party: 'heir' },
        record: { ...adultRecord, status: { kind: 'closed', on: '2024-05-01' }, documents: [doc] },
        at: '2024-06-01',
        document: doc,
      },
      { allowed: false, rules: ['R-ACTOR-5', 'R-STATUS-3'] },
    )
  })
})
