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
export const isDeeplyFrozen = (value: unknown): boolean => frozenWalk(value, 0)

/** Deeper than this, a value is not remembered: records are a few levels deep, and a cycle never ends. */
const MAX_DEPTH = 64

// `__lookupGetter__` tells an accessor from a data property without building a descriptor (an own data property
// answers `undefined`, an own accessor its getter; a setter-only accessor answers `undefined` but reads as
// `undefined` too, which cannot change).
const lookupGetter = (Object.prototype as unknown as { readonly __lookupGetter__: (this: object, key: PropertyKey) => unknown }).__lookupGetter__

const frozenWalk = (value: unknown, depth: number): boolean => {
  if (typeof value === 'function') return false
  if (typeof value !== 'object' || value === null) return true
  if (FROZEN.has(value)) return true
  if (THAWED.has(value)) return false
  const ok = depth < MAX_DEPTH && Object.isFrozen(value) && propertiesFrozen(value, depth, undefined)
  // Verified once and remembered either way (a frozen object cannot thaw; a negative answer only costs speed, and
  // deepFreeze forgets it).
  if (ok) FROZEN.add(value)
  else THAWED.add(value)
  return ok
}

/** Are the own properties of a frozen object data properties holding deeply frozen values (`shallow`: a frozen array)? */
const propertiesFrozen = (value: object, depth: number, shallow: PropertyKey | undefined): boolean => {
  for (const key of Reflect.ownKeys(value)) {
    if (lookupGetter.call(value, key) !== undefined) return false
    const property: unknown = (value as Readonly<Record<PropertyKey, unknown>>)[key]
    if (!(key === shallow ? Array.isArray(property) && Object.isFrozen(property) : frozenWalk(property, depth + 1))) return false
  }
  return true
}

// Values found not frozen enough by isDeeplyFrozenBut (deepFreeze forgets them too).
const THAWED_BUT = new WeakSet<object>()

/**
 * Is `value` frozen, with every own property a deeply frozen data property, except `shallow`, which need only hold a
 * frozen array? A record's `documents`: the engine's record-level rules never read them, so their contents need not
 * be walked (a record of 100 000 documents is not). A value known deeply frozen answers at once; a negative answer is
 * kept until {@link deepFreeze}. @internal
 */
export const isDeeplyFrozenBut = (value: object, shallow: PropertyKey): boolean => {
  if (FROZEN.has(value)) return true
  if (THAWED_BUT.has(value)) return false
  const ok = Object.isFrozen(value) && propertiesFrozen(value, 0, shallow)
  if (!ok) THAWED_BUT.add(value)
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
  if (typeof value !== 'object' || value === null || FROZEN.has(value)) return
  if (Object.isFrozen(value)) {
    // Frozen before (by this walk, through a cycle, or by someone else): walked at most once more.
    if (seen.has(value)) return
    seen.add(value)
  } else Object.freeze(value)
  // Found not deeply frozen before: it may be now; the next check walks it again.
  THAWED.delete(value)
  THAWED_BUT.delete(value)
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeWalk(value[i], seen)
  else for (const key of Reflect.ownKeys(value)) freezeWalk((value as Readonly<Record<PropertyKey, unknown>>)[key], seen)
}

/**
 * Freezes a value the library has just built — plain objects and arrays, data properties only, no cycle, nothing
 * shared with the caller (a decoded request, a built record) — in place: {@link deepFreeze} without its checks,
 * about five times cheaper (the codecs freeze every value they decode). @internal
 */
export const freezeBuilt = <A>(value: A): A => {
  freezeData(value, 0)
  return value
}

// The value and its parts one level down (a request's record and actor, a record's patient and lists) are known
// deeply frozen at once: the engine's checks of them cost one lookup, not a walk.
const freezeData = (value: unknown, depth: number): void => {
  if (typeof value !== 'object' || value === null) return
  Object.freeze(value)
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeData(value[i], depth + 1)
  else for (const key in value) freezeData((value as Readonly<Record<string, unknown>>)[key], depth + 1)
  if (depth <= 1) FROZEN.add(value)
}
