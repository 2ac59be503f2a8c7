// Attack class "huge issue lists" (issue 19): 0.2.0 spread every issue of an array into `push` and threw RangeError
// on ~124 000 issues (`treatingDoctorIds` of 130 000 zeros, a 260 kB body); the command then printed nothing.
import { describe, expect, it } from 'vitest'
import { decodeRecord, decodeRequest, MAX_ISSUES } from '../../src/codecs/index.js'
import { run } from '../../src/cli/run.js'
import { consultRequest, plainRecord } from './fixtures.js'

const zeros = { ...plainRecord(), treatingDoctorIds: new Array<number>(130_000).fill(0) }

describe('the decoders return their issues however many (issue 19)', () => {
  it('returns at most 1 000 issues and one more that says how many were left out', () => {
    for (const r of [decodeRequest({ ...consultRequest, record: zeros }), decodeRecord(zeros)]) {
      expect(r._tag).toBe('Left')
      if (r._tag !== 'Left') continue
      expect(r.left).toHaveLength(MAX_ISSUES + 1)
      expect(r.left[0]).toEqual(expect.objectContaining({ code: 'INVALID_TYPE', path: '/treatingDoctorIds/0'.replace(/^/, r.left[0]?.path.startsWith('/record') ? '/record' : '') }))
      expect(r.left[MAX_ISSUES]).toEqual(expect.objectContaining({ code: 'TOO_MANY_ISSUES', path: '' }))
      expect(r.left[MAX_ISSUES]?.message.en).toContain('129000')
    }
  })

  it('the command decide --json prints valid JSON for the 130 000-zeros body (exit 2)', async () => {
    const out: Array<string> = []
    const err: Array<string> = []
    const body = JSON.stringify({ ...consultRequest, record: zeros })
    const code = await run(['decide', '-', '--json'], { readFile: async () => body, readStdin: async () => body, stdout: (s) => out.push(s), stderr: (s) => err.push(s) })
    expect(code).toBe(2)
    const printed = JSON.parse(out.join('')) as { readonly error: string; readonly issues: ReadonlyArray<unknown> }
    expect(printed.error).toBe('invalid-input')
    expect(printed.issues).toHaveLength(MAX_ISSUES + 1)
  })
})
