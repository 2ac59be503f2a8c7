// Model-side disagreement found by the differential test (generated matrices): the model counted a matrix
// grant with an EMPTY list of type codes as a grant. A grant of no type grants nothing. Revision 2 grants
// médico-social staff by their role's column (R-ACTOR-4 rev. 2), so the case is now about what they see.
import { describe, it } from 'vitest'
import { adultRecord, doctor, expectDecision, reportByDoctor } from './fixtures.js'

// Revision 2: médico-social staff of the care team, with a role, open the record with the team's consent whatever
// the matrix (R-ACTOR-4); what they SEE is the matrix's business, by role (R-AUTH-7).
const socialWorker = { ...doctor, id: 'sw-1', profession: 'medico-social', role: 'social-worker' } as const
const report = { ...reportByDoctor, typeCode: '11488-4' }
const record = { ...adultRecord, documents: [report] }
const view = { action: 'view', actor: socialWorker, record, at: '2024-06-01', careTeam: true, explicitConsent: true, document: report } as const

describe('regression: a matrix grant of no document type (R-ACTOR-4, R-AUTH-7)', () => {
  it('hides every document from médico-social staff when their only grant lists no type (R-AUTH-7)', () => {
    expectDecision(view, { allowed: false, rules: ['R-AUTH-7'] }, { version: 't', grants: [{ profession: 'medico-social', role: 'social-worker', typeCodes: [] }] })
  })

  it('shows them a type once a grant of their role lists it (R-ACTOR-4, R-AUTH-7, R-CONSENT-1)', () => {
    expectDecision(
      view,
      { allowed: true, rules: ['R-ACTOR-4', 'R-AUTH-7', 'R-CONSENT-1', 'R-STATUS-1'] },
      {
        version: 't',
        grants: [
          { profession: 'medico-social', role: 'social-worker', typeCodes: [] },
          { profession: 'medico-social', role: 'social-worker', typeCodes: ['11488-4'] },
        ],
      },
    )
  })

  it('does not show it to another role (R-AUTH-7)', () => {
    expectDecision(
      { ...view, actor: { ...socialWorker, role: 'administrative' } },
      { allowed: false, rules: ['R-AUTH-7'] },
      { version: 't', grants: [{ profession: 'medico-social', role: 'social-worker', typeCodes: ['11488-4'] }] },
    )
  })
})
