// dmp-rules/testing — immutability: deeply frozen values, so that a function that mutates its input throws.
import type * as fc from 'fast-check'
import { deepFreeze as freezeDeeply } from '../domain/frozen.js'

// -------------------------------------------------------------------------------------
// immutability
// -------------------------------------------------------------------------------------

/**
 * Freezes a value and everything reachable from it (objects and arrays), in place, and returns it: a function
 * under test that mutates its input then throws in strict mode instead of passing silently. The same function as
 * the main entry's `deepFreeze` (since 0.2.0 a deeply frozen record also lets the engine remember its work).
 *
 * @example
 * import { deepFreeze } from 'dmp-rules/testing'
 * const request = deepFreeze({ a: { b: [1] } })
 * Object.isFrozen(request.a.b) // true
 *
 * @since 0.1.0
 */
export const deepFreeze: <T>(value: T) => T = freezeDeeply

/**
 * The values of `arb`, deeply frozen ({@link deepFreeze}): for checking that code never mutates its input.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbDeepFrozen, arbRequest } from 'dmp-rules/testing'
 * import { decide } from 'dmp-rules'
 * fc.assert(fc.property(arbDeepFrozen(arbRequest()), (request) => {
 *   decide(request) // would throw a TypeError if it wrote into the request
 * }))
 *
 * @since 0.1.0
 */
export const arbDeepFrozen = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> => arb.map((v) => deepFreeze(v))
