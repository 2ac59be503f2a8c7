// Deeply frozen values: a check and a helper for callers. Since 0.3.0 they enable no remembering.
//
// 0.2.0 remembered work on records and actors found deeply frozen. A frozen object can still answer two reads
// differently (a prototype the caller changes, an accessor, a Proxy), so 0.3.0 remembers only values the library
// built itself (src/domain/built.ts: buildRecord, buildDocument, buildActor, the codecs' results). These two
// functions stay, with the same shape, for callers who freeze their own data (e.g. in tests); whether a value is
// deeply frozen changes no decision and no speed.

// Verified once and remembered: a frozen object can never be unfrozen, so a positive answer holds forever. A
// negative one is kept too (until deepFreeze): the check then costs one lookup.
const FROZEN = new WeakSet<object>()
const THAWED = new WeakSet<object>()

/**
 * Is every object reachable from `value` frozen, with data properties only (no own getter)? Primitives are;
 * functions and cycles are not. Each object is walked once in its lifetime.
 *
 * Since 0.3.0 the answer enables nothing: the engine remembers work only on values the library built
 * ({@link buildRecord}, {@link buildActor}, the codecs), never on a value found frozen (a prototype or a Proxy can
 * still change what a frozen object answers). Kept, with its shape, for callers' own checks; no decision depends on it.
 *
 * @example
 * import { deepFreeze, isDeeplyFrozen } from 'dmp-rules'
 * isDeeplyFrozen({ a: 1 }) // false
 * isDeeplyFrozen(deepFreeze({ a: { b: [1, 2] } })) // true
 *
 * @since 0.2.0
 */
export const isDeeplyFrozen = (value: unknown): boolean => {
  try {
    return frozenWalk(value, 0)
  } catch {
    // A Proxy whose trap throws, a revoked Proxy: not known frozen.
    return false
  }
}

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
  const ok = depth < MAX_DEPTH && Object.isFrozen(value) && propertiesFrozen(value, depth)
  // Verified once and remembered either way (a frozen object cannot thaw; deepFreeze forgets a negative answer).
  if (ok) FROZEN.add(value)
  else THAWED.add(value)
  return ok
}

/** Are the own properties of a frozen object data properties holding deeply frozen values? */
const propertiesFrozen = (value: object, depth: number): boolean => {
  for (const key of Reflect.ownKeys(value)) {
    if (lookupGetter.call(value, key) !== undefined) return false
    const property: unknown = (value as Readonly<Record<PropertyKey, unknown>>)[key]
    if (!frozenWalk(property, depth + 1)) return false
  }
  return true
}

/**
 * Freezes `value` and every object reachable from it, in place, and returns it (typed as given).
 *
 * Since 0.3.0 freezing makes no decision faster: the engine remembers work only on values the library built
 * ({@link buildRecord}, {@link buildDocument}, {@link buildActor}, the codecs' results), which are deeply frozen
 * already. Build your records and actors with those to let repeated decisions skip the work already done. A
 * value frozen here is decided in full on every call, with the same answers.
 *
 * @example
 * import { deepFreeze } from 'dmp-rules'
 * const actor = deepFreeze({ kind: 'patient' as const })
 * Object.isFrozen(actor) // true
 *
 * @since 0.2.0
 */
export const deepFreeze = <A>(value: A): A => {
  try {
    freezeWalk(value, new Set())
  } catch {
    // A Proxy whose trap throws, a revoked Proxy: frozen as far as it could be read (total: never throws).
  }
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
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeWalk(value[i], seen)
  else for (const key of Reflect.ownKeys(value)) freezeWalk((value as Readonly<Record<PropertyKey, unknown>>)[key], seen)
}
