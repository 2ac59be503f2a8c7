// Model-side disagreement found by the differential test: the model required a QUALIFIED INS to delete at
// any date. Deleting belongs to the feeding transaction (faq:48), and R-FEED-1 accepts any INS before
// 2023-01-01, a qualified one only from that day: the model was wrong and now follows R-FEED-1's dates.
import { describe, it } from 'vitest'
import type { Request } from '../../src/domain/types.js'
import { adultRecord, doctor, expectDecision, reportByDoctor } from './fixtures.js'

const request = (at: string): Request => ({
  action: 'delete',
  actor: doctor,
  record: {
    ...adultRecord,
    patient: { ...adultRecord.patient, ins: { qualified: false } },
    documents: [{ ...reportByDoctor, addedOn: '2021-12-31' }],
    authorizations: [{ professionalId: 'dr-1', status: 'valid' }],
  },
  at,
  document: { ...reportByDoctor, addedOn: '2021-12-31' },
})

describe('regression: the INS needed to delete (R-DEL-1, R-FEED-1)', () => {
  it('accepts an unqualified INS on 2022-12-31 (R-DEL-1)', () => {
    expectDecision(request('2022-12-31'), { allowed: true, rules: ['R-DEL-1', 'R-STATUS-1'] })
  })

  it('refuses an unqualified INS from 2023-01-01 (R-DEL-1)', () => {
    expectDecision(request('2023-01-01'), { allowed: false, rules: ['R-DEL-1'] })
  })
})
