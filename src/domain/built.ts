// The mark of values the library built itself: the only inputs it remembers anything about between calls.
//
// The engine keeps what it derived from a record, an actor or a matrix (the record-level rules' outcomes, an index
// of the documents, a compiled matrix) for the next call on the same object. That is sound only if the object cannot
// change in between, nor answer two reads differently. A frozen object proves neither: a prototype, an accessor or
// a Proxy can still change what a read returns. So the library trusts only what it built: fresh plain objects and
// arrays, copied field by field from the caller's input (each field read once), deeply frozen, then marked here.
// The mark is a module-private WeakSet: no caller can forge it (no symbol, no property), and it keeps nothing
// alive.
// INVARIANT: `markBuilt` is called only on a value that is plain data made by the library (data properties only,
// prototype Object.prototype or Array.prototype), deeply frozen, holding only primitives and objects that are
// themselves such values. Nothing in this file is exported by a package entry.

const BUILT = new WeakSet<object>()

/** Marks a value the library has just built and deeply frozen (see the INVARIANT above). @internal */
export const markBuilt = <A>(value: A): A => {
  if (typeof value === 'object' && value !== null) BUILT.add(value)
  return value
}

/** Did the library build this value (plain data, deeply frozen, immutable)? @internal */
export const isBuilt = (value: unknown): boolean => typeof value === 'object' && value !== null && BUILT.has(value)

/**
 * Deeply freezes and marks a value the library has just built (plain objects and arrays, data properties only, no
 * cycle, sharing nothing with the caller but values already built), in place, and returns it. A part already
 * marked is not walked again. @internal
 */
export const freezeAndMark = <A>(value: A): A => {
  freezeData(value)
  return value
}

const freezeData = (value: unknown): void => {
  if (typeof value !== 'object' || value === null || BUILT.has(value)) return
  Object.freeze(value)
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeData(value[i])
  else for (const key in value) freezeData((value as Readonly<Record<string, unknown>>)[key])
  BUILT.add(value)
}
