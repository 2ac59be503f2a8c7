// isDeeplyFrozen and deepFreeze (src/domain/frozen.ts): the check must say no to anything that could still change,
// and deepFreeze must make values pass it. Since issue 19 they enable no remembering (the engine remembers only
// values the library built: test/properties/record-memo.spec.ts, test/trust/), but keep their contract.
import { describe, expect, it } from 'vitest'
import { deepFreeze, isDeeplyFrozen } from '../../src/domain/frozen.js'

describe('isDeeplyFrozen', () => {
  it('says yes to primitives and to values frozen all the way down', () => {
    for (const v of [1, 'a', true, null, undefined, 10n]) expect(isDeeplyFrozen(v)).toBe(true)
    expect(isDeeplyFrozen(Object.freeze({ a: Object.freeze([1, Object.freeze({ b: 'c' })]) }))).toBe(true)
  })

  it('says no to an object that is not frozen, or frozen only at the top', () => {
    expect(isDeeplyFrozen({ a: 1 })).toBe(false)
    expect(isDeeplyFrozen(Object.freeze({ blocks: [] }))).toBe(false)
    expect(isDeeplyFrozen(Object.freeze({ a: Object.freeze({ b: {} }) }))).toBe(false)
  })

  it('says no to a frozen object with a getter (it could answer differently on every read)', () => {
    let n = 0
    const record = Object.freeze(
      Object.defineProperty({}, 'blocks', { get: () => Object.freeze(n++ % 2 === 0 ? [] : [Object.freeze({ id: 'x' })]), enumerable: true }),
    )
    expect(Object.isFrozen(record)).toBe(true)
    expect(isDeeplyFrozen(record)).toBe(false)
  })

  it('says no to functions and to cycles (such values are never remembered), and terminates on them', () => {
    expect(isDeeplyFrozen(Object.freeze({ f: Object.freeze(() => 1) }))).toBe(false)
    const a: { self?: unknown } = {}
    a.self = a
    Object.freeze(a)
    expect(isDeeplyFrozen(a)).toBe(false)
  })

  it('keeps its answer for an object (a frozen object cannot thaw), and a negative one until deepFreeze freezes it', () => {
    const inner = { x: 1 }
    const outer = Object.freeze({ inner })
    expect(isDeeplyFrozen(outer)).toBe(false)
    Object.freeze(inner)
    // Frozen by hand afterwards: still "no" (remembered), which only costs speed, never correctness.
    expect(isDeeplyFrozen(outer)).toBe(false)
    expect(isDeeplyFrozen(deepFreeze(outer))).toBe(true)
  })
})

describe('deepFreeze', () => {
  it('freezes everything reachable, in place, and returns the same value', () => {
    const v = { a: [{ b: 1 }], c: { d: { e: [] as Array<unknown> } } }
    expect(deepFreeze(v)).toBe(v)
    expect(Object.isFrozen(v.a[0])).toBe(true)
    expect(Object.isFrozen(v.c.d.e)).toBe(true)
    expect(isDeeplyFrozen(v)).toBe(true)
  })

  it('reaches below an object that was frozen only at the top', () => {
    const v = Object.freeze({ a: { b: [1] } })
    deepFreeze(v)
    expect(Object.isFrozen(v.a.b)).toBe(true)
  })

  it('terminates on a cycle', () => {
    const a: { self?: unknown; list: Array<unknown> } = { list: [] }
    a.self = a
    a.list.push(a)
    expect(deepFreeze(a)).toBe(a)
    expect(Object.isFrozen(a.list)).toBe(true)
  })
})
