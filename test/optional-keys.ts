// Type helpers for tests that list a type's optional fields by hand: the list must name every one, or the test
// fails to compile (a field added to the domain types and forgotten by a test's list is how such a test goes blind).

/** The keys of `T` whose value may be absent or `undefined`. */
export type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T]

/**
 * `true` when `L` names every optional key of `T`, else the missing keys: write
 * `const complete: EveryOptionalKey<Request, typeof KEYS> = true`.
 */
export type EveryOptionalKey<T, L extends ReadonlyArray<PropertyKey>> = [Exclude<OptionalKeys<T>, L[number]>] extends [never]
  ? true
  : Exclude<OptionalKeys<T>, L[number]>
