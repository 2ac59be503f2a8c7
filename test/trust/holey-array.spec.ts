// Attack class "holey array" (issue 19): a frozen array with a hole reads its index through Array.prototype, which
// the caller can change. 0.2.0 found the array frozen, remembered the answer, and missed the block read later.
import { afterEach, describe, expect, it } from 'vitest'
import { decide, deepFreeze, type Block, type Request } from '../../src/index.js'
import { consultRequest, doctor, plainRecord } from './fixtures.js'

afterEach(() => {
  delete (Array.prototype as unknown as Record<number, unknown>)[0]
})

describe('a hole is read as a plain copy reads it (issue 19)', () => {
  it('denies once Array.prototype fills the hole with a block (R-AUTH-6)', () => {
    // eslint-disable-next-line no-sparse-arrays
    const blocks = Object.freeze(new Array<Block>(1))
    const record = deepFreeze({ ...plainRecord(), blocks })
    const request: Request = { ...consultRequest, actor: deepFreeze({ ...consultRequest.actor }), record }
    // A hole reads as undefined: not a block, the request is malformed, however often it is asked.
    const first = decide(request)
    for (let i = 0; i < 2; i++) expect(decide(request)).toEqual(first)
    const block: Block = { target: 'professional', id: doctor.id, from: '2024-01-01' }
    ;(Array.prototype as unknown as Record<number, unknown>)[0] = block
    const fresh = decide({ ...request, record: { ...plainRecord(), blocks: [block] } })
    expect(fresh.reasons.map((r) => r.rule)).toContain('R-AUTH-6')
    expect(decide(request)).toEqual(fresh)
  })
})
