// Attack class "accessor" (issue 19): a frozen class instance whose getter answers differently later. 0.2.0
// remembered the answer for the frozen instance (its getters live on the prototype, not checked).
import { describe, expect, it } from 'vitest'
import { decide, deepFreeze, type Patient, type Request } from '../../src/index.js'
import { AT, consultRequest, plainCopy, plainRecord } from './fixtures.js'

class MutablePatient {
  static deceasedOn: string | undefined = undefined
  readonly birthDate = '1980-01-01'
  readonly emancipated = false
  readonly protectedAdult = false
  get deceasedOn(): string | undefined {
    return MutablePatient.deceasedOn
  }
}

describe('a getter is read as a plain copy would be, on every call (issue 19)', () => {
  it('denies once the patient getter says deceased, however often it was allowed before (R-STATUS-9)', () => {
    const patient = Object.freeze(new MutablePatient()) as unknown as Patient
    const record = deepFreeze({ ...plainRecord(), patient })
    const request: Request = { ...consultRequest, actor: deepFreeze({ ...consultRequest.actor }), record }
    for (let i = 0; i < 3; i++) expect(decide(request).allowed).toBe(true)
    MutablePatient.deceasedOn = '2024-05-01'
    const fresh = decide({ ...request, record: { ...plainCopy(plainRecord()), patient: { birthDate: '1980-01-01', emancipated: false, protectedAdult: false, deceasedOn: '2024-05-01' } } })
    expect(fresh.reasons.map((r) => r.rule)).toContain('R-STATUS-9')
    expect(decide(request)).toEqual(fresh)
    expect(decide({ ...request, at: AT })).toEqual(fresh)
  })

  it('reads a getter once per call: a getter answering differently on each read cannot mix two values (A-6)', () => {
    let reads = 0
    const record = { ...plainRecord(), get status() {
      reads++
      return reads % 2 === 1 ? { kind: 'active' } : { kind: 'Active' }
    } }
    // Whatever the read, the decision is the one of a plain copy of the value read (here: the first read, active).
    const d = decide({ ...consultRequest, record: record as never })
    expect([decide({ ...consultRequest, status: undefined } as never), decide({ ...consultRequest, record: { ...plainRecord(), status: { kind: 'Active' } as never } })]).toContainEqual(d)
  })
})
