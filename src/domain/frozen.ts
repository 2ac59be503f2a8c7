// Deeply frozen values: the only inputs the library remembers anything about between calls.
//
// The engine keeps what it derived from a record (the record-level rules' outcomes, an index of its documents,
// the patient's stage) for the next call on the same object. That is sound only if the object cannot change in
// between: a record mutated in place (a block pushed, a birth date corrected) must never be decided on what the
// engine remembered of it. Types say `readonly`, but JavaScript callers and casts do not obey types, so the
// library does not rely on a contract: it remembers only values that are DEEPLY FROZEN, which no one can change.

// Verified once and remembered: a frozen object can never be unfrozen, so a positive answer holds forever. A
// negative one is kept too (such a value is never remembered, even if frozen later): the check then costs one
// lookup, never a walk of a large record on every call.
const FROZEN = new WeakSet<object>()
const THAWED = new WeakSet<object>()

/**
 * Is every object reachable from `value` frozen, with data properties only (no getter that could answer
 * differently from one call to the next)? Primitives are; functions and cycles are not (fail closed: such a
 * value is simply never remembered). Each object is walked once in its lifetime.
 *
 * @example
 * import { deepFreeze, isDeeplyFrozen } from 'dmp-rules'
 * isDeeplyFrozen({ a: 1 }) // false
 * isDeeplyFrozen(deepFreeze({ a: { b: [1, 2] } })) // true
 *
 * @since 0.2.0
 */
export const isDeeplyFrozen = (value: unknown): boolean => {
  if (typeof value === 'object' && value !== null) {
    // The answer for a value seen before costs one lookup, and no allocation.
    if (FROZEN.has(value)) return true
    if (THAWED.has(value)) return false
  }
  return frozenWalk(value, new Set())
}

const frozenWalk = (value: unknown, walking: Set<object>): boolean => {
  if (typeof value === 'function') return false
  if (typeof value !== 'object' || value === null) return true
  if (FROZEN.has(value)) return true
  if (THAWED.has(value) || walking.has(value) || !Object.isFrozen(value)) {
    THAWED.add(value)
    return false
  }
  walking.add(value)
  let ok = true
  for (const key of Reflect.ownKeys(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key)
    if (property === undefined || !('value' in property) || !frozenWalk(property.value, walking)) {
      ok = false
      break
    }
  }
  walking.delete(value)
  if (ok) FROZEN.add(value)
  else THAWED.add(value)
  return ok
}

/**
 * Freezes `value` and every object reachable from it, in place, and returns it (typed as given). The records
 * {@link buildRecord} and the codecs return are deeply frozen already; freeze your own records, actors and
 * documents with it to let repeated decisions on the same objects skip the work already done
 * ({@link isDeeplyFrozen}).
 *
 * @example
 * import { deepFreeze } from 'dmp-rules'
 * const actor = deepFreeze({ kind: 'patient' as const })
 * Object.isFrozen(actor) // true
 *
 * @since 0.2.0
 */
export const deepFreeze = <A>(value: A): A => {
  freezeWalk(value, new Set())
  return value
}

const freezeWalk = (value: unknown, seen: Set<object>): void => {
  if (typeof value !== 'object' || value === null || seen.has(value) || FROZEN.has(value)) return
  seen.add(value)
  Object.freeze(value)
  // Found not deeply frozen before: it may be now; the next check walks it again.
  THAWED.delete(value)
  for (const key of Reflect.ownKeys(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key)
    if (property !== undefined && 'value' in property) freezeWalk(property.value, seen)
  }
}
