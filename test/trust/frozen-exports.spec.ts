// Attack class "frozen exports" (issue 19): every exported constant of every entry is deeply frozen, so that no
// caller can widen every later decision of the process (e.g. `DEFAULT_MATRIX.grants.push({ profession:
// 'masseur-kinesitherapeute', typeCodes: '*' })` before the first decision). The test imports each entry's module
// namespace and walks every export that is not a function.
import { describe, expect, it } from 'vitest'
import * as codecs from '../../src/codecs/index.js'
import * as index from '../../src/index.js'
import * as interop from '../../src/interop.js'
import * as render from '../../src/render/index.js'
import * as testing from '../../src/testing/index.js'
import * as xds from '../../src/xds.js'
import * as fhir from '../../src/fhir.js'
import { consultRequest, requestAs } from './fixtures.js'

/** The paths of the objects reachable from `value` that are not frozen (Maps and Sets count as mutable). */
const mutableParts = (value: unknown, path: string, seen = new Set<object>()): Array<string> => {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return []
  seen.add(value)
  if (typeof value === 'function') return []
  const out: Array<string> = []
  if (!Object.isFrozen(value) || value instanceof Map || value instanceof Set) out.push(path === '' ? '(root)' : path)
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)
    if (d !== undefined && 'value' in d) out.push(...mutableParts(d.value, `${path}.${String(key)}`, seen))
  }
  return out
}

const ENTRIES: ReadonlyArray<readonly [string, Readonly<Record<string, unknown>>]> = [
  ['dmp-rules', index],
  ['dmp-rules/codecs', codecs],
  ['dmp-rules/testing', testing],
  ['dmp-rules/interop', interop],
  ['dmp-rules/render', render],
  ['dmp-rules/xds', xds],
  ['dmp-rules/fhir', fhir],
]

describe('every exported constant is deeply frozen (issue 19)', () => {
  it.each(ENTRIES)('%s: no export but a function can be changed', (name, namespace) => {
    const constants = Object.entries(namespace).filter(([, v]) => typeof v !== 'function')
    // dmp-rules/render and dmp-rules/xds export functions only.
    expect(constants.length > 0, name).toBe(name !== 'dmp-rules/render' && name !== 'dmp-rules/xds')
    const mutable = constants.flatMap(([key, v]) => mutableParts(v, key))
    expect(mutable).toEqual([])
  })

  it('a push into the bundled matrix throws and widens no later decision (R-AUTH-7)', () => {
    expect(index.decide(requestAs('medecin')).allowed).toBe(true)
    const before = index.decide(requestAs('masseur-kinesitherapeute'))
    expect(before.allowed).toBe(false)
    expect(before.reasons.map((r) => r.rule)).toContain('R-AUTH-7')
    expect(() => (index.DEFAULT_MATRIX.grants as Array<unknown>).push({ profession: 'masseur-kinesitherapeute', typeCodes: '*' })).toThrow(TypeError)
    expect(index.decide(requestAs('masseur-kinesitherapeute'))).toEqual(before)
    expect(index.decide(consultRequest).allowed).toBe(true)
  })
})
